import type { TermEntry } from '../types';

/** Rejected: threats and encouragement of self-harm (phrases; the words alone are news vocabulary). */
export const THREATS: TermEntry[] = [
  'kill yourself',
  'kill urself',
  'kill your self',
  'kill ur self',
  'kys',
  'go die',
  'neck yourself',
  'i will kill you',
  "i'll kill you",
  'ill kill you',
  'im going to kill you',
  "i'm gonna kill you",
  'gonna kill you',
  'going to kill you',
  'i will hurt you',
  'i will find you',
  'i know where you live',
  'i will rape you',
  'hope you get raped',
  'hope you die',
  'you deserve to die',
  'you should die',
  'slit your throat',
  'put a bullet in your',
  'i will shoot you',
  'burn your house down',
  "you're dead meat",
  'you are dead meat',
];

/** Flagged: violent language that may be a threat or incitement depending on context. */
export const VIOLENT_LANGUAGE: TermEntry[] = [
  'should be shot',
  'should be hanged',
  'should be lynched',
  'deserve to be shot',
  'deserves to be shot',
  'deserves to die',
  'death to',
  'watch your back',
  'kill them all',
  'string them up',
];
