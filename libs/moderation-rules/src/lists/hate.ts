import type { TermEntry } from '../types';

/**
 * Rejected: slurs and hateful slogans. Kept to well-known, unambiguous terms; words with a common
 * innocent meaning are deliberately absent (see README.md).
 */
export const SLURS_AND_HATE: TermEntry[] = [
  'nigger*',
  // Australian English: a stomach bug
  { term: 'wog', unlessNear: ['stomach', 'tummy', 'bug', 'flu', 'sick', 'off with'] },
  'wogs',
  { term: 'nigga*', allow: ['niggard*'] },
  'niglet*',
  // South African xenophobic slur for African foreigners
  'amakwerekwere',
  'abos',
  'muzzie*',
  'bhangi*',
  'katua*',
  'katwa',
  'katwas',
  'katwe',
  'poofter*',
  // (not the surname Keeling, which the stretched-letter reading reaches)
  { term: 'keling', allow: ['keeling'] },
  'chamar*',
  // not the lime, its leaves or the lily
  { term: 'kaffir*', unlessNear: ['lime', 'limes', 'leaf', 'leaves', 'lily', 'lilies', 'corn', 'boom', 'plum'] },
  // not a chink of light or in the armour
  { term: 'chinks', unlessNear: ['armour', 'armor', 'light', 'curtain', 'curtains', 'wall', 'walls', 'fence', 'blinds', 'door', 'cloud', 'clouds'] },
  'muzrat*',
  // and the ABO blood group system
  { term: 'abo', unlessNear: ['blood', 'group', 'groups', 'incompatib*', 'compatib*', 'antigen*', 'antibod*', 'type', 'typing', 'system', 'rhesus', 'sample*', 'series', 'serum', 'sera', 'agglutin*', 'cell*', 'donor*', 'transfusion*', 'plasma', 'genotyp*', 'phenotyp*'] },
  'makwerekwere',
  'kwerekwere',
  // faggots are also meatballs in the English Midlands ("faggots and peas") and bundles of sticks
  { term: 'faggot*', unlessNear: ['peas', 'mash', 'gravy', 'chips', 'onion gravy', 'pork', 'liver', 'sage', 'recipe*', 'sunday tea', 'supermarket', 'butcher*', 'oven', 'homemade', 'brain s', 'brains', 'midlands', 'black country', 'brawn', 'sticks', 'twigs', 'firewood', 'kindling', 'brushwood', 'hedge', 'hedges', 'hedging', 'hedgelaying', 'hedge laying'] },
  'faggit*',
  // not "spic and span"
  { term: 'spic', unlessNear: ['span'] },
  'spics',
  'wetback*',
  'beaner*',
  'gook',
  'gooks',
  'raghead*',
  'rag head*',
  'towelhead*',
  'paki',
  'pakis',
  'sand nigger*',
  'porch monkey*',
  'jungle bunny',
  'jungle bunnies',
  'camel jockey*',
  'golliwog*',
  'fuzzy wuzzy',
  'dinghy diver*',
  'fuzzy wuzzies',
  'pikey*',
  'mudslime*',
  // ethnic, national and sectarian slurs with no innocent sense in English
  'dago',
  'dagos',
  'chinky',
  'chinkies',
  'darkie*',
  'darky',
  'nignog*',
  'nig nog*',
  'jigaboo*',
  'zipperhead*',
  'sheeny',
  'sheenies',
  'jewboy*',
  'gyppo*',
  'gippo*',
  'taig',
  'taigs',
  'curry muncher*',
  'curry munching',
  'dothead*',
  'shitskin*',
  'untermensch*',
];

/** Rejected: hate slogans (matched as a phrase class, so that reporting and quotation are exceptions). */
export const HATE_SLOGANS: TermEntry[] = ['gas the jews', 'jews will not replace us', 'you will not replace us'];

/** Words that, in the same sentence, make "coon" the animal: a raccoon in the bins, a Maine Coon cat, a coon hound. */
const RACCOON_SENSE: string[] = ['maine', 'raccoon*', 'hound', 'hounds', 'coon dog*', 'garbage', 'dumpster*', 'garage', 'attic', 'porch', 'bins', 'trash can*', 'dog food', 'cat food', 'possum*', 'critter*', 'kitten*', 'fur', 'ringtail*', 'cheese'];

