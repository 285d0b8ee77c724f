import { compileRuleSet, evaluate } from '../engine';
import type { LinksRule } from '../types';
import { findLinks } from './links.rule';

const run = (rule: Omit<LinksRule, 'id' | 'type'>, body: string) => evaluate(compileRuleSet({ rules: [{ id: 'links', type: 'links', ...rule }] }), { body });
const hosts = (text: string) => findLinks(text).map((l) => `${l.host}${l.obfuscated ? ' (obfuscated)' : ''}=${text.slice(l.start, l.end)}`);

describe('findLinks', () => {
  it('finds scheme URLs, www hosts and bare domains with known TLDs', () => {
    expect(hosts('see https://www.example.com/a/b?c=1, www.bbc.co.uk and ft.com.')).toEqual([
      'example.com=https://www.example.com/a/b?c=1',
      'bbc.co.uk=www.bbc.co.uk',
      'ft.com=ft.com',
    ]);
    expect(hosts('http://10.0.0.1:8080/x')).toEqual(['10.0.0.1=http://10.0.0.1:8080/x']);
  });

  it('does not take abbreviations, decimals, file names or missing spaces for links', () => {
    expect(hosts('I agree.It is true. The U.S.A. e.g. version 3.5, node.js and report.pdf, Mr.Smith')).toEqual([]);
  });

  it('recognises shorteners even without a generic TLD', () => {
    expect(hosts('youtu.be/xyz and bit.ly/3abc')).toEqual(['youtu.be=youtu.be/xyz', 'bit.ly=bit.ly/3abc']);
  });

  it('finds obfuscated links', () => {
    expect(hosts('visit example dot com today')).toEqual(['example.com (obfuscated)=example dot com']);
    expect(hosts('go to example[.]com or spam(dot)net')).toEqual(['example.com (obfuscated)=example[.]com', 'spam.net (obfuscated)=spam(dot)net']);
    expect(hosts('try example . com or example .net')).toEqual(['example.com (obfuscated)=example . com', 'example.net (obfuscated)=example .net']);
  });

  it('ignores the "dot com bubble" and sentences ending in a full stop', () => {
    expect(hosts('Remember the dot com bubble. Com truise. It was big. Net result: zero')).toEqual([]);
  });

  it('skips the domain part of email addresses', () => {
    expect(hosts('mail me at someone@example.com')).toEqual([]);
  });
});

describe('links rule', () => {
  it('flags more than maxLinks links, pointing at the first one over the limit', () => {
    const d = run({ maxLinks: 1 }, 'a.com and b.com');
    expect(d.decision).toBe('flagged');
    expect(d.reasons).toEqual([
      expect.objectContaining({ action: 'flag', excerpt: 'b.com', category: 'links', message: expect.stringContaining('2 links; at most 1') }),
    ]);
    expect(run({ maxLinks: 2 }, 'a.com and b.com').decision).toBe('approved');
  });

  it('does not count allowed domains (and their subdomains)', () => {
    expect(run({ maxLinks: 0, allowDomains: ['example.com'] }, 'see news.example.com/x').decision).toBe('approved');
    expect(run({ maxLinks: 0, allowDomains: ['example.com'] }, 'see notexample.com').decision).toBe('flagged');
  });

  it('rejects denied domains', () => {
    const d = run({ denyDomains: ['spam.biz'], maxLinks: 5 }, 'cheap at www.shop.spam.biz/deal');
    expect(d.decision).toBe('rejected');
    expect(d.reasons[0]).toMatchObject({ action: 'reject', excerpt: 'www.shop.spam.biz/deal' });
  });

  it('flags URL shorteners, with configurable extra shorteners and action', () => {
    expect(run({}, 'see bit.ly/abc').reasons[0]).toMatchObject({ action: 'flag', excerpt: 'bit.ly/abc', message: expect.stringContaining('shortened link') });
    expect(run({ shorteners: ['sho.rt'], shortenerAction: 'reject' }, 'see sho.rt/abc').decision).toBe('rejected');
    expect(run({ shorteners: false }, 'see bit.ly/abc').decision).toBe('approved');
  });

  it('lets a comment carry up to maxShortened shortened links, and holds every one beyond', () => {
    expect(run({ maxShortened: 1 }, 'see bit.ly/abc').decision).toBe('approved');
    const two = run({ maxShortened: 1 }, 'see bit.ly/abc and tinyurl.com/xyz');
    expect(two.decision).toBe('flagged');
    expect(two.reasons.map((r) => r.excerpt)).toEqual(['bit.ly/abc', 'tinyurl.com/xyz']);
    // allowed shorteners are not counted; a denied one is still denied
    expect(run({ maxShortened: 1, allowDomains: ['youtu.be'] }, 'youtu.be/a and bit.ly/b').decision).toBe('approved');
    expect(run({ maxShortened: 1, denyDomains: ['bit.ly'] }, 'see bit.ly/abc').decision).toBe('rejected');
  });

  it('flags obfuscated links unless turned off', () => {
    expect(run({}, 'visit cheap-pills dot com').decision).toBe('flagged');
    expect(run({ obfuscated: false }, 'visit cheap-pills dot com').decision).toBe('approved');
  });

  it('counts matches of a custom pattern as links', () => {
    const rule = { pattern: '\\bt\\.me/[a-z0-9_]{5,32}', maxLinks: 0 };
    expect(run(rule, 'join t.me/cheap_deals now').reasons[0]).toMatchObject({ excerpt: 't.me/cheap_deals' });
  });
});
