import { LAUGHING_EMOJI } from '../matcher/phrase-pattern';
import type { TermEntry } from '../types';

/** In the same sentence these make a mild insult fond ("you beautiful idiot x", "numpty, love you"): a kiss, love, a drink (not "bless" or "lol", said with scorn too). The insult-phrases rule's fond exceptions (FOND_AFTER in insults.ts) read these and a laugh after "you absolute …". */
export const FOND_WORDS: string[] = ['x', 'xx', 'xxx', 'love you', 'love ya', 'luv you', 'luv ya', 'with love', 'pint', 'pints', 'brew', 'lovely', 'legend', '🍺', '🍻'];
/** A laughing or loving emoji makes the mildest insults fond ("you nitwit 😂", "Proper numpty 😂"); not "idiot", laughed at people in scorn too ("😂😂 GO ON IDIOT!"). */
const FOND_EMOJI = LAUGHING_EMOJI;
/** Words that make Bimbo the bakery company. */
const BAKERY: string[] = ['bread', 'loaf', 'loaves', 'bakery', 'bakeries', 'brand'];

/** Flagged: personal attacks and insults (a human decides whether the comment crosses the line). */
export const PERSONAL_ATTACKS: TermEntry[] = [
  // not the dashboard's warning lamps
  { term: 'idiot', unlessNear: ['dashboard', 'warning light*', 'idiot light*', ...FOND_WORDS, 'my favourite', 'beautiful', 'my idiot', 'other idiot'] },
  // not "treat people like idiots"
  { term: 'idiots', unlessNear: ['treat', 'treats', 'treated', 'treating'] },
  // not the Argentine city
  { term: 'moron*', allow: ['moroni'], unlessNear: ['buenos aires', 'argentina', 'argentine', 'province'] },
  'imbecile*',
  // not the old clinical term
  { term: 'cretin*', unlessNear: ['iodine', 'thyroid', 'hypothyroid*', 'clinical term', 'medical term'] },
  'halfwit*',
  { term: 'nitwit*', unlessNear: [...FOND_WORDS, ...FOND_EMOJI] },
  'dimwit*',
  'numbskull*',
  { term: 'numpty', unlessNear: [...FOND_WORDS, ...FOND_EMOJI, 'classic', 'alert', 'our numpty', 'proud to call'] },
  // not the word's history (Duns Scotus)
  { term: 'dunce', unlessNear: ['scotus', 'etymology'] },
  'buffoon*',
  'ignoramus*',
  'scumbag*',
  // not the film on a pond
  { term: 'scum', unlessNear: ['pond', 'ponds', 'lake', 'lakes', 'algae', 'canal', 'reservoir', 'kettle', 'bath', 'soap', 'stock', 'skim*'] },
  'lowlife*',
  'sheeple',
  'pea brain*',
  'peabrain*',
  'knuckle dragger*',
  'knuckledragger*',
  'waste of space',
  // not the bakery company
  { term: 'bimbo', unlessNear: BAKERY },
  'presstitute',
  'presstitutes',
  'dumb blonde',
  'keyboard warrior',
  'keyboard warriors',
  { term: 'bimbos', unlessNear: BAKERY },
  'sad little man',
  'sad little woman',
  'pathetic little man',
  'pathetic little woman',
  'sad little boy',
  'lonely little man',
  'friendless little',
  'waste of oxygen',
  'piece of garbage',
  'piece of trash',
  'piece of work',
  'you are stupid',
  "you're stupid",
  'you are pathetic',
  "you're pathetic",
  'you are an embarrassment',
  'shut your mouth',
  'get a brain',
];
