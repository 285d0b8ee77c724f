/**
 * Shipped word classes for `phrases` rules. Each class is a list of terms in the same syntax as
 * banned terms (`word`, `stem*`, `two words`; one-letter words such as `u` are allowed here and
 * are matched token by token), matched through the shared term automaton, so they survive the
 * same obfuscations ("k1ll", "sh00t", "r@ts", "m u s l i m s").
 *
 * Deliberately NOT in the violent verbs: `beat`, `crush`, `destroy`, `hammer`, `smash`, `thrash`,
 * `attack` (sport and politics use them every day); `beat … up` is a phrase of its own.
 */
export interface WordClass {
  /** How the class is named in explanations ("violent verb"). */
  label: string;
  terms: string[];
}

/** People in the news, named by what they do: with "that", "this", "the" (and plural) they are someone a threat can aim at. */
const ROLES = [
  'protester', 'protestor', 'activist', 'campaigner', 'politician', 'candidate', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawyer', 'prosecutor', 'magistrate', 'sheriff', 'councillor', 'councilor', 'mp', 'senator', 'congressman', 'governor', 'mayor',
  'minister', 'commentator', 'blogger', 'influencer', 'pundit', 'critic', 'anchor', 'host', 'presenter', 'broadcaster', 'photographer',
  'landlord', 'banker', 'boss', 'ceo', 'nurse', 'doctor', 'teacher', 'headteacher', 'headmaster', 'principal', 'officer', 'cop',
  'neighbour', 'neighbor', 'organiser', 'organizer', 'leader', 'scientist', 'researcher', 'whistleblower', 'witness', 'juror',
  'cyclist', 'driver', 'referee', 'umpire', 'constable', 'chief constable', 'police chief', 'inspector', 'planning officer', 'chairman',
  'chairwoman', 'director', 'manager', 'owner', 'trustee', 'columnist', 'reporter', 'journalist', 'editor', 'judge', 'presenter',
  'commissioner', 'collector', 'newsreader', 'newscaster', 'returning officer', 'jury', 'juror', 'journo', 'mla', 'mep', 'solicitor',
  'barrister', 'attorney', 'surgeon', 'gp', 'midwife', 'social worker', 'detective', 'sergeant', 'superintendent', 'warden', 'coroner',
  'clerk', 'registrar', 'councilman', 'councilwoman', 'alderman', 'premier', 'headmistress', 'lecturer', 'landlady', 'imam', 'rabbi',
  'winger', 'striker', 'goalkeeper', 'defender', 'midfielder', 'streamer', 'youtuber', 'vlogger', 'agent',
  'paedo', 'nonce', 'pedo', 'secretary', 'home secretary', 'foreign secretary', 'chief executive', 'ombudsman', 'regulator', 'inspector general',
];

