import type { ValidationIssue } from '../types';

/**
 * A tiny strict validator: checks report precise paths (`rules[2].terms[5]`) and every object
 * check refuses unknown fields.
 */

export class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  get count(): number {
    return this.list.length;
  }
}

export type Check = (value: unknown, path: string, issues: Issues) => void;

export interface Field {
  check: Check;
  required?: boolean;
}

export type Shape = Record<string, Field>;

/** A plain object (`{}` or `Object.create(null)`), from any realm (vm contexts, structuredClone). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Validates an object against a shape; returns false if it is not an object at all. */
export function checkObject(value: unknown, path: string, issues: Issues, shape: Shape): value is Record<string, unknown> {
  if (!isPlainObject(value)) {
    issues.add(path, `must be an object, got ${describe(value)}`);
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!(key in shape)) {
      issues.add(join(path, key), `unknown field '${key}' (allowed: ${Object.keys(shape).join(', ')})`);
    }
  }
  for (const [key, field] of Object.entries(shape)) {
    const v = value[key];
    if (v === undefined) {
      if (field.required) issues.add(join(path, key), 'is required');
      continue;
    }
    field.check(v, join(path, key), issues);
  }
  return true;
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export const opt = (check: Check): Field => ({ check });
export const req = (check: Check): Field => ({ check, required: true });

export function str(opts: { min?: number; max?: number; pattern?: RegExp; patternHint?: string } = {}): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') return issues.add(path, `must be a string, got ${describe(value)}`);
    if (opts.min !== undefined && value.length < opts.min) {
      return issues.add(path, opts.min === 1 ? 'must not be empty' : `must be at least ${opts.min} characters`);
    }
    if (opts.max !== undefined && value.length > opts.max) return issues.add(path, `must be at most ${opts.max} characters`);
    if (opts.pattern && !opts.pattern.test(value)) issues.add(path, opts.patternHint ?? `must match ${opts.pattern}`);
  };
}

export function num(opts: { min?: number; max?: number; int?: boolean; exclusiveMin?: boolean } = {}): Check {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return issues.add(path, `must be a finite number, got ${describe(value)}`);
    if (opts.int && !Number.isInteger(value)) return issues.add(path, 'must be an integer');
    if (opts.min !== undefined && (opts.exclusiveMin ? value <= opts.min : value < opts.min)) {
      return issues.add(path, `must be ${opts.exclusiveMin ? '>' : '>='} ${opts.min}`);
    }
    if (opts.max !== undefined && value > opts.max) issues.add(path, `must be <= ${opts.max}`);
  };
}

export const int = (opts: { min?: number; max?: number } = {}): Check => num({ ...opts, int: true });

export const bool: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.add(path, `must be a boolean, got ${describe(value)}`);
};

export function oneOf<T extends string>(values: readonly T[]): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      issues.add(path, `must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describe(value)}`);
    }
  };
}

export function arrayOf(item: Check, opts: { min?: number; max?: number } = {}): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return issues.add(path, `must be an array, got ${describe(value)}`);
    if (opts.min !== undefined && value.length < opts.min) return issues.add(path, `must contain at least ${opts.min} item(s)`);
    if (opts.max !== undefined && value.length > opts.max) return issues.add(path, `must contain at most ${opts.max} items`);
    value.forEach((v, i) => item(v, join(path, i), issues));
  };
}

export function object(shape: Shape): Check {
  return (value, path, issues) => {
    checkObject(value, path, issues, shape);
  };
}

/** `false` (feature off) or an options object. */
export function offOr(shape: Shape): Check {
  return (value, path, issues) => {
    if (value === false) return;
    if (value === true) return issues.add(path, 'must be false (off) or an options object ({} for defaults)');
    checkObject(value, path, issues, shape);
  };
}

export const ACTION = oneOf(['flag', 'reject'] as const);

/** Domain names for allow/deny lists: "example.com", "news.example.co.uk". */
export const DOMAIN = str({
  min: 3,
  max: 253,
  pattern: /^(?!-)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/i,
  patternHint: 'must be a domain name such as "example.com" (no scheme, path or wildcard)',
});
