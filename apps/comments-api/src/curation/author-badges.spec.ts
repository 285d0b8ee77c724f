import { adminBadgesOf, badgesOfAuthor, setAdminBadges } from './author-badges';

describe('author badges', () => {
  afterEach(() => setAdminBadges(new Map()));

  it('joins the token badges stored with the comment and the admin badges, each once, in a fixed order', () => {
    setAdminBadges(new Map([['eve', ['expert', 'staff'] as const]]));
    expect(badgesOfAuthor('eve', ['subscriber', 'staff'])).toEqual(['staff', 'subscriber', 'expert']);
    expect(badgesOfAuthor('eve', undefined)).toEqual(['staff', 'expert']);
    expect(badgesOfAuthor('bob', ['expert'])).toEqual(['expert']);
  });

  it('has none for an author without token or admin badges, and ignores names that are not badges', () => {
    expect(badgesOfAuthor('nobody', null)).toEqual([]);
    expect(badgesOfAuthor('nobody', [])).toEqual([]);
    expect(badgesOfAuthor('nobody', ['wizard'])).toEqual([]);
    expect(adminBadgesOf('nobody')).toEqual([]);
  });
});
