import type { TermEntry } from '../types';

/** Rejected: unambiguous profanity. */
export const PROFANITY: TermEntry[] = [
  'fuck*',
  'motherfuck*',
  'mothafuck*',
  'muthafuck*',
  'fck',
  'fcking',
  'fckin',
  'fuk',
  'fuking',
  'fukin',
  'fukkin',
  'phuck*',
  { term: 'shit*', allow: ['shiitake*', 'shitake*', 'shittim', 'shitov*'] },
  'bullshit*',
  'horseshit*',
  'dipshit*',
  'batshit',
  'apeshit',
  'chickenshit*',
  'asshole*',
  'arsehole*',
  'asshat*',
  'dumbass*',
  'jackass*',
  'smartass*',
  'biatch*',
  'son of a bitch',
  'bastard',
  'bastards',
  'cunt*',
  { term: 'twat*', allow: ['twatt'] },
  { term: 'wank*', allow: ['wankel*'] },
  'cocksucker*',
  'dickhead*',
  'dickwad*',
  'douchebag*',
  { term: 'slut*', allow: ['slutsky*'] },
  'whore*',
  'skank*',
  'tosser*',
  'bellend*',
  'knobhead*',
  'jizz*',
  'fatass*',
  'lardass*',
  'cocksuck*',
];

/**
 * Flagged: milder profanity that is aimed at someone or sexual ("screw you", "kiss my ass", "hoes").
 * Mild swearing aimed at no one ("bollocks, we lost", "wtf is going on with the trains") is in
 * EXPLETIVES instead, and insults built from mild words ("you pompous arse", "such a dick") are
 * insult phrases (lists/insults.ts).
 */
export const MILD_PROFANITY: TermEntry[] = [
  'piss off',
  'stfu',
  'gtfo',
  'screw you',
  'kiss my ass',
  'kiss my arse',
  'bugger off',
  'sod off',
  'hoes',
  'thot',
  'thots',
  'boobs',
];

/**
 * Recorded, not held: mild swearing with no one as its target ("bollocks, the match is on at the
 * same time", "my ass of a printer", "that goddamn log"). The shipped `expletives` rule is a shadow
 * rule: its hits are in the decision's shadowReasons and never hold a comment on their own.
 */
export const EXPLETIVES: TermEntry[] = ['ass', 'arse', 'bollocks', 'bugger', 'goddamn*', 'wtf', 'pissed off'];

/**
 * Profanity with an innocent sense that its sentence gives away: "bitch" is a female dog to
 * breeders ("the bitch had a litter of eight"), "pussy" a cat or a willow. Matched as phrase
 * classes, so the senses below (and quotation, and talking about the word) are exceptions.
 */
export const AMBIGUOUS_PROFANITY_CLASSES: Record<string, string[]> = {
  ambiguous_profanity_rejected: ['bitch', 'bitches', 'bitchy', 'bitching', 'bitchin', 'bitched', 'bitchez', 'bitchass*', 'biatch*'],
  ambiguous_profanity_flagged: ['pussy'],
  dog_word: [
    'litter', 'litters', 'puppies', 'puppy', 'pups', 'whelp*', 'spay*', 'in season', 'on heat', 'stud', 'mated', 'mating', 'breed', 'breeds',
    'breeding', 'bred', 'breeder', 'breeders', 'kennel*', 'pedigree*', 'greyhound*', 'labrador*', 'spaniel*', 'terrier*', 'collie*',
    'retriever*', 'lurcher*', 'whippet*', 'crufts', 'dog show', 'dog shows',
  ],
  cat_word: ['cat', 'cats', 'kitten', 'kittens', 'kitty', 'puss', 'moggy', 'miaow*', 'meow*', 'purr*'],
};
export const AMBIGUOUS_PROFANITY_INNOCENT_SENSES: string[] = [
  '@ambiguous_profanity_rejected _{0,6} @dog_word',
  '@dog_word _{0,6} @ambiguous_profanity_rejected',
  'dog|dogs and|or bitch|bitches',
  'bitch|bitches and|or the? dog|dogs',
  'brood|maiden|show bitch|bitches',
  'pussy willow|willows|cat|cats|foot|footing',
  '@cat_word _{0,2} pussy',
  'pussy _{0,4} @cat_word',
];