/** Flagged: derogatory terms that also have other uses, and dehumanising language. */
export const SUSPECT_HATE: TermEntry[] = [
  {
    term: 'retard*',
    allow: ['retardant*', 'retardation', 'retarding', 'retarder', 'retarders'],
    unlessNear: ['growth', 'progress', 'development', 'spoilage', 'reproduction', 'ignition', 'combustion', 'ripening', 'germination', 'corrosion', 'decay', 'ritardando', 'tempo', 'concrete', 'cement', 'mortar', 'plaster*', 'setting'],
  },
  // not a transistor radio or a gearbox
  { term: 'tranny', unlessNear: ['radio', 'radios', 'transistor*', 'gearbox*', 'transmission*', 'clutch', 'van', 'vans', 'transit', 'ford', 'mechanic*', 'rebuild', 'fluid'] },
  'trannies',
  // not the medical sense ("spastic colon", "spastic cerebral palsy", the old Spastics Society)
  { term: 'spastic*', allow: ['spasticity'], unlessNear: ['colon', 'bowel', 'paraplegia', 'diplegia', 'quadriplegia', 'hemiplegia', 'tetraplegia', 'cerebral', 'palsy', 'society', 'muscle*', 'dysphonia', 'gait', 'limb*'] },
  'spaz',
  'spazz*',
  // an Irish slur for Travellers (not "knackered", not the knacker's yard)
  { term: 'knacker', unlessNear: ['yard', 'yards', 'horse', 'horses', 'pony', 'ponies', 'cow', 'cows', 'cattle', 'sheep', 'abattoir', 'carcass*', 'collect*', 'dead'] },
  'lezzer',
  'lezzers',
  'jap',
  'japs',
  'kike',
  'kikes',
  'subhuman*',
  // "sub-humans", "sub humans"
  'sub human',
  'sub humans',
  // an ableist slur (from "mongol"), not Mong Kok
  { term: 'mong', unlessNear: ['kok'] },
  'mongs',
  // a homophobic slur; "poof" alone is also the sound of something vanishing ("and poof, the money was gone")
  'poofs',
  'old poof',
  'bent poof',
  'you poof',
  'ya poof',
  'dirty poof',
  'little poof',
  // a Jamaican homophobic slur
  'batty boy*',
  'battyboy*',
  'batty man',
  'batty men',
  { term: 'a poof', unlessNear: ['smoke', 'dust', 'air', 'powder', 'steam', 'flour', 'glitter', 'feathers', 'vanish*', 'disappear*', 'gone', 'magic'] },
  // an ethnic slur for Poles (not Shakespeare's "sledded Polack")
  { term: 'polack', unlessNear: ['hamlet', 'shakespeare', 'sledded', 'fortinbras'] },
  'polacks',
  // a transphobic slur
  'shemale',
  'shemales',
  'she male',
  'she males',
  // "never trust a ch1nk"; not a chink of light, in the armour or of glasses
  { term: 'chink', unlessNear: ['armour', 'armor', 'light', 'curtain', 'curtains', 'wall', 'walls', 'fence', 'blinds', 'door', 'cloud', 'clouds', 'glass', 'glasses', 'coins', 'cups', 'teacups', 'bottles', 'ice', 'cutlery', 'china', 'keys', 'chain', 'chains', 'mail', 'gap', 'gaps', 'defence', 'defense', 'line', 'backline', 'argument', 'case', 'logic', 'plan', 'story', 'window', 'shutters', 'spot', 'spotted', 'find', 'found', 'exploit*'] },
  'sieg heil',
  'heil hitler',
  'white power',
  'white genocide',
  'go back to your country',
  // not those who say it, spoken of: "people saying go back where you came from - Yonas literally cant"
  { term: 'go back where you came from', unlessNear: ['people saying', 'those saying', 'anyone saying', 'people who say', 'people telling', 'idiots saying', 'saying go back', 'telling someone', 'tells us', 'stop with the'] },
  'libtard*',
  // class slurs against groups of people
  // not the bags
  { term: 'white trash', unlessNear: ['bag', 'bags', 'bin', 'bins', 'liner*', 'sack*', 'compactor'] },
  'trailer trash',
  'feminazi*',
  // not the martial art
  { term: 'sambo', unlessNear: ['martial', 'wrestling', 'wrestler*', 'judo', 'grappling', 'mma', 'fighter*', 'combat', 'championship*', 'belt', 'classes', 'class', 'leg lock*', 'gym'] },
  // Tottenham's fans say it of themselves; held for a moderator, not rejected
  'yid',
  'yids',
  // not the raccoon, the Maine Coon cat or the coonhound
  { term: 'coon', unlessNear: RACCOON_SENSE },
  { term: 'coons', unlessNear: RACCOON_SENSE },
];

