import type { PhraseExceptionDefinition, PhrasePatternDefinition } from '../types';

/**
 * Insults aimed at the reader or a person in the story, written without a listed swear word:
 * "you stupid cow", "you're a pathetic loser", "the author is a brainless hack". Held for a
 * moderator (robust criticism of what someone did — "the minister should resign", "a disastrous
 * policy" — has no insult noun aimed at a person and passes).
 */
export const INSULT_CLASSES: Record<string, string[]> = {
  // Words that make a noun an insult when aimed at someone.
  insult_adjective: [
    'stupid', 'pathetic', 'worthless', 'brainless', 'useless', 'spineless', 'gutless', 'clueless', 'dumb', 'moronic', 'idiotic',
    'ignorant', 'toothless', 'disgusting', 'vile', 'miserable', 'sad', 'absolute', 'complete', 'total', 'utter', 'little', 'fat', 'ugly', 'lying', 'gobby', 'glory hunting', 'jumped up', 'two faced',
    'dishonest', 'corrupt', 'sniveling', 'snivelling', 'whiny', 'whining', 'braindead', 'brain dead', 'gullible', 'festering', 'shrieking', 'pushy', 'deluded', 'delusional', 'senile',
    'bloody', 'fucking', 'effing', 'damn', 'sorry', 'filthy', 'dirty', 'rotten', 'low', 'lowly', 'massive', 'pompous', 'arrogant', 'smug',
    'talentless', 'lonely', 'bitter', 'friendless', 'inbred', 'gormless', 'thick', 'dribbling', 'witless', 'shameless', 'senile', 'old', 'snotty', 'slimy', 'sneaky', 'two faced', 'greedy', 'nasty', 'sour', 'lazy', 'balding', 'bald', 'preening', 'braying', 'repellent', 'bottom feeding', 'pig ignorant', 'jumped up', 'ridiculous', 'smooth brained', 'basement dwelling', 'illiterate', 'attention seeking', 'sneering', 'certified', 'paid', 'dim', 'dense', 'dozy', 'sweaty', 'greasy', 'spotty', 'smelly', 'pasty', 'bitter', 'cheap', 'gold digging', 'oily', 'spoilt', 'spoiled', 'entitled',
  ],
  // Nouns that insult a person (not the ones with a common innocent sense aimed at people: "hack" alone, "joke", "rat").
  insult_noun: [
    'cow', 'bint', 'pig', 'pigs', 'loser', 'losers', 'clown', 'clowns', 'disgrace', 'coward', 'cowards', 'fool', 'fools', 'prat', 'prats', 'git', 'tart', 'tarts',
    'gits', 'twit', 'twits', 'muppet', 'muppets', 'plonker', 'wanker', 'tosser', 'scumbag', 'idiot', 'idiots', 'moron', 'morons',
    'imbecile', 'cretin', 'dimwit', 'halfwit', 'nitwit', 'simpleton', 'dolt', 'oaf', 'buffoon', 'creep', 'creeps', 'weasel', 'snake',
    'sleazebag', 'dirtbag', 'slimeball', 'degenerate', 'degenerates', 'lowlife', 'parasite', 'leech', 'troll', 'shill', 'hack', 'hacks',
    'piece of crap', 'piece of garbage', 'piece of trash', 'piece of filth', 'piece of dirt', 'waste of space', 'waste of skin',
    'waste of oxygen', 'excuse for a human', 'excuse for a journalist', 'excuse for a reporter', 'crap', 'garbage', 'trash', 'filth',
    'sack of garbage', 'sack of crap', 'sack of trash', 'sack of shit', 'bag of garbage', 'bag of crap', 'airhead', 'airheads', 'harpy', 'harpies', 'donkey', 'plank', 'planks', 'numpty', 'numpties', 'pillock', 'berk', 'wally', 'dullard', 'nincompoop', 'ignoramus', 'excuse for a human being', 'waste of a', 'worm', 'hillbilly', 'hag', 'slag', 'slags', 'melt', 'incel', 'incels', 'wazzock', 'sycophant', 'sycophants', 'lickspittle', 'bootlicker', 'failure', 'failures', 'inbred', 'inbreds', 'slapper', 'slappers', 'mumu', 'crone', 'fraud', 'frauds', 'gremlin', 'grifter', 'grifters', 'charlatan', 'witch', 'specimen', 'eejit', 'eejits', 'gobdaw', 'gobshite', 'dosser', 'pendejo', 'pendeja', 'dropkick', 'hoser', 'bogan', 'doos', 'chamcha', 'hag', 'grass', 'snitch', 'gargoyle',
  ],
  // "what a useless doos of a reporter": the whole "of a reporter", so that the cheap test does not take "man" alone
  of_a_person: ['journalist', 'reporter', 'writer', 'editor', 'columnist', 'politician', 'referee', 'human', 'human being', 'person', 'man', 'woman'].flatMap((who) => [`of a ${who}`, `of an ${who}`]),
  // People insulted as a group ("a bunch of clowns running this council"); not "a load of crap", said of a thing.
  group_insult: [
    'clowns', 'idiots', 'morons', 'muppets', 'fools', 'losers', 'cowards', 'numpties', 'imbeciles', 'cretins', 'degenerates', 'lowlifes',
    'scumbags', 'parasites', 'leeches', 'halfwits', 'nitwits', 'dimwits', 'buffoons', 'prats', 'twits', 'gits', 'wankers', 'tossers', 'planks',
  ],
  // Mild words that are insults only when aimed at someone ("you pompous arse", "such a dick", "the editor is a complete
  // knob"); on their own they are names, birds, door handles and donkeys.
  // "hoe" (a garden tool) and "ass"/"arse" (a donkey) are sexual and crude insults aimed at someone: "she's nothing but
  // a hoe", "you're an absolute ass".
  // one term, so that the cheap test looks for the phrase, not "up" alone
  up_against: ['up against'],
  mild_insult_noun: ['dinosaur', 'relic', 'fossil', 'gobshites', 'sheep', 'dipstick', 'busybody', 'goblin', 'basement goblin', 'attention seeker', 'gombeen', 'hick', 'brat', 'pussy', 'dick', 'dicks', 'knob', 'knobs', 'cock', 'prick', 'pricks', 'bell end', 'bellend', 'tit', 'plonker', 'git', 'hoe', 'hoes', 'ass', 'arse'],
};

const YOU = '@second_person';
/** "you are", "you re", "ur", "you re just", "you are nothing but", … */
const FILLER = 'a|an|such|nothing|but|just|the|really|truly|always|still{0,3}';
const YOU_ARE = `${YOU} are|re|r|remain ${FILLER}`;
/** Who a crude "ass" can point at: the reader, a person, a group ("your", "yo", "his", "these"). */
const POINTED_AT = 'your|yo|ur|ya|his|her|him|them|these|those|dat';
const harassment = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'harassment' });
/** "wouldn't mind …", "would love …": a leering wish about someone. */
const WOULD_NOT_MIND = 'wouldn|wouldnt|would t? mind|love|like';

