import type { TermEntry } from '../types';
import { FOND_WORDS } from './personal-attacks';

/** In the same sentence these make "bastard" a sword, a file or an illegitimate heir, not an insult. */
const BASTARD_INNOCENT_SENSE: string[] = ['sword', 'swords', 'illegitimate', 'conqueror', 'heir', 'heirs', 'throne', 'legitimacy', 'file', 'files', 'wedlock', 'outside marriage', 'inherit*', 'toadflax', 'balm', 'species'];

/** Words that show "bitch" is a female dog (dog breeding and shows). */
export const DOG_SENSE: string[] = [
  'litter', 'litters', 'puppies', 'puppy', 'pups', 'whelp*', 'spay*', 'in season', 'on heat', 'stud', 'mated', 'mating', 'breed*', 'bred',
  'kennel*', 'pedigree*', 'greyhound*', 'labrador*', 'spaniel*', 'terrier*', 'collie*', 'retriever*', 'lurcher*', 'whippet*', 'crufts',
  'dog show*', 'champ show*', 'championship show*', 'agility', 'obedience class*', 'sheepdog*', 'sheep dog*', 'gundog*', 'sheepdog trial*', 'brood bitch*', 'maiden bitch*', 'dogs and bitches', 'bitches and dogs', 'bitches and the dogs', 'dog or bitch', 'female dog', 'female dogs',
  'bulldog*', 'poodle*', 'beagle*', 'dachshund*', 'rottweiler*', 'alsatian*', 'german shepherd*', 'staffie*', 'staffy', 'husky', 'huskies', 'setter*', 'schnauzer*', 'weimaraner*', 'show ring', 'best in show', 'rosette*',
];
/** Words that show "pussy" is a cat or a willow. */
export const CAT_SENSE: string[] = ['willow*', 'cat', 'cats', 'kitten*', 'kitty', 'puss', 'moggy', 'miaow*', 'meow*', 'purr*', 'pussycat*', 'pussy foot*'];

