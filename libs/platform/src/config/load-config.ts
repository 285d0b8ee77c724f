import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => {
    // Never the value itself: it may be a secret or a URI with a password.
    const value = e.value === undefined ? 'is not set' : 'has an invalid value';
    const rules = Object.values(e.constraints ?? {}).join('; ');
    return [`${e.property} ${value}${rules ? `: ${rules}` : ''}`];
  });
}

/**
 * Builds a typed configuration object from environment variables and validates it with
 * class-validator. A missing or invalid variable throws a ConfigurationError naming it.
 * Empty strings count as unset so defaults apply.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const plain: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') plain[k] = v;
  const config = plainToInstance(cls, plain, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: true });
  if (errors.length) throw new ConfigurationError(describe(errors));
  return config;
}
