import { checkNoticeComplaintToken, mintNoticeComplaintToken } from './notice-complaint-token';

describe('notice complaint tokens', () => {
  const secret = 'unit-notice-complaint-secret-0123456789';
  const expiresAt = new Date('2027-06-01T12:00:00.000Z');
  const now = new Date('2027-01-01T00:00:00.000Z');
  const token = mintNoticeComplaintToken(secret, 'ntc_1', 'Dana@Example.org', expiresAt);

  it('verifies for the notice and address it was minted for (address case-insensitive), until it expires', () => {
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(checkNoticeComplaintToken(secret, token, 'ntc_1', 'dana@example.org', now)).toEqual({ ok: true, expiresAt });
    expect(checkNoticeComplaintToken(secret, token, 'ntc_1', 'dana@example.org', new Date('2027-06-01T12:00:01Z'))).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses another notice, another address, another key, an altered expiry or MAC, and malformed input', () => {
    expect(checkNoticeComplaintToken(secret, token, 'ntc_2', 'dana@example.org', now)).toMatchObject({ ok: false, reason: 'forged' });
    expect(checkNoticeComplaintToken(secret, token, 'ntc_1', 'otto@example.org', now)).toMatchObject({ ok: false, reason: 'forged' });
    expect(checkNoticeComplaintToken(`${secret}x`, token, 'ntc_1', 'dana@example.org', now)).toMatchObject({ ok: false, reason: 'forged' });
    const [exp, mac] = token.split('.');
    expect(checkNoticeComplaintToken(secret, `${Number(exp) + 86400}.${mac}`, 'ntc_1', 'dana@example.org', now)).toMatchObject({ ok: false, reason: 'forged' });
    expect(checkNoticeComplaintToken(secret, `${exp}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, 'ntc_1', 'dana@example.org', now)).toMatchObject({ ok: false, reason: 'forged' });
    for (const bad of ['', 'abc', `${exp}.`, `x${token}`]) expect(checkNoticeComplaintToken(secret, bad, 'ntc_1', 'dana@example.org', now)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
