import { DEFAULT_DISPUTE_SETTLEMENT_INFO_URL, readRedressSettings, redressInformation, redressLines } from './redress';

describe('redress information (DSA Art. 21)', () => {
  it('defaults to no named bodies and the Commission page', () => {
    const s = readRedressSettings({});
    expect(s).toEqual({ bodies: [], informationUrl: DEFAULT_DISPUTE_SETTLEMENT_INFO_URL });
    const info = redressInformation(s);
    expect(info.outOfCourtDisputeSettlement.informationUrl).toBe(DEFAULT_DISPUTE_SETTLEMENT_INFO_URL);
    expect(info.judicialRedress).toMatch(/court/);
  });

  it('reads the certified bodies and the general URL', () => {
    const s = readRedressSettings({
      DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify([{ name: ' User Rights ', url: 'https://user-rights.example/' }]),
      DSA_DISPUTE_SETTLEMENT_INFO_URL: 'https://news.example/redress',
    });
    expect(s).toEqual({ bodies: [{ name: 'User Rights', url: 'https://user-rights.example/' }], informationUrl: 'https://news.example/redress' });
    expect(redressLines(redressInformation(s))).toContain('User Rights: https://user-rights.example/');
  });

  it.each([
    [{ DSA_DISPUTE_SETTLEMENT_BODIES: 'not json' }, /DSA_DISPUTE_SETTLEMENT_BODIES/],
    [{ DSA_DISPUTE_SETTLEMENT_BODIES: '{"name":"x"}' }, /DSA_DISPUTE_SETTLEMENT_BODIES must be a JSON array/],
    [{ DSA_DISPUTE_SETTLEMENT_BODIES: '[{"name":"","url":"https://a.example"}]' }, /DSA_DISPUTE_SETTLEMENT_BODIES\[0\]\.name/],
    [{ DSA_DISPUTE_SETTLEMENT_BODIES: '[{"name":"A","url":"ftp://a.example"}]' }, /DSA_DISPUTE_SETTLEMENT_BODIES\[0\]\.url/],
    [{ DSA_DISPUTE_SETTLEMENT_INFO_URL: 'nowhere' }, /DSA_DISPUTE_SETTLEMENT_INFO_URL/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => readRedressSettings(env)).toThrow(message);
  });
});
