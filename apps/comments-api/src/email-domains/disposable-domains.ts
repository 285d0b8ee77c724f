import { createRequire } from 'node:module';
import { normaliseEmailDomain } from '@parley/platform';

/**
 * The shipped list of disposable-email domains: the npm package `disposable-email-domains`
 * (MIT, github.com/ivolo/disposable-email-domains; version pinned in package-lock.json, see
 * docs/moderation.md "Email-domain rules"), updated with `npm run update:disposable-domains`.
 * Loaded once per process, normalised like the domains it is compared with.
 */
let loaded: { domains: ReadonlySet<string>; version: string } | null = null;

export function disposableDomains(): { domains: ReadonlySet<string>; version: string } {
  if (loaded) return loaded;
  const require = createRequire(__filename);
  const list = require('disposable-email-domains') as string[];
  const version = (require('disposable-email-domains/package.json') as { version: string }).version;
  const domains = new Set<string>();
  for (const d of list) {
    const n = normaliseEmailDomain(d);
    if (n) domains.add(n);
  }
  loaded = { domains, version };
  return loaded;
}
