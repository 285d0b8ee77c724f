import type { TermEntry } from '../types';

/**
 * Rejected: slurs and hateful slogans. Kept to well-known, unambiguous terms; words with a common
 * innocent meaning are deliberately absent (see README.md).
 */
export const SLURS_AND_HATE: TermEntry[] = [
  'nigger*',
  { term: 'nigga*', allow: ['niggard*'] },
  'niglet*',
  'faggot*',
  'fag',
  'fags',
  'faggit*',
  'fagot*',
  'spic',
  'spics',
  'wetback*',
  'beaner',
  'beaners',
  'gook',
  'gooks',
  'raghead*',
  'towelhead*',
  'paki',
  'pakis',
  'sand nigger*',
  'porch monkey*',
  'jungle bunny',
  'jungle bunnies',
  'camel jockey*',
  'golliwog*',
  'pikey*',
  'mudslime*',
  'shitskin*',
  'untermensch*',
];

/** Rejected: hate slogans (matched as a phrase class, so that reporting and quotation are exceptions). */
export const HATE_SLOGANS: TermEntry[] = ['gas the jews', 'jews will not replace us', 'you will not replace us'];

/** Flagged: derogatory terms that also have other uses, and dehumanising language. */
export const SUSPECT_HATE: TermEntry[] = [
  { term: 'retard*', allow: ['retardant*', 'retardation', 'retarding'] },
  'tranny',
  'trannies',
  'jap',
  'japs',
  'kike',
  'kikes',
  'subhuman*',
  'sieg heil',
  'heil hitler',
  'white power',
  'white genocide',
  'go back to your country',
  'go back where you came from',
  'libtard*',
  'feminazi*',
  'dyke',
  'dykes',
  'coon',
  'coons',
];
