import { normaliseEmailDomain } from '@parley/platform';

export const EMAIL_DOMAIN_ACTIONS = ['ban', 'premoderate', 'allow'] as const;
/** `ban`: comments refused (403); `premoderate`: held for a moderator; `allow`: exempt from the disposable list. */
export type EmailDomainAction = (typeof EMAIL_DOMAIN_ACTIONS)[number];
export const DISPOSABLE_ACTIONS = ['off', 'premoderate', 'ban'] as const;
export type DisposableAction = (typeof DISPOSABLE_ACTIONS)[number];

/** What the rules say about one commenter's email domain, and which entry said it. */
export interface EmailDomainVerdict {
  action: 'ban' | 'premoderate' | 'none';
  /** The domain or parent domain whose entry matched (null: nothing matched). */
  matched: string | null;
  source: 'rule' | 'disposable-list' | null;
}

const NONE: EmailDomainVerdict = { action: 'none', matched: null, source: null };

/** The domain and each parent domain, most specific first: a.b.example.com, b.example.com, example.com, com. */
export function domainSuffixes(domain: string): string[] {
  const labels = domain.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/**
 * Email-domain rules as a pure function of (admin rules, disposable list, domain). A rule or a
 * list entry for `example.com` also covers every subdomain (`mx.example.com`). The most specific
 * admin rule wins (so `allow` on `mail.example.com` exempts it from a ban on `example.com`); only
 * when no admin rule matches does the shipped disposable list apply, with the deployment's
 * `disposableAction`. Domains are compared lower case, internationalised ones as punycode.
 */
export class EmailDomainPolicy {
  constructor(
    private readonly rules: ReadonlyMap<string, EmailDomainAction>,
    private readonly disposable: ReadonlySet<string>,
    private readonly disposableAction: DisposableAction,
  ) {}

  decide(rawDomain: string | undefined): EmailDomainVerdict {
    if (!rawDomain) return NONE;
    const domain = normaliseEmailDomain(rawDomain);
    if (!domain) return NONE;
    const suffixes = domainSuffixes(domain);
    for (const s of suffixes) {
      const action = this.rules.get(s);
      if (action) return action === 'allow' ? { action: 'none', matched: s, source: 'rule' } : { action, matched: s, source: 'rule' };
    }
    if (this.disposableAction === 'off') return NONE;
    for (const s of suffixes) {
      if (this.disposable.has(s)) return { action: this.disposableAction, matched: s, source: 'disposable-list' };
    }
    return NONE;
  }
}