/** Words that show "hoe(s)" is the garden tool. */
export const GARDEN_SENSE: string[] = [
  'garden*', 'rake*', 'weed*', 'soil', 'spade*', 'shovel*', 'trowel*', 'plough*', 'plow*', 'scythe*', 'sickle*', 'tool*', 'farm*',
  'field*', 'crop*', 'allotment*', 'till*', 'dig*', 'plant*', 'cultivat*', 'seedling*', 'rows', 'beds', 'dutch hoe*',
];
/** Rejected: unambiguous profanity. */
export const PROFANITY: TermEntry[] = [
  // not the Austrian village (Fugging since 2021)
  { term: 'fuck*', unlessNear: ['austria', 'austrian', 'salzburg'] },
  { term: 'fcuk*', unlessNear: ['french connection'] },
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
  // "shit" and "shite" alone are the `swearing` phrase rule's (SWEAR_WORDS): rejected unless sworn at a thing
  { term: 'shit*', allow: ['shit', 'shite', 'shitshow', 'shitshows', 'shitting', 'shiitake*', 'shitake*', 'shiite*', 'shittim', 'shitov*', 'shitterton'] },
  'bullshit*',
  'horseshit*',
  'dipshit*',
  'batshit',
  'apeshit',
  'chickenshit*',
  { term: 'bitch*', allow: ['bitche', 'bitchute', 'bitchfield'], unlessNear: DOG_SENSE },
  'asshole*',
  'arsehole*',
  'asshat*',
  'dumbass*',
  // not the African penguin or the kookaburra ("laughing jackass")
  { term: 'jackass*', unlessNear: ['penguin*', 'kookaburra*', 'donkey*', 'bray*', 'mule*'] },
  'smartass*',
  'biatch*',
  'son of a bitch',
  // not the sword, the file or an illegitimate heir in history ("William the Bastard became the Conqueror")
  { term: 'bastard', unlessNear: BASTARD_INNOCENT_SENSE },
  { term: 'bastards', unlessNear: BASTARD_INNOCENT_SENSE },
  'cunt*',
  { term: 'twat*', allow: ['twatt'] },
  { term: 'wank*', allow: ['wankel*', 'wankhede', 'wankdorf', 'wankie'] },
  'cocksucker*',
  'dickhead*',
  'dickwad*',
  'douchebag*',
  // not a Swedish shop's final sale ("slut rea")
  { term: 'slut*', allow: ['slutsky*'], unlessNear: ['stockholm', 'sweden', 'swedish', 'rea'] },
  // not the Whore of Babylon in art and scripture
  { term: 'whore*', unlessNear: ['babylon'] },
  'pigshit*',
  // skanking is the ska dance
  { term: 'skank*', allow: ['skanking'], unlessNear: ['ska', 'reggae', 'dancehall', 'rocksteady'] },
  // not a coin, a pancake or a caber tosser
  { term: 'tosser*', unlessNear: ['coin', 'coins', 'pancake*', 'caber*', 'shrove', 'highland games', 'dice', 'dough', 'pizza*'] },
  // said to a friend with a kiss, love or a pint (FOND_WORDS: "you're a knobhead but a lovely one x")
  { term: 'bellend*', unlessNear: FOND_WORDS },
  { term: 'knobhead*', unlessNear: FOND_WORDS },
  // birders' "jizz": the overall impression of a bird
  { term: 'jizz*', unlessNear: ['bird', 'birds', 'birder*', 'birding', 'birdwatch*', 'warbler*', 'twitcher*', 'species', 'identif*'] },
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
  { term: 'pussy', unlessNear: CAT_SENSE },
  { term: 'pussies', unlessNear: CAT_SENSE },
  'piss off',
  'stfu',
  'gtfo',
  // not a hardware shop's "which screw you needed"
  { term: 'screw you', unlessNear: ['which screw', 'what screw', 'the screw', 'screw you need*', 'screw you want*', 'screw you use*'] },
  'kiss my ass',
  'kiss my arse',
  'lick my ass',
  'lick my arse',
  'you ass',
  'you arse',
  'dumb ass',
  'dumb arse',
  'stupid ass',
  'stupid arse',
  'pompous ass',
  'pompous arse',
  'lazy ass',
  'lazy arse',
  'silly arse',
  'fat arse',
  // "gonna bugger off home": the writer leaving, not a dismissal
  { term: 'bugger off', unlessNear: ['home', 'bed', 'early', 'out', 'rain', 'weather', 'wind', 'snow', 'storm', 'winter', 'cold', 'frost', 'hail', 'drizzle', 'fog', 'ice', 'flu', 'covid', 'monday', 'mondays', 'january'] },
  'sod off',
  { term: 'hoes', unlessNear: GARDEN_SENSE },
  'thot',
  'thots',
  'boobs',
];

/**
 * Recorded, not held: mild swearing with no one as its target ("bollocks, the match is on at the
 * same time", "my ass of a printer", "that goddamn log"). The shipped `expletives` rule is a shadow
 * rule: its hits are in the decision's shadowReasons and never hold a comment on their own.
 */
export const EXPLETIVES: TermEntry[] = ['ass', 'arse', 'bollocks', 'bugger', 'goddamn*', 'wtf', 'pissed off', 'shit', 'shite', 'shitshow', 'shitshows', 'shitting'];

/**
 * Rejected by the `swearing` phrase rule unless sworn at a thing or as an exclamation (SWEARING_AT_THINGS):
 * "this is shit", "you're shit", "shit journalist" are profanity; "Shit weather for the fun run",
 * "Shit, I forgot to vote", "Holy shit, what a finish", "shit happens", "the buses were shite" are
 * recorded as expletives (the `expletives` shadow rule) and not held.
 */
export const SWEAR_WORDS: string[] = ['shit', 'shite'];

