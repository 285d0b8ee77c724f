import { canonicalLength, fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is a stable 16-hex-digit hash', () => {
    expect(fingerprint('Buy cheap pills')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('Buy cheap pills')).toBe(fingerprint('Buy cheap pills'));
    expect(fingerprint('')).toBe('cbf29ce484222325'); // FNV-1a 64 offset basis
  });

  it('ignores case, punctuation, spacing, stretched letters, confusables, leetspeak and invisible characters', () => {
    const base = fingerprint('buy cheap pills');
    for (const variant of [
      'Buy CHEAP pills!!!',
      'b u y  ch3ap piiills',
      'buy\u200b cheap pills',
      'Ｂｕｙ cheap pills',
      'buy сheap pills',
      'buy, cheap; pills.',
    ]) {
      expect(fingerprint(variant)).toBe(base);
    }
  });

  it('distinguishes different texts', () => {
    expect(fingerprint('buy cheap pills')).not.toBe(fingerprint('buy cheap bills'));
    expect(fingerprint('order 123')).not.toBe(fingerprint('order 124'));
    expect(fingerprint('日本')).not.toBe(fingerprint('中国'));
  });

  it('matches a reference FNV-1a 64 implementation on the canonical letters', () => {
    const reference = (s: string): string => {
      let h = 0xcbf29ce484222325n;
      for (const ch of s) {
        h ^= BigInt(ch.charCodeAt(0));
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
      }
      return h.toString(16).padStart(16, '0');
    };
    expect(fingerprint('Hello, World')).toBe(reference('heloworld'));
  });

  it('is linear on large inputs', () => {
    expect(fingerprint('spam '.repeat(200_000))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('canonicalLength counts canonical letters', () => {
    expect(canonicalLength('+1')).toBe(1);
    expect(canonicalLength('Agreed!!')).toBe(5);
  });
});
