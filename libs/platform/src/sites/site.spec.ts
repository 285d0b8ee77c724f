import { articleKey, hostIdOfKey, keyBelongsToSite, readSites, siteField, siteFilter } from './site';
import { loadConfig } from '../config/load-config';
import { CommonConfig } from '../config/common.config';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const base = { AUTH_JWT_SECRET: A, MONGODB_URI: 'mongodb://localhost/x' };

describe('readSites', () => {
  it('makes AUTH_JWT_* the default site, alone without SITES', () => {
    expect(readSites({ AUTH_JWT_SECRET: A, AUTH_JWT_ISSUER: 'https://a.example' })).toEqual([{ id: 'default', secret: A, issuer: 'https://a.example' }]);
  });

  it('adds the sites of SITES, with secrets inline or from another variable', () => {
    const sites = readSites(
      { AUTH_JWT_SECRET: A, SITES: JSON.stringify([{ id: 'b', issuer: 'https://b.example', secretEnv: 'B_SECRET', audience: 'p', ruleSetVersion: 3 }]) },
      { B_SECRET: B },
    );
    expect(sites[1]).toEqual({ id: 'b', issuer: 'https://b.example', secret: B, audience: 'p', ruleSetVersion: 3 });
  });

  it.each([
    ['not json', /SITES is not valid JSON/],
    ['{}', /SITES must be a JSON array/],
    [JSON.stringify([{ id: 'B!', issuer: 'i', secret: B }]), /SITES\[0\]\.id must be/],
    [JSON.stringify([{ id: 'default', issuer: 'i', secret: B }]), /"default" is the site of AUTH_JWT_SECRET/],
    [JSON.stringify([{ id: 'b', secret: B }]), /SITES\[0\]\.issuer is required/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secret: 'short' }]), /secret of site "b" must be at least 32 characters/],
    [JSON.stringify([{ id: 'b', issuer: 'i' }]), /needs exactly one of secret and secretEnv/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secretEnv: 'NOPE_UNSET' }]), /names NOPE_UNSET, which is not set/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secret: B }, { id: 'b', issuer: 'j', secret: 'c'.repeat(32) }]), /SITES\[1\]\.id "b" is used by another site/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secret: B }, { id: 'c', issuer: 'i', secret: 'c'.repeat(32) }]), /issuers must be distinct/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secret: A }]), /shares the secret of AUTH_JWT_SECRET/],
    [JSON.stringify([{ id: 'b', issuer: 'i', secret: B, colour: 'red' }]), /unknown fields: colour/],
  ])('refuses SITES=%s naming what is wrong', (sites, message) => {
    expect(() => readSites({ AUTH_JWT_SECRET: A, SITES: sites }, {})).toThrow(message);
  });

  it('stops the configuration load naming the variable, never the secret', () => {
    const bad = JSON.stringify([{ id: 'b', issuer: 'i', secret: 'short-secret-value' }]);
    expect(() => loadConfig(CommonConfig, { ...base, SITES: bad })).toThrow(/SITES has an invalid value: SITES\[0\]: the secret of site "b" must be at least 32 characters/);
    expect(() => loadConfig(CommonConfig, { ...base, SITES: bad })).not.toThrow(/short-secret-value/);
    expect(() => loadConfig(CommonConfig, { ...base, SITES_FILE: '/nonexistent/sites.json' })).toThrow(/SITES_FILE has an invalid value: SITES_FILE cannot be read: ENOENT/);
    expect(loadConfig(CommonConfig, { ...base, SITES: JSON.stringify([{ id: 'b', issuer: 'i', secretEnv: 'B_SECRET' }]), B_SECRET: B }).SITES).toBeDefined();
  });
});

describe('site keys', () => {
  it('keeps default-site ids as they are and prefixes the others', () => {
    expect(articleKey('default', 'story-1')).toBe('story-1');
    expect(articleKey('b', 'story-1')).toBe('b/story-1');
    expect(hostIdOfKey('b/story-1', 'b')).toBe('story-1');
    expect(hostIdOfKey('story-1', 'default')).toBe('story-1');
    expect(keyBelongsToSite('b/story-1', 'b', ['default', 'b'])).toBe(true);
    expect(keyBelongsToSite('story-1', 'b', ['default', 'b'])).toBe(false);
    expect(keyBelongsToSite('b/story-1', 'default', ['default', 'b'])).toBe(false);
    expect(keyBelongsToSite('story-1', 'default', ['default', 'b'])).toBe(true);
    expect(siteFilter('default')).toEqual({ siteId: null });
    expect(siteFilter('b')).toEqual({ siteId: 'b' });
    expect(siteField('default')).toEqual({});
    expect(siteField('b')).toEqual({ siteId: 'b' });
  });
});