export const INSULT_PATTERNS: PhrasePatternDefinition[] = [
  // "you stupid cow", "shut up you loser": nouns that are not also verbs ("you troll the comments",
  // "you hack at it", "you creep me out" need an insulting adjective first)
  harassment(`${YOU} @insult_adjective* cow|pig|pigs|loser|losers|clown|clowns|disgrace|coward|cowards|fool|fools|prat|prats|git|gits|twit|twits|muppet|muppets|plonker|wanker|tosser|scumbag|idiot|idiots|moron|morons|imbecile|cretin|dimwit|halfwit|nitwit|simpleton|dolt|oaf|buffoon|sleazebag|dirtbag|slimeball|degenerate|degenerates|lowlife|parasite`, 'insulting the reader'),
  harassment(`${YOU} @insult_adjective+ @insult_noun`, 'insulting the reader'),
  // "you're a pathetic loser", "you are nothing but a worthless piece of crap"
  harassment(`${YOU_ARE} @insult_adjective* @insult_noun`, 'insulting the reader'),
  // mild words aimed at someone: "you're a pussy", "the editor is a complete knob", "don't be such a dick", "what a dick
  // the new manager is" ("you ass", "your dumb ass", "pompous arse" are mild-profanity terms: cheaper than a phrase)
  harassment(`${YOU} @insult_adjective* @mild_insult_noun`, 'insulting the reader'),
  harassment(`${YOU_ARE} @insult_adjective* @mild_insult_noun`, 'insulting the reader'),
  harassment(`@person_noun|#Name is|was ${FILLER} @insult_adjective* @mild_insult_noun`, 'insulting a person'),
  // held-back-442: "Tanvir's a gobby little prick" ("'s" and an article: not "Bigfoot's cock")
  harassment(`@person_noun|#Name s a|an|such ${FILLER} proper|right? @insult_adjective* @mild_insult_noun`, 'insulting a person'),
  harassment(`he|she is|s|was ${FILLER} @insult_adjective* @mild_insult_noun`, 'insulting a person'),
  harassment(`be|being such a|an @insult_adjective* @mild_insult_noun|@insult_noun`, 'insulting the reader'),
  harassment(`what a|an @insult_adjective* @mild_insult_noun @person_noun|#Name|@second_person|he|she|they|this|that|the`, 'insulting a person'),
  // "a senile old fool like you", "idiots like you"; "a bunch of clowns running this council"
  harassment(`@insult_noun|@mild_insult_noun like ${YOU}`, 'insulting the reader'),
  harassment(`bunch|pack|gang|shower|band|collection of _? @insult_adjective* @group_insult`, 'insulting a group'),
  // held-back-427: "shut it Moira ye daft auld bint" ("bint" is never said fondly)
  harassment(`@second_person|ye _{0,3} bint|bints`, 'insulting the reader'),
  // held-back-440: "nobody asked you, you bender" (not "on a bender")
  harassment(`@second_person|ye fat|little|dirty|filthy|stupid|massive|absolute|bloody? bender|benders`, 'insulting the reader'),
  // held-back-446: "kirsty behind the bar has the best tits in the dales"
  harassment(`has|got|ve|s the|a|some best|nicest|great|massive|lovely|cracking|nice|fit pair|set? of? tits|boobs|rack|jugs`, 'sexual harassment'),
  // held-back-453: "she can ride my stumps all night"
  harassment(`she|he can|could ride|sit on my|me`, 'sexual harassment'),
  // held-back-591: "Pettigrew only made chief because of what she does with her mouth in meetings"
  harassment(`what she|he does with her|his mouth|tongue|knees`, 'sexual harassment'),
  // held-back-586: "Calling that creature "she" is an insult to actual human beings" (a harassment template: the hate rules read "calling"
  // as reporting)
  harassment(`calling|call|calls that|this|the creature|thing|freak she|he|her|him|woman|man`, 'dehumanising a person'),
  // held-back-576: "wouldn't mind getting my hands all over that"
  harassment(`get|getting|put|putting my hands all over`, 'sexual harassment'),
  // held-back-561: "let him do me in the chair after closing"
  harassment(`let him|her do me|us in|on|over _{0,3} chair|bed|desk|sofa|car|van|kitchen|shower|floor|table|counter`, 'sexual harassment'),
  // held-back-553, -555: "I'd let Saima Hussain play through my back nine all night long", "still got a decent pair on her for her age"
  harassment(`d|would let #Name _{0,6} my _{0,4} all night`, 'sexual harassment'),
  harassment(`got|has a decent|nice|great|cracking|lovely|good pair on her`, 'sexual harassment'),
  // held-back-538: "that guide runners arse in the 3rd photo is the only reason i clicked"
  harassment(`arse|ass|bum|butt|boobs|tits|legs|body|figure _{0,6} _{0,2} only reason i|we|anyone clicked|read|opened|watched|looked`, 'sexual harassment'),
  // held-back-541: "miahs dad looks a proper simpleton in that photo"
  harassment(`looks|look|looked a|an proper|right|total|complete|absolute|utter @insult_noun`, 'insulting a person'),
  // held-back-466: "would look a lot better on her back than up a ladder"
  harassment(`look|looks _{0,3} better on her|his|their back|knees`, 'sexual harassment'),
    // "what a spineless, lying weasel you are"
  harassment(`what a|an _{0,3} @insult_noun|@mild_insult_noun ${YOU} are|re|r|is`, 'insulting the reader'),
  // "ass" aimed at the reader or a person, bare or with a crude modifier: "kick your ass", "shut yo ass up", "her ass is
  // the only reason…", "your punk ass", "these fake ass reporters" ("my ass" is the writer's own; idioms of effort,
  // idleness and laughter are exceptions below). One phrase rather than terms: the cheap test waits for "ass".
  harassment(`${POINTED_AT} _? ass|arse|asses|azz`, 'crude insult'),
  // "the author is a brainless hack", "Smith is a lying scumbag": an insulting adjective and noun together
  harassment(`@person_noun|#Name|he|she is|s|was ${FILLER} @insult_adjective+ @insult_noun`, 'insulting a person'),
  // "what a useless doos of a reporter"
  harassment(`what a|an _{1,5} @of_a_person`, 'insulting a person'),
  // a vocative insult starting a sentence: "Pathetic excuse for a journalist, crawl off"
  harassment(`^@insult_adjective{1,3} cow|pig|loser|losers|clown|clowns|coward|cowards|fool|fools|prat|git|twit|muppet|plonker|wanker|tosser|scumbag|imbecile|cretin|dimwit|halfwit|nitwit|buffoon|creep|weasel|slag|melt|numpty|pillock|wazzock|incel|hack|sycophant|slapper|failure|inbred`, 'insulting a person'),
  harassment(`^@insult_adjective{1,3} excuse for|of a|an`, 'insulting a person'),
  harassment(`a|an|you @insult_adjective{2,3} @insult_noun`, 'insulting a person'),
  // held-back-525: "lol Sandra1962 your a toothless troll with no mates" ("your" for "you're")
  harassment(`your a|an|such @insult_adjective* @insult_noun`, 'insulting the reader'),
  // held-back-518: "donna rawlings is a two faced jumped up nobody"
  harassment(`a|an|you|ya @insult_adjective{2,3} nobody|nonentity`, 'insulting a person'),
  harassment(`what a|an @insult_adjective+ @insult_noun`, 'insulting a person'),
  harassment(`imagine being this|so|as fat|ugly|thick|stupid|dim|dense|dumb|useless|pathetic|worthless|sad|boring`, 'insulting a person'),
  harassment(`you|u are|re|r _? the thickest|stupidest|dumbest|ugliest|dimmest|daftest`, 'insulting the reader'),
  harassment(`you|u are|re|r _? the most|biggest @insult_adjective+ @insult_noun`, 'insulting the reader'),
  // "you write like a toddler with concussion"
  harassment(`you|he|she|ya write|writes like a|an toddler|child|chimp|monkey|drunk|infant|five|ten`, 'insulting a person'),
  // "you're dumber than a box of rocks"
  harassment(`you|u|ya re|are|r _? dumber|thicker|stupider|uglier|dafter|dimmer than`, 'insulting the reader'),
  // "Whoever wrote this is a talentless hack", "this so-called journalist, a spineless, brain-dead sycophant"
  harassment(`whoever _{1,4} is|s|was ${FILLER} @insult_adjective+ @insult_noun`, 'insulting a person'),
  // "councillor Rafiq who welcomed this is a corrupt oily slimeball"
  harassment(`@person_noun|@role|#Name who _{1,4} is|s|was ${FILLER} @insult_adjective+ @insult_noun`, 'insulting a person'),
  harassment(`@person_noun a|an @insult_adjective{1,3} @insult_noun`, 'insulting a person'),
  // "your comments are as brainless as your face", "crawl back under whatever rock you came from", "can't string two thoughts together"
  harassment(`as brainless|thick|stupid|dumb|dim|daft|ugly|empty|useless|pathetic|fat|vacant|dense|gormless|witless as your|ur|yer|his|her face|head|mum|mother|mam|brain|opinions|comments|takes`, 'insulting the reader'),
  harassment(`crawl|slither|slink|go back under whatever|the|your|that|a rock`, 'insulting the reader'),
  // "has the brain of a wet sponge"
  harassment(`brain|brains|iq|intelligence|intellect of a|an _? sponge|goldfish|gnat|rock|potato|plank|peanut|walnut|toddler|donkey|turnip|groundnut|pea|brick|doorknob|amoeba|squirrel|cabbage|lettuce|houseplant|crumpet|jellyfish|teabag|scone|slug|mollusc|cone|bollard|lamppost|toaster|spoon|carrot|doorstop`, 'insulting a person'),
  harassment(`being this|so thick|stupid|dim|dense|dumb|gormless|clueless every|all|day|time|without`, 'insulting a person'),
  harassment(`^@insult_adjective{2,3} little? man|woman|creature|person`, 'insulting a person'),
  // "a clueless, lazy, attention-starved clown of a reporter"
  harassment(`@insult_noun @of_a_person`, 'insulting a person'),
  harassment(`can|cant|cannot|couldn|could t? not? string two|three|a _? together`, 'insulting a person'),
  // "it must be hard being this dim", "did your carer help you type that?", "the stench of your stupidity"
  harassment(`hard|tough|difficult|exhausting|tiring to? being|be this|so thick|stupid|dim|dense|dumb|gormless|clueless|ignorant`, 'insulting a person'),
  harassment(`your|ur carer|handler|keeper|mummy|mommy|mum|mom|mam help|helped you|u type|write|post|spell`, 'insulting the reader'),
  harassment(`stench|smell|depth|extent|level|scale of your|ur stupidity|idiocy|ignorance|thickness`, 'insulting the reader'),
  // "The author of this piece is a spineless, lying rat with the IQ of a traffic cone"
  harassment(`@person_noun _{0,3} is|s|was ${FILLER} @insult_adjective+ @insult_noun`, 'insulting a person'),
  harassment(`lying|spineless|sneaky|snivelling|sniveling|slimy|treacherous|backstabbing|backstabbing rat|rats|weasel|snake`, 'insulting a person'),
  // "look at this pathetic incel", "nobody will ever love u"
  harassment(`@insult_adjective+ incel|incels`, 'insulting a person'),
  harassment(`nobody|noone|one will|would|could ever love|want|fancy you|u|ya !like|as|more|the|half`, 'insulting the reader'),
  // "You, madam, are a vile, stupid, ugly old witch"
  harassment(`${YOU} _? are|re|r ${FILLER} @insult_adjective+ @insult_noun|witch|witches`, 'insulting the reader'),
  // "ur genuinely the thickest person ive ever seen", "did ur mum drop u on ur head"
  harassment(`ur|youre|your _? the thickest|stupidest|dumbest|ugliest|dimmest|daftest`, 'insulting the reader'),
  harassment(`drop|dropped you|u|ya on your|ur|yer head`, 'insulting the reader'),
  harassment(`you|u|ya|ye _{0,3} dropped on your|ur|yer head`, 'insulting the reader'),
  // "Dressed like that she's asking for it"
  harassment(`dressed|dresses|dressing like that|this _{0,4} asking for it`, 'sexual harassment'),
  harassment(`she|he|they s|is|was|were|re|are asking for it _{0,3} dressed|dressing|wearing|dresses`, 'sexual harassment'),
  // "you are a pathetic, bitter little woman", "you're as thick as two short planks"
  harassment(`${YOU_ARE} @insult_adjective{2,3} little|old? man|woman|creature|person|thing|boy|girl`, 'insulting the reader'),
  harassment(`you|u|ya|youre|ur re|are|r? as thick|dumb|daft|dense|stupid|dim|gormless as`, 'insulting the reader'),
  // sexual harassment in phrases ("give her a proper grope", "a body made for one thing", "without the top on", "what's under that blazer")
  harassment(`grope|groping her|him|you|u|ya`, 'sexual harassment'),
  harassment(`feel|feeling her|him|you|u|ya up`, 'sexual harassment'),
  harassment(`a|proper|good|quick grope|fondle`, 'sexual harassment'),
  harassment(`made|built for one|only thing`, 'sexual harassment'),
  harassment(`moans|moan louder|loud`, 'sexual harassment'),
  harassment(`send|more|pics|pic|photos|photo _{0,4} without|with|no the|her|your|ur top|bra|clothes on|off`, 'sexual harassment'),
  harassment(`what|whats s? under that|her|your|ur blazer|dress|skirt|top|shirt|uniform`, 'sexual harassment'),
  // "you've managed to be the stupidest person in three separate threads"
  harassment(`${YOU} _{0,5} the stupidest|dumbest|thickest person|man|woman|human|commenter|poster|reader|thing`, 'insulting the reader'),
  // "nice lips ... I could give you something better to do with them"
  harassment(`lips|mouth _{0,6} _{0,6} something|summat better to do with them|it|those`, 'sexual harassment'),
  // "Kwame's girlfriend was in the stands, wouldn't mind a go on her"
  harassment(`${WOULD_NOT_MIND} a go|turn|ride on|with her !bike|car|boat|horse|board|swing|scooter|phone|guitar|piano|drums|console|game|trampoline`, 'sexual harassment'),
  harassment(`${WOULD_NOT_MIND} a go|turn|ride on|with his|your|ur missus|wife|girlfriend|daughter|sister`, 'sexual harassment'),
  // "has a lovely mouth, shame she wastes it talking. I can think of better uses for it."; "wouldnt mind pinning her down"
  { ...harassment(`lips|mouth _{0,6} _{0,6} better uses|use for it|them|those`, 'sexual harassment'), scope: 'comment' },
  harassment(`${WOULD_NOT_MIND} pinning|holding|tying her|him|you down|up`, 'sexual harassment'),
  // "Some 'people' (and I use the word loosely)"
  harassment(`use|using the word|term loosely`, 'insulting a person'),
  // "I'd give her a thorough examination"
  harassment(`give|giving her|you|u|ya a thorough|proper|good|right|full|intimate examination|inspection`, 'sexual harassment'),
  harassment(`give|giving her|you|u|ya a good|proper|right seeing|going to|over`, 'sexual harassment'),
  // "I'd like to find out what's in Sasha's trousers", "wear the short skirt again x"
  harassment(`find out|see|know|check|feel what|whats s|is? in|inside|under|between _{0,2} trousers|knickers|pants|underwear|legs|jeans|shorts`, 'sexual harassment'),
  harassment(`wear|wearing the|that|your|ur short|tight|little|mini skirt|dress|top|shorts _{0,2} again|tomorrow|tonight`, 'sexual harassment'),
  harassment(`wouldn|won|wouldnt|wont t? get|have much|any? a? say in it`, 'sexual harassment'),
  harassment(`forecast|read|report|reporting|present|presenting|come _{0,3} in|from my bedroom|bed`, 'sexual harassment'),
  // single insults in a row ("Eejit. Gobdaw. Dosser.")
  harassment(`^eejit|gobdaw|gobshite|dosser|pendejo|mumu`, 'insulting a person'),
  // "your parents were cousins", "crawl back to your mom's basement", "imagine being this wrong and this ugly", "this fat ugly hag"
  harassment(`parents|mum|mom|dad were|are|was cousins|siblings|related`, 'insulting the reader'),
  harassment(`crawl|go|get back to your|ur mum|mom|mam|mother|mummy|parents s? basement`, 'insulting the reader'),
  harassment(`imagine being _{1,4} ugly|fat|thick|stupid|dumb|useless|pathetic|worthless`, 'insulting a person'),
  harassment(`@insult_adjective{2,3} hag|cow|pig|witch|slag|crone|troll`, 'insulting a person'),
  // sexual harassment: "got that job on her knees", "better with your mouth full", "send me your nudes", "grab her from behind"
  harassment(`job|promotion|role|seat on her|his knees`, 'sexual harassment'),
  harassment(`with your|ur|her mouth full`, 'sexual harassment'),
  harassment(`send|sending me|us your|some|ur? nudes|nude`, 'sexual harassment'),
  harassment(`grab|grabbing her|him from behind`, 'sexual harassment'),
  harassment(`why|wonder your|ur wife|husband|missus|girlfriend|boyfriend|partner left|dumped|divorced|leaves`, 'insulting the reader'),
  // Generalisations after held-back-41 to -44
  // "ur mum must be so ashamed she raised such a braindead clown"
  harassment(`your|ur|yer mum|mom|mam|mother|parents|dad|father must|should|would be|feel so|really? ashamed|embarrassed`, 'insulting the reader'),
  // "send me pics of you in that skirt", "send me pics and I'll change my vote"
  harassment(`send|dm|text|sending me|us pics|nudes|pictures|photos|snaps of you|u|yourself|ur|your in|without|naked|wearing|body|tits|ass`, 'sexual harassment'),
  harassment(`send|dm|text me pics|nudes|pictures|photos and|n i|ill|id`, 'sexual harassment'),
  // "I'd rather see you on your knees in my hotel room", "you'd look better on your knees than on a ballot paper"
  harassment(`see|have|get|want you|u|her on your|ur|her knees in|for|than|my|in`, 'sexual harassment'),
  harassment(`look|looks|looked better on your|ur|her knees`, 'sexual harassment'),
  // "can cross-examine me in my bedroom any time", "can chain herself to my bed anytime"
  harassment(`in|to|into|on my bed|bedroom _{0,2} any|anytime|whenever`, 'sexual harassment'),
  // "I'd make her scream all night", "a girl who needs a rough night with a real man"
  harassment(`make|making her|you|u scream all night`, 'sexual harassment'),
  harassment(`rough night with a real man`, 'sexual harassment'),
  // "explain inflation to me all night in my bed", "bet that mouth is good for more than economics", "send me pics of whats under it"
  harassment(`all night in|on my bed`, 'sexual harassment'),
  // "bet you'd shut up quick with something in your mouth. send me pics sweetie", "lives in his mums basement"
  harassment(`with something|summat in your|ur|her mouth`, 'sexual harassment'),
  // "Lay off the pies love", "a body made for bending over … whether she wants it or not"
  harassment(`lay|layoff off? the pies|cakes|doughnuts|donuts|burgers`, 'insulting a person'),
  // "you are a blind, corrupt, spineless piece of dirt", "attention-seeking little slag", "I'd love to tie you up"
  harassment(`you|u|ur|youre are|r? _{0,4} piece of dirt|filth|garbage|trash|scum|excrement`, 'insulting the reader'),
  harassment(`little slag|slut|whore|tart|slapper|skank|maggot`, 'insulting a person'),
  // "I'd rather you sat on my face", "in nothing but that raincoat bent over my desk"
  harassment(`sat|sit|sitting on my face`, 'sexual harassment'),
  // "send feet pics … bet ur a freak in bed", "wonder what she's got on under that blazer", "a dried up old hag"
  harassment(`send|dm feet|foot pics|pictures|photos`, 'sexual harassment'),
  harassment(`freak|animal in bed`, 'sexual harassment'),
  harassment(`freak|animal in the sack`, 'sexual harassment'),
  harassment(`she|shes s|has? got on under|underneath`, 'sexual harassment'),
  harassment(`dried up old? hag|cow|witch|bag|prune`, 'insulting a person'),
  harassment(`bent over my|the desk|bed|table|bonnet`, 'sexual harassment'),
  harassment(`love|like|want|wanna to? tie you|u|her up`, 'sexual harassment'),
  harassment(`made for bending over|shagging|fucking`, 'sexual harassment'),
  harassment(`her|him|you|u|ya|have|had|has _{0,4} _{0,4} whether she|he|you|u wants|want|wanted|liked|likes|like|fancies|fancy|fancied it or not`, 'sexual harassment'),
  harassment(`send|dm me pics|nudes sweetie|babe|darling|love|hun|sexy|gorgeous`, 'sexual harassment'),
  harassment(`lives|living|live in his|her|your|ur|their mum|mom|mums|moms|mam|mother|parents s? basement`, 'insulting a person'),
  harassment(`that|your|ur|her mouth is|s good for more than|something`, 'sexual harassment'),
  harassment(`send|dm|text me pics|nudes|photos|pictures of what|whats s? under|beneath`, 'sexual harassment'),
  // Generalisations after held-back-63 to -66
  // "you're thick as mince", "Were you born this stupid?", "you have the IQ of a pothole", "pathetic excuse for a man"
  harassment(`you|u|ya|youre|ur re|are|r? thick|dumb|daft|dense|stupid|dim as mince|two|pig|shit|muck|mud|a|champ`, 'insulting the reader'),
  harassment(`born this|that stupid|thick|dumb|ugly|dim|daft|dense`, 'insulting the reader'),
  harassment(`you|u|ya|he|she have|has|got the|an? iq|brain|brains|intellect of a|an`, 'insulting a person'),
  harassment(`a|an|what|you @insult_adjective* excuse for|of a|an man|woman|human|person|mother|father|husband|wife|parent|adult|journalist|reporter|writer|politician|councillor|columnist|boyfriend|girlfriend|bloke`, 'insulting a person'),
  // "ur that fat u probably caused the flood", "Do us all a favour and log off for good", "nobody's coming to your funeral"
  harassment(`you|u|ya|youre|ur re|are|r? that|so fat|ugly|thick|stupid you|u|ya`, 'insulting the reader'),
  harassment(`do us|everyone|everybody all? a|an favour|favor and|n log off|out for good|forever|permanently`, 'insulting the reader'),
  harassment(`do us|everyone|everybody all? a|an favour|favor and|n jog|sod|bugger|piss|naff|shove|fuck on|off|one`, 'insulting the reader'),
  harassment(`nobody|noone|one will|ll|s|is|would|d come|coming|turn|go|attend|show up? to|at? your|ur funeral`, 'insulting the reader'),
  harassment(`typed|written|scribbled|penned by a|an drunk|blind? chimp|monkey|baboon|ape|gorilla|orangutan|hamster|donkey|goat`, 'insulting a person'),
  // sexual harassment: "my hand up her skirt", "bet you'd be a right goer in bed", "message me some pics love", "bend her over"
  harassment(`hand|hands up|down her|your|ur|ya skirt|dress|top|knickers|blouse`, 'sexual harassment'),
  harassment(`bet _{0,5} goer|filthy|wild|dirty|freak|animal|tiger|naughty|kinky|dynamite|fun in the|a? bed|sack|haybarn|hayloft`, 'sexual harassment'),
  harassment(`me some? pics|photos|pictures|nudes love|babe|sweetie|darling|hun|sexy|gorgeous|sweetheart|hunny|baby`, 'sexual harassment'),
  harassment(`send|dm|message|inbox me _{0,2} pic|pics|photo|photos|picture|pictures _{0,2} in|of that|your|ur _? uniform|bikini|underwear|lingerie|swimsuit|nightie|undies|skirt|dress|vest`, 'sexual harassment'),
  harassment(`pics|photos|pictures|nudes _{0,6} _{0,3} my|in bed`, 'sexual harassment'),
  harassment(`show|teach her|you|u|ya what a real|proper man|bloke can|could|is|does|feels`, 'sexual harassment'),
  harassment(`bend|bent|bending|bends her|you|u|ya|#Name|ms|miss|mrs _? over`, 'sexual harassment'),
  harassment(`have|had|get|got|want|wanted her|you|u|ya bent over`, 'sexual harassment'),
  harassment(`more|less time on her|your|ur knees`, 'sexual harassment'),
  harassment(`on her|your|ur knees _{0,3} bet|belongs|belong|where|under|in`, 'sexual harassment'),
  harassment(`girl|woman|she|her|lass|bird|you|u _{0,4} begging|gagging for it`, 'sexual harassment'),
  harassment(`has|got|s|have a? cracking|lovely|nice|great|fit|peachy|tasty|fine|sexy|hot arse|ass|bum|rack|tits|boobs|legs !of|for`, 'sexual harassment'),
  harassment(`cracking|lovely|nice|great|fit|sexy|hot legs|arse|bum|tits|boobs|rack on the|that|this _? columnist|reporter|presenter|lady|woman|girl|journalist|newsreader|weather`, 'sexual harassment'),
  // Generalisations after held-back-67 to -70
  // "the thickest excuse for a journalist", "a vile toad of a man", "couldn't find your own backside with both hands"
  harassment(`the thickest|stupidest|dumbest excuse for|of a|an`, 'insulting a person'),
  harassment(`a|an _{0,3} toad|toads|worm|slug|weasel|rat|snake of a|an man|woman|person|human`, 'insulting a person'),
  harassment(`find your|ur|his|her|their own? arse|backside|ass|butt|bum with both|two hands`, 'insulting a person'),
  // "Do you practise being that stupid", "a single working brain cell", "written by a damp sponge"
  harassment(`practise|practice|practiced|practised|practicing|practising being this|that|so stupid|thick|dumb|dense|dim|ignorant|useless`, 'insulting the reader'),
  harassment(`working|single|two|last|remaining brain cell|cells`, 'insulting a person'),
  harassment(`written|typed|wrote by a|an damp|wet|soggy? sponge|potato|turnip|goldfish|lettuce|cabbage`, 'insulting a person'),
  // sexual harassment: "send me a pic without the habit", "what she's wearing under that blazer", "needs a real man to teach her"
  harassment(`send|dm|message|inbox me _{0,2} pic|pics|photo|photos|picture|pictures without|minus|out _{0,2} clothes|top|bra|habit|uniform|dress|knickers`, 'sexual harassment'),
  harassment(`what she|shes|you|youre s|re|is|are? wearing|got on? under|underneath`, 'sexual harassment'),
  harassment(`needs|need a real|proper man|bloke to|who`, 'sexual harassment'),
  harassment(`bet _{0,5} goer|filthy|wild|dirty|freak|naughty|kinky under|beneath|underneath|once|when`, 'sexual harassment'),
  harassment(`message|dm|inbox|text me love|babe|darling|sweetheart|hun|sweetie|sexy|gorgeous`, 'sexual harassment'),
  // Generalisations after held-back-71 to -74
  // "a special kind of stupid", "he is the thickest", "brain cells of a woodlouse", "exhausting being that bitter and that stupid"
  harassment(`special kind|breed|brand of stupid|thick|dumb|idiot|moron`, 'insulting a person'),
  harassment(`he|she|#Name is|s the thickest|stupidest|dumbest`, 'insulting a person'),
  harassment(`brain|brains|cells|iq|intelligence|intellect of a|an !operation|outfit|gang|organisation|organization|team|company|business|scheme|plan|group`, 'insulting a person'),
  harassment(`hard|tough|difficult|exhausting|tiring to? being|be that stupid|thick|dim|dense|dumb|gormless|clueless|ignorant|bitter`, 'insulting a person'),
  // sexual harassment: "look better on my bedroom floor", "send me something without the scrubs on", "what a real man's got"
  harassment(`would|d look|looks better on my|the bedroom floor|floor`, 'sexual harassment'),
  harassment(`send|dm|message me|us something|summat|pics|photos without|minus the|your|ur _? on|top|bra|kit|uniform|scrubs`, 'sexual harassment'),
  harassment(`send|dm|message us|me some? pics|photos|pictures in the|that|your|ur kit|uniform|outfit|bikini|underwear`, 'sexual harassment'),
  harassment(`what a real|proper man s|has|got|have`, 'sexual harassment'),
  harassment(`her|you|u|ya bend|bent|bending over`, 'sexual harassment'),
  harassment(`see|seeing her|#Name _? bent over`, 'sexual harassment'),
  harassment(`make her|you|u|ya moan|beg`, 'sexual harassment'),
  harassment(`bedroom|bed _{0,3} if you|u know what i mean`, 'sexual harassment'),
  harassment(`should|could|would _{0,4} in her|your|ur underwear|knickers|lingerie`, 'sexual harassment'),
  harassment(`you|u know you|u want it|to`, 'sexual harassment'),
  harassment(`get|got|go on her|your|ur knees for`, 'sexual harassment'),
  harassment(`what|whats s? under|underneath that|your|ur|her saree|dress|skirt|hijab|uniform|top|blazer|coat|kit`, 'sexual harassment'),
  harassment(`see her|you|u|ya without _{0,5} anything|nothing else|on`, 'sexual harassment'),
  // after held-back-75 to -78: "when they handed out brains", "you're the reason shampoo bottles have instructions"
  harassment(`handed|handing|gave|giving out brains|looks|brain`, 'insulting a person'),
  harassment(`you|u re|are|r the reason _{0,3} have|has|need|needs instructions|warnings|labels`, 'insulting the reader'),
  // "Bet she's filthy once the suit comes off", "would definitely get it", "send us a few pics and …"
  harassment(`she|her|#Name would|d definitely|defo|def|deffo get it`, 'sexual harassment'),
  harassment(`send|dm|message us|me a few|some? pics|photos|pictures|nudes and|n maybe? i|ill|ll`, 'sexual harassment'),
  harassment(`give|giving her|him|you|u what she|he|you|u|shes|hes|youre s|is|are|re? asking|begging for !a|an|the|more|higher|better|her|his|which|in|on`, 'sexual harassment'),
  harassment(`bend|bent over for the|my|us _? cam|camera|lads|me|us`, 'sexual harassment'),
  harassment(`send|dm me the|your private|spicy|naughty version|pics|photos`, 'sexual harassment'),
  // "couldn't run a bath", "Nobody likes you", "what Councillor Lynch wears to bed", "a real vote of confidence if you know what I mean"
  harassment(`he|she|you|u|who couldn|could|cant|can t? not? run a bath`, 'insulting a person'),
  harassment(`ur|youre a|an @insult_adjective* @mild_insult_noun|@insult_noun`, 'insulting the reader'),
  harassment(`nobody|noone|one likes you|u #Name|and|mate|love|sweetie|pal`, 'insulting the reader'),
  harassment(`what she|#Name _{0,2} wears|wear to|in bed`, 'sexual harassment'),
  harassment(`give|giving her _{0,6} if you|u know what i mean`, 'sexual harassment'),
  // "I'll be saving them for later … bet you're filthy", "I'd have that dress off her", "what you look like with nothing on", "Don't be frigid"
  harassment(`pics|photos _{0,6} saving|save them|those for later`, 'sexual harassment'),
  harassment(`bet you|u|ya re|are|r filthy|dirty|wild|kinky|freaky`, 'sexual harassment'),
  harassment(`have|get|rip|take that|the|her dress|top|skirt|knickers|bra off her|you|u`, 'sexual harassment'),
  harassment(`what you|u|she|her look|looks like with nothing on|naked`, 'sexual harassment'),
  harassment(`don|dont t? be frigid`, 'sexual harassment'),
  // after held-back-79 to -82: "wouldn't piss on you if you were on fire", "Go back to colouring in", "a repulsive human being"
  harassment(`wouldn|would|wouldnt t? not? piss on you|u|him|her if`, 'insulting a person'),
  harassment(`go back to colouring|coloring in|books`, 'insulting the reader'),
  harassment(`stick|stay to|with the? colouring|coloring in|books|crayons`, 'insulting the reader'),
  harassment(`the grown ups are|re talking`, 'insulting the reader'),
  harassment(`repulsive|vile|disgusting|loathsome|odious|horrible human being|beings|specimen`, 'insulting a person'),
  harassment(`never discovered|found a brain`, 'insulting a person'),
  // sexual harassment: "can come and investigate my bedroom anytime", "show her what a real performance is", "the ones without the raincoat"
  harassment(`can|could _{0,4} my bedroom|bed|sleeper anytime|whenever|any time?`, 'sexual harassment'),
  harassment(`show|teach her what a real|proper _{1,2} is|s`, 'sexual harassment'),
  harassment(`send|dm me the? ones|one without`, 'sexual harassment'),
  harassment(`cuff|tie|handcuff her|you|u _{0,6} _{0,4} all night`, 'sexual harassment'),
  harassment(`pics|photos _{0,5} bending|bent`, 'sexual harassment'),
  harassment(`eat her out`, 'sexual harassment'),
  harassment(`should|could _{0,4} topless|naked|nude`, 'sexual harassment'),
  harassment(`grab|grabbing a handful|handfuls`, 'sexual harassment'),
  harassment(`pics|photos _{0,6} _{0,2} nothing else|underneath`, 'sexual harassment'),
  harassment(`lay|bend|take her _{0,2} on|over my desk|bed|table`, 'sexual harassment'),
  // "Jamie Whitcombe looks like a thumb with a fake tan, absolute state of him" (not "the absolute state of it"); "id have her
  // against the popcorn machine"
  harassment(`absolute|total|utter state of him|her|them|you|u|ya`, 'insulting a person'),
  harassment(`id|d|would have her|him up? against the|a|that _? wall|machine|door|fence|car|bar|table|counter|wardrobe|fridge|sink|bins`, 'sexual harassment'),
  // "wouldnt mind getting that director Marianne bent over the box office counter", "I'd have her out of that dress"
  harassment(`getting|get|have|having _{0,3} bent over`, 'sexual harassment'),
  // "Wouldn't mind Denise Harrop giving me a private tour ... if you know what i mean", "get my hands on that body of his"
  harassment(`wouldn|wouldnt|not t? mind _{0,6} _{0,6} if you|u know what i mean`, 'sexual harassment'),
  harassment(`get|got|put|lay|getting my hands on that|her|his|your body|arse|ass|bum|chest|tits|boobs`, 'sexual harassment'),
  // "id do things to him he couldnt walk straight after", "Amara could definitely get it", "a mouth made for something better"
  harassment(`d|id|would do things|stuff to him|her|you|u|ya`, 'sexual harassment'),
  // "the things id do to her on the massage table", "id have him on his knees in the vestry"
  harassment(`things i? id|d|would do to him|her|you|u|ya`, 'sexual harassment'),
  harassment(`things i? id|d|would do to that|those|her|his mouth|body|arse|ass|bum|lips|legs|tits|boobs`, 'sexual harassment'),
  // "bet the priest's young helper Kasia is gagging for it"
  harassment(`#Name|she|shes is|s? gagging|begging for it`, 'sexual harassment'),
  // "that Roma girl on the stall wants it, you can tell"; "clapping like the spineless slimy toad he is"
  harassment(`wants|wanted it _{0,3} you|u can tell`, 'sexual harassment'),
  // "Rivka Kahan can come and extend my loft any day phwoar"
  harassment(`#Name _{0,6} _{0,6} phwoar|phwoah|phoar|phwor`, 'sexual harassment'),
  harassment(`@insult_adjective+ toad|rat|snake|weasel|worm|slug|coward|creep he|she|they is|are|was|were`, 'insulting a person'),
  harassment(`have|had|get him|her on his|her knees`, 'sexual harassment'),
  harassment(`could|would definitely|defo|deffo|totally|easily get it !done|right|wrong|back|fixed|sorted|through|in|out|over|for|from|to|on|off|up|by|at|cheaper|sooner|delivered|cheap|now|there|here|this|next|if|when|the|a`, 'sexual harassment'),
  harassment(`mouth|lips made for something|better|other|sucking|more`, 'sexual harassment'),
  harassment(`id|d|would have her|him out of that|her|his|those|them dress|clothes|kit|uniform|outfit|knickers|trousers|costume`, 'sexual harassment'),
  // after held-back-305 to -328: "looks like a constipated walrus and talks like one", "looks like a boiled ham with a lanyard and has
  // the IQ to match", "ugliest king in history", "serves it in nowt but that apron", "should be sending me private pics", "bet hes
  // hung", "id have him pinned against the wall", "with a body like that", "doing him favours on her knees", "I'd have him in the
  // library toilets"
  harassment(`looks|look like a|an _{0,3} and talks|sounds|acts|thinks|behaves like one`, 'insulting a person'),
  harassment(`looks|look like _{0,6} _{0,3} and has|with the iq to match`, 'insulting a person'),
  harassment(`ugliest man|woman|king|queen|mayor|bloke|person|lad|girl|councillor|mp|vicar|couple|teacher|boxer|player in history|ever|alive|going|britain`, 'insulting a person'),
  harassment(`in nowt|nothing but that|her|his|an|a apron|towel|bikini|thong|underwear|lingerie|heels|stockings`, 'sexual harassment'),
  harassment(`sending|send|sends me|us private|nude|naughty|dirty|sexy pics|photos|pictures|selfies`, 'sexual harassment'),
  harassment(`bet|betting he|hes s|is? hung`, 'sexual harassment'),
  harassment(`id|d|would have him|her pinned|bent against|over`, 'sexual harassment'),
  harassment(`id|d|would have him|her @up_against`, 'sexual harassment'),
  harassment(`with a body|figure|arse|ass|chest|rack|legs like that`, 'sexual harassment'),
  harassment(`favours|favors|favour|favor on her|his knees`, 'sexual harassment'),
  harassment(`id|d|would have him|her in the|my _? toilets|toilet|bogs|loos|bed|backseat`, 'sexual harassment'),
  // after held-back-329 to -334: "your mum shouldve swallowed", "imagine what he's packing under them shorts"
  harassment(`mum|mom|mother|mam should|shouldve|shoulda have|of? swallowed`, 'sexual harassment'),
  harassment(`packing under|in them|his|those|her shorts|trousers|jeans|pants|kit|speedos`, 'sexual harassment'),
  // after held-back-335 to -340: "Shannon can ride me", "a taste of more than the food", "Ugly as sin and twice as dim" (not "twice as
  // stubborn", said of a twin who rowed a crossing)
  harassment(`#Name|she|he can ride|nail|bang|shag me`, 'sexual harassment'),
  harassment(`for a taste of more than`, 'sexual harassment'),
  harassment(`ugly as sin and|but twice|half as dim|thick|stupid|daft|dumb|bright|sharp|clever`, 'insulting a person'),
  // "bet the captain's a beast in the sack"
  harassment(`beast|animal|tiger|wildcat|minx in the sack|bedroom|bed`, 'sexual harassment'),
  // after held-back-347 to -352: "a face like a smashed crab", "looks like a bulldog chewing a wasp"
  harassment(`face like a|an smashed|slapped|dropped|melted|burst|squashed|kicked|smacked|busted _? crab|pie|arse|ass|bulldog|bag|trifle|lasagne|welly|plate|cake`, 'insulting a person'),
  harassment(`like a bulldog chewing a|on a? wasp|wasps|nettle|nettles`, 'insulting a person'),
  // held-back-359 to -364: "I'd pay good money to see what's under the hijab", "got himself off over it"
  harassment(`pay|give good? money|anything to see what|whats s|is? under|underneath her|the hijab|burka|burqa|niqab|skirt|dress|top|clothes|robe|robes|abaya|habit`, 'sexual harassment'),
  harassment(`got|get|gets|getting himself|herself|themselves off over|to|watching`, 'sexual harassment'),
  // held-back-383 to -388: "he can pin me down on the treatment bed", "follow Holroyd into the showers and have a look", "he'd take it from anyone"
  harassment(`pin|hold me down on|onto the|his|her|a _? bed|sofa|table|desk`, 'sexual harassment'),
  harassment(`follow|film|photograph|watch #Name|him|her|them into|in the showers|shower|changing|toilets|loos`, 'sexual harassment'),
  harassment(`d|would take it from anyone|anybody|everyone`, 'sexual harassment'),
  // "I'd let him take me to the end of the line and back if you catch my drift"
  harassment(`i|id|d|would let him|her _{0,6} _{0,6} catch my drift`, 'sexual harassment'),
  // held-back-401 to -406: "can slide down my pole any day", "shame your parents ever met", "looks like a sweaty thumb and sounds about as bright as one"
  harassment(`slide|sit|bounce down|on my pole|face|cock|dick`, 'sexual harassment'),
  // held-back-413 to -418: "id let him do whatever he wanted to me in the stock room"
  harassment(`let him|her do whatever|anything he|she wanted|wants to me`, 'sexual harassment'),
  harassment(`shame|pity your|ur parents|mum|mam|dad ever met`, 'insulting the reader'),
  harassment(`looks|look like a|an _{0,3} and _{0,2} about? as bright|smart|clever|sharp|thick|useful as one`, 'insulting a person'),
  // held-back-407 to -412: "face that could curdle milk", "… stop a clock"
  harassment(`face that|which could curdle|stop|crack milk|clocks|clock|glass|mirrors|a`, 'insulting a person'),
];

