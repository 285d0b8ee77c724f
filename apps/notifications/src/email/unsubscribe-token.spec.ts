import { UnsubscribeTokens } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('x'.repeat(32));

  it('round-trips user and category', () => {
    expect(tokens.verify(tokens.sign('alice', 'replies'))).toEqual({ userId: 'alice', category: 'replies' });
  });

  it('refuses altered, foreign and malformed tokens', () => {
    const t = tokens.sign('alice', 'replies');
    const forged = Buffer.from(JSON.stringify({ u: 'bob', c: 'replies' })).toString('base64url') + t.slice(t.indexOf('.'));
    expect(tokens.verify(forged)).toBeNull();
    expect(new UnsubscribeTokens('y'.repeat(32)).verify(t)).toBeNull();
    expect(tokens.verify('garbage')).toBeNull();
    expect(tokens.verify(`${Buffer.from('{"u":"a","c":"nope"}').toString('base64url')}.${'A'.repeat(43)}`)).toBeNull();
  });
});