/**
 * Flagged unless the sentence uses the word's innocent sense: slurs that are also ordinary words
 * ("fag" is a cigarette in British English, a "dyke" an embankment). Matched as a phrase class, so
 * the innocent senses below are exceptions.
 */
export const AMBIGUOUS_SLURS: string[] = ['fag', 'fags', 'dyke', 'dykes'];
/** Words of land and water next to which a dyke is an embankment or a ditch. */
export const EMBANKMENT_WORDS: string[] = ['polder', 'polders', 'flood', 'floods', 'flooding', 'breach', 'breached', 'sandbag*', 'levee*', 'drainage', 'canal', 'canals', 'ditch', 'ditches', 'embankment*', 'earthwork*', 'dutch', 'netherlands', 'holland', 'fenland', 'marsh*', 'sea wall', 'tide', 'tides', 'footpath', 'path', 'ramblers', 'skylarks', 'dam', 'dams', 'fen', 'fens', 'dyke walk', 'along the dyke'];
export const SMOKING_WORDS: string[] = ['cigarette', 'cigarettes', 'ciggie*', 'tobacco', 'ashtray', 'lighter', 'smoke', 'smoking', 'smoked'];
export const AMBIGUOUS_SLUR_INNOCENT_SENSES: string[] = [
  'for|having|have|had|smoke|smoking|smoked|roll|rolling|light|lit|lighting|need|needed|want|wanted|cadge|bum|nip|nipped|quick a fag',
  'for|having|have|had|need|want|cadge a|an quick|crafty|sly|sneaky|last|cheeky fag',
  'a|an quick|crafty|sly|sneaky|cheeky|single fag',
  'buy|bought|buying|sell|sold|selling a|single|ten|twenty|some fag|fags',
  // "nicking me dad's fags"
  'nicking|nicked|nick|pinching|pinched|pinch|swiping|swiped|stealing|stole|sneaking|sneaked _{0,3} fag|fags',
  'fag break|breaks|end|ends|packet|packets|paper|papers|burn|burns',
  'packet|packets|pack|packs|box|carton|cartons|pouch of fags',
  // held-back-439: "sent her back in for his fags and the racing post"
  'his|her|my|their|your|our|me|grandad|nan|dad|mum fags',
  // cigarettes, and the public-school sense ("a fag for the prefects")
  'fag|fags _{0,6} @smoking_word|ear|prefect|prefects|fagging',
  '@smoking_word _{0,6} fag|fags',
  'sea|river|flood|dutch|fen|fens|drainage dyke|dykes',
  'van dyke|dykes|dyck',
  'dyke|dykes wall|walls|road|roads|rd|lane|ln|street|st|avenue|ave|close|breach|breached|burst|collapsed|failed|overflowed',
  'offa s|offas dyke',
  // the embankment: "cycled along the dyke", "the little Dutch boy put his finger in the dyke", "12 miles of ancient dyke"
  'along|atop|beside|below|across|over|up|down the dyke|dykes',
  'finger in the dyke',
  // a Scottish dry-stone wall
  'drystane|drystone|stane|stone dyke|dykes',
  'dry stone dyke|dykes',
  'dyke|dykes _{0,6} _{0,6} @embankment_word',
  '@embankment_word _{0,6} _{0,4} dyke|dykes',
  'ancient|medieval|roman|saxon|earthen|grassy|coastal|tidal|clay|flood dyke|dykes',
  'the dyke near|by|at|in',
  // a reclaimed name (the motorcycle contingent of Pride marches)
  'dykes on bikes',
  // said of oneself: "as a dyke myself", "I'm a proud dyke"
  'as a|an? @ambiguous_slur myself',
  'as a|an _{1,2} @ambiguous_slur',
  'proud|old _{0,2} @ambiguous_slur here|myself|too',
  'i|im m? am? a|an? proud|happy|queer|butch|baby? @ambiguous_slur',
];