export const WORD_CLASSES: Record<string, WordClass> = {
  target_group: {
    label: 'group of people',
    terms: [
      'muslim*', 'moslem*', 'islamist*', 'jew', 'jews', 'jewish people', 'christians', 'catholics', 'protestants', 'hindus', 'sikhs',
      'foreign workers', 'foreign worker crowd', 'gay men', 'gay people', 'lesbians', 'bisexuals', 'lgbt', 'lgbtq', 'lgbt people', 'lgbtq people', 'transgender people', 'trans people', 'dalits', 'dalit people', 'luos', 'luo people', 'kikuyus', 'kikuyu people',
      'hausas', 'hausa people', 'igbos', 'igbo people', 'yorubas', 'yoruba people', 'tamils', 'uyghurs', 'rohingyas', 'ahmadis', 'shias', 'sunnis', 'shiites',
      'themmuns', 'themuns', 'people on disability', 'boat arrivals', 'boat people', 'small boat arrivals', 'bengalis', 'biharis', 'kosovans', 'maoris', 'muzzies', 'muzzie', 'muzrats',
      'buddhists', 'atheists', 'mormons', 'immigrant*', 'migrant*', 'refugee*', 'asylum seeker*', 'foreigners', 'illegals',
      'blacks', 'black people', 'whites', 'white people', 'asians', 'asian people', 'arabs', 'africans', 'mexicans', 'latinos',
      'chinese people', 'indians', 'pakistanis', 'somalis', 'syrians', 'afghans', 'romanians', 'poles', 'gypsies', 'roma', 'travellers',
      'gays', 'gay people', 'lesbians', 'homosexuals', 'homos', 'hijras', 'trans people', 'transgender people', 'transgenders', 'queers', 'women', 'feminists',
      'liberals', 'leftists', 'lefties', 'conservatives', 'tories', 'democrats', 'republicans', 'socialists', 'communists',
      'aboriginals', 'aborigines', 'aboriginal people', 'bangladeshis', 'nigerians', 'ghanaians', 'eritreans', 'sudanese', 'iraqis', 'iranians',
      'kurds', 'turks', 'albanians', 'bulgarians', 'eastern europeans', 'rohingya', 'palestinians', 'israelis', 'zimbabweans', 'jamaicans',
      'haitians', 'filipinos', 'nepalese', 'nepalis', 'gurkhas', 'brazilians', 'colombians', 'venezuelans', 'ethiopians', 'kenyans', 'congolese', 'moroccans', 'algerians', 'egyptians', 'lebanese', 'chechens', 'russians', 'ukrainians', 'vietnamese', 'the chinese', 'the japanese', 'the irish', 'the jews', 'the blacks', 'the arabs', 'the gays',
      'the disabled', 'disabled people', 'wheelchair users', 'people in wheelchairs', 'the deaf', 'deaf people', 'the blind', 'blind people', 'the mentally ill', 'autistic people', 'cripples', 'trans women', 'trans men', 'transwomen',
      'poofs', 'poofters', 'tinkers', 'romani', 'jewish', 'the homeless', 'homeless people', 'junkies', 'boat people', 'dinghy people',
      'islam', 'judaism', 'these people', 'those people', 'their kind', 'their sort', 'them all', 'all of them', 'every one of them', 'the lot of them',
    ],
  },
  // "Bangladeshi infiltrators", "Somali families", "the Chinese": a group named by an adjective (with a people noun or "the")
  group_adjective: {
    label: 'group of people',
    terms: [
      'muslim', 'moslem', 'islamic', 'jewish', 'black', 'asian', 'arab', 'african', 'mexican', 'chinese', 'indian', 'pakistani', 'bangladeshi',
      'lgbt', 'lgbtq', 'transgender', 'dalit', 'luo', 'kikuyu', 'hausa', 'igbo', 'yoruba', 'tamil', 'uyghur', 'rohingya', 'ahmadi', 'shia', 'sunni', 'bengali', 'bihari', 'maori',
      'somali', 'syrian', 'afghan', 'polish', 'romanian', 'nigerian', 'albanian', 'gypsy', 'roma', 'traveller', 'immigrant', 'migrant',
      'refugee', 'gay', 'trans', 'transgender', 'disabled', 'aboriginal', 'fulani', 'zimbabwean', 'pinoy', 'filipino', 'indigenous', 'native', 'first nations', 'inuit', 'hindu', 'sikh', 'catholic', 'eritrean', 'sudanese', 'iraqi',
      'kurdish', 'turkish', 'jamaican', 'haitian', 'filipino', 'vietnamese', 'palestinian', 'israeli', 'latino', 'hispanic',
      'zimbabwean', 'bengali', 'rohingya', 'lesbian', 'queer', 'autistic', 'brazilian', 'colombian', 'venezuelan', 'ethiopian', 'kenyan', 'congolese', 'moroccan', 'algerian', 'egyptian', 'lebanese', 'chechen',
    ],
  },
  people_noun: {
    label: 'people',
    terms: [
      'people', 'person', 'men', 'women', 'families', 'kids', 'children', 'youths', 'lads', 'males', 'females', 'folk', 'folks', 'migrants', 'immigrants',
      'infiltrators', 'invaders', 'settlers', 'gangs', 'workers', 'scum', 'bastards', 'lot', 'types', 'communities', 'community', 'incomers',
      'newcomers', 'arrivals', 'refugees', 'asylum seekers', 'squatters', 'neighbours', 'neighbors', 'ppl', 'woman', 'man', 'freaks', 'degenerates', 'perverts',
    ],
  },
  dehumanising_noun: {
    label: 'dehumanising word',
    terms: [
      'vermin', 'rats', 'rat', 'rodents', 'cockroach*', 'roaches', 'parasite*', 'leech*', 'insects', 'lice', 'maggots', 'pests', 'locusts',
      'animals', 'savages', 'subhuman*', 'sub human*', 'untermensch*', 'beasts', 'apes', 'monkeys', 'baboons', 'pigs', 'swine', 'dogs',
      'snakes', 'vipers', 'scum', 'filth', 'excrement', 'germs', 'bacteria', 'termites', 'mongrels',
      'plague', 'a plague', 'disease', 'a disease', 'cancer', 'a cancer', 'virus', 'a virus', 'infestation', 'an infestation',
      'locusts on two legs', 'hyenas', 'black mould', 'a parasitic organism', 'parasitic organism', 'human landfill', 'landfill', 'a walking biohazard', 'walking biohazard', 'a biohazard', 'biohazard',
      'a genetic malfunction', 'genetic malfunction', 'defective batch', 'a locust swarm', 'locust swarm', 'a contaminant', 'contaminant',
      'a walking infection', 'walking infection', 'scavengers', 'barely evolved', 'half evolved', 'not fully evolved', 'tapeworm', 'tapeworms', 'a tapeworm', 'sewage', 'raw sewage', 'a weed', 'weeds', 'the damp', 'a mould', 'a mold', 'mould', 'fungus', 'a fungus', 'mildew', 'faulty stock', 'malfunctioning units',
      'dirt', 'garbage', 'an open sewer', 'a sewer', 'less human than', 'nothing human about', 'defective units', 'defectives',
      'a swarm', 'swarm', 'a stain', 'human litter', 'human rubbish', 'human refuse', 'dead weight', 'useless mouths', 'a drain on humanity',
      'tumour', 'tumor', 'a tumour', 'a tumor', 'infection', 'an infection', 'pestilence', 'contagion', 'filthy animals', 'not human',
      'not even human', 'less than human', 'not people', 'breeding stock', 'de la vermine', 'lower lifeforms', 'lower life forms', 'half people', 'half humans', 'half human', 'feral', 'a lower species', 'lower species', 'an inferior species', 'an inferior race', 'inferior race', 'locusts', 'pure animals', 'feral animals', 'illness', 'an illness', 'a contagion', 'not human beings', 'not real people', 'chattel', 'a rot', 'sickness', 'a sickness', 'useless eaters', 'human garbage', 'human trash',
      'human waste', 'human filth', 'disease carriers', 'a parasite race', 'parasite race', 'defective rejects', 'rejects of nature', 'livestock', 'demons', 'mutants', 'a genetic defect', 'genetic defects', 'natures garbage', 'nature s garbage', 'nature s mistake', 'a servant species', 'servant species', 'subspecies', 'a horde', 'horde', 'groomer', 'groomers', 'a groomer', 'perverts', 'mentally ill perverts', 'a blight', 'blight', 'a pestilence', 'a scourge', 'scourge', 'an epidemic', 'cockroaches',
      'barely human', 'hardly human', 'not fully human', 'less human', 'freaks', 'perverts', 'groomers', 'abominations', 'an abomination',
      'degenerates', 'mentally ill freaks', 'bloodsuckers', 'blood suckers', 'ticks', 'fleas',
      'livestock', 'cattle', 'pack of dogs', 'pack of wild dogs', 'pack of animals', 'pack of wolves', 'pack of hyenas', 'pack of rats',
      'swarm of', 'horde of', 'herd of', 'mutants', 'vegetables', 'stray dogs', 'predators', 'a predator', 'predator in a dress', 'predators in dresses',
    ],
  },
  vermin_noun: {
    label: 'vermin or disease word',
    terms: [
      'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'leeches', 'insects', 'lice', 'maggots', 'pests', 'locusts', 'termites',
      'plague', 'a plague', 'disease', 'a disease', 'cancer', 'a cancer', 'virus', 'a virus', 'infestation', 'an infestation', 'tumour', 'tumor',
      'a tumour', 'a tumor', 'germs', 'bacteria', 'animals', 'savages', 'apes', 'monkeys', 'sickness', 'a sickness', 'pests', 'flies', 'rabbits', 'sewer rats',
    ],
  },
  violent_verb: {
    label: 'violent verb',
    terms: [
      'kill', 'murder', 'shoot', 'stab', 'hang', 'lynch', 'behead', 'decapitate', 'bomb', 'blow up', 'firebomb', 'petrol bomb', 'burn',
      'torch', 'set fire to', 'slaughter', 'butcher', 'strangle', 'choke', 'rape', 'execute', 'gut', 'knife', 'shank', 'slit', 'skin',
      'run over', 'hunt down', 'drown', 'poison', 'torture', 'maim', 'cripple', 'gun down', 'mow down', 'string up',
      'put down', 'wipe out', 'exterminate', 'eradicate', 'annihilate', 'massacre', 'assassinate', 'kneecap',
      'punch', 'curb stomp', 'stomp', 'hurt', 'harm', 'attack and kill', 'dismember',
      'break the legs of', 'break your legs', 'break his legs', 'break her legs', 'break your neck', 'break his neck',
      'snap your neck', 'glass', 'bottle', 'throw acid on', 'unalive', 'un alive', 'kick the shit out of', 'beat the shit out of', 'kick the crap out of', 'beat the crap out of',
    ],
  },
  violent_participle: {
    label: 'violent verb',
    terms: [
      'killed', 'murdered', 'shot', 'shot dead', 'stabbed', 'hanged', 'hung', 'lynched', 'beheaded', 'decapitated', 'bombed', 'blown up',
      'burned', 'burnt', 'burned alive', 'burnt alive', 'torched', 'set on fire', 'slaughtered', 'butchered', 'strangled', 'choked', 'raped',
      'executed', 'gutted', 'knifed', 'shanked', 'skinned', 'skinned alive', 'run over', 'hunted down', 'drowned', 'poisoned', 'tortured',
      'maimed', 'crippled', 'gunned down', 'mowed down', 'strung up', 'put down', 'wiped out', 'exterminated', 'eradicated',
      'annihilated', 'massacred', 'assassinated', 'gassed', 'kneecapped', 'beaten to death', 'beaten up', 'beaten senseless', 'beaten to a pulp', 'beaten black and blue', 'stoned to death',
      'dismembered', 'buried alive', 'castrated', 'sterilised', 'sterilized', 'lined up and shot', 'put against a wall', 'put up against a wall',
      'thrown off a roof', 'thrown off a building', 'fed to the sharks', 'rounded up', 'culled', 'purged', 'cleansed', 'eliminated',
      'put in the ground', 'six feet under', 'better off dead', 'done in', 'offed', 'beaten to a pulp', 'beaten black and blue',
      'lined up against a wall', 'lined up against the wall', 'put against the wall', 'stood against a wall', 'stood against the wall',
      'taken out back and shot', 'taken outside and shot', 'dragged into the street', 'dragged through the streets', 'unalived',
    ],
  },
  death_verb: {
    label: 'harm wished',
    terms: [
      'die', 'dies', 'dying', 'rot', 'rots', 'rot in hell', 'burn in hell', 'burns in hell', 'suffer', 'suffers', 'bleed out', 'bleeds out',
      'croak', 'croaks', 'drop dead', 'drops dead', 'choke to death', 'chokes to death', 'gets killed', 'get killed', 'gets shot', 'get shot',
      'gets stabbed', 'get stabbed', 'gets mauled', 'get mauled', 'gets crushed', 'get crushed', 'gets mauled to death', 'burn in your beds', 'burn in your bed', 'burn in their beds', 'burn in his bed', 'burn in her bed', 'burn alive', 'burns alive', 'burned alive', 'burnt alive', 'would drown', 'drowns', 'drown', 'gets shanked', 'get shanked', 'gets glassed', 'get glassed', 'gets raped', 'get raped', 'gets hurt', 'get hurt', 'gets what is coming', 'gets whats coming',
      'get what is coming', 'get whats coming', 'gets cancer', 'get cancer', 'catches a bullet', 'catch a bullet', 'eats a bullet', 'eat a bullet',
      'dies in a fire', 'die in a fire', 'is killed', 'is shot', 'is murdered', 'was killed', 'was shot', 'ends up dead', 'end up dead',
      'meets a bullet', 'would die', 'would just die', 'will die', 'dropped dead', 'never wakes up', 'never wake up', 'has an accident', 'have an accident', 'gets run over', 'get run over',
      'would drop dead', 'would just drop dead', 'dies slow', 'die slow', 'dies slowly', 'die slowly', 'dies painfully', 'die painfully',
      ...['gets', 'get'].flatMap((g) => ['bus', 'train', 'truck', 'lorry', 'car'].map((v) => `${g} hit by a ${v}`)),
    ],
  },
  extermination_verb: {
    label: 'call to exterminate or expel by force',
    terms: [
      'exterminate', 'eradicate', 'annihilate', 'wipe out', 'purge', 'cleanse', 'gas', 'nuke', 'kill', 'murder', 'slaughter', 'massacre',
      'shoot', 'hang', 'burn', 'eliminate', 'get rid of', 'round up', 'cull', 'sterilise', 'sterilize', 'drown', 'lynch', 'string up',
      'deport and shoot', 'exterminated', 'eradicated', 'wiped out', 'purged', 'cleansed', 'gassed', 'nuked', 'culled', 'rounded up',
      'fumigate', 'fumigated', 'smoke out', 'smoked out', 'sterilised', 'sterilized', 'quarantine', 'quarantined',
    ],
  },
  weapon: {
    label: 'weapon',
    terms: [
      'gun', 'guns', 'rifle', 'rifles', 'shotgun', 'shotguns', 'pistol', 'pistols', 'handgun', 'handguns', 'machetes', 'crossbows', 'revolver', 'ar15', 'ar 15', 'ak47', 'ak 47', 'glock', 'bullet',
      'bullets', 'a bullet', 'ammo', 'knife', 'knives', 'machete', 'axe', 'hatchet', 'baseball bat', 'crowbar', 'hammer', 'rope', 'noose',
      'bomb', 'bombs', 'pipe bomb', 'grenade', 'explosives', 'dynamite', 'hockey stick', 'hurley', 'tire iron', 'tyre iron', 'cricket bat', 'air rifle', 'stanley knife', 'petrol', 'gasoline', 'molotov*', 'acid', 'sniper', 'crossbow',
    ],
  },
  body_part: {
    label: 'body part',
    terms: ['head', 'face', 'skull', 'chest', 'heart', 'throat', 'neck', 'back', 'brain', 'brains', 'gut', 'guts', 'belly', 'eyes', 'kneecaps', 'knees', 'legs', 'jaw', 'nose', 'ribs', 'arms', 'fingers', 'teeth', 'hands', 'wrists', 'ankles', 'kneecap'],
  },
  place: {
    label: 'place',
    terms: [
      'house', 'home', 'homes', 'houses', 'office', 'offices', 'newsroom', 'headquarters', 'hq', 'building', 'school', 'schools',
      'mosque', 'mosques', 'synagogue', 'synagogues', 'church', 'churches', 'temple', 'temples', 'gurdwara', 'shelter', 'shelters',
      'hostel', 'hostels', 'hotel', 'hotels', 'camp', 'camps', 'clinic', 'clinics', 'studio', 'studios', 'car', 'shop', 'restaurant',
      'community centre', 'community center', 'embassy', 'parliament', 'town hall', 'city hall', 'rally', 'march', 'parade', 'pride',
      'centre', 'center', 'centres', 'centers', 'surgery', 'depot', 'warehouse', 'factory', 'mast', 'masts', 'clubhouse', 'pavilion',
    ],
  },
  possessive: {
    label: 'possessive',
    terms: ['your', 'ur', 'yer', 'his', 'her', 'their', 'the', 'that', 'this', 'those', 'these', 'every', 'each', 'our', 'its'],
  },
  second_person: {
    label: 'second person',
    terms: [
      'you', 'u', 'ya', 'yah', 'yall', 'y all', 'you all', 'you lot', 'you guys', 'you people', 'yourself', 'yourselves', 'your family',
      'your kids', 'your children', 'your wife', 'your husband', 'your mother', 'your mum', 'your mom', 'your dad', 'your father',
      'your son', 'your daughter', 'your sister', 'your brother', 'your boss', 'your editor', 'your reporters', 'your journalists',
      'your colleagues', 'your whole family', 'your kind', 'ye', 'thee',
    ],
  },
  third_person: {
    label: 'person',
    terms: ['him', 'her', 'them', 'he', 'she', 'they', 'himself', 'herself', 'themselves', 'his family', 'her family', 'his kids', 'her kids', 'his wife', 'her husband',
      // relatives, also after a name ("Liam Corrigan's mother": corrigan + s mother)
      'his mother', 'his mum', 'his mom', 'her mother', 'her mum', 'her mom', 'his dad', 'her dad', 'his children', 'her children', 'his son', 'her son',
      'his daughter', 'her daughter', 'their kids', 'their children', 'their families', 's mother', 's mum', 's mom', 's wife', 's husband', 's kids',
      's children', 's family', 's son', 's daughter'],
  },
  person_noun: {
    label: 'person',
    terms: [
      'the journalist', 'this journalist', 'that journalist', 'the reporter', 'this reporter', 'that reporter', 'the author', 'this author',
      'the writer', 'this writer', 'the editor', 'this editor', 'the columnist', 'this columnist', 'that columnist', 'that editor', 'that author', 'that writer', 'the presenter', 'this presenter', 'that presenter', 'the judge', 'this judge',
      'that judge', 'the mayor', 'this mayor', 'the minister', 'this minister', 'the president', 'this president', 'the prime minister',
      'the pm', 'the senator', 'the governor', 'the councillor', 'the councilor', 'the mp', 'the cop', 'the cops', 'the officer',
      'the teacher', 'that teacher', 'the doctor', 'that doctor', 'the ref', 'the referee', 'that ref', 'that referee', 
      'that woman', 'that man', 'this woman', 'this man', 'that guy', 'this guy', 'that bitch',
      'that bastard', 'the bastard', 'the bitch', 'that idiot', 'this idiot', 'that clown', 'this clown', 'that traitor', 'this traitor',
      'that bigot', 'this bigot', 'the bigot', 'that racist', 'this racist', 'that nonce', 'that paedo', 'that grass', 'that snitch', 'that scumbag', 'that scrounger', 'that cheat', 'that rat',
      'the traitor', 'the traitors', 'every journalist', 'all journalists', 'journalists', 'reporters', 'the media', 'politicians',
      'every politician', 'all politicians', 'the judges', 'judges', 'cops', 'police officers', 'teachers', 'doctors', 'nurses',
      'protesters', 'protestors', 'demonstrators', 'activists', 'strikers', 'marchers', 'rioters', 'looters', 'preacher', 'priest',
      'priests', 'pastor', 'vicar', 'bishop', 'the pope', 'cardinal', 'nun', 'nuns', 'monk', 'monks', 'scientists', 'experts',
      'mr', 'mrs', 'ms', 'miss', 'dr', 'senator', 'president', 'minister', 'mayor', 'judge', 'councillor', 'councilor', 'governor',
      'chancellor', 'congressman', 'congresswoman', 'professor', 'reverend', 'imam', 'rabbi',
      // a role after a determiner ("that protester", "those activists") is a determiner and a @role
    ],
  },
  // a role after a determiner and a modifier ("the health minister", "that returning officer", "the garda commissioner");
  // a class of its own so that the cheap tests of the insult templates do not look for "manager" in every comment
  role: {
    label: 'person',
    terms: ROLES.flatMap((role) => [role, `${role}s`]),
  },
  replacement_plot: {
    label: 'replacement conspiracy',
    terms: ['behind', 'plotting', 'planning', 'orchestrating', 'engineering'].flatMap((v) => [`${v} the replacement`, `${v} the great replacement`])
      .concat(['replacement of white', 'replacing white', 'replace white', 'replace us', 'replacing us', 'replacing the white']),
  },
  lives_above: {
    label: 'where someone lives',
    terms: ['lives', 'living', 'stays', 'staying'].flatMap((v) => ['above', 'over', 'behind'].map((p) => `${v} ${p}`)),
  },
  // one term per verb and preposition, so that the cheap test looks for "living at", not "living" ("the cost of living")
  lives_at: {
    label: 'where someone lives',
    terms: ['lives', 'living', 'resides', 'residing', 'staying', 'stays'].flatMap((v) => ['at', 'on'].map((p) => `${v} ${p}`)),
  },
  lives_in: {
    label: 'where someone lives',
    terms: ['lives', 'living', 'resides', 'residing', 'staying', 'stays', 'live', 'stay'].flatMap((v) => ['in', 'at'].map((p) => `${v} ${p}`)),
  },
  work_shift: {
    label: 'where someone works',
    terms: ['the front desk', 'front desk', 'the front counter', 'nights', 'days', 'lates', 'earlies', 'reception', 'the till', 'the tills', 'behind the bar', 'the desk', 'the counter', 'the door', 'the night shift', 'the early shift', 'the late shift', 'shifts'],
  },
  // a vehicle before its registration ("grey Skoda, reg YD21 XKP")
  car_make: {
    label: 'vehicle',
    terms: ['skoda', 'corsa', 'kia', 'audi', 'bmw', 'ford', 'vauxhall', 'toyota', 'honda', 'nissan', 'qashqai', 'fiesta', 'merc', 'mercedes', 'volvo', 'tesla', 'jag', 'jaguar', 'lexus', 'hilux',
      'bentley', 'rolls royce', 'maserati', 'ferrari', 'lamborghini', 'tahoe', 'silverado', 'camry', 'civic', 'corolla', 'ute', 'van', 'car', 'motor', 'pickup', 'truck', 'astra', 'clio', 'peugeot', 'renault', 'citroen', 'fiat', 'hyundai', 'mazda', 'micra', 'sportage', 'jeep', 'land rover', 'range rover', 'volkswagen', 'vw', 'suzuki', 'mitsubishi', 'subaru', 'porsche', 'yaris', 'octavia', 'passat', 'prius', 'f 150'],
  },
  get_rid_quietly: {
    label: 'call to exterminate or expel by force',
    terms: ['quietly', 'permanently', 'finally'].flatMap((a) => [`${a} get rid of`, `${a} dispose of`, `${a} do away with`]),
  },
  first_person_intent: {
    label: 'stated intention',
    terms: [
      'i will', 'i ll', 'ill', 'i shall', 'i am going to', 'i m going to', 'im going to', 'i am gonna', 'i m gonna', 'im gonna', 'i gonna',
      'i am about to', 'i m about to', 'im about to', 'i want to', 'i wanna', 'i d love to', 'id love to', 'i would love to', 'i would like to',
      'i d like to', 'i intend to', 'i plan to', 'i am planning to', 'i m planning to', 'i swear i will', 'i swear i ll', 'i promise i will',
      'i m coming to', 'im coming to', 'i am coming to', 'i will come and', 'i ll come and', 'i m gonna come and', 'i will personally',
      'i ll personally', 'i would happily', 'i d happily', 'i d gladly', 'i would gladly', 'i could easily', 'i can t wait to', 'i cant wait to',
      'we will', 'we ll', 'we shall', 'we are going to', 'we re going to', 'we are gonna', 'we re gonna',
      'we want to', 'we intend to', 'we plan to', 'we re coming to', 'we are coming to', 'we will come and', 'we ll come and',
    ],
  },
  adverb: {
    label: 'adverb',
    terms: [
      'just', 'really', 'personally', 'happily', 'gladly', 'literally', 'actually', 'definitely', 'seriously', 'fucking', 'effing',
      'bloody', 'mentally', 'soon', 'slowly', 'all', 'both', 'myself', 'ourselves', 'go', 'come', 'and', 'then', 'finally', 'one day', 'someday',
      'eventually', 'simply', 'basically', 'essentially', 'quietly', 'publicly', 'painfully', 'brutally',
    ],
  },
  wish: {
    label: 'wish',
    terms: [
      'i hope', 'hope', 'hopefully', 'i wish', 'wish', 'i pray', 'pray', 'praying', 'i d love it if', 'i would love it if', 'id love it if',
      'i can t wait till', 'i can t wait until', 'i cant wait till', 'i cant wait until', 'can t wait till', 'cant wait till', 'can t wait until',
      'cant wait until', 'i d like to see', 'i would like to see', 'i d love to see', 'i would love to see', 'i want to see', 'i wanna see',
      'let s hope', 'lets hope', 'here s hoping', 'heres hoping', 'may', 'i d be happy if', 'i would be happy if', 'it would be great if',
      'it d be great if', 'nothing would make me happier than', 'wouldn t it be nice if', 'wouldnt it be nice if', 'i wish someone would', 'fingers crossed',
    ],
  },
  modal_be: {
    label: '"should be"',
    terms: [
      'should be', 'should all be', 'should get', 'should all get', 'should just be', 'should really be', 'should simply be',
      'must be', 'must all be', 'need to be', 'needs to be', 'need to all be', 'ought to be', 'oughta be', 'deserve to be', 'deserves to be',
      'deserve to get', 'deserves to get', 'should be taken out and', 'should be dragged out and', 'should be taken outside and',
      'should be lined up and', 'must be lined up and', 'should be rounded up and', 'must be rounded up and', 'should be hunted down and', 'should both be', 'must both be', 'should each be',
      'have to be', 'has to be', 'better be', 'should end up',
    ],
  },
  modal_should: {
    label: '"should"',
    terms: [
      'should', 'must', 'need to', 'needs to', 'ought to', 'oughta', 'have to', 'has to', 'deserve to', 'deserves to', 'should just',
      'must just', 'should all', 'must all', 'should really', 'should have been', 'should ve been', 'shoulda been', 'should of been',
    ],
  },
  call_to_action: {
    label: 'call on others to act',
    terms: [
      'someone should', 'somebody should', 'someone needs to', 'somebody needs to', 'someone must', 'somebody must', 'someone ought to',
      'somebody ought to', 'someone has to', 'somebody has to', 'someone please', 'somebody please', 'someone go', 'somebody go',
      'someone will', 'somebody will', 'someone better', 'somebody better', 'someone gotta', 'somebody gotta', 'anyone want to', 'anybody want to',
      'who wants to', 'who will', 'who is going to', 'whos going to', 'who s going to', 'let s', 'lets', 'let us', 'we should', 'we must',
      'we need to', 'we ought to', 'we have to', 'we should all', 'we must all', 'everyone should', 'everybody should', 'everyone needs to',
      'everybody needs to', 'people should', 'people need to', 'time to', 'it s time to', 'its time to', 'go and', 'go', 'get out there and',
      'get out and', 'grab your guns and', 'grab a gun and', 'arm yourselves and', 'rise up and', 'someone needs to go and', 'somebody needs to go and',
      'all we need to do is', 'what we need is to', 'the only solution is to', 'the solution is to', 'the answer is to', 'the only answer is to',
      'just', 'please', 'pls', 'plz', 'someone', 'somebody', 'i call on everyone to', 'i urge everyone to', 'find', 'find and',
    ],
  },
  be: {
    label: '"are"',
    terms: [
      'are', 'r', 'is', 'are all', 'are just', 'are nothing but', 'are no better than', 'are no different from', 'are basically', 'are simply',
      'are literally', 'are like', 'are the same as', 'are worse than', 'are lower than', 'are a bunch of', 'are a pack of', 'are a horde of',
      'are a swarm of', 'are an infestation of', 're', 'were', 'is a', 'are a', 'are an', 'is an', 'were always', 'will always be', 'always were', 'remain',
      'are filthy', 'are dirty', 'are disgusting', 'are nothing more than',
      'was', 'was a', 'was an', 'been', 'have been', 'has been', 'have always been', 'has always been', 'are always', 'is always', 'will forever be', 'are still', 'is still', 'are truly', 'are really',
    ],
  },
  spread_verb: {
    label: 'spreading like vermin',
    terms: ['breed faster than', 'breeding faster than', 'breed like', 'breeding like', 'multiply like', 'multiplying like', 'spread like', 'spreading like', 'swarm like', 'swarming like', 'infest', 'infesting', 'infested', 'overrun', 'overrunning', 'crawl like', 'crawling like'],
  },
  adjective: {
    label: 'adjective',
    terms: [
      'filthy', 'dirty', 'disgusting', 'vile', 'stinking', 'stinky', 'smelly', 'dangerous', 'rabid', 'diseased', 'bloodthirsty', 'evil',
      'inbred', 'worthless', 'useless', 'disease ridden', 'disease carrying', 'rat faced', 'worst', 'biggest', 'real', 'true', 'human',
      'fucking', 'bloody', 'damn', 'goddamn', 'little', 'mere',
      'walking', 'mental', 'feral', 'thieving', 'criminal', 'violent', 'lazy', 'primitive', 'backward', 'barbaric', 'savage', 'godless', 'rapist', 'murderous', 'parasitic', 'sick', 'twisted', 'perverted', 'depraved', 'degenerate', 'deranged', 'mindless', 'wild', 'nasty', 'vicious', 'uncivilised', 'uncivilized', 'brainless', 'dumb', 'stupid', 'mutant', 'stray',
    ],
  },
  // things and pests told their days are numbered ("Your days are numbered, dandelions"): not people
  worn_out_thing: {
    label: 'thing',
    terms: [
      'weeds', 'weed', 'dandelions', 'knotweed', 'bindweed', 'brambles', 'ivy', 'moss', 'slugs', 'snails', 'aphids', 'greenfly', 'moles', 'mice', 'wasps',
      'possums', 'pigeons', 'squirrels', 'potholes', 'pothole', 'printer', 'printers', 'phone', 'nokia', 'landline', 'laptop', 'kettle', 'fridge',
      'boiler', 'meter', 'meters', 'telly', 'tv', 'router', 'wifi', 'wi fi', 'broadband', 'swings', 'bridge', 'bins', 'cones', 'traffic cones',
      'roadworks', 'scaffolding', 'hedge', 'carpet', 'sofa', 'van', 'banger', 'bus shelter', 'stairs', 'lift', 'escalator', 'machine', 'machines',
      'queue', 'queues', 'hangover', 'cold', 'flu', 'cough', 'diet', 'belly', 'beard', 'mullet', 'toaster', 'fax',
    ],
  },
  determiner: {
    label: 'determiner',
    terms: ['the', 'these', 'those', 'that', 'this', 'the first one of', 'the first of', 'any one of', 'one of', 'every one of', 'each one of', 'every last one of', 'all', 'all the', 'all of the', 'all these', 'all those', 'every', 'every last', 'every single', 'each', 'some', 'any', 'more', 'a few', 'few', 'em', 'them', 'our', 'all of them', 'all of these', 'all of those'],
  },
  address_intro: {
    label: 'where someone lives',
    terms: [
      'his address is', 'her address is', 'their address is', 'home address is', 'his home address', 'her home address',
      'he lives at', 'she lives at', 'they live at', 'he lives on', 'she lives on', 'they live on',
      'you can find him at', 'you can find her at', 'find him at', 'find her at', 'his house is at', 'her house is at', 'his house is on',
      'her house is on', 'his flat is', 'her flat is', 'his kids go to', 'her kids go to', 'his children go to', 'her children go to',
    ],
  },
  visit_phrase: {
    label: 'invitation to go after someone',
    terms: [
      'pay him a visit', 'pay her a visit', 'pay them a visit', 'pay him a little visit', 'pay her a little visit', 'knock on his door',
      'knock on her door', 'show up at his', 'show up at her', 'turn up at his', 'turn up at her', 'go round to his', 'go round to her',
      'go to his house', 'go to her house', 'visit him at home', 'visit her at home', 'you know what to do', 'yous know what to do', 'you lot know what to do', 'yall know what to do', 'y all know what to do', 'do what you want with this',
      'do what you will with this', 'go get him', 'go get her', 'go get them', 'do with that what you will', 'do with this what you will',
      'do with that what you want', 'do with this what you want', 'do with that what you like', 'do with this what you like',
    ],
  },
  threat_phrase: {
    label: 'threat',
    terms: [
      'you re dead', 'youre dead', 'you are dead', 'you re dead meat', 'you are dead meat', 'dead man walking', 'you re a dead man',
      'you are a dead man', 'you re a dead woman', 'you will die', 'you ll die', 'you re going to die', 'you are going to die',
      'you re gonna die', 'youre gonna die', 'you will pay with your life', 'your days are numbered', 'ur days are numbered', 'count ur days', 'your days r numbered', 'your time is up', 'watch your back',
      'watch your step', 'sleep with one eye open', 'we know where you live', 'i know where you live', 'i know where you work',
      'we know where you work', 'i know where your kids', 'we know where your kids', 'i know where your children', 'i will find you', 'ill find you', 'ill find u', 'i ll find u', 'will find u',
      'i ll find you', 'we will find you', 'we ll find you', 'i m coming for you', 'im coming for you', 'we re coming for you',
      'coming to find you', 'i m coming to find you', 'im coming to find you', 'we are coming for you', 'i am coming for you', 'coming for you and your', 'you won t see it coming', 'you wont see it coming',
      'you won t live', 'you wont live', 'you will not live', 'you won t survive', 'you wont survive', 'count your days', 'say your prayers',
      'say goodbye to your', 'you have been warned', 'you ve been warned', 'consider this a warning', 'your last warning', 'your final warning',
      'consider yourselves warned', 'consider yourself warned', 'don t say you weren t warned', 'dont say you werent warned', 'next time it will be you',
      'you re next', 'youre next', 'you are next', 'you will be next', 'i will end you', 'i ll end you', 'i will make you suffer',
      'i ll make you suffer', 'i will make you pay', 'i ll make you pay', 'i will hurt you', 'i ll hurt you', 'you deserve to die',
      'you deserve death', 'hope you die', 'go die', 'die in a fire', 'drink bleach', 'an hero', 'i hope you get cancer',
      'you should be dead', 'you should die', 'you should be killed', 'you ll get what s coming', 'you will get what is coming',
      'we will hunt you down', 'i will hunt you down', 'we ll hunt you down', 'i ll hunt you down',
      'you won t be breathing', 'you wont be breathing', 'you will not be breathing', 'see what happens to you', 'watch what happens to you',
      'get hurt and it ll be you', 'get hurt and it will be you', 'give you a reason to be scared', 'give her a reason to be scared',
      'give him a reason to be scared', 'give them a reason to be scared', 'give you a reason to be afraid', 'give her a reason to be afraid',
      'give him a reason to be afraid', 'i know when you get home', 'we know when you get home', 'i know when you leave work',
      'we know when you leave work', 'i know your address', 'we know your address', 'we have your address', 'i have your address',
      'we ve got your address', 'i ve got your address', 'i know your home address', 'we know your home address', 'partir la cara', 'casser la gueule', 'te voy a matar', 'lo voy a matar', 'la voy a matar', 'je vais te tuer', 'je vais le tuer', 'je vais la tuer', 'we know your shift', 'we know your shifts', 'i know your shift', 'we know your rota', 'we know your route', 'we know the convoy route', 'i know your route',
      'sleep with the lights on', 'better lock your doors', 'lock your doors tonight', 'keep looking over your shoulder',
      'look over your shoulder', 'settle this outside', 'settle this like men', 'settle this properly', 'take this outside', 'step outside and say that',
      'meet me outside', 'meet me in the car park', 'meet me round the back', 'meet me behind',
      'see how long you keep breathing', 'see how long you last', 'see how long you survive', 'see how long you live',
      'your head is next', 'your head s next', 'your house is next', 'your family is next', 'your kids are next',
    ],
  },
  menace_outcome: {
    label: 'what will happen to the reader',
    terms: [
      'regret being born', 'regret the day', 'regrets being born', 'regret ever being born', 'regrets ever being born', 'end up in a ditch', 'end up in the river', 'end up in a river', 'end up in hospital',
      'end up in a hospital', 'end up in a box', 'end up in a body bag', 'end up in the ground', 'end up in a wheelchair', 'wake up dead',
      'go missing', 'not see christmas', 'never see christmas', 'not see another birthday', 'never see another birthday',
      'not be breathing', 'stop breathing', 'be the next one', 'be found in a ditch', 'be found in the river', 'need a surgeon',
      'end up floating in', 'be floating in', 'end up face down', 'be found face down', 'wash up on', 'end up at the bottom of',
      'won t see christmas', 'wont see christmas', 'won t see the new year', 'won t see next year', 'won t see the weekend',
      'need an ambulance', 'need a new face', 'won t walk again', 'wont walk again', 'will never walk again', 'll never walk again',
      'never walk again', 'not walk again', 'won t wake up', 'wont wake up', 'never wake up', 'not wake up again', 'won t see tomorrow',
      'wont see tomorrow', 'not see the morning', 'never see your kids again', 'never see your family again', 'won t see your kids again',
      'not make it home', 'never make it home', 'won t make it home', 'be eating through a straw', 'be drinking through a straw',
      'be picking your teeth up', 'be carried out', 'leave in an ambulance', 'leave in a body bag', 'go home in a box',
      'go home in an ambulance', 'going home in an ambulance', 'going home in a box', 'go home in a body bag', 'going home in a body bag',
      'leaving in an ambulance', 'leaving in a body bag', 'end up in the boot of a car', 'end up in the trunk of a car', 'end up in a shallow grave',
      'end up in the canal', 'end up in a canal', 'end up in a skip', 'end up in the sea',
      'need a good dentist', 'be needing a good dentist', 'be needing a dentist', 'won t be walking again', 'wont be walking again', 'not be walking again', 'be carried back in', 'be carried home',
      'leaving on a stretcher', 'leave on a stretcher', 'be leaving on a stretcher', 'go home on a stretcher', 'going home on a stretcher',
      'leaving in a stretcher', 'carried out on a stretcher', 'won t make it through', 'wont make it through', 'will not make it through',
      'won t enjoy the walk', 'wont enjoy the walk', 'won t make it home', 'wont make it home', 'be picking up your teeth',
    ],
  },
  casualty_report: {
    label: 'casualty or strike reporting',
    terms: [
      'death toll', 'casualties', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone strike', 'drone strikes', 'missile strike',
      'missile strikes', 'shelling', 'were killed', 'was killed', 'were wounded', 'were injured', 'killed in action', 'died in', 'died from',
      'bodies', 'mass grave', 'war crime', 'war crimes', 'genocide', 'the holocaust', 'survivors', 'survivor',
    ],
  },
  reporting_verb: {
    label: 'reporting',
    terms: [
      'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'wrote', 'writes', 'tweeted', 'tweet', 'tweets', 'tweeting', 'posted', 'posting', 'claimed', 'claims', 'stated',
      'states', 'added', 'adds', 'declared', 'announced', 'argued', 'argues', 'insisted', 'warned', 'threatened', 'shouted', 'yelled',
      'screamed', 'chanted', 'chanting', 'called', 'calls', 'described', 'describes', 'branded', 'brands', 'labelled', 'labeled',
      'referred to', 'quoted', 'quote', 'quoting', 'quotes', 'spray painted', 'sprayed', 'daubed', 'scrawled', 'painted', 'according to', 'testified', 'alleged', 'allegedly', 'reportedly', 'reported',
      'reports', 'accused', 'asked', 'replied', 'responded', 'recalled', 'read', 'reads', 'heard', 'sang', 'sung', 'messaged', 'texted', 'telling',
      'emailed', 'commented', 'remarked', 'suggested', 'admitted', 'denied', 'confirmed', 'explained', 'noted', 'screaming', 'shouting',
      'yelling', 'headline', 'headlined', 'slogan', 'sign read', 'placard', 'banner', 'graffiti', 'the words', 'the language of', 'rhetoric',
      'posts', 'comment', 'comments', 'spat', 'hissed', 'muttered', 'sneered', 'jeered', 'me to my', 'to me', 'chants', 'abuse', 'abused', 'upvotes', 'upvoted', 'screams', 'shouts', 'yells', 'written', 'carved', 'poster', 'posters', 'leaflet', 'leaflets', 'sticker', 'stickers', 'in my dms', 'in my inbox', 'under a story', 'under an article', 'under the article', 'under this article',
    ],
  },
};
