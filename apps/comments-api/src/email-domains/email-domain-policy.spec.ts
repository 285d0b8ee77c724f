import { emailDomainOf, normaliseEmailDomain } from '@parley/platform';
import { disposableDomains } from './disposable-domains';
import { domainSuffixes, EmailDomainAction, EmailDomainPolicy } from './email-domain-policy';

const policy = (rules: Record<string, EmailDomainAction>, disposable: string[], action: 'off' | 'premoderate' | 'ban' = 'premoderate') =>
  new EmailDomainPolicy(new Map(Object.entries(rules)), new Set(disposable), action);

describe('email domains', () => {
  it('takes the domain of an email claim: after the last @, lower case, IDN as punycode, no trailing dot', () => {
    expect(emailDomainOf('Reader@Example.COM')).toBe('example.com');
    expect(emailDomainOf('"odd@local"@mail.example.org.')).toBe('mail.example.org');
    expect(emailDomainOf('leser@bücher.example')).toBe('xn--bcher-kva.example');
    expect(emailDomainOf('leser@XN--BCHER-KVA.example')).toBe('xn--bcher-kva.example');
    for (const bad of [undefined, 42, '', 'no-at-sign', '@example.com', 'a@', 'a@localhost', 'a@exa mple.com', 'a@ex..ample.com', 'a@http://x.com', 'x'.repeat(400) + '@a.com']) {
      expect(emailDomainOf(bad)).toBeUndefined();
    }
  });

  it('normalises domains the way admins type them', () => {
    expect(normaliseEmailDomain('  MAILINATOR.com. ')).toBe('mailinator.com');
    expect(normaliseEmailDomain('münchen.de')).toBe('xn--mnchen-3ya.de');
    expect(normaliseEmailDomain('not a domain')).toBe('');
    expect(normaliseEmailDomain('a@b.com')).toBe('');
  });

  it('lists a domain and its parents, most specific first', () => {
    expect(domainSuffixes('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
  });

  it('applies the disposable list to the domain and its subdomains with the configured action', () => {
    const p = policy({}, ['mailinator.com']);
    expect(p.decide('mailinator.com')).toEqual({ action: 'premoderate', matched: 'mailinator.com', source: 'disposable-list' });
    expect(p.decide('eu.MAILINATOR.com')).toEqual({ action: 'premoderate', matched: 'mailinator.com', source: 'disposable-list' });
    expect(p.decide('notmailinator.com').action).toBe('none');
    expect(p.decide('mailinator.com.example.org').action).toBe('none');
    expect(policy({}, ['mailinator.com'], 'ban').decide('mailinator.com').action).toBe('ban');
    expect(policy({}, ['mailinator.com'], 'off').decide('mailinator.com').action).toBe('none');
    expect(p.decide(undefined).action).toBe('none');
  });

  it('lets the most specific admin rule win, and admin rules win over the list', () => {
    const p = policy({ 'example.com': 'ban', 'staff.example.com': 'allow', 'mailinator.com': 'allow', 'spam.example.org': 'premoderate' }, ['mailinator.com', 'example.org']);
    expect(p.decide('example.com')).toEqual({ action: 'ban', matched: 'example.com', source: 'rule' });
    expect(p.decide('eu.example.com')).toEqual({ action: 'ban', matched: 'example.com', source: 'rule' });
    expect(p.decide('staff.example.com')).toEqual({ action: 'none', matched: 'staff.example.com', source: 'rule' });
    expect(p.decide('x.staff.example.com').action).toBe('none');
    expect(p.decide('mailinator.com')).toEqual({ action: 'none', matched: 'mailinator.com', source: 'rule' });
    expect(p.decide('a.spam.example.org')).toEqual({ action: 'premoderate', matched: 'spam.example.org', source: 'rule' });
    expect(p.decide('other.example.org')).toEqual({ action: 'premoderate', matched: 'example.org', source: 'disposable-list' });
  });

  it('matches internationalised rules whichever way the domain is written', () => {
    const p = policy({ [normaliseEmailDomain('bücher.example')]: 'ban' }, []);
    expect(p.decide('BÜCHER.example').action).toBe('ban');
    expect(p.decide('mail.xn--bcher-kva.example').action).toBe('ban');
  });

  it('ships the disposable-email-domains list, normalised', () => {
    const list = disposableDomains();
    expect(list.domains.size).toBeGreaterThan(1000);
    expect(list.domains.has('mailinator.com')).toBe(true);
    expect(list.domains.has('gmail.com')).toBe(false);
    expect(list.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const d of [...list.domains].slice(0, 2000)) expect(normaliseEmailDomain(d)).toBe(d);
  });
});