/** Things one swears at: the weather, the buses, a result, one's week. */
export const SWORN_AT_THINGS: string[] = [
  'weather', 'rain', 'forecast', 'party', 'policies', 'manifesto', 'week', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'summer', 'winter', 'year', 'start', 'time', 'times',
  'game', 'match', 'result', 'results', 'season', 'half', 'pitch', 'goal', 'luck', 'news', 'service', 'bus', 'buses', 'train', 'trains', 'traffic',
  'roads', 'road', 'parking', 'queue', 'queues', 'signal', 'wifi', 'wi fi', 'broadband', 'coffee', 'food', 'pint', 'beer', 'film', 'films', 'show',
  'episode', 'telly', 'tv', 'sound', 'music', 'band', 'gig', 'job', 'jobs', 'shift', 'commute', 'timing', 'state of affairs', 'situation', 'idea',
  'printer', 'phone', 'laptop', 'car', 'van', 'cup', 'cuppa', 'brew', 'tea', 'pie', 'chips', 'kebab', 'pothole', 'potholes', 'collections', 'collection', 'bins', 'hangover', 'sleep', 'views', 'view', 'photo', 'photos', 'picture', 'pictures', 'camera',
];

/** After a sentence's first "shit", the words that make it an insult rather than an exclamation. */
export const SWORN_AT_PERSON: string[] = [
  'you', 'u', 'ya', 'ye', 'yer', 'your', 'ur', 'he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'for', 'of', 'journalist', 'journalists', 'reporter', 'reporters', 'writer',
  'writers', 'editor', 'author', 'article', 'piece', 'column', 'columnist', 'comment', 'comments', 'commenter', 'poster', 'post', 'take', 'opinion', 'opinions',
  'argument', 'ref', 'referee', 'person', 'people', 'bloke', 'man', 'woman', 'lad', 'lads', 'guy', 'guys', 'mp', 'councillor', 'minister', 'president',
  'politician', 'politicians', 'mayor', 'judge', 'cop', 'cops', 'mate', 'pal', 'head', 'heads', 'stain', 'bag', 'bags', 'eater', 'eaters', 'stirrer', 'stirrers',
];

/** Sentences in which "shit"/"shite" is sworn at a thing or is an exclamation, aimed at no one. */
export const SWEARING_AT_THINGS: string[] = [
  // words the swear words' spellings reach ("Shiite" read with a doubled letter), not swearing
  'shiite|shiites|shiism|shiitake|shiitakes|shitake|shitakes|shittim|shitterton|shitov',
  '@swear_word @sworn_at_thing',
  // "makes a change from the usual shite on here"
  'usual|same|old @swear_word',
  '@swear_word hot|happens|happened|happen|hit|hits',
  // idioms: "my nan's gonna lose her shit when she finds out", "nearly shit myself watching the dashcam"
  'lose|loses|losing|lost her|his|my|their|your|our @swear_word',
  '@swear_word myself|yourself|himself|herself|themselves|ourselves',
  'holy|oh|ohh|aw|ah|ahh|aww|bloody @swear_word',
  // an exclamation: "Shit, I forgot", "Shite.", "Shit shit shit" (not "Shit journalist", "shit for brains")
  '^@swear_word !@sworn_at_person',
  '@sworn_at_thing _{0,4} is|was|were|are|s|looks|looked|sounds|sounded|tasted|tastes @adverb? @swear_word',
  // a situation: "That's a bit shit for the old firm" (not "you're a bit shit")
  'that|it|its|thats s|is? a? bit|pretty|really|so|proper of? @swear_word',
  'thing|things|day|event|night|game|show|match|do was|is|s|were a? bit|pretty|really|so @swear_word',
  // the writer at a task: "id be shite at this, cant even sew a button on", "I'm shit at darts"
  'i|id|im|d|m|am be|been? @swear_word at',
  // the writer as a child: "I was a right little shit at 14" (held-back-576)
  'i was a|an right|little|proper|total _{0,2} @swear_word',
  // wrecked or gone bad: "my back wheel's buckled to shit", "the season's gone to shite"
  'buckled|bent|knackered|smashed|wrecked|battered|bust|busted|went|gone|going|goes|scared|worried|stressed to @swear_word',
  // "went down like a sack of shit at mile 12, hope hes ok"
  'down|fell|fall|falls|dropped|drops|went|crumpled like a sack|bag|ton|load of @swear_word',
  // "carers get treated like shite"
  'treated|treat|treats|treating like @swear_word',
  // "scared the shite out of me"
  'scared|scare|scares|frightened|frighten|frightens|bored|bore|bores the @swear_word out of',
];
