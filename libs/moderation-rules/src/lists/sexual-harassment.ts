import type { TermEntry } from '../types';
import { GARDEN_SENSE } from './profanity';

/**
 * Flagged: sexual harassment aimed at the reader or a person ("suck my dick", "show us your tits", "send nudes").
 * Each entry is a phrase whose words on their own are innocent ("tits" are birds, "Dick" a name), so only the
 * phrase is listed. Quoted with a reporting verb ("shouted "suck my dick" at the referee, the FA said") it passes
 * (`mentions: true` in the shipped rule).
 */
/** Words that show "tits" are birds ("nice tits on the feeder", "her tits were nesting"). */
export const BIRD_SENSE: string[] = ['bird*', 'feeder*', 'nest*', 'flock*', 'blue tit*', 'great tit*', 'coal tit*', 'long tailed', 'finch*', 'robin*', 'sparrow*', 'chick*', 'rspb', 'birdwatch*'];


export const SEXUAL_HARASSMENT: TermEntry[] = [
  'suck my dick',
  'suck my cock',
  'suck my balls',
  'suck my d',
  'suck a dick',
  'suck dick',
  'sucks dick',
  'suck his dick',
  'suck on my dick',
  'eat a dick',
  'eat my ass',
  'eat my arse',
  'send nudes',
  'send me nudes',
  'send me a nude',
  'show us your tits',
  'show me your tits',
  'show us ur tits',
  'show me ur tits',
  'get your tits out',
  'get ur tits out',
  { term: 'nice tits', unlessNear: BIRD_SENSE },
  // "calm your tits" is an idiom
  { term: 'your tits', unlessNear: [...BIRD_SENSE, 'calm'] },
  { term: 'ur tits', unlessNear: [...BIRD_SENSE, 'calm'] },
  { term: 'her tits', unlessNear: BIRD_SENSE },
  'sit on my face',
  'sit on my dick',
  'ride my dick',
  'sit on my lap',
  'look better bent over',
  // "she can manage me in the bedroom anytime"
  ...['in bed', 'in the bedroom', 'in my bedroom'].flatMap((w) => [`${w} anytime`, `${w} any time`]),
  'tied to the headboard',
  'i know you want it',
  'with your top off',
  'send me some pics of yourself',
  ...['send me', 'send'].flatMap((s) => ['pics', 'photos'].map((p) => `${s} ${p} of yourself`)),
  // "wanna find out if u taste as good as u look", "I'd bend her over that desk"
  ...['you', 'u', 'she', 'he', 'ya'].map((w) => `taste as good as ${w}`),
  // "I'd have him bent over the trailer"
  ...['her', 'him', 'you', 'u', 'ya'].flatMap((w) => [`bend ${w} over`, `bent ${w} over`, `have ${w} bent over`]),
  // "hoe" pointed at a woman ("that hoe", "yo hoe"); the garden tool passes near garden words
  ...['that', 'dat', 'this', 'yo', 'ur', 'ya', 'your', 'lil'].map((det) => ({ term: `${det} hoe`, unlessNear: GARDEN_SENSE })),
];