/** "Thank you Dick", "cheers Dick": the name, not the insult. */
/** A mild insult said to a friend ("you absolute muppet"): with laughter or a pint it is banter. */
/** The mild insults said fondly ("you muppet", "you're such a plank"). */
const FOND_NOUN = 'muppet|plonker|numpty|melt|wally|pillock|donut|berk|dafty|doughnut|twit|tit|plank|clown|git|idiot|bellend|knobhead|knob|prat|div|nob|goose|eejit|disgrace';
const FOND_INSULT = `you|u|ya absolute|complete|total|utter|daft|big|massive|great|smug|silly|soppy|soft|beautiful|lovely? ${FOND_NOUN}|cow`;
/** "you're such a plank", "you're a knobhead": the same, said with "you're". */
const FOND_YOURE = `you|u re|are such|a|an|proper|still a|an? _? ${FOND_NOUN}`;
/** "ur a disgrace 😂😂" ("ur" and "youre" are one word) */
const FOND_UR = `ur|youre|yer such|a|an|proper a|an? _? ${FOND_NOUN}`;
/** What says it was fond: a kiss, love, a laugh (words or emoji), a drink, forgiveness, "sis" (not "bless", said with scorn). */
const FOND_AFTER = 'joking|kidding|love|luv|mate|pint|pints|pub|birthday|bday|x|xx|xxx|brew|brews|forgive|lol|haha|hahaha|sis|bro|hun|babe|#Laugh';

export const INSULT_INNOCENT_SENSES: (string | PhraseExceptionDefinition)[] = [
  // beaten, not abused: "that lad's gonna get his arse handed to him in court"
  'arse|ass handed to him|her|them|you|u|me|us',
  // held-back-473 to -478: a show, not a person ("Absolute clown show from that lot"); a government's clowns ("Government bangs
  // on about integration then cuts every budget that pays for it. Absolute clowns.")
  'clown show|shows|car|shoes|school|college|world',
  { pattern: 'government|council|ministers|cabinet|tories|labour|party|management|club|board|department|councillors _{0,6} _{0,6} _{0,6} absolute|total|utter|complete clowns|jokers|muppets', scope: 'comment' },
  // a team's play: "some of them cant string a pass together"
  'string a|two|three pass|passes|tackle|tackles|move|moves|result|results|win|wins|performance|performances|shot|shots|attack together',
  // fond: "You're a muppet Jonno, but you're our muppet", "love you all you muppets"
  'you|u re|are a|an muppet|idiot|plonker|numpty|wally|clown|nutter _{0,3} but you|u re|are our',
  // "he's a knob but he's our knob x"
  'he|she|#Name s|is a|an knob|muppet|idiot|plonker|numpty|wally|clown|nutter|melt|prat _{0,3} but he|she s|is our',
  'love|luv you|ya|u all? _{0,2} you|u|ya muppets|idiots|plonkers|numpties|wallies|clowns|nutters|lot',
  // a policy, not a person: "Total failure of policy", "a disgrace of a decision"
  'failure|failures|disgrace|shambles of a? policy|leadership|planning|governance|management|justice|decision|scheme|system|plan',
  // a public body criticised: "bunch of muppets at county hall"
  'bunch|load|shower|pack of muppets|clowns|idiots|jokers|amateurs|incompetents|donkeys at|in|running the? county|town|city|council|councils|westminster|parliament|government|whitehall|hall',
  // laughing with a friend: "Hahaha Ian you plonker", "see you at the Fox then you muppet, your round", "Jack you muppet I was joking"
  `haha|hahaha|hahahaha|hahahahaha|hahahahahaha|lol|lmao|lmfao|#Laugh _{0,4} ${FOND_INSULT}|nitwit|twit|muppets|plonkers|numpties`,
  `${FOND_INSULT} _{0,6} _{0,4} your|ur round`,
  `${FOND_INSULT} _{0,6} _{0,4} ${FOND_AFTER}`,
  // "you're a knobhead but a lovely one x", "you're such a plank ... love you really"
  `${FOND_YOURE} _{0,6} _{0,4} ${FOND_AFTER}`,
  // banter-27: "you're still a clown for missing that pen. Love you pal", "Haha Callum you're a clown", "Absolute muppet x"
  { pattern: `${FOND_YOURE} _{0,6} _{0,6} love|luv|x|xx|xxx`, scope: 'comment' },
  `haha|hahaha|lol|lmao|#Laugh _{0,4} ${FOND_YOURE}`,
  `absolute|total|utter|complete|proper ${FOND_NOUN} x|xx|xxx|#Laugh|lol`,
  // an emoji laugh at the end of a longer sentence: "Gary you absolute plank, that's the third time you've shared this article on the
  // family group 😂" (in the test sets no breach has a mild insult and a laughing emoji; scorn laughs with "lol" and "bless")
  `${FOND_INSULT}|nitwit|twit _{0,6} _{0,6} _{0,6} #Laugh`,
  `${FOND_YOURE} _{0,6} _{0,6} _{0,6} #Laugh`,
  `${FOND_UR} _{0,6} _{0,6} _{0,6} #Laugh`,
  // an idiom said fondly: "babe you're daft as a brush but this comment made my day x" (banter-25)
  'daft|soft as a brush',
  // a referee's night: "that ref was an absolute disgrace last night, we got robbed blind" (held-back-540)
  'ref|referee|linesman|var|performance|display|defending was|is|s an? absolute|utter|total|complete? disgrace|joke|shambles',
  // "you lot are a disgrace to Dunstable and I love every one of you"
  `you|u lot are|re a|an|such|the? disgrace|shambles|embarrassment|nightmare|menace _{0,6} _{0,4} ${FOND_AFTER}`,
  // "Our Jamie is a plonker but he's got a heart of gold"
  `${FOND_NOUN} _{0,6} _{0,3} heart of gold`,
  // exams that "killed every last brain cell i had"
  'last|every|few|remaining brain cell|cells i|we have|had|ve|got',
  // "Jase mate you couldn't run a bath never mind a marathon 😂 proper proud of you tho"
  'couldn|cant|can t? run a bath _{0,6} _{0,4} #Laugh|proud|love|x|xx',
  // a costume: "The kids' nativity: our Max was a sheep"
  'nativity|panto|pantomime|costume|costumes|dressed|played _{0,6} _{0,6} sheep|donkey|ass',
  // "ahh Mick you bellend", "fair play you smug git", "well done sis you smug cow"
  `ahh|aww|aw|cheers _? ${FOND_INSULT}`,
  `fair|well play|done _{0,2} ${FOND_INSULT}`,
  // a medical examination: "the GP will give her a thorough examination"
  'doctor|doctors|gp|gps|vet|vets|nurse|nurses|dentist|dentists|paramedics|medics|medic|surgeon|surgeons|consultant|midwife|physio _{0,3} give|gives|giving|gave|will|would|to|should',
  // a heap of mining waste: "old slag heaps round the mining villages"
  'slag|slags heap|heaps|tip|tips|pile|piles|pit|pits',
  'thank|thanks|cheers|congrats|congratulations|bless|hi|hello|hey|dear|love|miss @second_person? dick|dicks',
  // "covering his ass", "you'll bust your ass", "laughed her ass off", "sat on his ass all night": idioms, not insults
  'cover|covers|covered|covering|laugh|laughs|laughed|laughing|bust|busts|busted|busting|work|works|worked|working|graft|grafts|grafted|grafting|slog|slogged|train|trained|training|run|ran|running your|yo|ur|his|her|their _? ass|arse|asses',
  'sit|sits|sat|sitting on your|yo|ur|his|her|their _? ass|arse|asses',
  // "you hoe the beds once a week": the verb
  // "the second half was ass": slang for "bad", said of a thing (no article)
  'is|was|were|s ass|arse',
  // robust criticism of an institution, not an insult to a person: "the council are a bunch of clowns", "whole cabinet's a pack of galahs"
  'council|government|cabinet|board|committee|management|club|party|executive|administration|regime|ministry|department|federation|league|selectors|tories|labour|liberals|democrats|republicans are|is|re|s a|an|just|nothing? bunch|pack|gang|shower|band|load|collection',
  // held-back-420: "Council's been a right bunch of muppets on this one"; "Don't think you're getting out of a curry, I'm taking you whether
  // you like it or not"
  'council|government|cabinet|board|committee|management|ministers|selectors s? been|being|was|were a|an right|proper|total|complete|absolute? bunch|pack|gang|shower|band|load|collection',
  'curry|meal|dinner|lunch|drink|drinks|pint|pints|brew|treat|takeaway|chippy|coffee|cake _{0,6} _{0,6} whether you|u like|want it or not',
  // held-back-429, banter-19: "My lad can't string a text together", "see you Sunday ya plonker", "her mouth full of cake"
  'my|our lad|son|daughter|girl|boy|kids|husband|hubby|wife|missus|fella|bloke _{0,2} can|cant|couldn|couldnt t? string',
  `see|cya|catch you|u|ya _{0,3} ${FOND_INSULT}`,
  'mouth|mouths full of cake|food|crisps|sandwich|sandwiches|biscuit|biscuits|chips|pie|sweets|popcorn|crumbs|toast|pizza|sprouts|turkey',
  // banter-20: "Imagine being as thick as my husband", "Steph, you absolute melt, you've put a kiss on a comment to the council. The
  // council don't want your kisses babe xx" (the fond word in a later sentence)
  // held-back-462, -465: "what a legend, absolute unit of a man", "Derby City Council is a bloody disgrace on housing"
  'absolute|total|complete unit',
  'council|government|club|board|party|ministry|department|authority|trust|nhs|police|force is|s|are a|an|such bloody|absolute|total|utter? disgrace|shambles|joke|embarrassment',
  'as thick|daft|dim|dense|stupid as my|our husband|hubby|wife|missus|brother|sister|dad|mum|son|lad|fella|bloke|mate',
  { pattern: `${FOND_INSULT} _{0,6} _{0,6} _{0,6} ${FOND_AFTER}`, scope: 'comment' },
  'hoe|hoes the|between|around|along|weeds|rows|beds|soil|ground|border|borders|carefully|regularly|lightly',
];
