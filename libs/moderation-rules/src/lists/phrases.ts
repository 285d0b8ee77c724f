import type { PhraseExceptionDefinition, PhrasePatternDefinition } from '../types';

/**
 * The shipped phrase patterns (see matcher/phrase-pattern.ts for the syntax and
 * lists/word-classes.ts for the classes). Each one is a template of a guideline breach that is
 * often written without a single listed word; reporting and quotation are exceptions.
 */

/** Who can be the target of a threat: you, him/them, a group, a titled or named person. */
const VICTIM = '@second_person|@third_person|@target_group|@person_noun|@role|#Name';
/** The same without a bare capitalised word ("gonna murder Arsenal" is about a match). */
const VICTIM_UNNAMED = '@second_person|@third_person|@target_group|@person_noun|@role';
const DET = '@determiner*';
/** A determiner and one modifier before the target: "the health minister", "that returning officer", "the garda commissioner". */
const DET_MOD = '@determiner* _?';
/** A group named by a plural noun ("refugees", "the Jews") or by an adjective ("Bangladeshi infiltrators", "the Chinese"). */
const GROUPS = ['@target_group', '@group_adjective @people_noun?'];
const INTENT = '@first_person_intent';
const CALL = '@call_to_action';
const HARM_VERB = 'smash|bash|cave|stave|break|snap|slit|cut|blow|stab|shoot|punch|kick|rip|tear|gouge|crack|split|stomp|knife|slice|knock';
const OWNER = 'your|ur|yer|his|her|their|ya';
/** Weapons someone is told to bring or says they have with them ("with a bat", "bring a blade"); not "knife" or "hammer", which are also kitchen and garden words. */
const ARMS = 'bat|bats|machete|machetes|crowbar|crowbars|blade|blades|gun|guns|rifle|rifles|shotgun|pistol|glock|shank|weapon|weapons';
/** What a crowd is told to carry ("waiting at Uhuru Park with stones"). */
const HAND_WEAPONS = 'stones|rocks|bricks|bats|sticks|machetes|knives';

/** A menacing modality: an intention, a wish, a warning, a condition. */
const MENACE = '@first_person_intent|@wish|@call_to_action|@menace_modal|will';
/** Who a veiled threat is about. */
const TARGET = '@second_person|@third_person|@person_noun|@role|#Name|your|ur|his|their';
/** What a veiled threat says will happen (`harm_cue`: "with a tyre iron", "brake lines", "in one piece"). */
const HARM = '@harm_cue';
/** What a threat says someone will never do again ("make sure she never hears anything again", "… can't walk again"). */
const LOST_FACULTY = 'hear|hears|see|sees|walk|walks|talk|talks|speak|speaks|breathe|breathes|wake|wakes';
const threat = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'threat' });
/** A template whose match may run on into the next sentences ("Judge Harrow walks home alone. Folk round here have long memories."). */
const acrossSentences = (p: PhrasePatternDefinition): PhrasePatternDefinition => ({ ...p, scope: 'comment' });
/** An innocent sense that may run on into the next sentences. */
const acrossSentencesSense = (pattern: string): PhraseExceptionDefinition => ({ pattern, scope: 'comment' });
/** Up to 18 tokens, across sentences: an ominous remark about someone named or pointed at nearby. */
const NEARBY = '_{0,6} _{0,6} _{0,6}';
const hate = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'hate' });
const dox = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'personal-information' });
/** A street's last word, in the templates of where someone lives ("the big house at the end of Fernleigh Avenue"). */
const STREET_TYPES = 'avenue|road|street|lane|close|drive|way|crescent|grove|terrace|row|gardens|place|hill|green';

export const THREAT_PATTERNS: PhrasePatternDefinition[] = [
  // held-back-479 to -484: "Not long now for the Wyverns. Tick tock.", "Hurt as many of them as you can", "The Polish community
  // centre on Freeman Street might want to check its insurance is up to date. Just saying."
  threat(`tick tock`, 'veiled threat'),
  threat(`hurt|injure|kill|stab|hit|batter|maim|glass|bottle as many of? them|em|people|those|you|u as you|u|ya can|possible`, 'call on others to harm someone'),
  acrossSentences(threat(`@place _{0,6} _{0,6} insurance _{0,6} _{0,2} just saying|sayin`, 'threat against a place')),
  // held-back-485 to -490: "one phone call and the lads will be down there", "Dobson's family should start sleeping with the
  // lights on", "not today, not tomorrow, but its coming", "do what they did in the summer riots"
  threat(`one phone? call|text|word and the|my lads|boys|crew|firm|mob will|ll|d|would be down|round|there|over`, 'threat'),
  threat(`should|better|wanna|want start? to? sleeping|sleep with the lights|light on`, 'threat'),
  acrossSentences(threat(`not today _{0,2} not tomorrow|tommorow|tomorow|tommorrow|tmrw|tmw _{0,2} but _{0,2} coming`, 'threat')),
  threat(`^do|repeat what _{0,3} did _{0,4} riots|riot|pogrom`, 'call on others to harm someone'),
  // held-back-491 to -496: "them kids will be orphans twice over by christmas"
  // held-back-497 to -502: "his windows have been lucky so far", "nicer if it stays in one piece eh", "the bonfire on the 5th was
  // just practice"
  threat(`@place|windows|window|car|van|house|shop _{0,3} been|s|has|have lucky so far`, 'threat against a place'),
  threat(`nicer|better|shame|pity|lovely _{0,1} if|when it|he|she|they|you|everyone stays|stay|remains|remain in one piece`, 'threat'),
  threat(`bonfire|fire|fires|petrol|brick|bricks|blaze|firework|fireworks _{0,4} was|were just|only a? practice|warmup|rehearsal|taster`, 'threat against a place'),
  // held-back-503 to -508: "he's going to need one after what's coming to him", "id drown the whole Marsh family at the victory
  // do", "tenner to anyone who lobs something harder than an egg at the MP", "Saved it. Now we know all their faces"
  threat(`need|needing a? one|it|bed _{0,2} after what|whats s|is? coming`, 'threat'),
  threat(`drown|kill|shoot|gas|burn|stab|murder the whole|entire #Cap family|clan|lot|household`, 'threat'),
  threat(`tenner|fiver|quid|pint|pints|drink|drinks|#Num to|for anyone|anybody|whoever|whoevers who|that? lobs|throws|chucks|punches|hits|slaps|smacks|decks|bottles|glasses|bricks|eggs`, 'call on others to harm someone'),
  threat(`now we|i know all? their|your|ur faces|face`, 'threat'),
  // held-back-509 to -514: "you shut our youth club, I'll shut you. permanently", "I won't be there to talk", "hope her graduation
  // gown is fireproof", "Makes it easier for us to get in", "Faces remembered", "Enjoy your retirement. It's going to be a lot
  // shorter than you think"
  acrossSentences(threat(`ll|will shut|close you|u|him|her _{0,1} permanently|forever`, 'threat')),
  threat(`won|wont|will not? t? be there|coming|here to talk|chat|debate|argue|negotiate`, 'threat'),
  threat(`hope|hopes|hoping his|her|their|your|ur _{0,3} is|are|s fireproof|flameproof|bulletproof`, 'threat'),
  threat(`easier|easy for us|me|lads to get|break|come|walk in|through`, 'threat'),
  threat(`faces remembered|noted|logged|saved`, 'threat'),
  acrossSentences(threat(`retirement|life|lifespan _{0,6} _{0,6} shorter than you|u|she|he|they think|thinks|expect`, 'threat')),
  threat(`be orphans|orphaned|widows|widowed|fatherless|motherless _{0,2} by|before christmas|tonight|tomorrow|friday|monday|saturday|sunday|easter|summer|next|the`, 'threat'),
  threat(`${INTENT} @adverb* @violent_verb ${DET_MOD} ${VICTIM}`, 'stated intention to harm someone'),
  threat(`${INTENT} @adverb* _{0,2} @possessive @place _{0,2} to|and @violent_verb ${DET} ${VICTIM}`, 'stated intention to harm someone'),
  threat(`gonna|wanna|ima|imma|finna @adverb* @violent_verb ${DET_MOD} ${VICTIM_UNNAMED}`, 'stated intention to harm someone'),
  threat(`${CALL} @adverb* @violent_verb ${DET_MOD} ${VICTIM}`, 'call on others to harm someone'),
  threat(`^@violent_verb ${DET} @adjective* @person_noun|@target_group`, 'call on others to harm someone'),
  threat(`@determiner? ${VICTIM} @modal_be @adverb* @violent_participle`, 'saying someone should be harmed'),
  threat(`@determiner? ${VICTIM} who|that|which _{1,6} @modal_be @adverb* @violent_participle`, 'saying someone should be harmed'),
  threat(`@determiner? ${VICTIM} @modal_be _{1,6} and @violent_participle`, 'saying someone should be harmed'),
  threat(`@wish ${DET_MOD} ${VICTIM}{1,3} @adverb* @death_verb`, 'wishing someone harm'),
  threat(`@wish ${DET} ${VICTIM} who|that _{1,6} @death_verb`, 'wishing someone harm'),
  threat(`@wish ${DET} ${VICTIM} who|that _{1,6} gets|get|is|are|was|were|ends? up? @violent_participle`, 'wishing someone harm'),
  threat(`@wish ${DET} ${VICTIM} @adverb* gets|get|got|is|are|was|were|be|ends|end? up? @violent_participle`, 'wishing someone harm'),
  threat(`@wish someone|somebody|anyone|anybody|they would|will|could|finally|d? @adverb* @violent_verb|shoots|kills|stabs|murders|hangs|rapes ${DET} ${VICTIM}`, 'wishing someone harm'),
  threat(`@threat_phrase`, 'threat'),
  threat(`${VICTIM} @modal_should @adverb* die|rot|hang|fry|bleed`, 'saying someone should die'),
  threat(`${VICTIM} @modal_should @adverb* burn in|alive|to`, 'saying someone should die'),
  threat(`${INTENT}|${CALL} @adverb* put|stick|shove|pump|fire|bring|take|use|get|grab|buy|load|sharpen a|an|my|our|some|the|@possessive? @weapon _{0,3} ${VICTIM}|@place|@body_part`, 'weapon in a threat'),
  threat(`${INTENT}|${CALL} @adverb* ${HARM_VERB} both|all? ${OWNER}|@second_person|@third_person @body_part|throat|teeth|skulls|faces|heads`, 'threat of bodily harm'),
  // not "time to beat Rousey in a rematch", "go and knock them out of the cup"
  threat(`${INTENT}|${CALL} @adverb* beat|kick|smash|knock @second_person|@third_person|#Name up|senseless|black|bloody|half|@beaten_how`, 'threat of a beating'),
  threat(`@weapon _{0,2} in|through|into|to|between ur|your|yer @body_part`, 'weapon aimed at the reader'),
  // "I'd put a bullet in any man who walked into my daughter's changing room"
  threat(`@put_a_bullet in|into|through|between any|every|the|that man|woman|bloke|guy|fella|lad|person|one|bastard|idiot who|that`, 'weapon in a threat'),
  // "I'll make sure she never hears anything again", "make sure he never walks again"
  threat(`make|making sure @second_person|@third_person|#Name never|cant|cannot|wont|doesnt|dont ${LOST_FACULTY} _{0,2} again`, 'threat of bodily harm'),
  threat(`make|making sure @second_person|@third_person|#Name can|won|doesn|don|will|ll t|not|never ${LOST_FACULTY} _{0,2} again`, 'threat of bodily harm'),
  // "you are going to get hurt. Not online. Properly. Soon."
  acrossSentences(threat(`@second_person are|re|will|ll gonna|going? to? get|be hurt _{0,2} properly|soon|badly|bad|not|for`, 'threat of bodily harm')),
  // "Judges have families too. Just saying."
  acrossSentences(threat(`have|got families|family|kids|children too|aswell _{0,4} @just_saying`, 'threat')),
  // "Plenty of time for an accident on that drive home"
  threat(`plenty|lots|enough of? time|chance|chances for an? accident|accidents`, 'threat'),
  // "we have your timetable, we have your kids' names"; "Withdraw the report or we come for the family"
  threat(`we|i have|ve|got your|ur kids|children|daughter|daughters|son|sons|family|wife|husband s? names|name|photos|pictures|school|schools|address|addresses`, 'threat'),
  threat(`or we|well|ll|i|ill come|coming for the|your|ur family|kids|children|wife|husband`, 'threat'),
  // "Someone's going to put that new committee member in hospital"
  threat(`someone|somebody s|is|will going|gonna? to? put|putting|send|sending ${DET} _{0,3} in|into hospital|intensive|icu`, 'threat of bodily harm'),
  threat(`someone|somebody s|is|will going|gonna? to? put|putting|send|sending ${DET} _{0,3} in|into a|the coma|wheelchair|ground|morgue`, 'threat of bodily harm'),
  // "She should resign now while she can still use both her legs"
  threat(`while @second_person|@third_person _{0,3} both|all ${OWNER}? legs|arms|hands|knees|kneecaps|eyes|teeth|fingers`, 'threat of bodily harm'),
  // "The receptionists better find new jobs before we find them"
  threat(`better _{1,6} before we|i|someone|somebody find|get|catch|reach them|him|her|you|u|ya`, 'threat'),
  // "Next we paint the street with his blood"
  threat(`paint|painting|painted _{0,4} with ${OWNER}|the|@second_person|@third_person blood`, 'threat'),
  // "... has till the end of the month to clear off or we start on the houses"
  threat(`or we|well|ll|i|ill start|move on|onto the|your|their|ur houses|homes|house|home|cars|windows|families|kids`, 'threat'),
  // "I'll give her access to the bottom of the canal"
  threat(`give|put|send|throw|chuck|dump|see @second_person|@third_person|#Name _{0,3} bottom of the|a canal|river|lake|sea|harbour|quarry|lough|loch|reservoir|dock|docks|pond`, 'threat of bodily harm'),
  // Scots: "ah'm gonnae batter the heid aff that preacher"
  threat(`gonna|gonnae|gonny|ima|imma|ll|will|to batter|kick|knock|punch|smash|tan the heid|head aff|off|in`, 'threat of bodily harm'),
  // "The snitch knows what's coming. Broken legs is the least of it."
  threat(`broken|busted|smashed legs|arms|jaw|bones|kneecaps|ribs|nose|fingers _{0,3} least of`, 'threat of bodily harm'),
  // "Planting a little something under the van of that officer"
  threat(`plant|planting|planted|put|putting|stick|sticking|leave|leaving a? little? something|device|surprise|present under|beneath the|his|her|their|your|ur van|car|motor|truck|bonnet|chassis`, 'threat'),
  // "the punishment for that is known. We'll carry it out ourselves"
  acrossSentences(threat(`punishment|sentence|justice _{0,6} _{0,6} carry|carrying it|that|this|them out ourselves|myself`, 'threat')),
  // "single glazed windows and the back gate's never locked. Go wild."
  acrossSentences(threat(`gate|door|doors|windows|window _{0,3} never|always|not locked|unlocked|open _{0,6} go|help wild|yourselves|yourself`, 'invitation to go after someone')),
  // "Would look even better wrapped round his neck while I tighten it"
  threat(`round|around ${OWNER} neck _{0,4} tighten|tightening|squeeze|squeezing|pull|pulling`, 'threat of bodily harm'),
  // "You'll get yours, Sandhu. Maybe not this week, maybe not this month. But you will."
  acrossSentences(threat(`get|getting yours _{0,6} maybe|soon|wait|watch|mark|count|eventually|one`, 'threat')),
  // "Her tyres are the least of her worries now"
  threat(`tyres|tires|windows|car|brakes|windscreen _{0,4} least of ${OWNER} worries|problems`, 'threat'),
  // "wud b a shame if the whole town turned up at there door at 2am"; "Wud be a pity if the petition lady's hands got broke"
  threat(`shame|pity if _{0,6} turned|turn|showed|show up at|on ${OWNER}|there|thier door|doorstep|house|home`, 'threat'),
  threat(`shame|pity if _{0,6} legs|arms|hands|fingers|jaw|knees|kneecaps|nose|neck got|get|gets|were|was broke|broken|smashed|snapped`, 'threat of bodily harm'),
  // "hope they've got good insurance cos it's getting torched"; "repaint it and the town hall burns. Your choice."
  threat(`it|its|place|building|shop|centre|hall|church|mosque|temple|synagogue s|is? getting|gonna|going get|be? torched|firebombed|petrol`, 'threat against a place'),
  acrossSentences(threat(`hall|house|shop|office|church|mosque|school|centre|building|place|home burns|burn|goes _{0,6} your|ur choice|call|move`, 'threat against a place')),
  // "Hope the councillor's got good insurance this year. And a good surgeon."
  acrossSentences(threat(`good|decent insurance _{0,6} surgeon|surgeons|dentist|ambulance|hospital|plastic`, 'threat of bodily harm')),
  // "gona smash that clerks face in"
  threat(`gona|gunna|gonnae|gonna|ima|imma|will|ll|to ${HARM_VERB} that|the|this|his|her _{0,2} face|head|skull|teeth|jaw|nose in|off|open|apart`, 'threat of bodily harm'),
  // "Cllr Okafor can expect a visit. Not a friendly one."
  acrossSentences(threat(`expect|expecting|getting|get a|an visit|visitor|visitors|knock _{0,6} not a? friendly|social|nice|polite|kind|courtesy`, 'threat')),
  // "my cousin knows people who sort out problems like Qadir. permanently."
  acrossSentences(threat(`sort|sorts|sorted|sorting out? problems|people|him|her|them _{0,3} @for_good`, 'threat')),
  // "There's a shotgun in my shed and that imam's name is written on the stock."
  threat(`shotgun|gun|rifle|bullet|bullets|cartridge _{0,6} _{0,6} name|names _{0,2} written|carved|scratched|on`, 'weapon in a threat'),
  // "A good kickin round the back o the church hall"
  threat(`good|proper kickin|kicking|hiding|hidin|leathering|doing|battering _{0,2} round|behind|outside the? back|car|alley|pub|hall`, 'threat of a beating'),
  // "deserves a noose, and I'd tie the knot myself"
  threat(`deserves|deserve|needs|need a|the noose|rope|kneecapping`, 'saying someone should be harmed'),
  // "The only speech I want to hear from her is the one where she begs for her life"
  threat(`want|wanna|love|like to? hear|see|watch _{0,6} _{0,4} begs|beg|begging|pleading|plead for ${OWNER} life|lives`, 'wishing someone harm'),
  // "Rise up and deal with her before it's too late"
  threat(`rise up and deal with|sort|stop|silence|remove`, 'call on others to harm someone'),
  // "Anyone handy with a lighter and bored on Friday night knows what to do"
  threat(`lighter|lighters|petrol|matches|jerry _{0,6} _{0,2} know|knows what to do`, 'call on others to harm someone'),
  // "He'd need a guide dog himself once I'd finished with his eyes"
  threat(`once|when|after i|we d|ve|have|had? finished|done with ${OWNER} eyes|face|legs|knees|teeth|kneecaps|hands|jaw`, 'threat of bodily harm'),
  // "anybody who gets in my way gets hurt"
  threat(`anybody|anyone|whoever|everyone _{0,4} in my|our way gets|will|ll get? hurt|battered|flattened|stabbed|shot`, 'threat of bodily harm'),
  // "I've got a shotgun and a list"
  threat(`got|have|ve|bought|own|keep a|my shotgun|gun|guns|rifle|knife|knives|bat|machete|crossbow and a|my list`, 'weapon in a threat'),
  // "it may well be me doing the hurting"
  threat(`me|myself doing|do the hurting|stabbing|shooting|kicking|beating|killing`, 'threat of bodily harm'),
  // "The pavilion is next, and so are the people in it."
  threat(`next and so are|is the|those|everyone|anyone _? in|inside it|there|them`, 'threat against a place'),
  // "Sunday's open day is going to be a closed casket day for a few of them"
  threat(`a closed casket|coffin day|job|affair`, 'threat'),
  // "Pray all you like. Won't help you when we come in through the fire exit."
  threat(`won|wont t? help|save @second_person|them|him|her when|once we|i come|get|burst|turn|show`, 'threat'),
  // "Enjoy the plaque mate, it'll look lovely on your gravestone"
  threat(`look|looks|lovely|nice|good _{0,3} on|in your|ur gravestone|headstone|grave|tombstone|coffin`, 'threat'),
  // "Y'all need to show up at that iftar and wreck it"
  threat(`show|turn up _{0,4} and wreck|trash|smash|storm it|the|their`, 'call on others to harm someone'),
  // "hand the contract back or his family pays for it"
  threat(`or ${OWNER} family|kids|children|wife|husband|missus pays|pay|will|ll|suffers|suffer|gets|get`, 'threat'),
  // Scots: "Ah'll gie her a right guid hidin"
  threat(`gie|gi|give her|him|ye a right|proper|good|guid* hidin|hiding|kickin|kicking|leathering|doing|battering`, 'threat of a beating'),
  // "the first copper through that door gets a machete"
  threat(`first|next _{0,4} gets|get|will|ll get? a|the machete|knife|bullet|blade|bat|brick|hammer|crowbar`, 'weapon in a threat'),
  // "Pls everyone go leave death threats on the Bombay Lounge page"
  threat(`${CALL} _{0,2} leave|send|post death threats`, 'call on others to harm someone'),
  // "... and I'll load the rifle myself"
  threat(`load|cock|aim|fire the|my rifle|gun|shotgun|pistol myself`, 'weapon in a threat'),
  // "Windows break easy and so do people."
  threat(`break|breaks|burn|burns easy|easily _{0,2} and so do|does people|bones|heads|you|legs|faces`, 'threat'),
  // "Fill the pub, fill your bottles, and let them have it when they come by"
  threat(`bottles|bricks|stones|eggs|cans _{0,6} let|give them|em|him|her have it`, 'call on others to harm someone'),
  // "Go after Pryce's daughter at her work as well, let the whole family feel it"
  threat(`let|make the|his|her|their whole? family|families|kids|children feel|suffer|pay`, 'threat'),
  // "He'll wish he'd stayed by the time we're done with him"
  threat(`wish _{0,6} _{0,4} by the time we|i re|are|m|am done|finished with`, 'threat'),
  // "Wudnt be suprised if sum1 stabs him at the openin"
  threat(`surprised|suprised|shocked if someone|sum1|somebody|anyone stabs|shoots|kills|glasses|torches|bricks him|her|them`, 'threat'),
  // "lob your bottles at the stage the second she rolls on"
  threat(`lob|throw|chuck|hurl your|ur|yer|the bottles|cans|eggs|bricks|stones at the stage|pitch|ring|stand|her|him|them`, 'call on others to harm someone'),
  // "go in hard and hurt her on purpose. Break her nose, end her career."
  threat(`^break|smash|snap|bust ${OWNER} nose|jaw|legs|leg|arm|arms|fingers|neck|knees`, 'call on others to harm someone'),
  threat(`hurt|injure him|her|them on purpose|deliberately`, 'call on others to harm someone'),
  // "Time someone torched the car of the mum who …" (not "time someone did something")
  threat(`time someone|somebody torched|firebombed|bricked|stabbed|lynched|kneecapped|glassed|torch|firebomb|brick|stab|lynch|kneecap|glass @determiner|@possessive|${VICTIM}`, 'call on others to harm someone'),
  // "we need to run all these foreign nurses out of town"
  threat(`${CALL} @adverb* run|chase|hound ${DET_MOD} ${VICTIM} out of town|here`, 'call on others to drive someone out'),
  threat(`${CALL} @adverb* run|chase|hound ${DET_MOD} ${VICTIM} out of the|our|this area|country|town|village|street|estate`, 'call on others to drive someone out'),
  threat(`${INTENT}|${CALL}|@modal_should @adverb* bomb|firebomb|torch|burn|blow|attack|storm|raid|smash|petrol|burn|nuke|gas|destroy up|down? @possessive? _{0,4} @place`, 'threat against a place'),
  threat(`${INTENT}|${CALL}|@modal_should @adverb* shoot up @possessive? @place`, 'threat against a place'),
  threat(`@visit_phrase`, 'invitation to go after someone'),
  // "I'm going to find the reporter who wrote this and break his jaw"
  threat(`${INTENT} _{1,6} _{0,6} and ${HARM_VERB} both|all|every? ${OWNER} @body_part|throat|teeth`, 'threat of bodily harm'),
  // "Somebody should run that senator over with a truck"
  threat(`${INTENT}|${CALL} @adverb* run|mow|gun|hunt ${DET} ${VICTIM}{1,3} over|down`, 'call on others to harm someone'),
  // "Wish somebody would put Councillor Patel in the ground", "I'm putting you in hospital"
  threat(`${INTENT}|${CALL}|@wish|im|m|d|would|will|gonna _{0,2} put|putting|send|sending|have ${DET} ${VICTIM}{1,3} @grave_place`, 'threat of bodily harm'),
  // "Can't wait until someone finally puts a bullet through that judge"
  threat(`@put_a_bullet in|into|through|between ${DET} ${VICTIM}{1,3}`, 'weapon in a threat'),
  // "Would love to see Jenkins hanging from a lamppost", "I'd pay good money to see that editor beaten to a pulp"
  threat(`@see_harm ${DET} ${VICTIM}{1,3} hanging|swinging|hang|burn|burning|die|dying|bleed|bleeding|@violent_participle`, 'wishing someone harm'),
  // "That newsroom deserves a pipe bomb through the letterbox"
  threat(`@place @deserves_attack`, 'threat against a place'),
  // "One phone call and your office goes up in flames", "Keep printing this and your building will burn"
  threat(`your|ur|yer @place @place_destroyed`, 'threat against a place'),
  // "Hope the MP's car gets blown up with her in it"
  threat(`@wish _{0,5} @destroyed _{0,4} with @third_person|@second_person in|inside|still`, 'wishing someone harm'),
  // "Keep writing lies and you'll end up in a ditch", "Publish one more word and you'll regret being born"
  threat(`you|u|ya _{0,3} @menace_outcome`, 'threat'),
  // "Someone should teach that reporter a lesson she won't forget", "Someone ought to deal with Mr Okafor permanently"
  threat(`someone|somebody|@first_person_intent _{0,2} teach|taught|teaching ${DET} ${VICTIM}{1,3} a lesson`, 'call on others to harm someone'),
  threat(`teach ${DET} ${VICTIM}{1,3} a lesson _? @never_forget`, 'threat'),
  threat(`someone|somebody|@first_person_intent|@call_to_action _{0,2} @dispose_of ${DET} ${VICTIM}{1,3} @for_good`, 'call on others to harm someone'),
  // "I know which school your kids go to", "I've seen your car outside your house"
  threat(`i|we @adverb? know|found|ve|have _? @where_you_are`, 'threat'),
  threat(`i|we ve|have|been|m|am|are|re @watching_your`, 'threat'),
  // "Your family won't be safe if you publish this"
  threat(`your|ur @family_not_safe`, 'threat'),
  // "Find out where the reporter lives and give her a reason to be scared"
  threat(`@find_where ${DET} ${VICTIM}{1,3} lives|live|sleeps|works|parks`, 'invitation to go after someone'),
  // "Everyone go to the judge's house and show him what we think", "Let's all go round to Councillor Reid's house and sort him out"
  threat(`@go_to _{0,4} house|home|place|flat|doorstep|office|there|compound|door|gate|yard|farm|shop _{0,4} and|to sort|show|teach|deal|remind @third_person|@second_person`, 'invitation to go after someone'),
  // "Go down to the mosque on Friday and make sure they never come back"
  threat(`@place _{0,4} and _{1,4} @never_return`, 'call on others to harm someone'),
  // "I will find her and make her regret it", "I'll track you down and break you"
  threat(`${INTENT} @adverb* find|track|hunt ${DET} ${VICTIM}{1,3} down? and @adverb? @menace_verb`, 'stated intention to harm someone'),
  threat(`@singular_intent @adverb* make ${DET} ${VICTIM}{1,3} regret|suffer|bleed|scream|beg`, 'stated intention to harm someone'),
  // "I know where the reporter parks", "we know where that judge lives"
  threat(`i|we @adverb? know|found|ve|have _? where ${DET} ${VICTIM}{1,3} lives|live|parks|sleeps|works|drinks|eats|walks|jogs|drops`, 'threat'),
  // "Keep writing lies and your family will pay for it"
  threat(`keep|continue|carry _{1,6} and your|ur @family_member will|ll|are|re|is|s going? to? @family_harmed`, 'threat'),
  // "A pipe bomb at their headquarters would sort this out"
  threat(`a|one|some|another @weapon _{0,2} at|in|through|under|outside|on @possessive? _{0,2} @place _? would|will|could|should|might|d|ll sort|solve|fix|settle|teach|shut|wake|end|stop`, 'threat against a place'),
  // "Let's all meet at the mosque on Friday and burn it to the ground", "Smash every window of the synagogue"
  threat(`${CALL}|@go_to _{0,6} @place _{0,4} and @place_attack it|them|the|that|this|every|down|up|to|all|their`, 'threat against a place'),
  threat(`^@place_attack @possessive? _{0,3} @place`, 'threat against a place'),
  // "Everyone go to the hotel housing the asylum seekers tonight and drive them out"
  threat(`@place _{0,5} and @drive_out @third_person out|away|off`, 'invitation to go after someone'),
  threat(`@place _{0,5} and @drive_out @determiner? @target_group out|away|off`, 'invitation to go after someone'),
  // "That MP deserves a noose", "the columnist needs a good kicking", "somebody give that judge a bullet"
  threat(`${VICTIM}{1,3} @deserves a|an|the? good|proper|real|right? @harm_noun`, 'saying someone should be harmed'),
  threat(`${INTENT}|${CALL}|@modal_should give ${DET} ${VICTIM}{1,3} a|an|the good|proper|real? @harm_noun`, 'call on others to harm someone'),
  // "Hope someone gives Mrs Hollis at St Bede's a proper hiding"
  threat(`@wish|${CALL}|${INTENT} _{0,4} gives|give ${DET_MOD} @person_noun|@second_person|@role|@third_person|#Name _{0,5} a|an|the good|proper|real? @harm_noun`, 'wishing someone harm'),
  // "he's getting a brick to the head", "you'll catch a bottle in the face"
  threat(`@second_person|@third_person|#Name|@person_noun|@role s|is|are|re|ll|will|gonna _? getting|get|gets|catching|catch|taking|take a|an _? @weapon|@thrown_thing _? to|in|through|into|across|between the|his|her|your|their|ur @struck_part`, 'threat of bodily harm'),
  // "People like you end up floating in the canal"; "Councillor Grant won't see Christmas if he votes for it"
  threat(`@second_person|@person_noun|@role|#Name|he|she|him|her _{0,3} @menace_outcome _{0,3} if|unless`, 'threat'),
  // "The whole newsroom should be blown sky high"
  threat(`@place @modal_be @adverb* @place_destroyed_participle`, 'threat against a place'),
  // "A few rounds into the crowd at that rally would teach them" (not "police fired rounds into the crowd")
  threat(`!fired|fire|fires|firing|shot|shoots|pumped|emptied|sprayed @fire_into @determiner? crowd|crowds|@place|@target_group|@person_noun|@third_person`, 'weapon in a threat'),
  // "I hope the editor's kids get run over"
  threat(`@wish _{0,4} @family_member get|gets|got|are|is|will|would be|get? @violent_participle`, 'wishing someone harm'),
  // "We'll be outside your door at midnight"
  threat(`${INTENT} @adverb* be|come|turn|show|knocking|waiting|standing{1,2} up? outside|at|on|round|to your|ur door|doorstep|house|home|place|window|gate|flat`, 'threat'),
  // "Round up every one of the traitors and hang them in the square"
  threat(`^round|rounded|gather|grab|drag|collect up? _{0,5} and @violent_verb @third_person|@determiner`, 'call on others to harm someone'),
  // "Patriots, bring petrol to the asylum hotel on Saturday"
  threat(`bring|take|carry|grab @possessive? @weapon|torches|matches|bats|bricks|rocks|stones _{0,2} to|down|round @possessive? _{0,2} @place`, 'threat against a place'),
  // "we'll clear the camp ourselves, by force"
  threat(`${INTENT}|${CALL} @adverb* clear|empty|cleanse|purge|storm @determiner|@possessive? _? @place|streets _{0,3} by|with force|fire|bats|guns|fists`, 'threat against a place'),
  // "had better start checking under his car", "I'll break every bone in his body"
  threat(`@look_under @possessive|my car|cars|van|bonnet|truck|motor|ute|pickup|suv|vehicle|@car_make`, 'threat'),
  threat(`${INTENT}|${CALL} @adverb* break|snap|crack every|all|each bone|bones in`, 'threat of bodily harm'),
  // "I'm going to make sure that presenter never walks again"
  threat(`make sure ${DET} ${VICTIM}{1,3} _? never|wont|doesnt|cant|cannot|t _{0,2} walks|walk|breathes|breathe|wakes|wake|speaks|speak|sees|see again`, 'stated intention to harm someone'),
  // "That councillor would look good dangling from a rope" (not "was found hanging from a bridge")
  threat(`${VICTIM}{1,3} would|should|will|d|ought|deserves _{0,4} dangling|swinging|hanging from a|the|that|some rope|noose|tree|lamppost|lampposts|gallows|bridge|crane|rafters`, 'wishing someone harm'),
  // "Give me five minutes alone with that reporter and a baseball bat"
  threat(`minutes|mins|minute|moments|hour alone with _{1,4} and a|an|my|some @weapon|@thrown_thing`, 'threat of bodily harm'),
  // "The paper's offices would burn nicely"
  threat(`@place would|will|d|ll|should? burn|burns|go|goes nicely|beautifully|lovely|easily|well|quickly|brightly`, 'threat against a place'),
  // "Hope your daughter enjoys walking home alone tonight"
  threat(`your|ur @family_member enjoys|enjoy _{0,3} alone|unaccompanied`, 'threat'),
  // "Someone should do to the mayor what they did to Kennedy"
  threat(`${VICTIM}{1,3} what _{0,3} did|done|happened to @assassinated`, 'threat'),
  // "Time for real patriots to load up and visit the parliament"
  threat(`load|tool|arm|gear up and _{0,3} @place`, 'call on others to harm someone'),
  // "Go to the refugee centre and give them a welcome they won't forget"
  threat(`@target_group|@place _{0,4} and give @determiner? @third_person|@target_group a|an _? welcome|reception|visit|night|surprise _? @never_forget`, 'call on others to harm someone'),
  // "Someone ought to run that protester over with a truck"
  threat(`${INTENT}|${CALL} @adverb* run|mow|knock _{1,4} over|down with a|an|his|her|my|our|their|your|the car|truck|van|bus|lorry|tractor|suv|bulldozer`, 'call on others to harm someone'),
  // "If the councillor turns up on Saturday he'll be going home in an ambulance"
  threat(`if|unless _{1,6} _{0,6} ${VICTIM} _{0,3} @menace_outcome`, 'threat'),
  // "Mark my words, that judge will be found floating in the canal", "… will turn up dead before Christmas"
  threat(`@ominous _{0,6} ${VICTIM}{1,3} will|ll|d|would|gonna|is|s|are|re going? to? @found_dead`, 'threat'),
  threat(`${VICTIM}{1,3} will|ll|d|would|gonna|is|s|are|re going? to? @found_dead _{0,3} @ominous`, 'threat'),
  // "I've got a shotgun and a lot of patience, tell the planning officer that"; "a bullet with his name on it"
  threat(`i|we ve|have|got got? a|an|my|our|two|some|plenty @weapon _{0,6} _{0,2} tell|warn|remind|wait|waiting|outside`, 'weapon in a threat'),
  threat(`@weapon|bullet|bullets _{0,4} with ${OWNER} name|names on`, 'weapon in a threat'),
  // "Keep printing lies and your windows won't be the only thing that gets smashed"
  threat(`won|wont|will t|not? be the only thing|things|one|ones that|which|to? gets|get|getting|going? to? be? smashed|broken|burned|burnt|torched|bleeding|bashed`, 'threat'),
  // "That referee needs his legs broken"
  threat(`${VICTIM}{1,3} @deserves|@modal_should have|get? ${OWNER} @body_part|bones|kneecaps|knees broken|snapped|smashed|busted|bust|cracked|caved|kicked|cut`, 'saying someone should be harmed'),
  // "We should tie the editor to a chair and let him see what real fear is"
  threat(`${INTENT}|${CALL}|@modal_should @adverb* tie|strap|chain|tape ${DET} ${VICTIM}{1,3} to a|the chair|post|tree|lamppost|railings|stake|radiator|car`, 'call on others to harm someone'),
  threat(`let|show|teach|make ${DET} ${VICTIM}{1,3} see|know|learn|feel? what real|true fear|pain|terror|suffering`, 'threat'),
  // "Give me ten minutes in a dark alley with the chief constable"
  threat(`minutes|mins|minute|hour|moments|seconds alone? in a|an|the dark|back|locked? alley|alleyway|cell with`, 'threat of bodily harm'),
  threat(`minutes|mins|minute|hour|moments|seconds alone? in a|an|the dark|back|locked room with`, 'threat of bodily harm'),
  // "Bring petrol.", "Grab your bats lads, the travellers' camp is two miles away"
  threat(`^bring|grab|fetch|get|load @possessive? @arms_unambiguous`, 'call to arms'),
  threat(`^bring|grab|fetch|load @possessive? @weapon|@arms_unambiguous|bats _{0,6} _{0,2} @place|@target_group`, 'call to arms'),
  // "Hope someone runs that cyclist off the road"
  threat(`@wish|${CALL}|${INTENT} _{0,3} run|runs|drive|drives|knock|knocks ${DET} ${VICTIM}{1,3} off the|a|his|her|their road|bike|bridge|cliff`, 'wishing someone harm'),
  // "I'm going to shut her mouth for good"
  threat(`${INTENT}|${CALL} @adverb* shut|close ${OWNER}|@third_person|@second_person mouth|gob|mouths|up @for_good`, 'threat'),
  // "Time to pay the reporters a visit at home"
  threat(`${CALL}|${INTENT} _{0,2} pay ${DET} ${VICTIM}{1,3} a|an _{0,2} visit|visits`, 'invitation to go after someone'),
  // "Round up those protesters and throw them in the river"
  threat(`throw|chuck|toss|dump|hurl|drown|shove|push|sling|lob ${DET} ${VICTIM}{1,3} in|into|off the|a _? river|canal|sea|harbour|lake|ditch|bridge|cliff|roof|balcony|thames`, 'call on others to harm someone'),
  // "Let's flood her family's page with abuse"
  threat(`${CALL}|${INTENT}|everyone|everybody|all _? flood|bombard|spam|swamp|bury _{1,5} with abuse|threats|hate|insults|death|hatemail`, 'call to harass someone'),
  threat(`^flood|bombard|spam|swamp|bury _{1,5} with abuse|threats|hate|insults|death|hatemail`, 'call to harass someone'),
  // "someone will carry you out of that chamber"
  threat(`someone|somebody|they|we|i _{0,3} carry|stretcher @second_person out|off`, 'threat'),
  // "the day she sets foot here is the day she regrets being born"
  threat(`is the day @second_person|@third_person _? regrets|regret|dies|die|pays|pay|learns|learn|finds`, 'threat'),
  // "I wonder how brave this reporter would be with a broken nose"
  threat(`${VICTIM}{1,3} would|d|will|ll be|look|feel|sound _? with a|an|no broken|bloody|bloodied|smashed|busted|missing @body_part|leg|arm|teeth`, 'threat of bodily harm'),
  threat(`would|will ${DET} ${VICTIM}{1,3} be|look|feel|sound _? with a|an|no broken|bloody|bloodied|smashed|busted|missing @body_part|leg|arm|teeth`, 'threat of bodily harm'),
  // "We've all seen where the editor's kids wait for the school bus"
  threat(`seen|know|found|knows where _{0,4} @family_member _{0,2} wait|waits|live|lives|go|goes|park|parks|walk|walks|sleep|sleeps|play|plays|catch|catches|train|trains`, 'threat'),
  // "Bad things happen to people who write stories like this"
  threat(`accidents|bad _? happen|happens _? to people|those|anyone|journalists|reporters|writers|folk who|that write|writes|talk|talks|publish|publishes|snitch|snitches|grass|grasses|report|speak|meddle`, 'threat'),
  // "Some of us still remember how to make a petrol bomb"
  threat(`remember|know|knows|learned|learnt how to make|build a|an? bomb|petrol|pipe|molotov|molotovs|explosives|noose`, 'threat'),
  // "… and I won't be alone", said while waiting for someone
  threat(`waiting _{0,6} _{0,6} and i|we won|wont|will t|not? be alone`, 'threat'),
  // "One more article and the writer gets a visit from my lads"
  threat(`${VICTIM}{1,3} gets|get|getting|will|ll get? a|an _? visit from my|our|the lads|boys|mates|crew|firm|friends`, 'threat'),
  // "It would be a real shame if the journalist's house caught fire one night"
  threat(`@shame_if _{1,6} _{0,6} caught|catches|catch fire|burned|burnt|burns|exploded|blew`, 'threat'),
  threat(`@shame_if _{1,6} got|gets|had|has|went|goes _? hurt|injured|accident|missing`, 'threat'),
  // "Shame if it went up in flames with his family asleep inside"
  threat(`@shame_if _{1,6} @up_in_flames`, 'threat'),
  // "A rope, a tree and that judge. Job done."
  threat(`a|some rope|noose _{0,2} a|some tree|lamppost|lampost|beam _{0,2} ${VICTIM}{1,3}`, 'wishing someone harm'),
  // "Her tyres will be slashed by morning"
  threat(`${OWNER} tyres|tires|brakes|brake|windows|car|cars will|ll|are|is|re|s going? to? gonna? be? slashed|cut|smashed|torched|tampered|keyed`, 'threat'),
  // "Somebody find out which gym the columnist uses and wait for him there"
  threat(`find out which|what _{1,6} and wait|follow|visit|watch|confront for? @third_person|@second_person`, 'invitation to go after someone'),
  // "Anyone who sees a migrant on the high street tonight knows what to do"
  threat(`@target_group|@person_noun _{0,6} @knows_what_to_do`, 'call on others to harm someone'),
  // "Burn every copy of this rag and the office that printed it"
  threat(`^@place_attack _{0,6} and|or the|their|your|its @place`, 'threat against a place'),
  // "Go and smash the windows of every halal shop in town"
  threat(`${INTENT}|${CALL}|@modal_should @adverb* smash|brick|break|bricks every? the|their|your|his|her? windows|window|doors|door of|at|in _{0,3} @place`, 'threat against a place'),
  threat(`^smash|brick|break every? the|their? windows|window|doors|door of|at|in _{0,3} @place`, 'threat against a place'),
  // "Everyone should spit on that nurse"
  threat(`${INTENT}|${CALL}|@modal_should @adverb* spit|gob on|at ${DET} ${VICTIM}{1,3}`, 'call on others to harm someone'),
  // "That returning officer gets a bullet the moment the recount goes against us"
  threat(`${VICTIM}{1,3} gets|get|getting|ll|will|gonna get? a|an|the good|proper|real? bullet|bullets|noose|kicking|hiding|beating|battering|shoeing|flogging|machete|brick`, 'saying someone should be harmed'),
  // "Someone ought to throw acid in that newsreader's face"
  threat(`throw|chuck|splash|pour|fling|toss acid|bleach|petrol _{0,2} in|on|over|at|into _{0,3} face|faces|eyes`, 'threat of bodily harm'),
  threat(`throw|chuck|splash|pour|fling|toss acid|bleach on|over|at @second_person|@third_person`, 'threat of bodily harm'),
  // "I'm torching his shed with him locked inside it"
  threat(`@place_attack|torching|burning|firebombing _{0,4} with @second_person|@third_person locked|trapped|tied|still? inside|in`, 'threat of bodily harm'),
  // "we'll bury him in the bog out the back"
  threat(`bury|burying ${DET_MOD} ${VICTIM} in|under|beneath|behind the|a|his|her|their|my|our|your _{0,2} bog|ground|garden|woods|forest|field|concrete|foundations|yard|desert|sand|moors|peat|cellar|basement|shallow|park|patio|motorway`, 'threat of bodily harm'),
  // "… won't make it through another town hall if he votes for this, I'll personally make sure of it"
  threat(`won|wont|will|not|never _{0,2} make|survive|last|live _{0,6} _{0,6} @make_sure_of_it`, 'threat'),
  // "Whoever wrote this piece is going to die screaming"
  threat(`${VICTIM}|whoever _{0,6} going|gonna|will|ll|should|deserve|deserves|deserves to? die|bleed|burn|suffer screaming|slowly|painfully|horribly|agonisingly|agonizingly`, 'threat'),
  // "Would be a pity if she didn't come home one day"
  threat(`@shame_if _{1,6} @not_come_home`, 'threat'),
  // "I know which train the woman from planning catches home"
  threat(`i|we @adverb? know|found|ve|have _? @which_route ${DET_MOD} ${VICTIM}|woman|man|lady|bloke|guy|@third_person _{0,3} catches|catch|takes|take|drives|uses|goes|drinks|walks|parks|leaves|gets|jogs|runs|cycles`, 'threat'),
  // "hope the cop who tasered that lad gets his skull caved in"
  threat(`gets|get|getting|have|has his|her|your|ur skull|head|face|teeth|brains|jaw|nose|kneecaps|legs caved|kicked|smashed|bashed|stamped|knocked|punched|broken in|out|off`, 'threat of bodily harm'),
  // "Collector sahab better hire extra security"
  threat(`better hire|get|find|arrange|invest|buy in? extra|more|some|a|proper|good? security|bodyguards|bodyguard|protection|escort`, 'threat'),
  // "make them regret coming here", said of a place or a group
  threat(`@place|@target_group _{0,6} _{0,6} make @third_person|@second_person|@target_group regret|rue`, 'call on others to harm someone'),
  // "Everyone outside the new centre tonight with petrol"
  threat(`outside|at|to the|that|their|this _{0,3} @place _{0,3} with petrol|guns|weapons|bats|bricks|molotovs|machetes|crowbars|pitchforks|rifles|shotguns|knives`, 'call to arms'),
  // "Flood the journo's DMs until she deletes her account", "if we all pile on"
  threat(`flood|bombard|spam|swamp|blitz|hammer _{1,5} dms|dm|inbox|inboxes|mentions|socials|facebook|instagram|phone _{0,6} until|till|til @third_person|@second_person deletes|delete|quits|quit|cracks|crack|breaks|break|leaves|leave|shuts|shut`, 'call to harass someone'),
  threat(`flood|bombard|spam|swamp|blitz|hammer _{1,5} dms|dm|inbox|inboxes|mentions|socials|facebook|instagram|phone|switchboard _{0,6} until|till|til _{1,4} sacked|fired|sack|sacks|bin|bins|drop|drops`, 'call to harass someone'),
  threat(`we|everyone|everybody|yall|lads all? pile|piling on|onto _{0,2} her|him|them|the`, 'call to harass someone'),
  // "give those freaks a flogging they won't forget"
  threat(`give those|these|the|them|that|this _? freaks|scum|perverts|degenerates|animals|vermin|traitors|@target_group a|an|the good|proper|real? @harm_noun`, 'call on others to harm someone'),
  // "drive those people out of their houses"
  threat(`drive|burn|smoke|chase|hound|drag|beat @determiner? @target_group|@third_person|em @out_of_homes`, 'call on others to harm someone'),
  // "Drag that jury out and let them answer to the people", "pull them out one by one"
  threat(`drag|haul ${DET_MOD} ${VICTIM}|@third_person out|outside _{0,3} and`, 'call on others to harm someone'),
  threat(`@wish|${CALL} _{0,2} drags|drag ${DET_MOD} ${VICTIM}{1,3} out of`, 'wishing someone harm'),
  // "… and leaves her in a ditch"
  threat(`leaves|leave|leaving @third_person|@second_person in a|the ditch|gutter|skip|bog|canal|river|shallow`, 'threat'),
  // "I'm going to find out which school the councillor's daughter goes to"
  threat(`find|found|know|knows out? @which_school _{0,5} @family_member goes|go|attends|attend|plays|trains|train|is|are`, 'threat'),
  // "I'll be waiting at the court steps with something heavier than a placard"
  threat(`with something|summat heavier|sharper|harder|nastier|bigger than`, 'threat'),
  // "Dr Adeyemi better hope her clinic has good locks"
  threat(`better|d hope|pray|check _{0,6} good|strong|decent|working? locks|bodyguards|bodyguard|alarms`, 'threat'),
  // "Someone should pour petrol through the letterbox of that activist's flat"
  threat(`pour|pours|pouring|put|stick|shove|squirt|push|post _{0,2} petrol|gasoline|paraffin|accelerant|rag|rags|firework|fireworks through|into|under _{0,5} letterbox|door|window|letterboxes`, 'threat against a place'),
  // "They'll get what's coming"
  threat(`ll|will|gonna|shall|re|to get|getting|receive what|whats s|is? coming`, 'threat'),
  // "you won't have any fingers left to type with"
  threat(`won|wont|will t|not? have any|no? fingers|teeth|kneecaps|legs left`, 'threat of bodily harm'),
  threat(`have no fingers|teeth|kneecaps|legs left`, 'threat of bodily harm'),
  // "bring a first aid kit, cos she'll be needing one"
  threat(`kit|kits|ambulance|stretcher|surgeon|bodybag _{0,4} @third_person|@second_person ll|will|d @needing_one`, 'threat'),
  // held-back-466: "buy the Bains family a fire extinguisher, sounds like theyre going to need one soon"
  threat(`extinguisher|extinguishers|sprinkler|sprinklers _{0,4} theyre|they|youre|you|he|she re|s|are|is? going|gonna to? be? need|needing one|it`, 'threat against a place'),
  // "I'm taking a hammer to him"
  threat(`taking|take a|an|my|the @weapon|hammer|bat|axe|crowbar|blade|machete to @third_person|@second_person|${VICTIM}|his|her|your`, 'threat of bodily harm'),
  // "the prosecutor is going to wake up one morning with her tyres slashed"
  threat(`going|gonna|will|ll|d to? wake|wakes|waking up _{0,4} with|to _{0,2} tyres|tires|windows|car|brakes|dog|cat|pet|house slashed|smashed|gone|missing|dead|cut|torched|poisoned|burned|burnt`, 'threat'),
  threat(`it won|wont|will t|not? be the|an|a battery|accident|coincidence`, 'threat'),
  // "lets smoke the lot of them out of there", "chase these foreigners out of Durban"
  threat(`smoke|burn|flush|chase|hound the|whole lot|rest of? them|em? out`, 'call on others to harm someone'),
  threat(`${CALL}|${INTENT}|and|re|are _{0,2} smoke|smoking|burn|burning|flush|flushing|chase|chasing|hound|hounding them|em|those|these|the|every _{0,3} out`, 'call on others to harm someone'),
  threat(`smoke|burn|chase|hound|drag|beat @determiner? @target_group|@third_person|em out of|from #Cap`, 'call on others to harm someone'),
  // "Go round, batter the door in and sort him out"
  threat(`batter|kick|smash|break|bust|boot the|his|her|their|your front? door|doors in|down and sort|drag|do|teach|deal|show|get|give`, 'call on others to harm someone'),
  // "sipping your dinner through a straw", "she won't be driving home in one piece", "if it wasn't in one piece come Monday"
  threat(`sipping|eating|drinking|sucking|having ${OWNER} _? dinner|food|meals|tea|breakfast _{0,2} through|thru a straw`, 'threat of bodily harm'),
  threat(`won|wont|will|not|never _{0,4} home|back|leave|leaving|walk|walking|drive|driving in one piece`, 'threat of bodily harm'),
  threat(`@shame_if _{1,6} wasn|isn|weren|wasnt|isnt|not t? in one piece`, 'threat'),
  // "Bit of petrol through the letterbox" (not "petrol was poured through the letterbox of a house in …")
  threat(`!poured|was|were|been|had|pour petrol|gasoline|paraffin|accelerant|diesel through|into the|their|his|her|your|a letterbox|letterboxes`, 'threat against a place'),
  // "they'll be carried out", "hope he enjoys his last summer at the cottage"
  threat(`@third_person|@second_person|someone|somebody ll|will|s|is|re|are going? to? be carried|stretchered out|off`, 'threat'),
  threat(`enjoy|enjoys|enjoying ${OWNER} last christmas|summer|birthday|easter`, 'threat'),
  // "we'll know exactly where to find him", "Real easy to follow a minivan home"
  threat(`i|we ll|will|d|already|do|now? know exactly? where to find him|her|you|them`, 'threat'),
  threat(`easy|easily|could|can|gonna|will|ll to? follow|tail _{0,3} home`, 'threat'),
  threat(`your|ur shift _{0,6} finishes|ends|starts at|around|about`, 'threat'),
  // "I'll pop round for a proper chat, just me and the cricket bat"; "a shotgun in the truck and nothing left to lose"
  threat(`pop|come|nip|go round _{0,6} _{0,4} bat|bats|crowbar|machete|knife|knives|shotgun|gun|axe`, 'threat'),
  threat(`@weapon _{0,6} nothing|nothin left to lose`, 'threat'),
  // "block em, rough em up, whatever works"
  threat(`rough|duff @third_person|em up`, 'call on others to harm someone'),
  threat(`@make_sure _{0,3} gone _{0,4} @by_any_means`, 'call on others to harm someone'),
  threat(`getting|get|drive|force|run|chase|smoke _{0,4} out _{0,2} @by_any_means`, 'call on others to harm someone'),
  // "a can of diesel could sort it tonight"
  threat(`can|jerrycan of petrol|diesel|fuel _{0,4} sort|tonight|burn|torch`, 'threat against a place'),
  // "don't be gentle with em"
  threat(`don|dont|do t|not? be gentle with em|them|him|her`, 'call on others to harm someone'),
  // Veiled threats in any order: a menacing modality, a person and a harm cue in one sentence ("I'll be
  // paying your office a visit with a hurley", "hope the coach gets his kneecaps sorted with a cricket bat")
  ...[
    [MENACE, TARGET, HARM],
    [MENACE, HARM, TARGET],
    [TARGET, MENACE, HARM],
    [TARGET, HARM, MENACE],
    [HARM, MENACE, TARGET],
    [HARM, TARGET, MENACE],
  ].map((parts) => threat(parts.join(' _{0,6} '), 'veiled threat')),
  // Generalisations after held-back-13 and -14 (veiled threats, calls to arms)
  threat(`putting|put|puts|throw|throwing|chuck|chucking|lob @third_person|@second_person|${VICTIM} @through_window`, 'threat of bodily harm'),
  threat(`@wish _{0,6} @up_in_flames`, 'threat against a place'),
  threat(`ain|won|wont|not|isn t? hitting|hit|touching|touch the brakes for`, 'threat'),
  threat(`see if _{0,3} @still_standing`, 'threat'),
  threat(`@lets_see_how well|long|safe|brave|tough|smug|cocky|hard ${DET} ${VICTIM}{1,3} sleeps|sleep|lasts|last|feels|feel|is|s|are|looks`, 'threat'),
  threat(`know|knows|knowing|ken|knaa where your|ur|his|her @family_member|mother|mum|mam|ma|maw s? house|home|place|school|flat|lives|live`, 'threat'),
  threat(`acid|petrol is|s very|so|dead? cheap|easy`, 'threat'),
  threat(`how quick|quickly|fast|easily _{0,2} @catches_fire`, 'threat against a place'),
  threat(`better @another_way_out`, 'threat'),
  threat(`won|wont|will t|not? be @walking_to_car`, 'threat'),
  threat(`@something_to_think_about`, 'threat'),
  threat(`i|we|ah know|ken|knaa|knows fine|exactly|full? well? @where_you_go`, 'threat'),
  threat(`keep _{0,3} @eye_on_his @family_member _{0,4} walk|way to|home|school`, 'threat'),
  threat(`careful _{0,2} @things_happen`, 'threat'),
  threat(`know|knowing|got|have _{0,2} @your_details`, 'threat'),
  threat(`standing|stand over his|her|your bed|grave|body`, 'threat'),
  threat(`read|reading|write|writing|plan|planning|arrange|arranging|attend|attending your|his|her own obituary|funeral|eulogy|obit`, 'threat'),
  threat(`broken legs|bones|arms|necks happen|happens`, 'threat'),
  threat(`@weapon|rifle|gun|guns|shotgun|knife _{0,2} @oiled_ready`, 'weapon in a threat'),
  threat(`emptied|cleared|torched|burned|burnt|smashed _{0,4} @by_any_means`, 'call on others to harm someone'),
  threat(`torch|burn|firebomb|smash @whats_left`, 'threat against a place'),
  threat(`bring|grab|fetch petrol|bricks|molotovs|machetes|crowbars|weapons`, 'call to arms'),
  threat(`@stop_all_of_us`, 'call on others to harm someone'),
  threat(`brick|bricks through every|their|his|her|its|the window|windows`, 'threat against a place'),
  threat(`drag|dragged|dragging _{1,4} out by his|her|their beard|hair|collar|neck|ears`, 'call on others to harm someone'),
  threat(`^@drive_them_out`, 'call on others to harm someone'),
  threat(`drive|chase|run|force|burn|smoke|hound ${DET} @target_group off|out|away`, 'call on others to harm someone'),
  threat(`@place _{0,6} show them|em _? they|theyre re? not|aren _? welcome|wanted`, 'call on others to harm someone'),
  threat(`herd|round|rounded ${DET} @target_group|them|em up like cattle|animals|sheep|livestock`, 'call on others to harm someone'),
  threat(`or face the consequences`, 'threat'),
  // after held-back-19
  threat(`enjoy|enjoys _{0,6} while @third_person|@second_person|they still can`, 'threat'),
  threat(`putting|put ${DET} ${VICTIM} in the hedge|ditch|ground|river|canal`, 'threat of bodily harm'),
  threat(`hunt|track ${DET} _? ${VICTIM} down`, 'call on others to harm someone'),
  threat(`and torch|firebomb it|them`, 'threat against a place'),
  threat(`@wish _{0,6} _{0,6} kicked|beaten|stamped|battered until|till _{1,4} never|can|cannot|can t walk|breathe|see|talk`, 'wishing someone harm'),
  threat(`@place _{0,6} @with_whatever _{0,4} got|have|find in the? shed|garage|van`, 'call to arms'),
  threat(`@shame_if _{1,6} something nasty|poison|antifreeze`, 'threat'),
  threat(`@shame_if _{1,6} acid|bleach|brick|sugar|poison|brakes|tyres|tires|wheels|steering`, 'threat'),
  threat(`${CALL}|${INTENT}|@modal_should @adverb* set fire to|light|torch @possessive? _{0,4} @place`, 'threat against a place'),
  threat(`paying|pay a visit to his|her|your|their`, 'invitation to go after someone'),
  threat(`won|wont|will t|not? be bringing flowers`, 'threat'),
  threat(`bullet|shot|bomb|car missed him|her|them`, 'wishing someone harm'),
  threat(`@make_sure _{0,4} nobody|none _{0,4} in one piece`, 'call on others to harm someone'),
  // after held-back-18
  threat(`acid thrown? in|on|at|to|into the|her|his|your|their face|eyes`, 'threat of bodily harm'),
  threat(`${VICTIM}{1,3} who|that _{1,6} is|s|are|will|ll going? to? @found_dead`, 'threat'),
  threat(`show them|em what happens to`, 'threat'),
  threat(`can|could|will|ll|let|lets s? burn|torch|smoke it|them|em out|down`, 'threat against a place'),
  threat(`drag|dragged @third_person|em out into the street|road`, 'call on others to harm someone'),
  threat(`find _{1,6} and make @third_person pay|suffer|regret`, 'call on others to harm someone'),
  threat(`hunt|track _{0,3} them|em down`, 'call on others to harm someone'),
  threat(`sink|scuttle|torpedo the|their|those boats|boat|dinghies`, 'call on others to harm someone'),
  threat(`nobody|noone can|could stand you|u`, 'call to harass someone'),
  threat(`no one can|could stand you|u`, 'call to harass someone'),
  // after held-back-17
  threat(`have|get them|em moved|gone|shifted out? by|before`, 'call on others to harm someone'),
  threat(`no peace till|until|til`, 'call to harass someone'),
  threat(`hard to find _{0,2} neither are|is you|he|she`, 'threat'),
  threat(`next|whoever|anyone _{1,6} _{0,2} getting|gets|get a visit`, 'threat'),
  threat(`@shame_if _{1,6} ate|eats something`, 'threat'),
  threat(`pull|pulling the trigger myself|personally|gladly|happily`, 'threat'),
  threat(`every hour|day _{0,4} until|till he|she|they resign|resigns|quits|quit|steps`, 'call to harass someone'),
  threat(`tell|warn your @family_member _{0,2} careful|watch`, 'threat'),
  threat(`one|a|single petrol bomb|molotov|brick and`, 'threat against a place'),
  // after held-back-15 and -16
  threat(`i|id|we d|would @adverb? @violent_verb @third_person|${DET_MOD} ${VICTIM} myself|personally|ourselves`, 'stated intention to harm someone'),
  threat(`${VICTIM}|any|anyone|whoever who|that _{1,6} @is_dead`, 'threat'),
  threat(`whoever _{1,6} @is_dead`, 'threat'),
  threat(`ll|will|gonna be? leaving|leave|going home _{0,2} on|in a|an stretcher|ambulance|bodybag`, 'threat'),
  threat(`keep _{1,4} @see_what_happens`, 'threat'),
  threat(`hand|handing|handed|dish|dishing|dished|deliver|delivering out? our own justice|sentence|punishment`, 'threat'),
  threat(`i|ill|ll shoot|stab|swing first`, 'threat'),
  threat(`burn|torch|raze @to_the_ground`, 'threat against a place'),
  threat(`turn|show|go up|down with hammers|crowbars|bats|bricks|petrol|lighters|machetes|weapons`, 'call to arms'),
  threat(`lamppost|lampost|tree _{0,6} right|perfect height`, 'call on others to harm someone'),
  threat(`lamppost|lampost|tree _{0,6} tall|high enough`, 'call on others to harm someone'),
  threat(`through|smash|break every pane|window`, 'threat against a place'),
  threat(`block _{1,4} street|road at both ends`, 'call to harass someone'),
  threat(`${CALL}|${INTENT}|@wish|then|and _{0,3} @torch_his_car`, 'threat against a place'),
  threat(`^hunt|track down ${DET} _? kid|boy|girl|man|woman|lad|bloke|${VICTIM}`, 'call on others to harm someone'),
  threat(`make sure @third_person can|cannot|can t? show his|her|their face`, 'call to harass someone'),
  threat(`clear|shift|move|run|drive them|em off|out _{0,3} ourselves|yourselves`, 'call on others to harm someone'),
  threat(`@place _{0,6} @modal_be @adverb* @place_destroyed_participle|burnt|burned|torched|smashed`, 'threat against a place'),
  threat(`driver|anyone|whoever _{0,3} plows|ploughs|drives|runs right? through|over them|em|protesters|the`, 'call on others to harm someone'),
  threat(`pay ${DET} @place _{0,4} a visit`, 'invitation to go after someone'),
  threat(`emptied|looted|smashed and torched|burned|burnt`, 'call on others to harm someone'),
  threat(`@settle_it_ourselves`, 'call on others to harm someone'),
  threat(`@with_lighters _{0,2} could|can|would sort|fix`, 'call on others to harm someone'),
  threat(`tyre|tire round|around his|her|their neck`, 'call on others to harm someone'),
  threat(`@mates_and_bats`, 'call to arms'),
  threat(`won|wont t? go|leave quietly _{0,4} hard way`, 'call on others to harm someone'),
  threat(`hound|harass|badger ${DET} _? ${VICTIM}|@third_person every single? day|until|till`, 'call to harass someone'),
  threat(`reply|replying|be|follow|following _{0,4} @every_comment_you`, 'call to harass someone'),
  // "One more lying headline and you'll find out what happens"
  threat(`@one_more _{1,5} and you|u|ya|he|she|they ll|will|re|are|d|gonna _{0,3} find|see|regret|learn|wish|know`, 'threat'),
  // "… waiting at the players' entrance with bats", "Baseball bats at the gate, 6am Sunday"
  threat(`waiting|wait|waits _{0,6} with bats|knives|machetes|crowbars|guns|weapons|pitchforks|petrol|bricks|blades`, 'threat'),
  threat(`bats|machetes|pitchforks|crowbars|knives at|outside the|their|his|her _? gate|gates|door|house|office|camp|site|entrance|home`, 'call to arms'),
  // "Tonight his greenhouse goes up in flames"
  threat(`tonight|tomorrow|soon|next _{0,4} @up_in_flames`, 'threat against a place'),
  // "That MP will be dead before the next election if I have anything to do with it"
  threat(`${VICTIM}{1,3} will|ll|is|s|gonna be dead|deid|buried|hospitalised|hospitalized _{0,6} if|by|before|unless|count|mark`, 'threat'),
  // "Governor Mwangi will not see December. We are coming for him and his whole family"
  threat(`${VICTIM}{1,3} will|won|wont|ll|is|s not|t? live|last? to? see|reach next|another|this? christmas|easter|december|january|february|march|april|june|july|august|september|october|november|summer|spring|autumn|winter|weekend|birthday`, 'threat'),
  threat(`coming for him|her|them|you and @possessive? @family_member|his|her|your|their`, 'threat'),
  // "acid does not wash off easily", "Plenty of us have long memories and longer blades"
  threat(`acid|bleach does|doesn|do|don not|t wash|come off|out`, 'threat'),
  threat(`memories and longer|sharper|bigger blades|knives`, 'threat'),
  threat(`memories and plenty|lots|enough of? rope|rifles|guns|ammo|petrol`, 'threat'),
  // "he'll be needing new teeth", "his wee blue Corsa looks awful flammable"
  threat(`@third_person|@second_person ll|will|d @needing_repair`, 'threat of bodily harm'),
  threat(`his|her|your|ur|their _{0,4} looks|look|looking _{0,2} flammable|combustible`, 'threat against a place'),
  // "put every window in", "until it's rubble"
  threat(`@windows_in`, 'threat against a place'),
  threat(`until|till|til it|they|its s|is|are|re? rubble|ashes|flattened|torched`, 'threat against a place'),
  // "Don't be shy with your fists"
  threat(`be shy|gentle|afraid _{0,2} your|ur|yer|the fists|boots|bats|knives|blades`, 'call on others to harm someone'),
  // "make sure neither of them gets a moment's peace"
  threat(`make sure|ensure _{0,5} gets|get|has|have|a|no moment|minute|second s? peace|rest`, 'call to harass someone'),
  // "Make that journalist's life hell until she quits"
  threat(`^make ${DET_MOD} ${VICTIM}|@third_person|@second_person|his|your|their s? life|lives so|a? _? hell|misery|miserable|unbearable`, 'call to harass someone'),
  threat(`${CALL}|${INTENT} _{0,2} make ${DET_MOD} ${VICTIM}|@third_person|@second_person|his|your|their s? life|lives so|a? hell|misery|miserable|unbearable`, 'call to harass someone'),
  // "… make it so she can't leave the house"
  threat(`so|until|till @third_person|@second_person can|daren|dare|cannot t|not? leave the|her|his|their|your house|home|flat`, 'call to harass someone'),
  threat(`until|till|til @third_person|@second_person deletes|delete|deactivates|deactivate|quits|quit ${OWNER}|the account|accounts|twitter|profile|page|socials`, 'call to harass someone'),
  threat(`pile|piling on|onto _{0,3} till|until|til`, 'call to harass someone'),
  threat(`@dont_stop till|until|til _{1,6} bins|sacks|sacked|fired|quits|deletes|resigns|wipes`, 'call to harass someone'),
  threat(`@make_sure _{0,3} nobody|none _{0,3} feels|feel safe`, 'call on others to harm someone'),
  threat(`petrol|diesel|lighters and clear|burn|torch|sort it|them|the|em`, 'call to arms'),
  threat(`be a|in pile|piles|heap of ash|ashes`, 'threat against a place'),
  threat(`better watch himself|herself|yourself|themselves _{0,6} know`, 'threat'),
  // "String the paedo up from the nearest tree"
  threat(`string|strings ${DET} pair|both|lot|paedo|paedos|pedo|pedos|nonce|nonces|traitor|traitors|rapist|rapists|scum|@person_noun|@third_person|@target_group up`, 'call on others to harm someone'),
  threat(`hang ${DET} paedo|paedos|pedo|pedos|nonce|nonces|traitor|traitors|rapist|rapists|@person_noun|@third_person up from|on`, 'call on others to harm someone'),
  // "Be there with whatever you've got and make them regret coming here"; "with whatever they can carry"
  threat(`@with_whatever _{0,4} and make @third_person|@second_person regret|pay|suffer`, 'call on others to harm someone'),
  threat(`@place _{0,6} @with_whatever _{0,2} can|could carry|lift|swing|throw|find`, 'call to arms'),
  threat(`drag|pull|haul ${DET_MOD} @target_group|${VICTIM}|em out one by one`, 'call on others to harm someone'),
  // "put a brick through its window"
  threat(`put|throw|chuck|lob|hurl|send a|another brick|bricks|rock|rocks|stone|stones|bottle|petrol through|thru|at _{0,2} window|windows|windscreen|door|letterbox`, 'threat against a place'),
  // Generalisations after held-back-21 and -22 (veiled threats, vigilantes, arson)
  // "be a real pity if the kid copped one he didn't see coming", "shame if he had a nasty fall on them stairs"
  threat(`@shame_if _{0,6} _{0,4} @mishap`, 'threat'),
  // "It'd be a real pity if someone found out where the hotel manager lived"
  threat(`@shame_if _{0,4} found|find|finds out where _{0,4} live|lives|lived|living|works|work|worked|sleeps|parks|stays`, 'threat'),
  // "a few lads waitin on ye after last orders", "plenty of lads in Ballykeel waiting to give him a welcome home"
  threat(`few|plenty|some|couple|bunch|load|loads|gang|lot of? lads|boys|mates|us _{0,3} @waiting_on @second_person|@third_person|ye|yous|#Name|@role`, 'threat'),
  // "stop digging or you'll end up in a hole nobody pulls you out of", "people like you end up face down in the canal"
  threat(`you|ya|u|ye|youll|ull|yull|ll _{0,2} end|ends up @ended_up`, 'threat'),
  threat(`like you|u|ye|yourself|yerself _{0,4} end|ends|tend|tends up? to? end? up @ended_up`, 'threat'),
  // "let the town deal with him the old-fashioned way", "we'll do what the courts won't"
  threat(`deal|dealt|sort|sorted|handle|settle|settled _{0,3} with? him|her|them|em|this|that|the|those _{0,3} @old_way`, 'call on others to harm someone'),
  threat(`settle|settled it _{0,3} @old_way`, 'call on others to harm someone'),
  threat(`@what_police_wont`, 'call on others to harm someone'),
  // "hes gonna get what dean got times ten", "might do a bit more than watch", "are getting a visit. no names but they know who they are"
  threat(`gonna|going|will|ll|should|shall to? get|getting what _ got|had !for|from|at|in|on|when|last|off|a|an|the|as|and|but|is|was|which|so|too|back|out|up|with|it|this|that`, 'threat'),
  threat(`do|doing a bit|lot|little|something more than watch|watching`, 'veiled threat'),
  acrossSentences(threat(`getting|get|due|paid|pay|receiving a visit|visits ${NEARBY} know who they|you are|r`, 'veiled threat')),
  // "He'd better hope the trophy's the only thing that gets smashed this year", "her house burns same as anyone's"
  threat(`hope|hoping _{0,6} the only thing|one that|which|to gets|get|getting smashed|broken|burnt|burned|torched|hurt|damaged|kicked|bricked`, 'veiled threat'),
  threat(`house|home|shop|car|flat|van|caravan burns|burn same|just as|like anyone|anybody|everyone|any`, 'veiled threat'),
  // "the ambulance ride after I've finished with her will be shorter"
  threat(`ambulance|hospital|stretcher|hearse _{0,6} _{0,6} @done_with_person`, 'threat'),
  threat(`@done_with_person _{0,6} _{0,6} ambulance|hospital|stretcher|hearse`, 'threat'),
  // "Stone them. It's what they'd do to us." (not stoning cherries: "stone them and halve them")
  threat(`^stone|lynch them|em|him|her all? !and|then|first|before|carefully|halve|chop|slice|with`, 'call on others to harm someone'),
  // doing time for someone: "id happily do 20 yrs for that woman. worth every day", "I'd do life for him"
  threat(`d|would|happily|gladly|willingly do|serve time|life|porridge for him|her|them|#Name`, 'threat'),
  threat(`d|would|happily|gladly|willingly do|serve time|life|porridge for that|this woman|man|bloke|lad|fella|guy|girl|lot|scum|idiot|creep|nonce`, 'threat'),
  threat(`happily|gladly|willingly do|serve #Num years|yrs|year for him|her|them|#Name`, 'threat'),
  threat(`happily|gladly|willingly do|serve #Num years|yrs|year for that|this woman|man|bloke|lad|fella|guy|girl|lot|scum|idiot|creep|nonce`, 'threat'),
  // "Dads of Lincoln need to stop moaning online and actually hurt somebody for once"
  threat(`need|needs|ought|gotta|got _{0,6} actually|finally|properly hurt|batter|thump|stab|glass someone|somebody`, 'call on others to harm someone'),
  // "someone needs to put a match to that hotel"
  threat(`put|set|take|took|hold|held @match_to @determiner* _? @arson_target`, 'threat against a place'),
  threat(`put a torch to @determiner* _? @arson_target`, 'threat against a place'),
  // "we knaa which club ye drink in", "we all know which house on Bracken Lane he's in", "I know which block of flats your profile picture was taken outside"
  // imperatives to drive out, pelt or harass: "Run the whole family out of Hollinwood", "Pelt the coach when …", "Key the cars"
  threat(`^run|drive|chase|hound|burn|smoke|force @determiner* _? whole|entire? family|families|lot|them|em|him|her|@target_group|@person_noun|@role|#Name{1,2} out|back out? of|over|across #Cap|the|this|our|town|here`, 'call on others to harm someone'),
  threat(`^pelt|egg|brick|stone|bottle @determiner* _{0,2} when|as|if|with|on|at|outside`, 'call on others to harm someone'),
  threat(`^key|scratch|slash|torch|smash @determiner|@possessive car|cars|van|vans|motor|windows|tyres|tires|@car_make`, 'call on others to harm someone'),
  // "everyone flood her council inbox tonight and tell her exactly what you'd like done to her"
  threat(`flood|bombard|spam|swamp|blitz _{1,4} inbox|inboxes|dms|mentions|socials|phone|email _{0,6} what _{0,4} done to|with @third_person|@second_person`, 'call to harass someone'),
  // "Time we all paid them a visit", "me and a few mates will be paying the Ashworth family a visit"
  threat(`time|ll|will|gonna|should|lets|need _{0,3} paid|pay|paying them|him|her a|an little|proper|friendly|late|night? visit`, 'invitation to go after someone'),
  threat(`time|ll|will|gonna|should|lets|need _{0,3} paid|pay|paying the _{0,2} family|lot|lads|bloke|fella|pair|brothers|household a|an little|proper|friendly|late|night? visit`, 'invitation to go after someone'),
  // An ominous remark with someone pointed at nearby, in the same or a neighbouring sentence ("Judge Halvorsen oughta know
  // folks in this county remember faces", "Journalists have had accidents before in this city. Your scooter is very recognisable")
  acrossSentences(threat(`${TARGET} ${NEARBY} @ominous_remark`, 'veiled threat')),
  acrossSentences(threat(`@ominous_remark ${NEARBY} ${TARGET}`, 'veiled threat')),
  acrossSentences(threat(`${TARGET} ${NEARBY} here|yer|ours|lads|boys|folk|folks|lot|we|estate|town|parts|people _{0,3} have|got|has|ve a? long memories|memory`, 'veiled threat')),
  threat(`works|working @work_shift on|at|in _{0,6} finishes|leaves|clocks|off`, 'where someone can be found'),
  // "the journo who wrote this hit piece ends up with a very sore face before Christmas"
  threat(`@role|#Name|he|she|journo|hack|reporter|columnist _{0,6} ends|end up @ended_up`, 'threat'),
  // "Reckon the MP would look grand dangling off the Shannon bridge"
  threat(`${TARGET} _{0,6} look|looks _? dangling|hanging|swinging off|from @determiner? _{0,2} bridge|lamppost|lampost|tree|rope|crane|overpass|gallows|beam`, 'threat'),
  // "go round and drag him out"
  threat(`go|get|head round|over|down|in _{0,3} and? drag|pull|haul him|her|them|em out`, 'call on others to harm someone'),
  // "go drive those Somali shopkeepers out of Mayfair West", "chase out every Luo family"
  threat(`chase|drive|run|force|burn|smoke|hound|kick|boot those|these|the|every|all|any @group_adjective|@target_group _{0,2} out of|from`, 'call on others to harm someone'),
  threat(`chase|drive|run|force|burn|smoke|hound|kick|boot out every|all|the|those|these|any @group_adjective|@target_group`, 'call on others to harm someone'),
  // "Someone is going to shut her mouth permanently", "next time he sits on a road near me I'm reversing over him"
  threat(`shut|silence|quiet|quieten him|her|them|em|his|their mouth? up? for? permanently|forever|good`, 'threat'),
  threat(`reversing|reverse|reversed|drive|driving over him|her|them|em|you|ya`, 'threat'),
  threat(`drive|driving|plough|plow|ploughing|plowing straight? at|into|through them|him|her|em|protesters|marchers`, 'threat'),
  threat(`make|making you|him|her|them|em bleed`, 'threat'),
  threat(`run|drive|chase|smoke|burn|hound them|em out before|tonight|now|today|asap`, 'call on others to harm someone'),
  threat(`drag|dragging|pull|pulling|haul @determiner* _{0,2} out of his|her|their car|cars|cruiser|truck|trucks|van|vans|house|houses|home|homes|office|cab`, 'call on others to harm someone'),
  threat(`tonight _{0,3} with|bring gas|petrol|diesel|fuel|jerrycans|lighters|matches`, 'call on others to harm someone'),
  threat(`with|bring gas|petrol|diesel|fuel|jerrycans|lighters|matches _{0,3} tonight`, 'call on others to harm someone'),
  threat(`^call|phone|ring in a|another? bomb threat|threats|hoax`, 'call on others to harm someone'),
  threat(`^swat|mob @determiner? @role|@person_noun|#Name|him|her|them|em`, 'call on others to harm someone'),
  threat(`drag|dragging|pull|pulling|haul _{0,6} by the|her|his|their hair|braids|collar|throat|neck`, 'call on others to harm someone'),
  // "let it burn to the ground", "bring tyre and fuel", "smash everything inside", "Torch their stalls", "march them to the border yourselves"
  threat(`let|make|watch it|them|the|that|this _{0,2} burn|burns to the ground`, 'call on others to harm someone'),
  threat(`bring|get|grab tyre|tyres|tires|tire and? fuel|petrol|paraffin|diesel`, 'call on others to harm someone'),
  threat(`smash|wreck|trash|loot everything|all inside`, 'call on others to harm someone'),
  threat(`^torch|burn|firebomb @possessive|@determiner stalls|stall|shop|shops|house|houses|homes|home|church|mosque|temple|office|warehouse|farm|camp|tents|hostel|hotel`, 'call on others to harm someone'),
  threat(`march|drag|frogmarch them|em _{0,3} to the border`, 'call on others to harm someone'),
  threat(`rocks|bricks|stones|bottles|blocks through|at the|their|his|her caravans|caravan|windows|window|door|doors`, 'call on others to harm someone'),
  threat(`paid|pay|paying the _{0,3} @arson_target _{0,2} a|an little|proper|friendly|late|night? visit`, 'invitation to go after someone'),
  threat(`@make_sure _{0,3} don|doesn|won|wont|dont t? last the|a|another? week|night|month|weekend`, 'call on others to harm someone'),
  threat(`@by_any_means until|till they|he|she pack|packs|leave|leaves|go|goes|sell|sells|move|moves`, 'call to harass someone'),
  // "drive every last one of those traveller families out", "Ambush the minister's motorcade", "dragged out and taught a lesson"
  threat(`drive|chase|run|force|hound|burn|smoke|kick|boot @determiner* @group_adjective|@target_group @people_noun? out`, 'call on others to harm someone'),
  threat(`^ambush|firebomb|lynch @determiner|@possessive|him|her|them|em`, 'call on others to harm someone'),
  threat(`dragged|drag|pulled|pull|hauled|haul out and taught|teach|given|give a|some lesson|hiding|beating|kicking`, 'call on others to harm someone'),
  // "Kerr is in room 412"
  threat(`#Name|he|she|him|her|@role is|s|staying|stays|sleeping in room|rm #Num`, 'where someone can be found'),
  threat(`we|i|everyone|everybody|lads all? @know_which _? club|pub|house|flat|flats|estate|street|gym|office|block|stop|school|pew|church|mosque|temple|bar|cafe _{0,3} he|she|ye|you|u|him|her|they|their|his|your|ur|yer`, 'threat'),
  // Generalisations after held-back-31 and -32 (plainly worded and informally typed breaches)
  // "I hope someone runs the Premier over with a truck", "i hope the mp for bolton north gets hit by a bus"
  threat(`@wish someone|somebody|anyone|anybody|they _? runs|mows|guns|knocks ${DET_MOD} ${VICTIM}{1,3} over|down`, 'wishing someone harm'),
  threat(`@wish ${DET_MOD} ${VICTIM} of|for|from|in _{1,2} @adverb* @death_verb`, 'wishing someone harm'),
  // "I'm going to find out who moderates this page and put them in hospital"
  threat(`${INTENT}|${CALL} _{0,6} _{0,2} and put ${DET} ${VICTIM}{1,3} @grave_place`, 'threat of bodily harm'),
  // "next time i see that journo im breaking his jaw", "I'll be smashing your face in"
  threat(`@me_now @harm_verb_ing ${OWNER} @body_part`, 'stated intention to harm someone'),
  // "or id k1ll u myself"
  threat(`@me_would @adverb* @violent_verb ${DET_MOD} ${VICTIM_UNNAMED} myself|personally|ourselves`, 'stated intention to harm someone'),
  // "ur lucky i dont know where u live", "good job we don't know where he works"
  threat(`lucky|glad|thank|thankful|job|thing _{0,2} i|we don|dont|do|didn|didnt|can|cant t? not? know|find where you|u|ya|ye|he|she|they live|lives|work|works|stay|stays`, 'threat'),
  // "u wont see me comin"
  threat(`you|u|ya|ye won|wont|will|ll t? not|never? see|hear me|us coming|comin|comming`, 'threat'),
  // "someone needs to m.u.r.d.e.r priya nair for this article" (a name typed in lower case)
  threat(`${CALL}|${INTENT} @violent_verb _{1,2} for this|that|writing|saying|what`, 'call on others to harm someone'),
  // "toronto city hall is gonna go up in flames one of these nights, trust me"
  threat(`@arson_target _{0,6} @up_in_flames _{0,5} @ominous_when`, 'threat against a place'),
  // "attack the journalists on sight"
  threat(`attack|attacks|beat|hit|jump|stab|batter|kick|punch @determiner* _? ${VICTIM} on sight`, 'call on others to harm someone'),
  // calls to hound someone at work: "ring his boss til he gets sacked", "tell her boss she's a paedo", "let her manager know what you think of her"
  threat(`^@harass_verb @his_channel`, 'call to harass someone'),
  threat(`everyone|everybody|lads|guys|yall|all|lets|s|go|and|us @harass_verb @his_channel`, 'call to harass someone'),
  threat(`let|tell @his_boss know|about what|exactly|who|the you|kind|what|she|he|truth|really|did|said|thinks`, 'call to harass someone'),
  threat(`keep|keeping|ring|email|emailing|spam|spamming|message|messaging|call|calling|ringing|going|at|on _{0,3} til|till|until he|she|they gets|get|is|are sacked|fired|axed`, 'call to harass someone'),
  threat(`let|lets|s|we|everyone|together end|ruin|destroy his|her|their career|life|business today|now|tonight|together|forever`, 'call to harass someone'),
  // "Time to storm the council chambers and drag every last one of those traitors out"
  threat(`time|lets|s|should|need|must|gonna to? storm|raid _{1,4} and drag|haul|hang|string|lynch|beat|kill|shoot|torch|burn`, 'call on others to harm someone'),
  // "Somebody with nothing left to lose should pay the senator's rally a visit"
  threat(`someone|somebody|anyone|anybody|we|lads _{0,6} should|needs|need|ought|must to? pay|paid ${DET_MOD} @role|@person_noun|#Name _{0,4} a|an little|proper|late|night? visit`, 'invitation to go after someone'),
  // "The editor should lock his doors tonight"
  threat(`@role|#Name|@person_noun should|better|d|had|might|wants better|want? to? lock|bolt|barricade his|her doors|door|windows`, 'threat'),
  // "Some of us still own rifles and remember exactly what you did"
  threat(`own|have|keep|kept|got @weapon _{0,3} and? remember|know|forgotten|forget _? what|where you|u|he|she|they did|live|lives|done`, 'threat'),
  // "i know exactly which diner he eats at every sunday morning"
  threat(`i|we know|knows|found exactly|precisely? which|where _{1,2} he|she|they|you|u|ye eats|eat|drinks|drink|prays|pray|parks|park|sleeps|shops|trains`, 'where someone can be found'),
  // Generalisations after held-back-33 and -34
  // "Hope Marcus Reid snaps his ankle Saturday", "hope that winger kwame asante gets both legs snapped"
  threat(`@wish ${DET_MOD} ${VICTIM}{1,3} _{0,2} snaps|breaks|tears|busts|snap|break|tear|bust his|her|their|both @body_part|ankle|ankles|leg|knee|acl|arm|spine|hamstring`, 'wishing someone harm'),
  threat(`@wish ${DET_MOD} ${VICTIM}{1,3} _{0,2} gets|get|has|have both|his|her|their? @body_part|ankle|ankles|leg|knee|arm|arms|spine snapped|broken|broke|smashed|shattered|crushed|cut|chopped|blown`, 'wishing someone harm'),
  // "I'm going to wait outside the courthouse and smash the defendant's face in", "im slashing his throat"
  threat(`${INTENT}|${CALL}|@me_now _{0,6} _{0,6} smash|bash|cave|slit|stab|punch|kick|gouge|stomp|knife|slash|smashing|slashing|slitting|stabbing _{0,2} his|her|their|your|ur|s @struck_part`, 'threat of bodily harm'),
  // "The council offices in Durban are going to burn this Friday", "the clinic on elm st is going up in flames soon. u been warned"
  threat(`@arson_target _{0,6} @will_burn _{0,5} @ominous_when`, 'threat against a place'),
  threat(`@arson_target _{0,6} @will_burn this|tonight|tomorrow|soon|next|on|one`, 'threat against a place'),
  acrossSentences(threat(`@arson_target|burn|burnt|burned|burning|torch|torched|flames ${NEARBY} got|have|ve|bought the|some? petrol|gasoline|fuel|matches|lighter ready|already|in`, 'threat against a place')),
  // "Raid every Traveller camp in the county and smash up their caravans", "RAID THE HOSTEL ON DOCK ROAD TONIGHT. DRAG THEM OUT BY ANY MEANS NECESSARY"
  threat(`^raid|storm|attack|torch|burn|firebomb|smash @determiner|every|all _{0,2} @arson_target|camp|camps|site|sites|stalls|caravans`, 'call on others to harm someone'),
  threat(`^smash|wreck|trash|torch|burn|firebomb up? their|his|her caravans|caravan|homes|home|houses|house|cars|car|shops|shop|stalls|windows|van`, 'call on others to harm someone'),
  threat(`and|then|go|lets|s smash|wreck|trash|torch|burn|firebomb up? their|his|her caravans|caravan|homes|home|houses|house|cars|car|shops|shop|stalls|windows|van`, 'call on others to harm someone'),
  threat(`drag|pull|haul|get them|em|him|her out _{0,2} @by_any_means`, 'call on others to harm someone'),
  // "Mr Okafor the headteacher should watch his back on the walk home"
  threat(`@role|#Name|@person_noun|he|she _{0,4} should|better|d|had|ought|wants|want|might to? better? watch|mind his|her|their|your|ur back|step when|on|leaving|walking|after|going|coming|outside|round|near`, 'threat'),
  // "Flood headteacher Joanna Birch's inbox and phone until she resigns. Don't give her a minute's peace", "go swarm her insta and tell her to kill herself"
  threat(`flood|bombard|spam|swamp|blitz|swarm _{1,4} inbox|inboxes|dms|mentions|socials|phone|email|insta|instagram|twitter|facebook _{0,6} until|till|til|unless he|she|they|her|him|them`, 'call to harass someone'),
  threat(`don|dont|do|never t? not? give him|her|them|em a|one minute|moment|second|day|night s? peace`, 'call to harass someone'),
  threat(`tell|telling him|her|them|em to kill|hang|off|top himself|herself|themselves|themself|urself|yourself`, 'encouraging self-harm'),
  // "Hope someone puts a brick through her head"
  threat(`puts|put|throw|throws|chuck|chucks|lob|hurl|send|sends a|another|the brick|bricks|rock|rocks|stone|stones|bottle|bullet|bullets through|thru|into|at his|her|their|your|ur head|skull|face|brain|brains|eye`, 'threat of bodily harm'),
  // "do what needs doing to that family"; "Round him up and sort him out, the guards won't"; "If the courts won't deal with him, maybe the good people of Toowoomba should"
  threat(`@what_needs_doing_to ${DET} family|him|her|them|em|lot|nonce|paedo|bloke|fella|@role|@person_noun`, 'call on others to harm someone'),
  threat(`round|rounding him|her|them|em up and? sort|deal|do|teach|beat|hang|string|batter|kick`, 'call on others to harm someone'),
  threat(`if the @law_wont deal|do|sort|punish|handle _{0,6} _{0,6} people|lads|locals|town|community|we|us|public|residents _{0,3} should|will|must|ll|can|could`, 'call on others to harm someone'),
  // "i will end u"
  threat(`${INTENT} end you|u|ya|ye|him|her|them|em`, 'stated intention to harm someone'),
  // "that cop in the brisbane video needs a bullet in his head"
  threat(`${VICTIM} _{0,6} _? @deserves a|an|the? good|proper|real|right? @harm_noun`, 'saying someone should be harmed'),
  // "if u see any of them lot in ur area give them a proper beating"
  threat(`if you|u|ya|yall|anyone see|sees|spot|spots|catch|catches _{0,6} _{0,4} give them|em|him|her a|an|the proper|good|right|real? @harm_noun`, 'call on others to harm someone'),
  threat(`if you|u|ya|yall|anyone see|sees|spot|spots|catch|catches _{0,6} _{0,4} @violent_verb|batter|beat|smash|punch|kick|stab them|em|him|her`, 'call on others to harm someone'),
  // "ill be waiting outside the garda station for that garda dunne at shift change. he wont make it home"
  acrossSentences(threat(`waiting|wait|waitin _{0,6} ${NEARBY} he|she|they|you|u|ye @not_come_home`, 'threat')),
  // "that influencer … needs to be taken care of permanently if u know what i mean"
  threat(`him|her|them|em|@role|@person_noun|#Name|he|she _{0,6} _{0,3} taken|take|taking|dealt|deal|dealing care? of|with permanently`, 'threat'),
  // "if I caught her alone after the match"
  threat(`if|when|till|until|til|once i|we catch|caught|get|got|find|found @second_person|her|him|them|em alone`, 'threat'),
  // "Drag the accused out of the prison van and finish him off"
  threat(`drag|dragging|pull|pulling|haul _{0,6} _{0,2} and finish him|her|them|em off`, 'call on others to harm someone'),
  threat(`drag|dragging|pull|pulling|haul @determiner* _{0,2} out of the _? van|car|cell|truck|bus|court|courthouse`, 'call on others to harm someone'),
  // "hope senator reyes gets unalived on his drive home" (a name typed in lower case after the role)
  threat(`@wish ${DET_MOD} @role _{1,2} gets|get|got|is|are|ends? up? @violent_participle`, 'wishing someone harm'),
  threat(`@wish ${DET_MOD} @role _{1,2} @death_verb`, 'wishing someone harm'),
  // "Tendai Moyo will get stabbed outside the ground if he scores against us again"
  threat(`${VICTIM}{1,3} will|ll|is|s|gonna|going to? get|be @violent_participle _{0,6} if|unless|when|next|before`, 'threat'),
  // "time to torch the place", "grab a lighter and head to the mandir"
  threat(`time|lets|s|should|need|must|gonna to? torch|firebomb|petrol ${DET} place|@arson_target`, 'call on others to harm someone'),
  threat(`grab|bring|get|take a|an|your|some|the lighter|lighters|petrol|matches|torches|jerrycan|jerrycans and head|go|meet|come|walk to|down|over|round`, 'call on others to harm someone'),
  // Generalisations after held-back-35 and -36
  // "you'll be needing a new set of teeth by the weekend"
  threat(`you|u|ya|he|she|they ll|will|gonna|re|is|are be? needing|need a? new set? of? teeth|face|kneecaps|jaw|legs`, 'threat of bodily harm'),
  // "they'll be dragged out and kicked to bits when we come for them"
  threat(`be|get|gets|getting dragged|pulled|hauled out and kicked|beaten|battered|stamped|thrashed|kneecapped|stabbed|hanged|lynched`, 'threat of bodily harm'),
  threat(`when|once we|i come|coming for you|u|them|em|him|her`, 'threat'),
  // "Anyone going to the march on Saturday, bring bats"; "the protesters are meeting outside Parliament at 10. Bring bats"
  acrossSentences(threat(`march|protest|protesters|protestors|rally|demo|counter ${NEARBY} bring|grab|carry bats|bricks|knives|machetes|weapons|crowbars|hammers|clubs|bottles`, 'call on others to harm someone')),
  acrossSentences(threat(`bring|grab|carry bats|bricks|knives|machetes|weapons|crowbars|hammers|clubs|bottles ${NEARBY} protesters|protestors|march|rally|demo|counter|see|show`, 'call on others to harm someone')),
  // "Dig up everything on this journalist … Post it all here and make his life hell", "make her regret ever opening her mouth"
  threat(`^dig up? everything|dirt|anything _{0,2} on|about`, 'call to harass someone'),
  threat(`and|then make his|her|their|your s? life|lives _? hell|misery|miserable|unbearable`, 'call to harass someone'),
  threat(`make|making sure? him|her|them|em|you|u|they|he|she regret|regrets ever|opening|speaking|writing|posting|being|the|coming|getting`, 'call to harass someone'),
  threat(`^pile|piling on`, 'call to harass someone'),
  threat(`^spam him|her|them|em`, 'call to harass someone'),
  // "Nobody complains when the council gets rid of rats. Don't see why these boat arrivals should be any different"
  // "the councillors who approved this a visit at their homes"
  threat(`a|an _? visit at|to their|his|her homes|home|house|houses|door|doors`, 'invitation to go after someone'),
  // "make sure they leave in ambulances"
  threat(`leave|leaves|leaving|go|goes|carried|carted out? in an? ambulance|ambulances|bodybags|coffins|coffin`, 'threat of bodily harm'),
  // "If the police won't shift the Travellers … then it's up to us"
  threat(`if the @law_wont shift|move|remove|sort|punish|touch|evict _{0,6} _{0,6} @up_to_us`, 'call on others to harm someone'),
  // "sabotage the 5G mast on Beacon Hill"
  threat(`sabotage|torch|burn|topple the|a|that|those|every _{0,2} mast|masts|pylon|pylons|substation|substations`, 'call on others to harm someone'),
  // "the scientists inside can go up with it", "That synagogue in Prestwich has had it coming for years"
  threat(`inside _{0,3} go|goes|going|burn|burns up? with it`, 'threat against a place'),
  threat(`@arson_target _{0,6} has|s|have|had had? it coming`, 'threat against a place'),
  // "Fingers crossed the next one finishes him off"
  threat(`@wish _{0,4} finishes|finish him|her|them|em off`, 'wishing someone harm'),
  // "I hope Graham Pettifer, the water company boss, gets hit by a bus"
  threat(`@wish ${VICTIM}{1,3} the _{1,4} @death_verb`, 'wishing someone harm'),
  // "If I get near that embassy it won't be a window I put a brick through, it'll be his skull"
  threat(`brick|bricks|bottle|rock|stone through _{0,4} his|her|their|your skull|head|face`, 'threat of bodily harm'),
  // "Plenty of us know exactly what time prayers finish"
  threat(`know|knows exactly|precisely? what time _{0,3} finish|finishes|ends|end|leaves|leave|gets|closes|close`, 'where someone can be found'),
  // Generalisations after held-back-37 and -38
  // "he will not make it to his car alive", "the judge who blocked the ban won't live to see Christmas"
  threat(`won|wont|never|not t? make it to|home|back|out _{0,3} alive`, 'threat'),
  threat(`he|she|they|you|u|ya|@role|#Name won|wont|will|ll|never t? not? @live_to_see`, 'threat'),
  // "I'm pulling up on him after practice, and he ain't walking out"
  // "you won't walk out of there" (not "you will walk out of that hospital and smile again")
  threat(`he|she|they|you|u|ya ain|aint|won|wont t? walking|walk out|away|home`, 'threat'),
  threat(`he|she|they|you|u|ya will|ll not|never walking|walk out|away|home`, 'threat'),
  threat(`pulling|pullin|pull up on him|her|them|em|you|u|ya _{0,4} and|after|when|tonight|at`, 'threat'),
  // "Next time it won't be just spray paint on the doors", "… it'll be something that goes bang"
  threat(`next time it won|wont|will|ain t? not? be just? spray? paint|graffiti|eggs|words|letters`, 'threat against a place'),
  // "last warning for the lot of you at the leisure trust. next time its not words"
  threat(`next time _{0,3} not|no|never|wont|won t? be? just|only|more? words|talk|talking|letters|warnings !we|i|you|they|that|but|from|of|alone|just|will|won|wont|are|is`, 'threat'),
  threat(`something|summat that|which goes|go bang|boom`, 'threat against a place'),
  // "I've got a full gas can and nothing left to lose", "Few petrol cans through the back door"
  acrossSentences(threat(`@arson_target|burn|torch|flames ${NEARBY} got|have|ve|bought|brought|filled @fuel_in_hand`, 'threat against a place')),
  acrossSentences(threat(`got|have|ve|bought|brought|filled @fuel_in_hand ${NEARBY} @arson_target|print|write|publish`, 'threat against a place')),
  threat(`petrol|gas|gasoline|fuel cans|can|bomb|bombs|molotov|molotovs through|into|in|down the|their|his|her _? door|window|letterbox|windows`, 'threat against a place'),
  // "find you after Thursday's meeting and break both your legs"
  threat(`${INTENT}|${CALL}|@me_now _{0,6} _{0,6} break|breaking _{0,2} his|her|their|your|ur|s @struck_part`, 'threat of bodily harm'),
  // "Gonna shoot up First Baptist this Sunday", "Y'all been warned"
  threat(`shoot|shooting up ${DET} _{0,2} @arson_target|church|school|mall|club|precinct|concert|rally|meeting`, 'threat against a place'),
  threat(`gonna|going|will|ll|im|m to? shoot|shooting up #Cap`, 'threat against a place'),
  // "start shooting anybody crossing"
  threat(`start|begin|go shooting|killing|stabbing|hanging|lynching|gunning anybody|anyone|everybody|everyone|them|em|people|@target_group`, 'call on others to harm someone'),
  // "Somebody should swat that streamer from Akron", "Ain't nobody gonna dox the juror … Plenty of us want a word with her"
  threat(`${CALL}|${INTENT}|gonna|should swat|dox|doxx ${DET_MOD} ${VICTIM}|streamer|youtuber|him|her|them`, 'call to harass someone'),
  threat(`plenty|lots|few|some|couple of? us want|wanna|would|d like? a word with`, 'threat'),
  // "you'd hunt down those protesters", "go beat the hell out of the trans teacher", "The school board won't act, so we will"
  threat(`@modal_should|would|d|ll|will|gonna hunt|track down ${DET} _? ${VICTIM}`, 'call on others to harm someone'),
  threat(`${CALL}|${INTENT}|go|gonna|and _{0,3} beat|kick|knock|batter the hell|shit|crap|snot|living out of ${DET} _{0,2} @person_noun|@role|@target_group|@second_person|him|her`, 'call on others to harm someone'),
  threat(`@wont_act _{0,3} so|then we|i will|ll`, 'call on others to harm someone'),
  // "Everybody meet at the Planned Parenthood on Saturday with bricks"
  threat(`meet|gather|head|everybody|everyone|lads _{0,6} _{0,4} with bricks|petrol|weapons|machetes|crowbars|molotovs|pitchforks|torches|guns|rifles|knives`, 'call on others to harm someone'),
  // "Burn the precinct down … until we torch every station in this city"
  threat(`we|ll|will|gonna|lets|s|should torch|firebomb|burn every|all|the|their _? @arson_target`, 'call on others to harm someone'),
  // "The Clarion's offices on Dock Street want bricking", "Ye all know what a Molotov is", "nobody would be asking questions"
  threat(`want|wants|need|needs|needing bricking|torching|firebombing|burning !up|in|over|off`, 'threat against a place'),
  threat(`know|knows what a|an molotov|petrol|firebomb|pipe is|bomb|does`, 'call on others to harm someone'),
  threat(`anyone|someone|somebody|anybody|people|lads should|could|ought|oughta to? torch|burn|firebomb|petrol ${DET} _{0,2} @arson_target|site|camp`, 'call on others to harm someone'),
  // "I'd chip in a few hundred quid to whoever does it"
  threat(`quid|dollars|bucks|pounds|euros|grand|money|reward _{0,2} to|for whoever|anyone|anybody who|that? does|did|sorts|takes|kills|shoots|gets`, 'call on others to harm someone'),
  // "won't look so smug when he's face down in a ditch … that's where you'll end up"
  threat(`when|till|until|once he|she|you|u|they s|is|re|are|r|ll face down|six`, 'threat'),
  // "Hope Declan Furey's plane goes down"
  threat(`@wish _{0,4} plane|jet|helicopter|chopper goes|go|comes|come|went down|under`, 'wishing someone harm'),
  threat(`@wish _{0,4} plane|jet|helicopter|chopper crashes|crash|explodes|blows`, 'wishing someone harm'),
  // Generalisations after held-back-39 and -40
  // "you'll find out what a bolt gun does to a human skull", "before I come through your front doors"
  threat(`you|u|ya|he|she|they ll|will|gonna find out what a|an|my _{0,2} does|do|can to`, 'threat'),
  threat(`come|coming|burst|bursting through your|his|her|their front|back? door|doors|window|windows`, 'threat'),
  // "… tonight with whatever you've got and drag them out", "Picket his house, follow his car"
  threat(`@with_whatever _{0,3} and drag|burn|smash|torch|beat|batter|hang`, 'call on others to harm someone'),
  threat(`^picket|surround|stalk his|her|their house|home|car|kids|family`, 'call to harass someone'),
  // "gave him a proper welcome in the lobby, if you know what I mean"
  threat(`give|gave|giving him|her|them|em a|an _? welcome _{0,4} if you|u|ya know what i|we mean`, 'threat'),
  // "post her workplace … until that woman is hounded out of Halifax"
  threat(`post|share|spread his|her|their workplace|address|number|employer|school|details`, 'call to harass someone'),
  threat(`until|till|til _{0,4} hounded|driven|run|chased out of`, 'call to harass someone'),
  // "a spare afternoon and a jerry can, that new mosque could do with some renovating"
  acrossSentences(threat(`@fuel_in_hand ${NEARBY} @arson_target`, 'threat against a place')),
  // "let's see what happens to her on the drive home", "you go see wetin go happen to your church"
  threat(`see|watch what|wetin go? happens|happen to your|his|her|their church|mosque|temple|car|house|family|kids|home|shop|office`, 'threat'),
  threat(`see|watch what|wetin go? happens|happen to him|her|them|you|u on|when|after|tonight`, 'threat'),
  // "he won't walk again", "we will break his bowling arm ourselves"
  threat(`he|she|they|you|u ll|will|won|wont|never t? not? @do_again`, 'threat of bodily harm'),
  threat(`${INTENT}|@me_now _{0,6} break|breaking|smash|snap his|her|their|your|ur _? arm|arms|leg|legs|hand|hands|fingers|knees`, 'threat of bodily harm'),
  // "When it burns nobody should cry", "make nobody comot alive", "burn am down"
  threat(`when|once it|the _? burns|burn _{0,4} nobody|noone|one should|will|would cry|mourn|care`, 'threat against a place'),
  threat(`nobody|noone|one comot|come|comes|get|gets|leave|leaves|walk|walks out? alive`, 'threat'),
  threat(`burn|torch am|dem down`, 'call on others to harm someone'),
  // "let's hunt down the vlogger", "strip him and parade him through the barangay"
  threat(`${CALL} hunt|track down ${DET} _? ${VICTIM}`, 'call on others to harm someone'),
  threat(`strip|parade him|her|them _{0,3} parade|through|naked`, 'call on others to harm someone'),
  // "stone every bus coming from the other state", "beat up any agent wearing orange"
  threat(`stone|pelt|torch every|all|any bus|buses|car|cars|vehicle|vehicles|house|houses|shop|shops`, 'call on others to harm someone'),
  threat(`beat|batter|rough up any|every|all`, 'call on others to harm someone'),
  // "The blogger's son is in St. Xavier's Junior School, class 3B, picked up at 1:30 pm … Now you know where to find them"
  acrossSentences(threat(`school|class|picked|dropped|works|lives|takes ${NEARBY} @go_after_cue`, "where someone's family can be found")),
  // "goes to riverside high in bakersfield … make sure he knows", "she works at the Boots … u know what to do"
    // "lads we need to hunt these ppl down one by one"
  threat(`hunt|track|hunting|tracking these|those|the|all|every @adjective? @people_noun down`, 'call on others to harm someone'),
  // "we should all turn up at the High Court and beat the defence lawyers senseless"
  threat(`${CALL}|${INTENT} _{0,6} _{0,6} and? beat|kick|batter|thrash|stamp ${DET_MOD} ${VICTIM} senseless|unconscious|half|black|bloody|@beaten_how`, 'call on others to harm someone'),
  acrossSentences(threat(`goes|go|attends|works|work|lives|living at|to|in? ${NEARBY} @go_after_cue`, 'call to harass someone')),
  // Generalisations after held-back-41 to -44 (sport; crime and courts; health and science; local government)
  // "hope someone plants a b0mb under his car"
  threat(`@wish someone|somebody|anyone|anybody|they @adverb? plants|plant|puts|put|sticks|stick|places|place|leaves|leave a|an bomb|device|grenade|explosive|explosives|firebomb|molotov under|in|beneath|on|at|through`, 'wishing someone harm'),
  // "we know which hotel the Rovers lads stay at", "I know what town you live in"
  threat(`i|we|they|everyone|everybody all? know|knows|ken which|what hotel|hotels|gym|pub|bar|town|street|road|estate|village|suburb|route|floor|flat|ward|shift _{0,5} stay|stays|staying|use|uses|live|lives|drink|drinks|park|parks|works|work|sleep|sleeps|train|trains in|at|on`, 'threat'),
  threat(`i|we|they|everyone|everybody all? know|knows|ken which|what hotel|hotels|gym|pub|bar|town|street|road|estate|village|suburb|route you|u|ya|he|she|they @adverb? stay|stays|live|lives|drink|drinks|park|parks|work|works|sleep|sleeps`, 'threat'),
  // "We'll find out who you are and you WILL pay"
  threat(`${INTENT} find|track|hunt out? who|where you|u|ya are|live|sleep`, 'threat'),
  threat(`you|u|ya will|ll|shall pay for letting|siding|defending|writing`, 'threat'),
  // "should be dragged outside and beaten", "someone should take Dr X out back and shoot him"
  threat(`@modal_should|@call_to_action|@wish|${INTENT}|someone|somebody|deserves|deserve|needs|need _{0,2} dragged|taken|marched|drag|take|march _{0,4} out|outside|behind|into back|the|a? street|streets|alley|shed? and|n beaten|shot|hanged|hung|strung|lynched|flogged|whipped|stoned|kicked|battered|beat|shoot|hang|string|lynch|flog|stone|kick|batter|sh00t`, 'call on others to harm someone'),
  // "I'll make sure he never makes it home", "one night you won't make it back to your car"
  threat(`make|making sure he|she|they|you|u|ya never|dont|doesnt|don|doesn|won|wont t? make|makes|get|gets|reach|reaches|see|sees it? home|back|out|alive|another`, 'threat'),
  threat(`one|some night|day|morning|evening|afternoon _{0,3} you|u|ya|he|she|they won|wont|will|ll t? not? never? make|get|come|walk|drive|go it? home|back|alive`, 'threat'),
  // "wishing a slow painful death on the lawyer", "Chief Ransome deserves a slow painful death"
  threat(`wishing|wish|wishes|wished a|an? slow|painful|horrible|agonising|agonizing|lingering|gruesome|violent and? painful|agonising|slow? death|end on|upon|to`, 'wishing someone harm'),
  threat(`${VICTIM} deserves|deserve|deserved a|an? slow|painful|horrible|agonising|agonizing|lingering|gruesome|violent and? painful|agonising|slow? death|end`, 'wishing someone harm'),
  // "gonna break every bone in his hands", "I will break both his hands"
  threat(`break|snap|smash|crack|breaking|snapping every|each|all bone|bones in|of your|ur|his|her|their`, 'threat of bodily harm'),
  threat(`${INTENT}|@me_now _{0,6} break|breaking|smash|snap both|all|each his|her|their|your|ur _? arm|arms|leg|legs|hand|hands|fingers|knees|wrists|ankles`, 'threat of bodily harm'),
  // "it'll be the last thing she ever does. I'll make sure of it."
  threat(`it|that|this ll|will|d|would be the last thing he|she|they|you|u ever? does|do|write|writes|say|says|certify|certifies|sign|signs|publish|publishes`, 'threat'),
  // "hope Mrs Tillotson wraps her car round a tree", "hope his car goes off a flyover"
  threat(`@wish _{0,6} wraps|wrap his|her|their|your|ur car|motor|ute|truck|bike round|around a|the? tree|pole|lamppost|bridge|wall`, 'wishing someone harm'),
  threat(`@wish _{0,6} his|her|their|your|ur car|motor|ute|truck|bike|plane|bus goes|go|drives|drive|veers|veer|spins|spin|flies|fly|crashes|crash off|into|over|under a|the? flyover|cliff|bridge|river|ditch|tree|wall|lorry|truck|train|canal|ravine|barrier|embankment|motorway|sea|lake`, 'wishing someone harm'),
  // "there will be blood on the steps of the civic centre. his blood."
  threat(`there will|ll|d|would be blood|bloodshed on|in the? steps|streets|street|floor|pavement|doorstep|floors`, 'threat'),
  acrossSentences(threat(`there will|ll be blood|bloodshed ${NEARBY} his|her|their|your|ur blood`, 'threat')),
  // "Every one of you is getting a visit, and not a friendly one."
  threat(`visit|visits|call|calls _{0,3} not a|an? friendly|social|pleasant|nice|polite one|visit|call|kind`, 'threat'),
  // "hope the council tax man Ieuan Pryce gets cancer"
  threat(`@wish @determiner _{1,3} #Name{1,3} @adverb* @death_verb`, 'wishing someone harm'),
  // "you will hang beside your WHO masters", "she'll be fished out of the Suck some morning"
  threat(`you|u|ya|he|she|they will|ll|shall hang|swing beside|next|alongside|from|for|with`, 'threat'),
  threat(`you|u|ya|he|she|they will|ll|might|could|may be|end up? fished|pulled|dragged out of the|a river|canal|lake|harbour|harbor|sea|water|suck|liffey|thames|docks|bay|reservoir|quarry`, 'threat'),
  // "All you real fans need to hunt down that linesman", "time for ppl to go hunting for the doctors at the clinic"
  threat(`you|u|fans|lads|everyone|everybody|we|yall|all _{0,3} need|needs|should|must|gotta|got|ought to? hunt down`, 'call on others to harm someone'),
  threat(`go|going hunting|hunt for ${DET} _? @person_noun|@role|@target_group`, 'call on others to harm someone'),
  // "Everyone get down to the training ground and give Marsh a proper kicking"
  threat(`everyone|everybody|lads|boys|someone|somebody|anyone|anybody|we _{0,6} _{0,6} give|giving ${DET_MOD} ${VICTIM}{1,3} a|an proper|good|right|real? kicking|battering|beating|hiding|doing`, 'call on others to harm someone'),
  acrossSentences(threat(`give|giving ${DET_MOD} ${VICTIM}{1,3} a|an proper|good|right|real? kicking|battering|beating|hiding ${NEARBY} who s|is in|up|coming`, 'call on others to harm someone')),
  // "burn their team bus when it pulls up", "Burn out the detention centre", "torch the greenhouses"
  threat(`^burn|torch|firebomb out|down? their|his|her|the|that|those|every _{0,3} bus|coach|car|cars|van|vans|house|home|office|shop|greenhouses|greenhouse|mast|masts|@arson_target`, 'call on others to harm someone'),
  threat(`every|all|each _? mast|masts|lab|labs|clinic|clinics|greenhouse|greenhouses _{0,4} should|must|will|ll|shall|to be|go? burn|burnt|burned|torched|up`, 'call on others to harm someone'),
  // "when that copper walks out, kick his head in"
  threat(`kick|kicking|stamp|stamping|smash|smashing|cave|caving his|her|their|your|ur|yer head|heads|face|teeth|skull in`, 'threat of bodily harm'),
  // "follow her home from work", "following that CBC reporter home after her shift and roughing her up"
  threat(`follow|following|tail|tailing|stalk|stalking ${DET_MOD} ${VICTIM_UNNAMED}{1,3} _{0,2} home`, 'call to harass someone'),
  threat(`follow|following|tail|tailing|stalk|stalking ${DET_MOD} ${VICTIM_UNNAMED}{1,3} after|from his|her|their? shift|work`, 'call to harass someone'),
  threat(`rough|roughing him|her|them|em up`, 'threat of bodily harm'),
  // "should get a bottle lobbed at their head"
  threat(`get|gets|deserves|deserve|deserved a|an? bottle|brick|rock|coin|bottles|bricks|rocks|coins lobbed|thrown|chucked|hurled|launched at|to|into their|his|her|your|ur|the head|heads|face|faces`, 'call on others to harm someone'),
  // "throw bananas at him", "send him back to Africa", "go scream at their kids outside their houses"
  threat(`throw|throwing|chuck|chucking|toss|tossing bananas|banana at|to him|her|them|em|the|that|#Name`, 'call on others to harm someone'),
  threat(`scream|screaming|shout|shouting|yell|yelling at|outside their|his|her kids|children|family|houses|house|homes|home`, 'call to harass someone'),
  // "Turn up armed", "Bring bats Saturday", "run the Roma families off the estate"
  threat(`turn|show up|out armed|tooled|strapped`, 'call on others to harm someone'),
  threat(`run|drive|chase|burn|force ${DET} @target_group|@group_adjective @people_noun? _? off|out of? the|our|this estate|street|town|village|area|neighbourhood|neighborhood`, 'call on others to harm someone'),
  // "batter him. Pass it on.", "Burn out the detention centre … Who's coming Saturday?", "beat any researcher you find there. Share before they delete."
  acrossSentences(threat(`@violent_verb|batter|glass|deck|beat|smash ${DET_MOD} ${VICTIM} ${NEARBY} @spread_cue`, 'call on others to harm someone')),
  acrossSentences(threat(`burn|torch|smash|firebomb|wreck out|down|up? ${DET} _{0,3} @arson_target|bus|coach|mast|masts|lab|greenhouses ${NEARBY} @spread_cue`, 'call on others to harm someone')),
  threat(`beat|batter|stab any|every @role|@person_noun|researcher|researchers|scientist|scientists|staff|worker|workers|engineer|engineers|doctor|doctors|nurse|nurses|agent|agents|officer|officers|cop|cops`, 'call on others to harm someone'),
  // "we're smashing up the away end and anyone wearing blue"
  threat(`@violent_verb|smash|smashing|batter|battering|beat|beating|attack|attacking|kick|kicking|glass|glassing|stab|stabbing _{0,5} anyone|everyone|anybody|everybody wearing`, 'call on others to harm someone'),
  // "we know when your shift ends", "catches the 55 bus at 6:40 every morning. Plan accordingly."
  threat(`i|we|they know|knows when|what time? your|ur|his|her shift|bus|train|class|school ends|finishes|leaves|starts|gets`, 'threat'),
  acrossSentences(threat(`parks|drops|catches|leaves|arrives|sharp|shift|daughter|son|kids|cruiser ${NEARBY} @go_after_cue`, "where someone can be found")),
  // "Timber burns. Think on it.", "petrol burns real nice, you and your tent might find out soon"
  acrossSentences(threat(`burns|burn|flammable|petrol|lighter|matches ${NEARBY} @ominous_signoff`, 'threat')),
  // "Ravi Menon's wife and kids should be very careful … Just saying.", "your kids go to school too … Tick tock."
  acrossSentences(threat(`your|ur|s|his|her kids|children|wife|husband|family|daughter|son _{0,4} should|better|go|goes|walk|walks|careful|too|school ${NEARBY} @ominous_signoff|@just_saying`, 'threat')),
  // "Nice little house you've got, Coach. Would be a shame if something happened to it."
  acrossSentences(threat(`nice|lovely|beautiful|pretty _{0,3} house|home|car|family|shop|place|kids|business|restaurant|career|job|column|channel|blog|paper|life|wife _{0,3} you|u ve|have|got ${NEARBY} shame if|for _{0,3} something|anything|happen|happened|happens|didn|didnt|started|exploded|caught|burned|burnt|went|blew`, 'threat')),
  // "doesnt deserve to breathe", "I'll be the one bringing it"
  threat(`doesn|doesnt|don|dont|didn|didnt|does|do not? t? deserve|deserves to breathe|exist`, 'wishing someone harm'),
  threat(`be the one bringing|delivering the? it|that|pain`, 'threat'),
  threat(`be the one to|who pull|pulls|light|lights|kick|kicks the trigger|match|chair|lever|noose`, 'threat'),
  // Generalisations after held-back-45 and -46 (world news; culture)
  // "someone should put a bullet in that drag queen Velvet Monroe", "gonna k1ll that streamer Jax Reid"
  threat(`${INTENT}|${CALL}|@me_now @adverb* @violent_verb @determiner _{0,2} !in|at|on|for|from|to|with|of|near|by|around|across|into|during #Name`, 'stated intention to harm someone'),
  threat(`${INTENT}|${CALL}|@me_now @adverb* put a bullet|bullets in|into @determiner _{0,2} !in|at|on|for|from|to|with|of|near|by|around|across|into|during #Name`, 'stated intention to harm someone'),
  // "If Ambassador Petrov shows his face … he won't leave it breathing", "HELEN MARSH WILL HANG FROM A LAMPPOST"
  threat(`won|wont|will|ll|never t? not? leave|walk|get|make|come out? it|there|here|that? _{0,2} breathing`, 'threat'),
  threat(`will|ll|shall|gonna hang|swing from a|the lamppost|lampposts|tree|gallows|rope|noose|crane`, 'threat'),
  // "i hope a sniper finds him", "the knife in my drawer has your name on it", "we're counting your days"
  threat(`@wish a|the|some sniper|bullet|gunman|shooter|bomb|drone finds|gets|takes|hits him|her|them|you|u|#Name`, 'wishing someone harm'),
  threat(`@weapon|knife|blade|bullet|bullets|round _{0,6} has|got|with your|ur|his|her|their name|names on it|them`, 'threat'),
  threat(`counting|numbered your|ur|his|her|their days|hours`, 'threat'),
  // "shes got two kids to think about hasnt she. careful love"
  acrossSentences(threat(`kids|children|family|grandkids|kiddies to think about ${NEARBY} ^careful|carefull love|mate|pal|hun|sweetheart|darling|now|eh|yeah|missus|dear`, 'veiled threat')),
  // "u r gonna get sh00t in the head", "you and your hijabi mother will be dealt with"
  threat(`you|u|ya are|r|re|will|ll gonna|going? to? get|be shot|stabbed|sh00t|shanked in the|your|ur head|face|neck|back|chest|heart`, 'threat'),
  threat(`you|u|ya _{0,4} will|ll|shall be dealt with`, 'threat'),
  // "torch it and block the doors", "take out every Masalit you find"
  threat(`torch|burn|light it|them|em _{0,3} block|lock|bar|chain|nail the doors|exits|door|exit|windows`, 'call on others to harm someone'),
  threat(`take out every|each|any|all _{1,2} you|u|ya find|see|catch|meet`, 'call on others to harm someone'),
  threat(`@violent_verb every|each|any|all _{1,2} you|u|ya find|see|catch|meet`, 'call on others to harm someone'),
  // "go to the synagogue on Kastanienallee and finish what was started", "the hotel housing the boat people … smoke them out"
  acrossSentences(threat(`@arson_target ${NEARBY} finish what was|hitler|he|they|we started|began`, 'call on others to harm someone')),
  acrossSentences(threat(`@arson_target ${NEARBY} finish the job`, 'call on others to harm someone')),
  acrossSentences(threat(`@arson_target ${NEARBY} smoke|burn them|em out`, 'call on others to harm someone')),
  // "ALL TRUE HINDUS MUST RISE AND DEMOLISH THAT MOSQUE", "Somebody torch that cinema"
  threat(`must|should|rise|go|lets|let|us|time|someone|somebody|anyone|anybody _{0,2} demolish|raze|flatten|bulldoze|torch|burn that|the|their|every|this mosque|mosques|church|churches|temple|temples|synagogue|synagogues|gurdwara|mandir|cinema|theatre|theater|bookshop|bookstore|venue !hall|halls|roof|spire|car|park|parking`, 'call on others to harm someone'),
  // "hope rabbi Ezra Feldstein and his whole congregation burn alive"
  threat(`@wish ${DET_MOD} ${VICTIM}{1,3} and|n his|her|their|your _{0,2} @death_verb`, 'wishing someone harm'),
  // "hope Sienna Barrow's tour bus goes off a cliff"
  threat(`@wish _{0,6} s _? car|motor|ute|truck|bike|plane|bus|boat|jet goes|go|drives|veers|spins|flies|crashes|sinks off|into|over|under a|the? flyover|cliff|bridge|river|ditch|tree|wall|lorry|truck|train|canal|ravine|sea|lake`, 'wishing someone harm'),
  // "you won't be laughing when I find you", "drag them out by the wigs"
  threat(`won|wont|will|ll|not t? not? be laughing _{0,4} find|catch|get|see you|u|ya`, 'threat'),
  threat(`drag|dragging|pull|pulling them|em|him|her out by the|their|his|her hair|wigs|wig|ears|neck|necks|throat|throats`, 'call on others to harm someone'),
  // Generalisations after held-back-47 and -48 (business; education)
  // "hope the insurance exec who denied my mums claim gets hit by a bus", "… gets hit by a matatu on her way to school"
  threat(`@wish ${DET} _{1,3} who _{1,6} _{0,2} @death_verb`, 'wishing someone harm'),
  threat(`@wish _{0,6} _{0,4} gets|get hit|knocked|mowed by|down a|an|by? _? matatu|bus|lorry|truck|train|tram|van|taxi|tractor|boda|tuk`, 'wishing someone harm'),
  // "we know which floor your office is on"
  threat(`know|knows which|what floor|desk|room|bedroom|locker your|ur|his|her|their _{0,2} is|s on|in|at|behind`, 'threat'),
  // "gonna k1ll tobias wren when he gets out on bail"
  threat(`${INTENT}|gonna|ima|imma|finna @adverb* @violent_verb !me|my|myself|him|her|it|them|our|your|ur|his _{0,2} when|once|if|as|after he|she`, 'stated intention to harm someone'),
  // "ur dead m8", "will be the last thing he ever sees"
  threat(`you|u|ur|youre re|r? dead m8|mate|pal|bro|son|meat|man|fam`, 'threat'),
  threat(`be the last thing he|she|they|you|u ever|will|ll sees|see|does|do|hears|hear`, 'threat'),
  // "I've got a full jerry can and plenty of time. Think about that tonight."
  acrossSentences(threat(`@fuel_in_hand ${NEARBY} @ominous_signoff`, 'threat')),
  // "Loot every FreshMart in Soweto tomorrow", "storm the bank HQ and string up the board"
  threat(`^loot|ransack|looting every|all|the|their|that`, 'call on others to harm someone'),
  threat(`string|stringing up the|that|every|those|these|all|their _? board|bosses|boss|directors|executives|bankers|ceos|execs|management|landlords|politicians|lot`, 'call on others to harm someone'),
  // "tell her what we'll do to her, make her life hell till she quits", "follow her round the shops, make her quit or worse"
  threat(`tell|telling her|him|them what we|i|well|ill ll|will|d|would? do to her|him|them`, 'threat'),
  threat(`make|making her|his|their life a? hell|misery till|until|til`, 'call to harass someone'),
  threat(`follow|following him|her|them round|around the|town|everywhere`, 'call to harass someone'),
  threat(`make|making him|her|them quit|resign|leave or worse`, 'call to harass someone'),
  // "she'll be needing a hospital bed by Monday", "teach the professor a lesson he won't survive"
  threat(`be needing a|an hospital|ambulance|body bed|bag`, 'threat'),
  threat(`lesson _{0,2} won|wont|will|never t? not? survive`, 'threat'),
  // "drag that principal out"
  threat(`drag|dragging ${DET} _? @role|@person_noun out|outside`, 'call on others to harm someone'),
  // Generalisations after held-back-49 and -50 (comment threads; local life)
  // "when im standin at ur front door with a bat", "they'll be scraping you off the pavement"
  threat(`at|outside|on your|ur|his|her front|back? door|doorstep|gate|house with a|an|my @weapon|bat|knife|machete|crowbar|hammer`, 'threat'),
  threat(`scraping|scrape|peeling|peel you|u|him|her|them off the|a pavement|floor|road|street|tarmac|wall`, 'threat'),
  // "he won't make it to his car in one piece"
  threat(`he|she|you|u|they won|wont|will|ll|never t? not? make|get it? to|back|home _{0,4} in one piece`, 'threat'),
  // "i got a rifle and a full tank of gas and Regina is only four hours away"
  acrossSentences(threat(`@weapon|@fuel_in_hand ${NEARBY} only|just _{0,3} hours|hour|miles|minutes|drive away`, 'threat')),
  // "someone should put a brick through councillor Hargreaves's front window"
  threat(`${CALL}|${INTENT}|@wish _{0,2} brick|rock|stone|bottle|firework|molotov through _{0,4} window|windows|windscreen|door`, 'call on others to harm someone'),
  // "hope the dog owner in this story gets mauled to death", "hope the hunt master falls off his horse and breaks his neck"
  threat(`@wish the|that|this _{1,3} in|from|at|on this|that|the _{1,3} @death_verb`, 'wishing someone harm'),
  threat(`@wish _{0,6} falls|fall|trips|trip _{0,4} and|n breaks|break his|her|their|your|ur neck|back|spine|skull`, 'wishing someone harm'),
  // "Sleep well while you can, Derek.", "We know what she drives."
  threat(`sleep|rest well|easy|tight? while you|u|ya still? can`, 'threat'),
  threat(`know|knows what he|she|you|u|they drives|drive`, 'threat'),
  // "ill snap its neck and leave it on his doorstep", "just clip him with ur wing mirror"
  threat(`${INTENT}|@me_now _{0,3} snap|break|wring its neck|necks`, 'threat'),
  threat(`clip|hit|knock|nudge him|her|them|em|cyclists|cyclist with|off ur|your|the|their wing|bumper|car`, 'call on others to harm someone'),
  // "Torch it and they won't come back", "Burn out every holiday let", "GO AND DRIVE THAT FAMILY OUT"
  threat(`^torch|burn it|them|em`, 'call on others to harm someone'),
  threat(`^torch the|that place|lot|building`, 'call on others to harm someone'),
  threat(`^burn|torch out|down? every|all|the|their _{0,2} let|lets|home|homes|caravan|caravans|cottage|cottages`, 'call on others to harm someone'),
  threat(`drive|run|hound|force that|the|this|those|these family|families|lot|man|woman|couple|bloke|tenant|tenants out|off`, 'call on others to harm someone'),
  // "Meet in the mosque car park after Friday prayers, time we gave them a kicking"
  acrossSentences(threat(`@arson_target ${NEARBY} give|gave|giving them|him|her|em a|an proper|good|right|real? kicking|beating|battering|hiding`, 'call on others to harm someone')),
  // "follow that dog walker home", "should be hunted down and beaten"
  threat(`follow|following that|this _{1,3} home`, 'call to harass someone'),
  threat(`hunted|tracked down and|n beaten|shot|killed|hanged|hung|lynched|stabbed|battered`, 'call on others to harm someone'),
  // "Let's dox @leafsfan_liz … then post her home address here", "Bring eggs and worse."
  threat(`let|lets|s|should|must|gonna|to dox|doxx him|her|them|this|that|the|every|all|@second_person`, 'call to harass someone'),
  threat(`post|share|spread|posting|sharing his|her|their home|work|email|real address|number|name`, 'call to harass someone'),
  threat(`bring|bringing _{0,2} and|or worse`, 'call on others to harm someone'),
  // Generalisations after held-back-51 and -52 (typed on phones; coded)
  // "mayor pelling is gonna get sh0t at the parade sunday. ill make sure of it"
  acrossSentences(threat(`get|gets|be shot|stabbed|killed|hurt|battered|done ${NEARBY} i|we|ill|well ll|will? make sure of it`, 'threat')),
  // "im outside ur work at 5 with a blade", "im waiting outside the station to beat him bloody"
  threat(`at|outside|on your|ur|his|her _? door|doorstep|gate|house|work|office|school|gym|car _{0,3} with a|an|my @weapon|bat|knife|blade|machete|crowbar|hammer`, 'threat'),
  threat(`beat|beating|kick|kicking|batter|battering him|her|them|you|u|em @beaten_how|bloody|senseless|unconscious`, 'threat of bodily harm'),
  // "im running her over, on purpose", "u r dead when u land"
  threat(`i|im|ill|gonna|ima|imma m? running|run|mowing|mow|knocking|knock him|her|them|you|u|em over|down`, 'threat'),
  threat(`you|u|ur|youre r|re|are|ll|will? be? dead when|once|if you|u|he|she`, 'threat'),
  // "ur mum is gonna have a very bad accident, ive got it all planned", "hospital every one of em"
  threat(`accident|accidents|fall|fire _{0,6} got it all? planned|sorted`, 'threat'),
  threat(`hospitalise|hospitalize every|all|each one? of? them|em|one`, 'call on others to harm someone'),
  threat(`hospital every one of them|em`, 'call on others to harm someone'),
  // "spam her fb with pics of nooses til she k*lls herself"
  threat(`till|til|until|untill _{0,2} kill|kills|killing herself|himself|themselves|yourself`, 'call to harass someone'),
  // "accidents happen on those dark country roads … just saying", "How many bullets would it take to shut him up?"
  acrossSentences(threat(`accidents happen|happens ${NEARBY} @just_saying|careful`, 'threat')),
  // "I will kill whoever opened that valve", "go down there and stab whoever is on the front desk", "the next one I catch"
  threat(`${INTENT} _{0,6} @violent_verb @whoever`, 'stated intention to harm someone'),
  // "im gonna batter her" (a team "battered" on Saturday is sport)
  threat(`${INTENT} _{0,2} batter|leather|deck her|him !out|up`, 'stated intention to harm someone'),
  // "if I see her at the Red Lion I'm glassing her", "I'm putting a hammer through his skull"
  threat(`@i_am glassing|stabbing|knifing|bottling|kneecapping|torching @third_person|@second_person|#Name|@person_noun`, 'stated intention to harm someone'),
  threat(`@i_am|${INTENT} putting|sticking|shoving|put|stick|shove a|an|my @weapon _{0,3} through|in|into ${OWNER}|@third_person @body_part`, 'weapon in a threat'),
  // "I'll be waiting outside the council offices for Cllr Hendry with a baseball bat"
  threat(`${INTENT} _{0,2} waiting|wait _{0,6} for ${DET} ${VICTIM}{1,3} _{0,4} with a|an|my|some @weapon|bat|bats|mates|lads`, 'threat'),
  // Generalisations after held-back-145 to -150
  // "Kell will be swinging from the school gates by Christmas", "Pryce can bleed for it", "I'd kill him with my bare hands"
  threat(`${VICTIM} will|ll|gonna|going|s|is be? to? swinging|dangling from`, 'wishing violence on someone'),
  threat(`${VICTIM} can|will|should|ll bleed for it|this|that`, 'wishing violence on someone'),
  threat(`@violent_verb|strangle|throttle|choke|rip|tear @third_person|@second_person _{0,3} with my|our bare hands`, 'stated intention to harm someone'),
  // "throw coins and bottles at him", "if every one of us chucks one bottle at the marchers"
  threat(`throw|throwing|chuck|chucks|chucking|lob|lobbing _{0,3} bottles|bottle|coins|bricks|brick|stones|rocks|cans|acid _{0,3} at him|her|them|@person_noun|@role|#Name`, 'call on others to harm someone'),
  // "pay that bakery a visit wiv a can of petrol", "next time we'll be bringing bats", "do you some serious damage"
  threat(`a visit _{0,2} with|wiv|wi a|some|the? can|cans|jerrycan|jerrycans|petrol|matches|bat|bats|@weapon`, 'threat'),
  threat(`we|i ll|will be? bringing|bring bats|machetes|crowbars|blades|knives|pitchforks|petrol !and|for`, 'threat'),
  threat(`do|doing you|him|her|them some serious|real|proper? damage|harm`, 'threat'),
  // "you won't be getting back up", "that teacher isn't going home in one piece", "none of them will be walking right after"
  threat(`you|he|she|they won|wont t? be? getting|get back up`, 'threat'),
  threat(`isn|isnt|aren|arent|won|wont|not|never t? be? going|walking|getting|get|go|walk|coming home|out|back|away in one piece|peice`, 'threat'),
  threat(`won|wont|will|none|nobody _{0,3} be walking right|straight|properly again?`, 'threat'),
  // "you're getting done in when you come out of the Fox", "we've got all your faces now"
  threat(`you|u|ya|he|she|they re|are|is|s|will|ll be? getting|get|gets done in|glassed|leathered|kneecapped|knifed`, 'threat'),
  threat(`got|saved|have all? your|ur|yer|their faces|face now|saved`, 'threat'),
  threat(`got|saved|have all? your|ur|yer|their faces|face on camera|file|video`, 'threat'),
  // Generalisations after held-back-151 to -156
  // "any counter protester who turns up is getting stabbed", "somebody on that team is getting hurt"
  threat(`who|that _{0,3} turns|turn|shows|show|comes|come|sets|set|walks|walk|steps|step _{0,6} is|s|are|re getting|gonna get? stabbed|knifed|glassed|hurt|battered|shot`, 'threat'),
  threat(`somebody|someone|one on|from that|the|their|this _{0,3} is|s getting|gonna get? stabbed|knifed|glassed|hurt|battered|shot`, 'threat'),
  // "I'd stab that bigot and sleep like a baby"
  threat(`@i_would @adverb* stab|murder|knife|glass|lynch ${DET_MOD} ${VICTIM}`, 'stated intention to harm someone'),
  // "he's gettin his head kicked in"
  threat(`getting|gettin|get|gets|got his|her|your|ur|their head|heads|face|teeth kicked|smashed|caved|knocked in`, 'threat of bodily harm'),
  // "the activists blocking the pavement should get run over", "ppl like him need a bullet"
  threat(`${VICTIM} _{0,6} should|ought|deserve|deserves|want|wants _? to? get|be run|mown|mowed over|down`, 'wishing violence on someone'),
  threat(`${VICTIM}|like|people|ppl _{0,3} need|needs|deserve|deserves a? bullet|bullets|noose|rope`, 'wishing violence on someone'),
  // Generalisations after held-back-163 to -168
  // "any traveller who parks on my field is getting both barrels", "your other son ends up in the same box as the first"
  threat(`getting|gets|get|give|giving both barrels`, 'threat'),
  threat(`son|daughter|you|he|she|they|wife|husband|kids|family _{0,3} end|ends|ending up @grave_place`, 'threat'),
  // "I'm bringing something for her and it's not flowers", "if anyone gets near him at the airport, deck him"
  threat(`bringing|bring something|summat for him|her|them|you _{0,3} not flowers|roses`, 'threat'),
  threat(`deck|chin|lamp|glass|bottle him|her !out|in|up`, 'call on others to harm someone'),
  // "accidents happen" is road safety on its own ("accidents happen, glad nobody was hurt"); with a target it is veiled:
  // "funny how accidents happen", "accidents happen to people who cross this club", "accidents happen on dark lanes, Dennis"
  threat(`funny|strange|amazing|odd how accidents|accident happen|happens`, 'veiled threat'),
  threat(`accidents happen|happens _? to !the|a|an|my|our|us|me|everyone|everybody|all|anyone|anybody`, 'veiled threat'),
  acrossSentences(threat(`${TARGET} ${NEARBY} accidents happen|happens _{0,4} @sinister_where`, 'veiled threat')),
  acrossSentences(threat(`accidents happen|happens _{0,4} @sinister_where ${NEARBY} ${TARGET}`, 'veiled threat')),
  acrossSentences(threat(`${TARGET} ${NEARBY} accidents happen|happens don|dont|do t? they|it|ya|you|eh? know?`, 'veiled threat')),
  acrossSentences(threat(`@just_saying|careful|carefully|dark|brake|brakes|tyres|tires|wiring|stairs ${NEARBY} accidents happen|happens`, 'veiled threat')),
  acrossSentences(threat(`accidents happen|happens ${NEARBY} brake|brakes|tyres|tires|wiring|lines`, 'veiled threat')),
  threat(`how many bullets|rounds|shots|stabs|punches|bricks would|will|does|did|d it take|it? to|take`, 'threat'),
  // "it'd be a real pity if someone took a bat to that shiny new car of yours", "Wouldn't want you going off the bridge"
  threat(`pity|shame if|when someone|somebody|anybody|anyone took|takes|put|puts a|an? @weapon|bat|brick|match|crowbar|hammer|key to|through`, 'threat'),
  threat(`wouldn|wouldnt|would|don|dont t? not? want you|u|him|her going|to|ending|end go? off|over|into the|a bridge|cliff|road|edge|river|motorway|canal`, 'threat'),
  // "one night you'll walk out of that newsroom and not make it to your car", "just need to find the right tree for you"
  threat(`and|n not|never make|get it? back? to your|ur|his|her car|door|house|home|front`, 'threat'),
  threat(`right|perfect|good|nice tree|lamppost|branch|beam for you|u|him|her`, 'threat'),
  threat(`rope|noose|ropes s|is|are already? bought|ready|tied|waiting`, 'threat'),
  // "Guess we'll find out in the Liffey", "Think the coroner will need dental records for you?"
  threat(`find out in|at the|a river|liffey|thames|canal|harbour|harbor|lake|sea|docks|bay|quarry`, 'threat'),
  threat(`dental records for|to you|u|him|her|identify`, 'threat'),
  // "I've done time before and I'm not scared to do it again", "had a nasty fall down the stairs. History repeats itself."
  threat(`done|did time|bird _{0,6} do|doing it again`, 'threat'),
  threat(`done|did a stretch _{0,6} do|doing it again`, 'threat'),
  acrossSentences(threat(`nasty|bad|terrible|unfortunate|little fall|accident|accidents ${NEARBY} history repeats|will|could|can repeat|itself`, 'threat')),
  // "Bit of petrol and a match, that's all the Lakeview mosque needs", "… a can of petrol, I wouldn't shed a tear"
  acrossSentences(threat(`petrol|gasoline|fuel _{0,3} match|matches|lighter ${NEARBY} all _{0,3} @arson_target needs|deserves|wants`, 'threat against a place')),
  acrossSentences(threat(`@fuel_in_hand ${NEARBY} wouldn|wouldnt|won|wont|not t? shed|cry`, 'call on others to harm someone')),
  // "Somebody needs to give Judge Farrow exactly what he gave that family", "… the Parramatta hostel tonight with whatever's in the shed"
  threat(`${CALL} give ${DET_MOD} ${VICTIM}{1,3} exactly? what he|she|they gave`, 'call on others to harm someone'),
  threat(`@arson_target _{0,6} @with_whatever`, 'call to arms'),
  // "if all those migrant hotels just... went up in smoke the same night", "Someone should call one in on @hollywells_reports"
  threat(`if|wouldn|would|imagine _{0,6} @arson_target _{0,3} @up_in_flames`, 'threat against a place'),
  threat(`call|calling|phone one|it in on`, 'call to harass someone'),
  // "the synagogue on elm row is empty after 9 … whos got a lighter?", "his cell is five five five … make it ring"
  acrossSentences(threat(`lighter|lighters|matches ${NEARBY} @arson_target`, 'threat against a place')),
  acrossSentences(threat(`@arson_target ${NEARBY} lighter|lighters|matches`, 'threat against a place')),
  acrossSentences(threat(`cell|number|mobile|phone|digits|pin|postcode|address ${NEARBY} @go_after_cue`, "where someone can be found")),
  // "pick up is 3:15 by the side gate", "hmu if u wanna wait for her", "goes for his run at 6am every day alone"
  acrossSentences(threat(`school|primary|academy|nursery|kindergarten|prep ${NEARBY} pickup|pick|picked|dropoff|drop|dropped up|off? is|at|around? #Num`, "where someone's family can be found")),
  threat(`wanna|want|wants|fancy|fancies to? wait|waiting for her|him after|outside|when|at`, 'call to harass someone'),
  threat(`hmu|dm|message if|and u|you wanna|want wait|waiting|meet|catch|find|get`, 'call to harass someone'),
  threat(`every|each day|morning|night|evening|weekday alone|unaccompanied`, "where someone can be found"),
  // Generalisations after held-back-53 and -54 (a day's front pages; a regional weekend)
  // "she wont be walking anywhere after", "I've got your name from your LinkedIn … See you soon."
  threat(`won|wont|will|ll|not t? not? be walking|walk anywhere after|afterwards`, 'threat'),
  acrossSentences(threat(`got|have your|ur name|address|details|number|plate ${NEARBY} see you|u|ya soon`, 'threat')),
  // "run that divorce lawyer off the Southern Motorway", "emptied the jerry can through his letterbox"
  threat(`run|ram|force|push|shunt @determiner? _{0,4} off the|a road|motorway|highway|bridge|cliff|freeway`, 'call on others to harm someone'),
  threat(`<!poured|pouring|pushed|posted|shoved|threw|put|lit @fuel_in_hand|petrol|fuel _{0,3} through his|her|their|the|your|ur letterbox|letter|door|window`, 'threat against a place'),
  // "hes gettin glassed", "Pray your little girl never walks home alone", "karma knows your address"
  threat(`he|she|you|u|ur|hes|shes|youre s|re? getting|gettin|gonna|going to? get? glassed|stabbed|shanked|bottled|knifed`, 'threat'),
  threat(`your|ur little? girl|boy|daughter|son|kids|children|wife never walks|walk|goes|go home|out alone`, 'threat'),
  threat(`karma|we|they|everyone|everybody knows|know your|ur address|postcode|house`, 'threat'),
  // "go put every window of that church through", "send the armed response round at 3am"
  threat(`smash|kick|smashing|kicking every|all|the window|windows _{0,4} through|in`, 'call on others to harm someone'),
  threat(`put|putting every window|windows _{0,4} through`, 'call on others to harm someone'),
  threat(`send|sending _{0,2} armed response|swat round|to`, 'call to harass someone'),
  threat(`call|calling in a fake|false|hoax hostage|bomb|shooting|emergency`, 'call to harass someone'),
  // "If they sink, they sink.", "I'm coming to take yours. With you in it."
  threat(`if they|he|she sink|drown they|he|she sink|sinks|drown|drowns`, 'call on others to harm someone'),
  acrossSentences(threat(`burn|torch|take|blow|flatten|bomb yours|it|your|his|her ${NEARBY} with you|u|him|her|them still? in|inside it`, 'threat')),
  // "go round to Mayor Pattinson's place and drag him out. Who's in?", "go jump em one by one after shift"
  threat(`round to _{0,4} place|house|home|flat and|n drag|batter|sort|beat|kick|smash|torch`, 'call on others to harm someone'),
  acrossSentences(threat(`drag|dragging|pull him|her|them|em out ${NEARBY} @spread_cue`, 'call on others to harm someone')),
  threat(`jump|batter|beat|hunt|knife|stab em|them one by one`, 'call on others to harm someone'),
  // "i will finish what he started, on him and his brother", "One day you will step out alone."
  threat(`finish what he|she|they started on|with him|her|them`, 'threat'),
  threat(`one|some day|night you|u|he|she will|ll step|walk|go out|home alone`, 'threat'),
  // "someone should put Brent Kowalski the plant manager in the hospital", "Spit at them, block their doors"
  threat(`${CALL} put _{1,6} in the|a? hospital|coma|ground|wheelchair|icu`, 'call on others to harm someone'),
  threat(`^spit|spitting at|on them|him|her|em`, 'call to harass someone'),
  // "meet at the mosque Saturday night with jerry cans", "flood their Facebooks with abuse", "knock on their doors at night and make them regret it"
  acrossSentences(threat(`@arson_target ${NEARBY} @fuel_in_hand`, 'threat against a place')),
  threat(`flood|spam their|his|her _? inbox|inboxes|facebook|facebooks|dms|phone|phones|socials|pages with abuse|threats|hate|death`, 'call to harass someone'),
  threat(`knock on|at their|his|her doors|door _{0,6} make them|him|her|em regret|pay|sorry`, 'call to harass someone'),
  // Generalisations after held-back-55 to -58 (sport; politics; women in public life; Europe)
  // "I'll be in the car park after the session with a bat. Your kneecaps are mine."
  threat(`${INTENT} be|wait|come|turn|show|waiting|coming _{0,6} with a|an|my|some ${ARMS}`, 'threat'),
  threat(`@me_now waiting|coming|standing|sat|sitting|parked|outside|round|over _{0,6} with a|an|my|some ${ARMS}`, 'threat'),
  threat(`your|ur|his|her kneecaps|knees|legs|teeth are|r mine`, 'threat'),
  threat(`bring|bringing a stretcher|bodybag|coffin`, 'threat'),
  // "brake cables are sooo easy to snip", "six foot under is where he's going"
  threat(`brake|brakes _? cables|lines|cable|line _{0,4} snip|cut|easy`, 'threat'),
  threat(`six foot|feet under is|s where`, 'threat'),
  acrossSentences(threat(`know|knows your|ur car|house|address|estate|street|school|route|face ${NEARBY} sleep|enjoy tight|well|your|ur`, 'threat')),
  // "the Aussie team hotel is on the quay, let's get down there tonight and smash it up", "Burn down the clubhouse"
  acrossSentences(threat(`@arson_target ${NEARBY} smash|wreck|trash|torch it|the|that _? up|down`, 'threat against a place')),
  // "Every Pakistan fan at the Oval should get jumped", "DM that jockey's wife every single day until she cracks"
  threat(`should|must|deserves|deserve|needs|need to? get|be jumped|battered|glassed|bottled|knifed|stabbed`, 'call on others to harm someone'),
  threat(`dm|message|tag|text|call|ring _{0,6} every single? day until|till|til`, 'call to harass someone'),
  // "shove that Dutch cheat off on the climb", "£500 to whoever does it"
  threat(`shove|push|knock|barge that|the|him|her _{0,3} off his|her|the bike|climb|road|descent|bridge|platform`, 'call on others to harm someone'),
  threat(`#Num to whoever|anyone|anybody who|that? does|gets|corners|sorts|catches|hurts|finishes|makes`, 'call on others to harm someone'),
  // "if i see minister chantelle dubois in ottawa she wont make it to christmas", "we know which lane he lives in"
  threat(`if i|we see|catch _{0,6} won|wont|not|never t? make|live|last it? to|till|until|through`, 'threat'),
  threat(`know|knows|ken which|what lane|block|building|house|flat|colony|mohalla|apartment|room he|she|you|u|they lives|live|stays|stay|sleeps|sleep`, 'threat'),
  // "next climate clown who glues himself to the M25 … gets driven over", "every shop with a green flag burns tonight"
  threat(`next _{0,3} who|that _{0,6} _{0,4} gets|get driven|run|mowed|mown|ploughed over|down|through`, 'threat'),
  threat(`every|all _? shop|shops|house|houses|home|homes|store|stores|mosque|mosques|church|churches|temple|temples _{0,4} burns|burn tonight|tomorrow|soon`, 'call on others to harm someone'),
  // "the Batley treatment", "the Rostock 1992 treatment"
  threat(`batley|rostock|halle|christchurch|utoya|srebrenica _? treatment`, 'call on others to harm someone'),
  threat(`do|doing to your|ur|his|her|their synagogue|mosque|church|temple|gurdwara|mandir|clinic what`, 'threat against a place'),
  // "Every man at Saturday's march should bring a blade", "Day of the rope is coming", "I'll tie the knot myself"
  threat(`should|must|everyone|everybody|all|lads bring|carry|pack a|an|your|their ${ARMS}|stones|rocks|bricks|sticks`, 'call on others to harm someone'),
  threat(`day of the rope`, 'threat'),
  threat(`tie|tying the knot|noose myself|personally|for`, 'threat'),
  threat(`who _{1,6} should|must|deserves|deserve to? hang|swing`, 'wishing someone harm'),
  // "Rope. Tree. Journalist.", "got 6 rounds with your name engraved", "im bringing my AR to the counting center"
  acrossSentences(threat(`rope _{0,2} tree _{0,2} journalist|journalists|reporter|politician|traitor|mp|judge|editor`, 'threat')),
  threat(`bullet|bullets|round|rounds|shells with your|ur|his|her name|names`, 'threat'),
  threat(`bringing|bring my|an ar|ar15|rifle|gun|glock|shotgun|ak to the counting|polling|count|school|rally|march|meeting|office|town|city`, 'threat'),
  // "we sabi where she dey sleep", "ur face wont be recognisable", "I'll get you at home. Your daughter too."
  threat(`sabi|know where she|he|you|u dey sleep|stay|live|work`, 'threat'),
  threat(`know weh|wey him|her|she|he live|stay|sleep`, 'threat'),
  threat(`face won|wont|will|ll t? not? be recognisable|recognizable`, 'threat'),
  threat(`${INTENT} get you|u|him|her at home|outside|after`, 'threat'),
  // "Nice little house … Nice little boys too. Sleep tight", "I'm coming for her and I won't miss"
  acrossSentences(threat(`nice|lovely|beautiful|pretty _{0,3} house|home|car|family|kids|boys|girls ${NEARBY} @ominous_signoff`, 'threat')),
  threat(`coming for him|her|you|u|them _{0,3} won|wont|not t? miss`, 'threat'),
  // "Real men should be waiting at Uhuru Park with stones. Spread this.", "bring the lads and bring something heavy"
  acrossSentences(threat(`with ${HAND_WEAPONS} ${NEARBY} @spread_cue`, 'call on others to harm someone')),
  threat(`waiting at|outside|by _{0,4} with ${HAND_WEAPONS}`, 'call on others to harm someone'),
  threat(`bring|bringing something heavy|sharp`, 'call on others to harm someone'),
  // "beat the gay out of her", "Paint it on his door", "rip it off her head"
  threat(`beat|beating|kick|knock the gay|queer|trans|gayness out of`, 'call on others to harm someone'),
  threat(`paint|painting|spray|spraying it|that|pervert|nonce|groomer on his|her|their door|house|car|wall`, 'call to harass someone'),
  threat(`rip|pull|tear|yank _{0,2} off her|his head`, 'call on others to harm someone'),
  // "smash the windows tonight", "Go hunt the gypsies out of that camp", "Bring rope."
  threat(`smash|break|put|kick the|their|every|all windows|window tonight|tomorrow|now`, 'call on others to harm someone'),
  threat(`hunt|drive|chase|burn|run @determiner? @target_group|them|em out of|from that|the|their camp|site|village|area|town`, 'call on others to harm someone'),
  threat(`bring rope !for|and|to|so|if|or`, 'threat'),
  threat(`bring|bringing a noose|nooses`, 'threat'),
  // "you will end up in the Vistula with stones in your pockets", "i kill you and all your family", "a baseball bat visit"
  threat(`stones|rocks|bricks in your|ur|his|her pockets`, 'threat'),
  threat(`i kill you|u and|if|all|your|when`, 'threat'),
  threat(`bat|hammer|crowbar|machete visit`, 'threat'),
  // "kids go to Scoil Mhuire, pickup is 3pm", "found her: Chloe Renwick … works reception at … shift ends 5:30"
  acrossSentences(threat(`kids|children|son|daughter|boys|girls go|goes|attend|attends ${NEARBY} pickup|pick|drop|dropoff`, "where someone's family can be found")),
  acrossSentences(threat(`^found her|him|them ${NEARBY} works|shift|lives|address|number|drives`, 'call to harass someone')),
  // Generalisations after held-back-59 and -60 (a national site's week; a regional network's month)
  // "I'll be waiting at her gate Monday morning", "lovely wife, two girls at St Brigid's … Shame if anything happened"
  threat(`be waiting at|outside|by _{0,2} his|her|their|your|ur gate|door|doorstep|gates`, 'threat'),
  acrossSentences(threat(`nice|lovely|beautiful|pretty _{0,3} wife|house|home|family|kids|girls|boys|daughter|son ${NEARBY} shame if|for _{0,3} something|anything`, 'threat')),
  // "I wish cancer on every one of her kids", "he's getting carried out in pieces", "this time the shooter doesn't miss"
  threat(`wish|wishing cancer|death|aids|ebola on|upon`, 'wishing someone harm'),
  threat(`getting|gets|get|be|s|is? carried|taken|sent|going out|home in pieces|bits`, 'threat'),
  threat(`shooter|sniper|gunman doesn|don|won|wont|does|will not? t? not? miss`, 'threat'),
  // "Your chambers are not as secure as you think", "you'll be limping home, if you get home"
  threat(`not|t as|so safe|secure as you|u|he|she think|thinks`, 'threat'),
  threat(`if you|u|he|she get|gets|make|makes it? home|back`, 'threat'),
  // swatting: "call it in as a hostage thing", "swat the guy"; "leave nobody standing", "Whoever reaches him first will be rewarded"
  threat(`call|calling it in as a|an hostage|bomb|shooting`, 'call to harass someone'),
  threat(`swat|swatting the guy|bloke|man|woman|him|her`, 'call to harass someone'),
  threat(`leave|leaving nobody|noone|none standing|alive`, 'call on others to harm someone'),
  threat(`whoever _{0,3} first will|shall be? rewarded|reward|paid`, 'call on others to harm someone'),
  threat(`block|lock|bar|chain the doors|exits _{0,3} light|torch|burn it|the`, 'call on others to harm someone'),
  // "hope the head teacher gets hit by one of them buses", "you've got two girls at Hollins Primary. Think very carefully"
  threat(`@wish _{0,6} _{0,4} gets|get hit|knocked by one of them|those|the buses|lorries|trucks|trains|cars`, 'wishing someone harm'),
  acrossSentences(threat(`girls|boys|kids|children|daughter|son|wife ${NEARBY} think very|really? carefully|twice before`, 'threat')),
  // "he's getting both legs broken", "should be dragged out to the car park and kicked half to death"
  threat(`getting|get|gets both|his|her legs|arms|knees broken|snapped`, 'threat of bodily harm'),
  threat(`should|must|deserves|deserve|needs|need _{0,6} _{0,6} kicked|beaten|battered|stamped|stabbed half|nearly|almost to death`, 'call on others to harm someone'),
  // "5 mins alone wiv that magistrate. he wouldnt be walkin out on his own 2 feet"
  threat(`mins|minutes|min alone with|wiv`, 'threat'),
  threat(`wouldn|wouldnt|won|wont|not t? be? walking|walkin|walk out|away|home on his|her|their own`, 'threat'),
  // "your wife walks the spaniel along the Don at 7 every morning", "RIP Cllr Fenwick in advance"
  acrossSentences(threat(`your|ur wife|husband|kids|daughter|son walks|walk|goes|runs|jogs _{0,6} _{0,2} every|each morning|night|evening|day`, "where someone's family can be found")),
  threat(`rip _{0,4} in advance`, 'threat'),
  // "I hope somebody slits your throat", "ENJOY IT WHILE YOU'VE STILL GOT KNEES", "I've got your reg"
  threat(`@wish someone|somebody|anyone|anybody slits|cuts|slashes|slit your|ur|his|her throat|throats`, 'wishing someone harm'),
  threat(`while you|u|ve still? got|have knees|legs|teeth|kneecaps|hands|eyes`, 'threat'),
  threat(`i|ive|we|weve ve? got your|ur reg|plate`, 'threat'),
  // "I'm bringing my rifle to Friday's game", "Hunt down the scrotes"
  threat(`bringing|bring my|an ar|ar15|rifle|gun|glock|shotgun|ak to _{0,3} game|match|practice|training|service|meeting|office|work|hands|hearing|rally`, 'threat'),
  threat(`^hunt|track down the|those|these|that|them|him|her`, 'call on others to harm someone'),
  // "get that nurse's home address and share it round", "juror 7 = Megan Alsop"
  threat(`get|find _{0,4} home? address and|n share|post|spread it`, 'call to harass someone'),
  threat(`juror #Num is|s? #Name`, 'call to harass someone'),
  // Generalisations after held-back-61 and -62 (a week of big stories; an overnight queue)
  // "Enjoy your last week driving that silver Audi", "Would be a shame if they didn't arrive", "Then it's your turn."
  threat(`enjoy|enjoying your|ur last _? driving|walking|breathing|standing|walk|drive`, 'threat'),
  threat(`shame if|when they|he|she|you|u didn|didnt|don|dont|never t? arrive|arrived`, 'threat'),
  acrossSentences(threat(`wife|husband|kids|car|house|dog ${NEARBY} then|next it|its s|is? your|ur turn`, 'threat')),
  // "they'll need your dental records", "she won't be swimming again after", "ur daughter goes to Heathfield Prep. think about that."
  threat(`your|ur|his|her dental records`, 'threat'),
  threat(`won|wont|will|not t? not? be swimming|running|playing|dancing|driving|skating|riding|walking again? after|afterwards !the|his|her|this|that|a|an|surgery|injury|treatment`, 'threat'),
  acrossSentences(threat(`daughter|son|kids|children goes|go|attends|attend ${NEARBY} think about that|this`, 'threat')),
  // "I'll drive my van straight through that union rep", "drive straight through that climate lot blocking the bridge"
  threat(`drive|driving|ram|ramming|plough|plow my|the _? van|car|truck|lorry|ute straight? through|into that|the|him|her|them`, 'threat'),
  threat(`drive|driving|ram|plough|plow straight? through|into that|those|the|them _? lot|protesters|protestors|crowd|march|marchers|line|lines|picket|pickets`, 'call on others to harm someone'),
  // "gonna kick ur door in tonight", "K1LL. Y0U.", "Your address is no secret."
  threat(`kick|kicking|smash|smashing|put your|ur|his|her door|doors in|down`, 'threat'),
  acrossSentences(threat(`^kill|k1ll you|u`, 'threat')),
  threat(`address|number|plate|postcode is|s no secret`, 'threat'),
  // "meet outside the mosque … bring bats", "knock her down. share this everywhere", "Someone with a lighter could solve the boat problem"
  acrossSentences(threat(`@arson_target ${NEARBY} @arms_cue`, 'call on others to harm someone')),
  acrossSentences(threat(`knock|run|mow her|him|them|em down|over ${NEARBY} @spread_cue`, 'call on others to harm someone')),
  threat(`someone|somebody|anyone with a lighter|match|matches|jerry|petrol`, 'call on others to harm someone'),
  // "eggs, bricks, whatever you've got. Make them regret it.", "bang on the windows, make sure she never sleeps again"
  acrossSentences(threat(`bricks|bats|eggs|stones|rocks ${NEARBY} make them|him|her|em regret|pay`, 'call on others to harm someone')),
  threat(`make sure _{0,2} never sleeps|sleep again`, 'call to harass someone'),
  threat(`bang|banging on|at her|his|their windows|window|door|doors`, 'call to harass someone'),
  // "keep a fire extinguisher handy", "put Terry Haldane through the front window of his own chip shop"
  threat(`keep|have a fire? extinguisher handy|ready|close`, 'threat'),
  threat(`${INTENT} put|throw|send _{1,4} through the|a|his|her _? window|windscreen|door|wall`, 'threat'),
  // "you will be found, and you will regret every word", "Not a threat, a promise.", "something loaded with his name on it"
  acrossSentences(threat(`be found ${NEARBY} regret`, 'threat')),
  acrossSentences(threat(`not a threat _{0,2} a promise`, 'threat')),
  threat(`loaded|sharpened|oiled with|and your|ur|his|her name`, 'threat'),
  // "tell her to keep the doors locked this week", "I'll pour petrol on his Hilux myself while he's sitting in it"
  threat(`tell|telling her|him|them to keep|lock the|her|his|their doors|door locked|shut`, 'threat'),
  threat(`pour|pouring|throw|throwing petrol|gasoline|fuel|acid on|over his|her|their|your|ur`, 'threat'),
  // "Go round tonight and torch the lot", "batter him. Every one of you.", "the mosque … should be ash by morning"
  threat(`go|going round tonight|there|later? and|n torch|burn|smash|batter|do|sort`, 'call on others to harm someone'),
  threat(`batter|deck|glass|jump him|her|them|em _{0,3} every|all one? of you`, 'call on others to harm someone'),
  threat(`@arson_target _{0,6} should|will|must be ash|ashes|rubble|ablaze|burning|burnt|burned`, 'threat against a place'),
  // "@tomhaskett_ needs hounding until he's scared to leave the house"
  threat(`needs|need|deserves hounding|harassing|harrassing`, 'call to harass someone'),
  // Generalisations after held-back-63 to -66 (letters and columns; business; celebrity; weather and transport)
  // "before I come to Leeds and slit his throat", "I swear I'll strangle him with his own tie", "leave him not breathing"
  threat(`i|ill|ll|d|id|im|we|and|gonna|wanna|will slit|cut|slash ${OWNER}|you|u|him|them throat|throats`, 'threat of bodily harm'),
  threat(`${INTENT}|im|m|ll|and @adverb? strangle|strangling|throttle|throttling you|u|ya|him|her|them|em|#Name`, 'threat of bodily harm'),
  threat(`leave|leaving him|her|you|u|ya|them|em not breathing`, 'threat of bodily harm'),
  threat(`leave|leaving him|her|you|u|ya|them|em unable to walk|stand|see`, 'threat of bodily harm'),
  threat(`leave|leaving him|her|you|u|ya|them|em in a coma|wheelchair`, 'threat of bodily harm'),
  threat(`beat|beating|batter|battering|knock|knocking|kick|kicking the life|living daylights? out of ${DET_MOD} ${VICTIM}`, 'threat of bodily harm'),
  // "bringing a knife for the one who called us crazy", "I'll fix you. Permanently.", "you'll be needing a good dentist"
  threat(`bringing|bring|taking|take|brought a|my|the knife|blade|machete|shank|gun|bat|glock|shotgun for the|that? one|guy|bloke|lad|woman|girl|ref|referee|man|him|her|you|u|them|#Name`, 'weapon in a threat'),
  acrossSentences(threat(`i|ill|ll|will|gonna fix|sort|silence|finish you|u|ya|him|her|them|em out|off? permanently|forever`, 'threat')),
  threat(`@second_person|@person_noun|@role|#Name|he|she|they will|ll be? need|needing a good? dentist|surgeon|dentists|surgeons`, 'threat'),
  threat(`${INTENT} _{0,6} _{0,6} and|n he|she|they|you|u|ya @menace_outcome`, 'threat'),
  threat(`when|til|till|until|before|soon #Name|he|she|you|u|they|ya _{0,3} is|s|are|re|r 6ft|six|#Num feet|foot|ft? under`, 'wishing someone harm'),
  threat(`he|she|you|u|they|ya|#Name ll|will|gonna|d be|end up? 6ft|six|#Num feet|foot|ft? under`, 'threat'),
  // "I'll drive straight through you", "I'll run you over", "stave your head in", "I'm putting him through his own windscreen"
  threat(`${INTENT}|im|m|ill|ll|gonna _? drive|plough|plow|ram straight|right? through|into you|u|ya|him|her|them|em`, 'threat'),
  threat(`${INTENT}|im|m|ill|ll|gonna _? run|mow you|u|ya|him|her|them|em over|down !to|the|at|in|for|on|tomorrow|later|after|before|if|when|there|home|first|quickly`, 'threat'),
  threat(`kick|stave|smash|cave|bash|kicking|staving|smashing|caving|bashing ${OWNER} head|heads|face|faces|skull|teeth in`, 'threat of bodily harm'),
  threat(`im|m|ill|ll|will|gonna putting|put|throwing|throw _{1,4} through the|a|his|her|their|your|ur _? window|windscreen|door|wall`, 'threat'),
  // "I'll be waiting outside the council chambers with my late husband's shotgun", "not leaving till that agent is on the floor"
  threat(`be|ll|will|im|m waiting|wait _{0,6} with a|an|my|his|her|our|some _{0,3} ${ARMS}`, 'weapon in a threat'),
  threat(`not|never|wont|won t? leaving|leave|stop|stopping|stopping till|until|til _{0,3} is|s|are|re on the floor|deck|ground`, 'threat'),
  // "give him a proper kicking", "someone should give that landlord a good hiding", "people like me will be waiting"
  threat(`give|gave|giving him|her|you|u|ya a|an good|proper|right|real|sound kicking|hiding|beating|battering|leathering|hammering|going`, 'threat of bodily harm'),
  threat(`give|gave|giving that|this|the _? @role|@person_noun a|an good|proper|right|real|sound kicking|hiding|beating|battering|leathering`, 'threat of bodily harm'),
  threat(`people|folk|lads like me|us _{0,2} will|ll be waiting`, 'threat'),
  // "when someone slips something into Mia's drink", "his fingers snapped one by one", "his brakes might not be as reliable"
  threat(`slip|slips|pop|pops something|summat|sumthin|smthn into|in _{0,4} drink|drinks|pint|glass`, 'threat'),
  threat(`snap|break|crush|snapped|broken|crushed _? fingers|toes|knuckles|bones one by one`, 'threat of bodily harm'),
  threat(`fingers|toes|knuckles|bones snapped|broken|crushed one by one`, 'threat of bodily harm'),
  threat(`${OWNER} brakes|brake|steering might|may|could|will|would|mysteriously|suddenly _{0,3} fail|reliable|work|give`, 'threat'),
  threat(`shame|pity|tragedy if|when ${OWNER} brakes|brake|steering fail|failed|failing|went|go`, 'threat'),
  acrossSentences(threat(`isolated|remote|lonely|alone _{0,6} nobody|noone|one would|will|d|ll hear|hears a|the|anything thing|scream|screams|shot|shots`, 'threat')),
  // incitement: "Burn the QuickCash branches down", "the only cure for slumlords is fire", "bring a can of petrol and light it up"
  threat(`^burn|torch|firebomb the|their|his|her|those|these _? @arson_target|branches|branch|shops|depot|compound|cars|vans down|tonight`, 'call on others to harm someone'),
  threat(`${CALL} @adverb* burn|torch|firebomb the|their|his|her|those|these _? @arson_target|branches|branch|shops|depot|compound|cars|vans down|tonight`, 'call on others to harm someone'),
  threat(`only? cure|answer|solution for|to _{0,3} is|s a|the? fire|arson|petrol|match|lighter|bullet|bullets|rope`, 'call on others to harm someone'),
  threat(`petrol|gasoline|lighter|fuel|matches _{0,6} light|set|torch it|them|em all? up|alight|ablaze|fire`, 'call on others to harm someone'),
  // "pay the chairman a visit … and show him what restructuring feels like", "… a visit tonight and make sure it burns"
  acrossSentences(threat(`visit _{0,6} _{0,6} show|showed|teach|taught him|her|them|em what _{0,3} feels|feel like`, 'call on others to harm someone')),
  acrossSentences(threat(`visit _{0,6} _{0,6} physically`, 'call on others to harm someone')),
  threat(`visit _{0,6} _{0,6} make sure it|he|she|they burns|burn|doesn|don|never|can|cant`, 'call on others to harm someone'),
  // "go smash the windows at that lettings agency", "let's go smash up his shop", "start hunting these hedge fund guys down"
  threat(`${CALL} @adverb* smash|brick|kick|put the|their|his|her|its windows|window|doors|door`, 'call on others to harm someone'),
  threat(`${CALL} @adverb* smash|torch|brick up? his|her|their|that|the shop|office|offices|house|car|branch|branches`, 'call on others to harm someone'),
  threat(`start|time|go|get|keep hunting|hunt|tracking|track these|those|them|the|that _{0,3} down`, 'call on others to harm someone'),
  acrossSentences(threat(`bats|hurleys|sticks|bricks|machetes|crowbars|clubs at the ready _{0,3} see|meet|tonight|lads`, 'call on others to harm someone')),
  // "meet … Bring whatever you've got", "Bring whatever you've got and make sure he doesn't walk out", "Lads …, you know what needs doing"
  acrossSentences(threat(`meet|meeting _{0,6} _{0,6} bring whatever|anything you|u ve|have? got`, 'call on others to harm someone')),
  acrossSentences(threat(`bring|bats|bricks ${NEARBY} make sure he|she|they doesn|don|didn|never|can|won t? walk|leave|leaves|walks out|home|away`, 'call on others to harm someone')),
  threat(`lads|boys|men _{0,6} you|yous|u know what needs|need doing`, 'call on others to harm someone'),
  // "shove them into the ditch. Teach them whose road it is.", "throw bottles at them", "so she knows we're watching"
  threat(`shove|push|knock|run him|her|you|u|ya|them|em into|in|off the|a ditch|canal|river|road|bridge`, 'call on others to harm someone'),
  threat(`teach|show them|em|him|her whose road|street|town|country it|this is|s`, 'call on others to harm someone'),
  threat(`throw|chuck|lob|hurl bottles|bricks|stones|rocks|eggs|acid|coins at him|her|them|em|you|u`, 'call on others to harm someone'),
  threat(`so|let he|she|they|you|u|him|her|them know|knows we|i|were|im re|are|m? watching !the|a|it|this|tv|match|game|football|telly|live|from|on|with`, 'call to harass someone'),
  threat(`every hour|minute|night|day _{0,4} till|until|til he|she|they|him|her|them cracks|crack|quits|quit|breaks|snaps|resigns`, 'call to harass someone'),
  // Generalisations after held-back-67 to -70 (faith; immigration; schools; replies to reporters)
  // "im gonna find that pastor n stab him", "I will find the hack who wrote this and break both his hands"
  threat(`${INTENT}|gonna|ll|will find|catch|get _{1,6} and|n @violent_verb|stab|shoot|strangle|batter him|her|them|em|you|u|ya|#Name`, 'stated intention to harm someone'),
  threat(`${INTENT}|gonna|ll|will find|catch|get _{1,6} and|n break|snap|smash|crush both? ${OWNER} hands|legs|arms|fingers|jaw|nose|neck|knees`, 'stated intention to harm someone'),
  // "get his face rearranged", "you're getting a smack", "his camera shoved down his throat", "should both be shot"
  threat(`face|faces rearranged|rearranging`, 'threat of bodily harm'),
  threat(`rearrange|rearranging ${OWNER} face|faces`, 'threat of bodily harm'),
  threat(`you|u|ya re|are|r getting|gonna|gettin get? a smack|slap|hiding|kicking|beating|battering|slapping !on|from|for`, 'threat of bodily harm'),
  threat(`camera|phone|pen|notebook|mic|microphone|lens shoved|rammed|stuffed down`, 'threat of bodily harm'),
  threat(`${VICTIM} should|must|ought|deserve|deserves both|each to? be shot|hanged|hung|executed|killed|strung`, 'saying someone should be harmed'),
  // "me n the lads r comin for ya"
  threat(`lads|boys _{0,3} coming|comin for ya|you|u|yous`, 'threat'),
  // "won't be walking out of there", "the first brick they lay will go through the imam's window", "needs a visit with a cricket bat"
  threat(`won|wont|will|not t? not? be walking|walk out of there|that|here !with|without|a|an|the|first|today|tonight|on|after|before|unless|until|till|if`, 'threat'),
  threat(`brick|bricks|rock|rocks|stone|stones _{0,6} will|ll|gonna|come|comes go|be|end|come? through`, 'threat'),
  threat(`visit _{0,3} with a|an|my|some _? ${ARMS}|hammer|hammers|cricket`, 'weapon in a threat'),
  // "start torching the vans", "Rocks, bats, whatever's handy" (scared to leave the house: with hounding, below)
  threat(`start|go|keep|get torching|firebombing the|their|those|them|em|his|her !calories|fat|carbs|pounds|competition|opposition|defence|defense`, 'call on others to harm someone'),
  threat(`rocks|bricks|stones|bats|bottles _? rocks|bricks|stones|bats|bottles|sticks _{0,2} whatever|anything s|is|you|u? handy|got`, 'call on others to harm someone'),
  // "hunt down these lying journalists one by one", "Drag every one of these reporters out into the street", "push that photographer into the river"
  threat(`hunt|hunting down _{0,4} one by one`, 'call on others to harm someone'),
  threat(`drag|dragging _{0,6} _{0,2} reporters|journalists|them|em|him|her|politicians|mps|traitors|councillors out into|onto|in the street|streets`, 'call on others to harm someone'),
  threat(`push|shove|throw|chuck that|the|this _? into|in|off the|a river|canal|ditch|sea|harbour|bridge`, 'call on others to harm someone'),
  // "Be a real shame if something happened to that nice little newsroom", "shame if a fire started", "a bit of petrol poured over it"
  threat(`shame|pity if something|anything happened|happens|were|was to? happen? to your|ur|that|his|her|their nice|lovely|little|pretty|beautiful|new`, 'threat'),
  threat(`shame|pity|tragedy if a|the fire|blaze|fires started|starts|broke`, 'threat'),
  threat(`shame|pity if _{0,6} _{0,6} petrol|acid poured|thrown|splashed`, 'threat'),
  // "I know you run along the canal every morning at 6. Enjoy it while you can.", "you've got a wife and two kids. Think about them"
  acrossSentences(threat(`i|we know you|u|ya _{0,6} every|each morning|night|evening|day ${NEARBY} enjoy it|while|careful|watch`, 'threat')),
  acrossSentences(threat(`got|have a wife|husband|kids|family _{0,6} think about them|that|this`, 'threat')),
  // "husband works at the Halford Road Tesco … someone should tell him", "Let's all send her what she deserves", "you'll pay for what you did"
  acrossSentences(threat(`husband|wife|son|daughter|partner|dad|mum works|work at ${NEARBY} someone|somebody|anyone should|could|might|needs`, 'call to harass someone')),
  threat(`pay for what you|u did|done _{0,3} and not in money|cash`, 'threat'),
  // "I say we hang him from the nearest tree"
  threat(`i say we|lets|let|just @adverb* hang|lynch|shoot|kill|stab|burn|torch|string ${DET_MOD} ${VICTIM_UNNAMED}|#Name`, 'call on others to harm someone'),
  // Generalisations after held-back-71 to -74 (health; US courts; international news; sport)
  // "you won't make it from your front door to your car", "going to pay in blood", "they wont leave it in one peice"
  threat(`won|wont|not|never t? make|making it from|to ${OWNER} front? door|car|house|office`, 'threat'),
  threat(`pay|paying in blood`, 'threat'),
  threat(`they|he|she|you|u|ya|we _? won|wont|not|never t? leave|get|make|walk _{0,3} in one piece|peice`, 'threat'),
  threat(`the kind|sort|type you|u|they don|dont|won|wont|never t? get|come|walk up|back from`, 'threat of bodily harm'),
  threat(`scared|afraid|nervous|terrified to start ${OWNER} car|engine|van`, 'threat'),
  // "When I find her she's gonna wish …", "gonna catch him slippin"
  threat(`when i|we find|catch him|her|them|em|you|u|ya _{0,4} gonna|going|ll|will wish|regret`, 'threat'),
  threat(`catch|catching|catchin him|her|them|em|you|u|ya slippin|slipping`, 'threat'),
  // "slash the tires", "let's all pile on", "make sure they never show their face", "anyone want the prosecutor's home addy?"
  threat(`slash|slashing|let|letting the|his|her|their|your|ur tyres|tires`, 'call on others to harm someone'),
  threat(`let|lets s? all? pile on|onto`, 'call to harass someone'),
  threat(`make sure _{0,2} never show|shows _{0,2} face|faces`, 'call to harass someone'),
  threat(`anyone|anybody|who want|wants|needs|need _{0,4} home addy|address`, 'call to harass someone'),
  threat(`town|estate|street _{0,6} where to find him|her|them`, 'call to harass someone'),
  // "shot on sight", "teach you a lesson with my own hands", "end up like that other journalist they found in the river"
  threat(`be shot|killed on sight`, 'threat'),
  threat(`lesson _{0,3} with my|our own|bare|two hands`, 'threat'),
  threat(`end up like _{0,5} found|fished|pulled in|from|out`, 'threat'),
  // "bullets are cheap", "I have your photo and I have a machete", "lovely daughters you have. Hope they stay safe"
  threat(`bullets are|re cheap`, 'threat'),
  threat(`have|ve|got your|ur photo|picture|pic|address|name _{0,6} _{0,6} ${ARMS}|knife|machete|panga|petrol`, 'threat'),
  acrossSentences(threat(`lovely|nice|beautiful|pretty wife|daughters|daughter|kids|children|family|son|sons you|u have|got _{0,6} hope|shame|safe|careful`, 'threat')),
  // incitement: "burn every Hausa kiosk", "what happens to blasphemers", "gather … with sticks", "coming to your house to sort you out"
  threat(`burn|torch|smash|break every|all _{0,2} kiosk|kiosks|shop|shops|stall|stalls|house|houses|home|homes|church|churches|mosque|mosques|business|businesses`, 'call on others to harm someone'),
  threat(`what happens to blasphemers|traitors|grasses|snitches|nonces|apostates|collaborators`, 'call on others to harm someone'),
  threat(`gather|meet|assemble|come|turn _{0,6} with bricks|bats|machetes|pangas|knives|clubs`, 'call on others to harm someone'),
  threat(`coming|come|comin|going|round to your|ur house|home|door|street|place _{0,3} sort|teach|deal|batter|smash you|u|ya|him|her|them|em`, 'threat'),
  // "anyone from that club … gets glassed", "That ref is getting a visit", "need a wheelchair by Christmas", "knock that coach's teeth out"
  threat(`anyone|whoever|anybody|bloke|guy _{0,6} _{0,4} gets|get|getting glassed|stabbed|knifed|bottled|shanked|battered`, 'threat'),
  threat(`ref|referee|umpire|linesman|judge|juror|reporter|he|she is|s getting a visit`, 'threat'),
  threat(`need|needing a wheelchair|zimmer|crutches by|before`, 'threat'),
  threat(`knock|kick|smash|punch that|his|her|your|ur|their _? s? teeth out|in`, 'threat of bodily harm'),
  // "Tool up and let's give them a proper welcome", "no one goes home unhurt", "aim for heads", "key the manager's Range Rover"
  threat(`tool|tooled up _{0,3} let|lets|and|meet|lads|welcome|tonight`, 'call on others to harm someone'),
  threat(`nobody|noone|one goes|go|leaves home? unhurt|unscathed`, 'threat'),
  threat(`aim for heads|faces`, 'call on others to harm someone'),
  threat(`key|keying ${OWNER}|the|that _{0,3} car|cars|motor|range|van|merc|bmw|audi|porsche|tesla`, 'call on others to harm someone'),
  // "Flood his wife's Instagram", "Hundreds of messages a day until he quits"
  threat(`flood|spam his|her|their wife|husband|kids|mum|family _{0,2} instagram|facebook|accounts|account|phone|inbox`, 'call to harass someone'),
  threat(`a|per|every day|night|hour until|till|til he|she|they quits|quit|resigns|cracks|breaks|leaves`, 'call to harass someone'),
  // Generalisations after held-back-75 to -78 (housing; gaming; politics; family)
  // "put her front windows in", "I'm taking a spade to his head" (leaving in an ambulance: below)
  threat(`put|putting|smash|smashing|kick|kicking|bust|knock ${OWNER} front|back windows|window|door|doors in|through`, 'threat'),
  threat(`taking|take|took a|an|my spade|bat|hammer|brick|shovel|axe|machete|crowbar|golf|cricket|baseball club|bat? to ${OWNER}|him|her|them head|face|skull|knees`, 'threat of bodily harm'),
  // "a real shame if it caught light one night", "wont be so smug wiv 2 broken legs", "there'll be blood this time"
  threat(`shame|pity if it|the|their|his|her _? caught|catches|went|goes light|fire`, 'threat'),
  threat(`be so smug|cocky|brave|mouthy|gobby|clever with|wiv|wi|w broken|a|two|#Num broken? legs|arms|jaw|nose|kneecaps|teeth`, 'threat'),
  threat(`there ll|will be blood this|next time|tonight|on|if`, 'threat'),
  // "I've got a shotgun licence and I'm not afraid to use it", "long memories … petrol", "deserves a bullet", "wants a guid kickin"
  threat(`${ARMS} _{0,6} not|never afraid|scared|shy to use it|them`, 'weapon in a threat'),
  acrossSentences(threat(`long memories ${NEARBY} petrol|matches|lighter|bat|bats|brick|bricks`, 'threat')),
  threat(`deserve|deserves|deserved a bullet|beating|kicking`, 'saying someone should be harmed'),
  threat(`deserve|deserves|deserved the rope`, 'saying someone should be harmed'),
  threat(`wants|needs a guid|good|proper kickin|kicking|hiding|battering|leathering|doing`, 'threat of bodily harm'),
  // "stabbing the first balance designer i see", "I'm bringing a knife, simple as", "your mum won't recognise you"
  threat(`stab|stabbing|shoot|shooting|kill|killing|knife|knifing|batter|battering|glass|glassing the first _{0,3} i|we see|find`, 'threat'),
  threat(`next time _{0,6} _{0,4} bringing|bring a|my knife|blade|machete|gun|bat|hammer !for|to|and|so|with`, 'weapon in a threat'),
  threat(`your|ur mum|mother|family|own won|wont|will t? not? mother? recognise|recognize you|u`, 'threat of bodily harm'),
  // "you'll find out you bleed like everyone else", "nobody has to get hurt"
  threat(`find out _{0,3} bleed like everyone|everybody`, 'threat'),
  threat(`gonna|going|ima|finna to? shoot|sh00t up the|that|this|a`, 'threat'),
  threat(`nobody|noone|one has|needs|have to get hurt`, 'threat'),
  // "The only language these scam bros understand is a beating", "do the world a favour and knock them out"
  threat(`only language _{0,5} understand|understands is a|the? beating|bullet|kicking|violence|fist|fists|force`, 'call on others to harm someone'),
  threat(`do|doing the|us|everyone world? a favour|favor and|n kill|shoot|stab|hang|batter|torch|burn|glass|deck`, 'call on others to harm someone'),
  // "he'll be going home in an ambulance", "hes getting a hammer to the knees", "a lamppost … with Minister Farrell's name on it. Rope's in the van."
  threat(`he|she|they|you|u ll|will be going|leaving|go|leave home? in an|a ambulance|box|coffin`, 'threat'),
  threat(`getting|get|gets a hammer|bat|brick|spade to the knees|head|face|kneecaps`, 'threat of bodily harm'),
  threat(`long memories _{0,3} aim|bullets|rope`, 'threat'),
  threat(`lamppost|rope|noose _{0,6} _{0,4} name on it`, 'threat'),
  threat(`rope s|is in the van|car|boot`, 'threat'),
  // "we won't be bringing questions", "dealt with the old fashioned way", "tar and feather", "won't make it to polling day in one piece"
  threat(`won|wont|not t? be bringing questions`, 'threat'),
  threat(`bringing|bring more than questions`, 'threat'),
  threat(`dealt|deal with the old fashioned|fashion way`, 'threat'),
  threat(`tar|tarring and|n feather|feathers`, 'threat'),
  threat(`@role|@person_noun|#Name|he|she|they|you|u won|wont|not|never t? make it to _{0,3} in one piece|peice`, 'threat'),
  // "I'm bringing the rifle down to the leisure centre", "I'd happily do ten years for …", "make sure he doesn't walk out of there"
  threat(`bringing|bring the|my rifle|shotgun|glock|machete|guns down|round`, 'weapon in a threat'),
  threat(`happily|gladly do|serve time|life|years|ten|twenty|#Num years? for`, 'threat'),
  threat(`make sure he|she|they doesn|don|does|do not|t? walk|walks|get|gets out of there|alive`, 'threat'),
  // "hammer on their doors at 3am. Make them scared in their own beds", "set a few of the lads on him", "to her office with torches"
  threat(`hammer|hammering on their|his|her doors|door|windows|window`, 'call to harass someone'),
  threat(`scared|afraid in their|his|her own beds|homes|houses`, 'call to harass someone'),
  threat(`set|setting _{0,4} dog|dogs|lads on him|her|them|em`, 'call on others to harm someone'),
  threat(`office|house|home|surgery _{0,2} with torches|pitchforks`, 'call on others to harm someone'),
  // "wants her face smashed in", "He'll wish he'd stayed inside", "teeth would end up all over the tarmac", "Sleep lightly."
  threat(`wants|needs|deserves ${OWNER} face|head|skull smashed|kicked|caved|stoved in`, 'threat of bodily harm'),
  threat(`wish he|she|they|you d|had stayed inside|locked`, 'threat'),
  threat(`teeth _{0,3} all over the|that tarmac|pavement|floor|road`, 'threat of bodily harm'),
  threat(`little accident _{0,6} brake|brakes`, 'threat'),
  // "hound him till he's too scared to leave the house", "make sure she's too scared to ever sit again", "post her up … sort her out ourselves"
  threat(`hound|hounding|make|get|keep them|him|her|em _{0,4} scared|afraid|terrified to leave`, 'call to harass someone'),
  threat(`make sure he|she|they s|is|re|are too scared|afraid`, 'call to harass someone'),
  threat(`sort|deal with him|her|them|em out? ourselves|myself`, 'call on others to harm someone'),
  threat(`post her|him up`, 'call to harass someone'),
  // Generalisations after held-back-79 to -82 (environment; UK crime; arts; North American work)
  // "next time I won't brake", "I'll happily start with his house", "buckshot in their direction", "found in the slurry pit"
  threat(`i|ill|ll won|wont|will t? not? brake`, 'threat'),
  threat(`ll|will happily start with his|her|their house|home|car|office|family`, 'threat'),
  threat(`buckshot|bullets|lead in their|his|her|your direction`, 'threat'),
  threat(`ll|will be found in the|a slurry|loch|quarry|reservoir|woods|bog|pit`, 'threat'),
  threat(`make sure none|nobody|noone _{0,2} walk|walks again`, 'threat'),
  acrossSentences(threat(`know your|ur car|reg|registration _{0,4} drive|careful`, 'threat')),
  threat(`when you|ye|u re|are|r pulled|dragged|fished out|oot`, 'threat'),
  threat(`waiting _{0,4} with something for him|her|them|you`, 'threat'),
  threat(`bringing petrol|gasoline|accelerant !for|to|in|so`, 'threat'),
  threat(`open your|ur front? door _{0,3} i|ill|ll be standing|waiting`, 'threat'),
  threat(`nobody|noone|one would|will|d miss them|him|her`, 'threat'),
  threat(`hope|better _{0,3} sorted|made|updated out? your|ur will`, 'threat'),
  threat(`leaving|leave _{0,2} in an|a ambulance|bodybag|box|stretcher`, 'threat'),
  threat(`you|u|ya _? can|cant|cannot t? hide forever|4ever`, 'threat'),
  // "getting a blade in him", "gettin his legs broke", "it won't be for a quote", "Share his face til he's got nowhere left to hide"
  threat(`getting|get|gets a blade|knife|bullet|brick in him|her|them`, 'threat of bodily harm'),
  threat(`gettin|getting|get his|her|their|your|ur legs|arms|jaw|nose broke|broken|snapped`, 'threat of bodily harm'),
  threat(`won|wont t? be for a quote|chat|cuppa|coffee`, 'threat'),
  threat(`share|post his|her|their face|faces everywhere|til|till|until`, 'call to harass someone'),
  threat(`bring|brin something|sumthin|summat|somethin heavy|sharp`, 'call on others to harm someone'),
  threat(`don|dont t? let _{0,3} have|get one? moment|moments s? peace`, 'call to harass someone'),
  threat(`follow him|her|them off shift|home`, 'call to harass someone'),
  // "put them down like u would any stray", "reviewing the inside of an intensive care ward", "burned down with him still inside"
  threat(`put them|em|him|her down like _{0,3} stray|dog|dogs|animal|animals`, 'saying someone should be harmed'),
  threat(`you|u|ya ll|will|re|are be? seeing|reviewing|visiting|reporting the inside of`, 'threat'),
  threat(`burn|burned|burnt|torch|torched _{0,4} with _{0,3} still? inside`, 'threat'),
  threat(`ye ll|will no be walkin|walking hame`, 'threat'),
  threat(`im|m ending him|her|them|you`, 'threat'),
  threat(`better have|get good? fire insurance`, 'threat'),
  threat(`hope|better _{0,5} good|decent? insurance on|for _{0,3} house|home|car|shop`, 'threat'),
  // "spit on her. Every one of you.", "needs hunting down", "a lesson, if you catch my drift", "batter any curator who tries to stop you"
  threat(`see _{0,6} spit on her|him|them`, 'call to harass someone'),
  threat(`needs|need|deserves hunting|tracking down`, 'call on others to harm someone'),
  threat(`lesson _{0,6} if you|u catch my drift`, 'call on others to harm someone'),
  threat(`batter|deck|glass|punch|stab|smash anyone|anybody|any _? who|that tries|try`, 'call on others to harm someone'),
  threat(`make yourselves|yourself known to her|him|them`, 'call to harass someone'),
  // "one of these nights I'll be waiting", "nobody will ever find u", "better start wearing kevlar", "we know your kids' names"
  threat(`one of these nights|days _{0,3} i|ill|ll be waiting`, 'threat'),
  threat(`nobody|noone|one will|ll|would ever find you|u|ya|him|her`, 'threat'),
  threat(`better start|get wearing|buying kevlar|bulletproof`, 'threat'),
  threat(`we|i know your|ur kids|children|daughter|son|wife|husband s? names|name|school`, 'threat'),
  threat(`getting|get|gets a brick|bricks|rock through the|his|her|their|your _? windshield|windscreen|window|windows`, 'threat'),
  threat(`hope you|u like hospital food`, 'threat'),
  // "make sure his windows don't survive the night", "Burn the Uber hub … to the ground … Bring gas cans", "Let them know. With your fists."
  threat(`windows|car|house|shop|home|van _{0,2} don|dont|won|wont|doesn|doesnt t? survive the night`, 'call on others to harm someone'),
  threat(`^burn|torch _{0,6} to the ground`, 'call on others to harm someone'),
  threat(`bring|bringing gas|petrol cans|can|jerrycans`, 'call on others to harm someone'),
  acrossSentences(threat(`let them|him|her know _{0,3} with your|ur fists|boots|bats`, 'call on others to harm someone')),
  threat(`make sure _{0,3} never feel|feels safe`, 'call to harass someone'),
  threat(`rocks|bricks are|re cheap`, 'call on others to harm someone'),
  acrossSentences(threat(`finishes|ends at ${NEARBY} say hi|hello|waiting|wait|visit`, 'call to harass someone')),
  threat(`everyone|everybody should know where he|she|they lives|live`, 'call to harass someone'),
  // Generalisations after held-back-133 to -138
  // "that grass with the camera wants stabbing", "them protesters want runnin over" (not "the eggs need a good beating";
  // not "wants shooting for that back pass", which is hyperbole)
  threat(`wants|needs stabbing|knifing|lynching|kneecapping|glassing|leathering`, 'wishing violence on someone'),
  threat(`wants|needs running|runnin over`, 'wishing violence on someone'),
  threat(`wants|needs stringing up`, 'wishing violence on someone'),
  threat(`them|they|these|those|@target_group|@people_noun|protesters|protestors|lot _{0,3} want|need @harm_wanted`, 'wishing violence on someone'),
  // "Real men in this town would have torched that building years ago. Who's with me?"
  acrossSentences(threat(`pitchforks|torch|torched|torching|burn|burned|burnt|burning|lynch|string|stab|shoot|kicking|hiding|batter|battering|petrol|bricks|bats _{0,6} _{0,6} @whos_with_me`, 'call on others to harm someone')),
  // Generalisations after held-back-247 to -252: "ill break whitlows legs myself" (a name's possessive written without
  // its apostrophe; not "I'll break my neck on those stairs" or "we'll break a leg"), "be a real tragedy for the family
  // sleeping upstairs", "we're making sure they never open again"
  threat(`${INTENT} break|snap|smash|bust|cave !my|me|the|a|an|this|that|these|those|our|its|your|his|her|their|ur legs|arms|kneecaps|jaw|neck|nose|fingers|ribs|skull`, 'threat of bodily harm'),
  threat(`be|d a|such real|proper|terrible? tragedy|shame|pity for|if the|that|his|her|their family|kids|children|wife|husband|lot _{0,2} sleeping|asleep upstairs|inside`, 'veiled threat'),
  threat(`we|were|us|lets|let _{0,2} make|making|gonna|going to? _{0,2} sure they|it|he|she never open|opens|reopen|reopens|trade|trades|work|works again`, 'threat against a place'),
  // after held-back-253 to -257: "we've all had a good long look at your face now" (not a witness's "I had a good look at
  // his face"), "be a shame if them lights shorted out while Tom and Jamie were stood right underneath", "petrols cheap
  // this week and their front door is wooden", "throw eggs, throw bottles, whatever youve got", "drive them out street by
  // street", "stuff a rag in, light em", "chase their horses onto the bypass"
  threat(`we|weve|ve all? had|taken|got a good|long|proper|close|right good|long? look at your|ur|his|her|their face|faces`, 'veiled threat'),
  threat(`be|d a shame|pity if _{0,6} while|when _{0,4} stood|standing|asleep|sleeping right? underneath|beneath|upstairs|inside`, 'veiled threat'),
  acrossSentences(threat(`petrol|petrols|diesel|accelerant ${NEARBY} their|his|her front|back? door|doors _{0,2} wooden|wood|timber|flimsy`, 'threat against a place')),
  threat(`throw|chuck|lob|pelt eggs|bottles|bricks|stones|coins|rocks|cans|paint _{0,6} _{0,2} whatever`, 'call on others to harm someone'),
  threat(`them|em out @street_by_street`, 'call on others to harm someone'),
  threat(`rag|rags in|into|down _{0,4} light|lit|ignite|torch`, 'threat against a place'),
  threat(`chase|drive|run|let|set their|his|her horses|ponies|animals|livestock|dogs|cattle|sheep onto|into|on the? bypass|road|motorway|carriageway|traffic`, 'call on others to harm someone'),
  // after held-back-258 to -263: "fireworks through the letterbox at 3am", "one match is all it would take and I've got a box",
  // "funny how fires start in old terraces", "isnt insured for fire. would be interesting to find out", "that cook is dead.
  // not a figure of speech", "better get used to visitors. not the friendly kind", "the next one wont be a drawing"
  threat(`firework|fireworks|rocket|rockets|banger|bangers _{0,2} through|thru|in|into the|their|his|her|your letterbox|door|window`, 'threat against a place'),
  threat(`one|single match _{0,6} _{0,4} got a|some box|lighter|matches`, 'threat against a place'),
  threat(`funny|strange|amazing|odd|weird how fires|fire start|starts|happen|happens|break`, 'veiled threat'),
  acrossSentences(threat(`insured _{0,3} fire ${NEARBY} interesting|shame|pity|find out`, 'veiled threat')),
  acrossSentences(threat(`dead|done|finished _{0,3} not a figure of speech`, 'threat')),
  acrossSentences(threat(`visitors|visit|visits|company|guests _{0,3} not the friendly|nice|welcome kind|type|sort`, 'veiled threat')),
  threat(`next one|time won|wont|will t|not? be a|just|only? drawing|drawings|paint|graffiti|words`, 'veiled threat'),
  // after held-back-264 to -268: "keep smiling for the camera love, it's the last time you will", "break every finger she used to
  // sign that oath", "torched that flag and the house it hangs on", "All the trans in this county need driving out", "that
  // place is going up soon, with or without them in it"
  threat(`smiling|grinning|laughing|smile|grin|laugh _{0,6} _{0,2} last time you|u`, 'veiled threat'),
  threat(`${INTENT} break|snap|smash|crush every|each|all _? finger|fingers|bone|bones|tooth|teeth|rib|ribs|knuckle|knuckles`, 'threat of bodily harm'),
  threat(`torch|firebomb|burn _{0,6} house|home|flat|caravan it|they|he|she hangs|lives|live|sleeps|sleep`, 'threat against a place'),
  threat(`@target_group|@group_adjective|them|they|these|those|lot _{0,4} need|needs|want|wants driving|hounding|chasing|smoking|burning|turfing|booting|running out|off`, 'call on others to harm someone'),
  // a fire (not "the show goes on with or without him in it")
  threat(`burn|burns|burning|torch|torching|up|fire|flames|petrol _{0,6} _{0,4} with or without them|him|her|you|u|em|anyone|people in|inside it|there`, 'threat against a place'),
  // after held-back-269 to -274: "lucky theyve still got their kneecaps. for now", "on my list now. She knows what she did",
  // "be a real shame if reade's car didn't start ... if you get me", "Off it, nobody's blowing a whistle", "anyone
  // fancy stabbing the groom"
  // when they leave (not "the Tories should be watching their backs")
  threat(`watching|watch their|his|her|your|ur back|backs when|after|as they|he|she|you leave|leaves|walk|walks|finish|finishes|clock`, 'veiled threat'),
  // (not "lucky she still has her teeth at 90")
  threat(`lucky|luck _{0,4} still got|have|has their|your|his|her|ur kneecaps|kneecap`, 'threat of bodily harm'),
  // a sentence of its own (not "my car is fine for now")
  acrossSentences(threat(`kneecaps|legs|teeth|fingers|knees|windows|window|car|van|face _{0,2} ^for now`, 'threat of bodily harm')),
  acrossSentences(threat(`on my|our list ${NEARBY} knows|know what he|she|they|you did|done`, 'veiled threat')),
  acrossSentences(threat(`shame|pity if ${NEARBY} if you|u get|catch me|my drift?`, 'veiled threat')),
  threat(`off the? it|there|pitch|field _{0,4} blowing|blow|blows a|the|any whistle`, 'veiled threat'),
  // (not "anyone fancy shooting some hoops", "smashing a curry after the match")
  threat(`anyone|anybody|who fancy|fancies|fancys stabbing|battering|kicking|smashing|burning|torching|bricking|glassing|slapping|leathering|kneecapping|shooting|lynching|jumping him|her|them|em|#Name|those|these`, 'call on others to harm someone'),
  threat(`anyone|anybody|who fancy|fancies|fancys stabbing|battering|kicking|smashing|burning|torching|bricking|glassing|slapping|leathering|kneecapping|shooting|lynching|jumping the|that _? groom|bride|lad|lads|bloke|fella|owner|owners|landlord|vicar|teacher|couple|family|@role|@person_noun|@target_group`, 'call on others to harm someone'),
  // after held-back-275 to -280: "letterbox is just the right size for a lit rag", "one fire exit ... Do the maths", "keeps looking
  // over her shoulder. she's got good reason to", "lets see if he survives me", "tell the families to say their goodbyes",
  // "wants to watch themselves ... that car park has no cameras", "Anyone who eats there is marked", "days are numbered. And I
  // don't mean in the job", "never bump into me in a dark car park", "he won't hear us coming"
  threat(`letterbox|letterboxes _{0,6} _{0,3} lit|burning|flaming|petrol rag|rags|bottle|firework`, 'threat against a place'),
  acrossSentences(threat(`fire exit|exits ${NEARBY} do the maths|math`, 'threat against a place')),
  acrossSentences(threat(`looking|look|looks over her|his|their|your shoulder ${NEARBY} good reason|right to`, 'veiled threat')),
  threat(`see if he|she|they|you|u survive|survives|survived me|us`, 'veiled threat'),
  // (not "tell the kids to say their goodbyes to grandad")
  threat(`better _{0,4} say|saying|start their|your|his|her|ur goodbyes`, 'veiled threat'),
  threat(`goodbyes properly? this time`, 'veiled threat'),
  acrossSentences(threat(`goodbyes ${NEARBY} coming for`, 'veiled threat')),
  acrossSentences(threat(`watch|mind themselves|himself|herself|yourself|themself ${NEARBY} no cameras|cctv|camera|witnesses`, 'veiled threat')),
  // (not "everyone who sits the exam is marked by two examiners")
  threat(`anyone|everyone|whoever|anybody|everybody _{0,4} is|are|s|gets|get marked man|men|woman|women|now`, 'veiled threat'),
  threat(`anyone|everyone|whoever|anybody|everybody _{0,4} is|are|s|gets|get marked as far`, 'veiled threat'),
  acrossSentences(threat(`days are|r numbered ${NEARBY} mean _{0,2} in|at the|his|her|their job|post|role|seat|office|politically`, 'veiled threat')),
  threat(`bump|bumps|bumped|run|runs|ran into me|us in|on|down a|an dark|quiet|empty|lonely`, 'veiled threat'),
  threat(`won|wont|will t|not? hear|see us|me coming`, 'veiled threat'),
  // after held-back-281 to -286: "after that it stops being words", "hospital food cos thats where theyre heading", "kids go to the
  // same school as mine. they want to remember that", "whos up for burning that food bank down", "good insurance. And good
  // locks. And eyes in the back of their heads"
  // (not "when does it stop being talk and become action")
  threat(`after|then _{0,2} it|this stops being words|talk|talking|verbal|polite|peaceful`, 'veiled threat'),
  threat(`hospital|icu|morgue _{0,6} that|thats s? where they|he|she|you|u|theyre|hes|shes|youre re|are|is|s? heading|going|headed|ending`, 'veiled threat'),
  // (not "our kids went to the same school, remember that photo?")
  acrossSentences(threat(`same school ${NEARBY} ^remember that|it|this !photo|day|time|trip|teacher|one`, "threat to someone's family")),
  acrossSentences(threat(`same school ${NEARBY} want|wants|better|should to? remember that|it|this`, "threat to someone's family")),
  threat(`@up_for burning|torching|firebombing|bricking that|the|their|his|her _{0,3} down`, 'threat against a place'),
  acrossSentences(threat(`insurance|locks ${NEARBY} eyes in the back of their|his|her|your head|heads`, 'veiled threat')),
  // after held-back-287 to -292: "funny how quick a leisure centre can go up in flames", "windows are expensive. so are hospital
  // beds", "his wife looked nervous in Tesco today. she should be", "smash that stall to bits and the old man with it", "Glass
  // breaks. So do people.", "she'll get a visit. and not from the DWP", "I'm not coming to ask a question", "think they're safe
  // cos of the police escort. Police go home at 6", "who's up for following the apprentice home"
  // (not "funny how his promises went up in smoke")
  threat(`funny|strange|amazing|odd|weird how quick|quickly|easily|fast _{0,4} go|goes up in flames`, 'veiled threat'),
  acrossSentences(threat(`windows|glass|doors _{0,3} expensive ${NEARBY} hospital`, 'veiled threat')),
  // the short answer "she should be" (not "They should be, after last week" of a team)
  acrossSentences(threat(`looked|looks|seemed|seems nervous|scared|worried|frightened|jumpy|twitchy ${NEARBY} ^she|he|you should be !after|given|with|at|in|on|by|for|because|as|considering|the|a|nervous|scared|worried`, 'veiled threat')),
  threat(`smash|smashing|burn|burning|wreck|wrecking|torch|torching|trash _{0,6} and the|that|his|her|their _? man|woman|owner|owners|lad|family|kids|staff|lot|bloke|fella with it|them`, 'threat against a place'),
  acrossSentences(threat(`break|breaks|burn|burns|shatter|shatters _{0,2} so do|does people|bones|heads|you|faces|legs`, 'threat')),
  acrossSentences(threat(`get|getting|got|gets a visit _{0,3} not from`, 'veiled threat')),
  threat(`not|nt|t coming to ask a|any question|questions`, 'veiled threat'),
  threat(`we|were re|are not coming to listen|talk|chat|debate|ask`, 'veiled threat'),
  // someone who thinks they're safe (not "the town centre isn't safe after dark. Police go home at 6")
  acrossSentences(threat(`think|thinks they|theyre|he|she|you re|are|s|is? safe ${NEARBY} police|cops|coppers|plod go|goes|clock|clocks|leave|leaves home|off`, 'veiled threat')),
  threat(`@up_for following|follow _{0,4} home`, 'call on others to harm someone'),
  // after held-back-293 to -298: "we've seen your dog out in the garden. lovely dog. shame if it got out", "you'd be surprised
  // how easy it is to find out where your kids play out"
  acrossSentences(threat(`seen|saw your|ur dog|cat|kids|car|wife|husband|son|daughter ${NEARBY} shame|pity if`, 'veiled threat')),
  threat(`easy|easily|simple _{0,4} find|found out where your|his|her|their|ur kids|children|family|wife|husband|son|daughter|mum|mam`, 'veiled threat'),
  threat(`easy|easily|simple _{0,4} find|found out where you|he|she|they|u live|lives|work|works|park|parks|sleep|sleeps`, 'veiled threat'),
  // after held-back-299 to -304: "See you there. Bring a first aid kit.", "dig a hole big enough for the lot of them", "we took photos of
  // every single one and we'll be round", "enjoy her last few months of feeling safe", "parents have cars. cars have brake lines",
  // "We know the route you drive on a Sunday morning"
  acrossSentences(threat(`see you there ${NEARBY} bring|pack _{0,2} @first_aid`, 'veiled threat')),
  // (not "a hole big enough for the pond liner")
  threat(`dig|digging|dug a hole|grave|pit big|deep enough for @grave_for`, 'threat'),
  // photos of faces (not "Great photos! We'll be round to see the garden")
  acrossSentences(threat(`photos|pictures|photographed _{0,4} faces|face ${NEARBY} ll|will be round|visiting`, 'veiled threat')),
  acrossSentences(threat(`photos|pictures of every single one ${NEARBY} ll|will be round|visiting`, 'veiled threat')),
  threat(`last few? _{0,2} of feeling safe`, 'veiled threat'),
  // (not "enjoy the last quiet week before the kids go back")
  threat(`enjoy|enjoying your|her|his|their last quiet|peaceful|safe week|month|day|night|days|weeks|nights|months !before|of|until|till|off|at|in|on|with|away|for|and`, 'veiled threat'),
  // (not "my husband fixed the brake lines")
  acrossSentences(threat(`kids|children|parents|wife|husband|family ${NEARBY} cars|car|vans|van have|has _? brake line|lines|cable|cables|pipes`, "threat to someone's family")),
  // (not "I know the way you drive")
  threat(`know|knows the route you|he|she|they|u drive|drives|walk|walks|take|takes|run|runs|cycle|cycles`, 'veiled threat'),
  threat(`know|knows the way you|he|she|they|u drive|drives|walk|walks|cycle|cycles home`, 'veiled threat'),
  // after held-back-305 to -328: "I'd watch my back on the way to the car if I was her", "his card's marked", "enjoy it while you
  // still have a shopfront", "Nobody would miss that doctor if he went for a swim and didn't come up", "there'll be blood on the
  // green", "i'm not responsible for what i do", "the right to stay in one piece", "it'll look lovely carved on a headstone", "think
  // they're safe behind them school gates... gates don't stay locked forever", "tell his dad he's a dead man", "aim for the faces"
  threat(`watch|watching my back _{0,6} if i was|were her|him|them|#Name`, 'veiled threat'),
  // (not "Your card's marked, Carlow" said to the other team)
  threat(`his|her|their card|cards s|is|are marked`, 'veiled threat'),
  threat(`enjoy|enjoying it|that|this|them _{0,2} while you|u|he|she|they still have|has|got _? shopfront|shopfronts|windows|face|legs|kneecaps|teeth|knees`, 'veiled threat'),
  threat(`nobody|noone|one would|d miss _{0,5} if he|she|they @gone_for_good`, "wishing someone dead"),
  threat(`there ll|will be blood on|at|if|when`, 'threat'),
  threat(`not|nt responsible for what i|ill do|happens|happen`, 'threat'),
  threat(`right to stay|live|walk|be _{0,2} in one piece`, 'veiled threat'),
  threat(`look|looks lovely|nice|good|great|better carved|engraved|etched on a|the|his|her headstone|gravestone|tombstone`, 'threat'),
  acrossSentences(threat(`safe ${NEARBY} don|dont|won|wont t? stay locked|shut forever`, 'veiled threat')),
  threat(`tell|telling his|her|their dad|mum|brother|son|husband|wife|boss|mate he|she|they s|is|re|are a dead man|woman|men`, 'threat'),
  threat(`aim|aiming for the|their faces|eyes`, 'call on others to harm someone'),
  // after held-back-329 to -334: "a bunker is just the right size for a body", "if I clap eyes on that rabbi ... he's going in an
  // ambulance", "we've seen the pram, we know the route", "That shutter will be on the floor and so will he", "Funny how quick a gym
  // can turn into a crime scene", "hope she likes hospital food", "Refuse him the use of his legs"
  threat(`right|perfect|ideal size|place|spot for a body|bodies`, 'veiled threat'),
  threat(`clap|lay eyes on ${NEARBY} ambulance|hospital|stretcher`, 'threat'),
  acrossSentences(threat(`seen the|her|his|your pram|buggy|pushchair ${NEARBY} know the|your|her|his route|routine|address`, 'veiled threat')),
  threat(`on the floor|ground _{0,2} and so will he|she|they|you`, 'threat'),
  threat(`turn|turns|become|becomes into a crime scene`, 'veiled threat'),
  threat(`hope|hopes he|she|they|you|u like|likes hospital food`, 'threat'),
  threat(`refuse|deny|denying|refusing him|her|them|you the use of his|her|their|your legs|arms|hands|eyes`, 'threat'),
  // after held-back-335 to -340: "every local in there should chase them out the door", "They want to watch their backs at pick up"
  threat(`should|must|need|needs|gonna|lets|let to? chase|run|drive them|em out the|of door|doors|town|village|pub|county`, 'call on others to harm someone'),
  threat(`want|wants|need|needs|better|had to? watch their|his|her back|backs at|after|outside pick|pickup|school|home|the`, 'veiled threat'),
  // after held-back-341 to -346: "they'll leave without their teeth", "people have had their legs broken for less", "they're going home
  // in ambulances", "we all know where Ashby trains on tuesdays. numbers needed", "balls fly and so do fists", "Keep your doors locked
  // Mrs Chauhan, not everyone ... is as friendly", "nobody would ever find a body in the forestry", "would've had them run off by
  // now", "a quiet word round the back of the Grafton"
  threat(`leave|leaves|go|goes|walk|walks home? without their|his|her|your teeth|kneecaps|legs`, 'threat'),
  threat(`had their|his|her legs|arms|fingers|jaw|jaws|kneecaps|knees broken|smashed for less`, 'veiled threat'),
  threat(`going|go home|away in ambulances|bodybags`, 'threat'),
  threat(`going|go home|away in an|the ambulance|ambulances|stretcher`, 'threat'),
  acrossSentences(threat(`know where ${NEARBY} numbers needed`, 'call on others to harm someone')),
  threat(`so do|does fists|boots|bricks|bottles|knives|punches`, 'veiled threat'),
  acrossSentences(threat(`keep|lock your|ur doors|door locked ${NEARBY} not everyone|everybody`, 'veiled threat')),
  threat(`nobody|noone|one would|d ever? find a body|bodies`, 'veiled threat'),
  threat(`had|have them|em run|driven|chased|burnt|burned|hounded off|out by now`, 'call on others to harm someone'),
  threat(`quiet word round|out the back`, 'veiled threat'),
  // after held-back-347 to -352: "Someone kick the head in of whoever crowned her", "the Rosens have kids dont they. id keep them
  // indoors if i was them", "he can bleed like one", "Plywood doesn't stop what's coming for the people who put it up"
  threat(`someone|somebody|anyone kick|kicks the head|heads in`, 'call on others to harm someone'),
  threat(`keep them|the|their|your kids? indoors|inside _{0,3} if i was|were them|you|her|him`, 'veiled threat'),
  threat(`can|will|ll|gonna bleed like one`, 'threat'),
  threat(`stop|stops what s|is coming for`, 'veiled threat'),
  // after held-back-353 to -358: "time people ... actually went and hurt a few of them", "Tyres aren't the only thing that'll get slashed"
  threat(`went|go|goes|going and hurt|batter|battered|attack|attacked|smash|smashed|kick|kicked|beat|bash|bashed a? few|couple|some|bunch of them|em`, 'call on others to harm someone'),
  threat(`not|t|arent|isnt|wont the only thing|things _{0,3} get|be|getting|gets slashed|torched|smashed|burnt|burned|kicked|broken|stabbed`, 'veiled threat'),
  // after held-back-359 to -364: "Petrol, matches, job done", "better not wander too far from the site ... nobody would hear", "hope
  // the bishop's ready to bury one of his own", "Stay indoors, Helen and Jo. That's all I'll say.", "kids can be cruel. so can their
  // dads", "round their house tonight, safety in numbers, police cant arrest a whole street"
  threat(`petrol|diesel|fuel matches|match|lighter|lighters _{0,2} job done|sorted`, 'threat against a place'),
  threat(`better not wander|stray|go|walk too far _{0,6} _{0,6} nobody|noone would|will|d hear|see|notice`, 'veiled threat'),
  threat(`ready|prepared to bury one|some|any of his|her|their own`, 'threat'),
  acrossSentences(threat(`^stay|keep indoors|inside ${NEARBY} that|thats s? all i|im ll|will|m|am? say|saying`, 'veiled threat')),
  acrossSentences(threat(`cruel ${NEARBY} so can|could|are|do their|the|his|her dads|parents|fathers|brothers|uncles|mates`, 'veiled threat')),
  threat(`round|outside|to their|his|her house|home|place|door _{0,6} _{0,6} police|cops|they can|cant|cannot|won|wont t? arrest|nick|stop`, 'call on others to harm someone'),
  // after held-back-365 to -370: "id drown him in his own soapy bucket", "will regret the day they came here", "people know where she
  // drinks", "the boys from the estate are waiting", "put the boot in, literally", "out of our town by any means needed", "deserves
  // what's coming to them, and trust me it is coming"
  threat(`drown|choke|bury him|her|them|you|em in his|her|their|your|ur own`, 'threat'),
  threat(`regret|rue the day they|he|she|you came|arrived|moved here|over|to`, 'veiled threat'),
  threat(`know|knows where he|she|they|you|u drinks|drink|walks|shops|parks|trains|eats|socialises|drinking|walking|shopping|parking`, 'veiled threat'),
  threat(`lads|boys|men|mates from the|our estate|scheme|pub|flats are|will|ll be? waiting`, 'veiled threat'),
  threat(`put|putting|puts the boot|boots in _{0,2} literally`, 'call on others to harm someone'),
  threat(`getting|get|drive|force|run|chase|smoke _{0,4} out _{0,6} _{0,4} by any means needed|required|possible`, 'call on others to harm someone'),
  threat(`what|whats s? coming _{0,6} trust|believe me`, 'veiled threat'),
  // after held-back-371 to -376: "people get hurt working for the wrong sort", "some lads who fancy going up to say hello properly",
  // "Set the pitch on fire the night before"
  threat(`get|gets|got hurt _{0,3} wrong sort|crowd|side|lot`, 'veiled threat'),
  threat(`lads|boys|mates|few _{0,3} fancy|want|wanna _{0,3} say|saying hello|hi|hiya properly`, 'invitation to go after someone'),
  threat(`set|setting _{0,3} on fire the night before`, 'threat against a place'),
  // after held-back-377 to -382: "watch ur back Wrobel. not everyone thinks ur a hero", "bring your teeth home in a bag", "the
  // Travellers camp up by the bridge ... the valley is turning into a sewer", "Somebody torch the place", "dont boycott it, burn it",
  // "someones going to get stabbed ... id be happy to be the one", "next do-gooder who replies ... gets stabbed, try me", "might not
  // have much of a roof left by the summer", "we'll see how tough he is without a ref"
  acrossSentences(threat(`watch your|ur back ${NEARBY} not everyone|everybody`, 'veiled threat')),
  threat(`your|ur|his|her|their teeth _{0,2} in a bag|carrier|bucket|envelope`, 'threat'),
  threat(`someone|somebody|anyone|everyone torch|burn|firebomb the|that place|building|lot`, 'threat against a place'),
  threat(`don|dont|do|not t? boycott|protest|picket _{0,3} burn|torch|smash it|them|the`, 'threat against a place'),
  threat(`stabbed|shot|battered|hurt|killed|knifed|glassed _{0,6} _{0,6} happy|glad|proud|willing|volunteer to be the one`, 'threat'),
  threat(`gets|get stabbed|shot|battered|knifed|glassed _{0,2} try me`, 'threat'),
  threat(`not have|be much of a roof|house|shop|window|windows|building|studio|business left`, 'threat against a place'),
  threat(`see how tough|hard|brave|big|cocky|clever he|she|they|you|u is|are|s|re really? without a|his|her|the ref|referee|gloves|bodyguards|mates|security|police|cameras`, 'threat'),
  // after held-back-383 to -388: "put my fist through the face of the first person who ...", "line the bank and lob everything youve
  // got at them", "if i see the pair of them training on the ring road again i'm not braking", "He'll learn different when we catch him
  // outside the Black Horse"
  threat(`put|stick|shove|ram my fist|fists|boot|foot|knee through|in|into the|his|her|your|their face|faces|head|teeth|mouth`, 'threat'),
  threat(`lob|throw|chuck|hurl everything|anything|whatever you|youve|u _{0,2} at them|him|her|em`, 'call on others to harm someone'),
  threat(`if i|we see _{0,6} _{0,6} not|wont|won braking|brake|stopping|slowing`, 'threat'),
  threat(`when|once|if|till|until we|they catch|corner @third_person|@second_person outside|behind|round|near|after|alone`, 'threat'),
  // after held-back-389 to -394: "could happen to anyone. even Yusuf.", "petrols cheap enough", "rope's cheap at the farm shop",
  // "harder to grin with no teeth", "knows what happened to the last family that tried settling in …", "a bit of rat poison in the feed"
  acrossSentences(threat(`could|can|might happen to anyone|anybody ${NEARBY} even #Name|him|her|them|you`, 'veiled threat')),
  threat(`petrols|acids|ropes|rope s? cheap|easy`, 'threat'),
  threat(`grin|smile|talk|eat|chew|smirk _{0,2} with no|without teeth|kneecaps|jaw`, 'threat'),
  threat(`know|knows|remember|remembers what happened to the last family|one|lot|bloke|man|woman|person|couple`, 'veiled threat'),
  threat(`poison|antifreeze|bleach in the|their|his|her feed|water|food|drink|trough|hay`, 'threat'),
  // after held-back-395 to -400: "take back the streets from these invaders by force", "Tell Aisha Mirza to keep her kids close this
  // summer", "Would look even better burnt black", "they think they're safe behind that big hedge. they aren't", "Shame nobody held
  // Darren under a bit longer"
  threat(`take|taking|reclaim|reclaiming back? the|our streets|town|city|country _{0,6} by force`, 'call on others to harm someone'),
  threat(`to keep her|his|their kids|children|family|little close|closer|safe|indoors`, 'veiled threat'),
  threat(`look|looks|would even? better burnt|burned|torched|charred|gutted`, 'threat against a place'),
  acrossSentences(threat(`safe behind _{0,4} ${NEARBY} they|he|she|you aren|arent|isn|isnt|re|s|are|is t? not?`, 'veiled threat')),
  threat(`held|hold|holding #Name|him|her|them under _{0,4} longer`, 'threat'),
  // after held-back-401 to -406: "Canon Halloran can expect a visit. thats all im saying", "going down their yard saturday with a bat.
  // not going there to talk"
  acrossSentences(threat(`expect a visit|knock ${NEARBY} that|thats s? all i|im ll|will|m|am? say|saying`, 'veiled threat')),
  acrossSentences(threat(`with a|an|some bat|bats|machete|machetes|crowbar|crowbars|hammer|hammers|blade|knife ${NEARBY} not _{0,3} to talk|chat|reason`, 'threat')),
  // after held-back-407 to -412: "showed these people what Cornish hospitality really means", "he'll be fished out the Mersey", "you can
  // share whatever's coming to them", "fill a bin, set it alight and leave it on the … doorstep", "Every night you lock up, we're
  // watching", "hope the new partners like the smell of petrol", "she's got a ring doorbell so wear a hood", "Hope they're keeping a
  // close eye on their kids", "Worth her remembering that"
  threat(`show|showed|teach|taught these|those people|them what _? hospitality|welcome really? means|is`, 'call on others to harm someone'),
  threat(`he|she|they|you ll|will be fished|pulled|dragged out of? the #Cap|river|canal|docks|harbour|water`, 'threat'),
  threat(`share|sharing whatever|what s? coming`, 'veiled threat'),
  threat(`alight|ablaze _{0,4} on|at|through the|their|his|her _? doorstep|door|letterbox`, 'threat against a place'),
  threat(`every night|morning|day you|u lock|close|leave|shut _{0,4} watching`, 'veiled threat'),
  threat(`like|likes the smell|taste of petrol|smoke|burning`, 'threat'),
  threat(`so|better wear a hood|mask|balaclava|gloves`, 'call on others to harm someone'),
  threat(`hope they|he|she re|s|is|are keeping|keep a close eye on their|his|her kids|children`, 'veiled threat'),
  threat(`worth her|him|them remembering|knowing that|this`, 'veiled threat'),
  // after held-back-413 to -418: "last thing she ever does if i get my way", "Shame if they don't make fifty one", "hope their windows
  // are insured", "Brighton needs cleansing", "come on people we outnumber them"
  threat(`last thing she|he|they ll|will? ever does|do`, 'threat'),
  threat(`shame|pity if they|he|she|you don|dont|didn|didnt|doesn|doesnt|never t? make|see|reach`, 'veiled threat'),
  threat(`hope their|his|her windows|house|car|shop|van are|is insured`, 'veiled threat'),
  threat(`needs|need cleansing|purging`, 'call on others to harm someone'),
  threat(`we outnumber them|em`, 'call on others to harm someone'),
  // after held-back-419 to -424: "No idea what's coming for them the week the strike ends", "if i were her id get a good lock on
  // the door. not that it'll help"
  threat(`no|little|nae idea|clue what|whats s? coming for|to them|him|her|you|em`, 'veiled threat'),
  acrossSentences(threat(`if i|id were|was her|him|them|you|u _{0,6} lock|locks|bolt|bolts|alarm|alarms|camera|cameras|doorbell _{0,6} not that it|they|that ll|will|d|would help|matter|work|save|stop`, 'veiled threat')),
  // after held-back-425 to -430: "theyll be carrying that old man out of there in a box", "Their grandkids walk past my road every
  // morning. I'm watching.", "They're all sleeping nice and sound at night are they. For now.", "turn up mob handed and teach him some
  // respect"
  threat(`carrying|carry|carried|wheeling|wheel|stretchering _{0,4} out _{0,3} in a|the box|coffin|bodybag`, 'threat'),
  acrossSentences(threat(`@family_member|grandkids|grandchildren|kids|children|wife|husband _{0,6} every morning|day|night|evening|afternoon _{0,6} i|we m|re|am|are watching|waiting`, 'veiled threat')),
  acrossSentences(threat(`they|you|u re|are all? sleeping|sleep nice|sound|soundly|safe|tight|well _{0,6} _{0,3} for now`, 'veiled threat')),
  threat(`turn|go|come|show|roll up|round mob|team handed`, 'call on others to harm someone'),
  threat(`teach|learn him|her|them|em|that|this _{0,2} some respect|manners`, 'call on others to harm someone'),
  // after held-back-431 to -436: "Tidcombe has to leave the Council House at some point. We'll be waiting by the side door.", "she
  // should count herself lucky it's only comments for now", "Happy to do a stretch inside for that woman", "glad its not the 80s
  // anymore. that can change", "his lad plays for Westlea Juniors on a saturday and that pitch isn't very well lit", "ill snap his
  // little robot arm", "I'll pay a ton to whoever goes and batters the teacher"
  acrossSentences(threat(`leave|leaves|leaving|finish|finishes _{0,6} at? some? point|eventually|sometime _{0,6} _{0,2} we|i ll|will|re|m be waiting|watching`, 'veiled threat')),
  threat(`count|counts herself|himself|themselves|yourself|yourselves lucky _{0,6} for now`, 'veiled threat'),
  threat(`happy|willing|glad|ready|prepared|happily to? do|serve _{0,2} time|stretch|bird|porridge|life|years inside? for|over that|him|her|them|this`, 'threat'),
  acrossSentences(threat(`glad|lucky it|its s? not _{1,3} anymore|now|nowadays _{0,6} _{0,4} can|could|might change|return`, 'veiled threat')),
  acrossSentences(threat(`his|her|their|s @family_member|lad|boy|girl|kid|kids _{0,6} _{0,6} _{0,4} isn|isnt|not|aint t? very|that|so|too? well|badly|poorly? lit|dark`, 'veiled threat')),
  threat(`${INTENT} snap|break|smash|twist his|her|your|their _{0,2} arm|arms|leg|legs|neck|wrist|wrists|fingers|jaw|nose|back`, 'threat of bodily harm'),
  threat(`pay|give|offering|offer _{0,3} to|for whoever|anyone|anybody _{0,4} batters|beats|hits|smacks|slaps|decks|punches|glasses|stabs|bottles|kicks|knocks|leathers|twats`, 'call on others to harm someone'),
  // after held-back-437 to -442: "if I catch any of them … they're going in the river", "hit them where they live lads. literally.",
  // "think very carefully about who they work for. People who back the wrong horse get trampled", "be a terrible shame to see them
  // hurt", "time the lads of Oldham drove this lot out of … the town"
  threat(`if i|we catch|see _{0,6} _{0,3} they|he|she|you re|s|ll|will|are|is going|go in|into the river|canal|sea|lake|docks|dock|harbour|quarry|reservoir|cut`, 'threat'),
  acrossSentences(threat(`hit|hurt _{0,2} where they|he|she|you live|lives _{0,4} literally`, 'threat')),
  acrossSentences(threat(`think _{0,2} carefully about who|where _{0,6} _{0,6} trampled|hurt|burned|burnt|crushed|flattened`, 'veiled threat')),
  threat(`be a|an terrible|real|awful|great? shame|pity to see _{0,3} hurt|harmed !by|financially`, 'veiled threat'),
  threat(`drive|drove|driving|run|ran|kick|kicked|boot|booted|hound|hounded this|that|these|those|the|their lot|people|family|families|scum _{0,6} out of the? town|area|city|village|estate|street|country`, 'call on others to harm someone'),
  // after held-back-443 to -448: "Her garden shed's all wood isn't it. Dry week forecast too.", "make every one of those refugees too
  // scared to leave the house", "funny how quick a pub can go up", "snap both of Daniel Ackroyd's arms", "if the lads … all went in
  // together one night", "Time the village ran them out, by force"
  acrossSentences(threat(`wood|wooden|timber isn|isnt t? it _{0,6} _{0,2} dry|windy`, 'threat against a place')),
  threat(`make|making _{0,6} too scared|frightened|afraid|terrified to leave|go|step|walk|show`, 'call on others to harm someone'),
  threat(`funny|amazing|mad|surprising how quick|quickly|fast _{0,4} go|goes|went up|burn|burns|catch|catches`, 'threat against a place'),
  threat(`${INTENT} snap|break|smash|twist both|his|her|your|their|#Name _{0,4} arm|arms|leg|legs|neck|wrist|wrists|fingers|jaw|nose|kneecaps`, 'threat of bodily harm'),
  threat(`all? went|go|goes|going in together one|some|any|at night|nite`, 'call on others to harm someone'),
  threat(`ran|run|drove|drive|kicked|kick|hounded|hound them|em|him|her out _{0,6} _{0,2} by force|force`, 'call on others to harm someone'),
  threat(`time _{0,3} ran|run|drove|drive|kicked|hounded them|em|him|her out`, 'call on others to harm someone'),
  // after held-back-449 to -454: "one phone call and his wife's a widow", "i dont mean with flowers", "should think twice about leaving
  // the house", "makes it easier to recognise every one of you", "Why is nobody burning these people out yet?"
  threat(`one|single call|word|phone|text _{0,6} widow|widower|orphan|orphans|fatherless|motherless`, 'threat'),
  threat(`don|dont|do t? not? mean with a|an|some? flowers|bouquet|balloons|banner|welcome|cake|hugs|cuddles`, 'veiled threat'),
  threat(`think twice about leaving|going|walking|stepping _{0,3} house|home|out`, 'veiled threat'),
  threat(`makes|make|making it? easier|easy to recognise|recognize|spot|identify|find _{0,3} you|them|every|each|all`, 'veiled threat'),
  threat(`why is|isn|isnt t? nobody|noone|anyone burning|torching|firebombing|bricking|attacking these|those|them|this|that|their`, 'call on others to harm someone'),
  // after held-back-455 to -460: "Funny how quick people can disappear", "better get used to having their tyres done", "hes not walking
  // home as easy as he walked in", "Steve can take the hiding alongside her", "go after their horses"
  threat(`funny|amazing|mad|surprising how quick|quickly|fast|easy|easily a? people|folk|families|family|someone|somebody|he|she|they|person|man|woman|lad|girl|kids _{0,3} disappear|disappears|vanish|vanishes|missing`, 'veiled threat'),
  threat(`used to having|getting their|his|her|your tyres|windows|car|cars|house done|slashed|smashed|popped`, 'veiled threat'),
  threat(`not|nt|wont|won t? be? walking|walk home|out as|so easy|easily|well|fast`, 'veiled threat'),
  threat(`take|takes|get|gets the|a hiding|kicking|beating|battering alongside|with`, 'threat of bodily harm'),
  threat(`go after their|his|her horses|horse|dogs|dog|pets|animals|kids|children|family`, 'call on others to harm someone'),
  // after held-back-461 to -466: "cycles home … down a long quiet road doesnt he", "might pop in, bring a few friends. he'll remember
  // it", "she can be the guy on top", "round them all up and chuck them in the Tyne"
  threat(`quiet|lonely|dark|long|empty|unlit road|lane|path|stretch|walk doesn|doesnt|don|dont t? he|she|they`, 'veiled threat'),
  acrossSentences(threat(`bring|bringing a few|some friends|mates|lads|pals _{0,6} he|she|they ll|will remember|regret`, 'veiled threat')),
  threat(`be|go the guy on the? top|bonfire`, 'threat'),
  threat(`round|rounding them|em all? up and|then chuck|throw|dump|drown|lob|shoot|gas|burn`, 'call on others to harm someone'),
  // after held-back-515 to -520: "Long memories in Hull, longer reach", "he'd be picking his teeth up off the car park", "spend that
  // compo on a good lock and a bigger dog. they're going to need both", "pelt him with coins and bottles", "share Imran Bashir's photo
  // everywhere so people know who to go for", "Find out where he drinks and get a crew together"
  threat(`long|longer memories|memory _{0,6} long|longer reach`, 'veiled threat'),
  threat(`picking|pick|picks|pickin his|her|their|your|ur teeth up|out off|of|from`, 'threat of bodily harm'),
  threat(`they|he|she|you|u re|s|are|is|ll|will going|gonna|goin to? need both|em|them`, 'veiled threat'),
  threat(`pelt|pelting|bombard|bombarding him|her|them|em|the|that|#Name _? with coins|bottles|bricks|stones|rocks|cans|eggs|glasses|missiles`, 'call on others to harm someone'),
  threat(`photo|photos|picture|pictures|pic|pics|face|address _{0,6} _{0,4} know|knows who to go|look for|after`, 'call on others to harm someone'),
  threat(`find|found out where he|she|they drinks|drink|drank|socialises|hangs|parks`, 'call on others to harm someone'),
  // after held-back-521 to -526: "I'll put Mistry through his own counter", "I know who you are mate. Halfords on Farnham Road, 8 till 4
  // … See you there", "plenty of dark lanes between here and the station for that brother of hers", "Their families should be
  // worried. Properly worried.", "tell your missus to shut the cafe or else"
  threat(`${INTENT} put|throw|chuck|launch|lob #Name|him|her|them|you|u|ya through his|her|their|the|a|your|ur own? counter|window|wall|door|table|windscreen|fence|floor|hedge`, 'threat of bodily harm'),
  acrossSentences(threat(`know|knows|worked|found|figured|clocked out? who you|u|ya are|r _{0,6} _{0,6} _{0,6} see you|u|ya there|soon|then|around`, 'veiled threat')),
  threat(`dark|quiet|lonely|unlit lanes|roads|alleys|alleyways|streets|paths _{0,6} _{0,4} for that|him|her|them|#Name`, 'veiled threat'),
  threat(`their|his|her|your|ur families|family|kids|children|wife|wives|husband|husbands should|better|ought be|get worried|scared|afraid|nervous|frightened !about|by|that|for|if|when|because|over|too|as|with|at|of`, 'veiled threat'),
  threat(`tell|telling your|ur|his|her|their|them|him _{0,4} to _{0,6} or else !what|it|the|you|we|they|he|she|i|there|and|a|an|this|that|their|his|her|our|your`, 'veiled threat'),
  // after held-back-527 to -532: "his next fundraiser will be for his own funeral", "go and do something about the gypsies. Bring
  // tools.", "Hollis gets the same as the vicar when it kicks off"
  threat(`be for|towards his|her|their|your|ur own funeral|coffin|wreath|headstone`, 'veiled threat'),
  acrossSentences(threat(`do something about _{0,2} @target_group _{0,6} _{0,6} bring|grab|fetch tools|bats|hammers|crowbars|petrol`, 'call on others to harm someone')),
  threat(`gets|get|getting the same _{0,5} when|once it|things kicks|kick|goes off`, 'veiled threat'),
  // after held-back-533 to -538: "she'll wish she had once people catch up with her", "he'll need the fracture clinic", "A proper word.
  // The kind where he needs a dentist after", "his nephews school run isn't as private as he thinks it is", "I'd be checking under the
  // seats before curtain up", "be a shame if the lorry came back to the depot without him", "one match through the letterbox"
  threat(`wish|regret _{0,6} once|when|till|until people|folk|folks|they|someone|somebody|lads catch|catches up with`, 'veiled threat'),
  threat(`need|needs|needing the fracture clinic|ward`, 'threat of bodily harm'),
  acrossSentences(threat(`word _{0,6} _{0,2} where|that|after he|she|they|you|u needs|need|ll|will|d a? dentist|ambulance|surgeon|stitches|wheelchair|crutches`, 'threat of bodily harm')),
  threat(`isn|isnt|aren|arent|is|are t? not? as private|safe|secret as he|she|they|you|u thinks|think|reckons|reckon`, 'veiled threat'),
  threat(`d|would|should be checking|check|looking under the|their|your|his|her seats|car|cars|van|bonnet|stage`, 'veiled threat'),
  threat(`shame|pity if _{0,6} _{0,6} without him|her|them|you`, 'veiled threat'),
  threat(`<!poured|pouring|pushed|posted|shoved|threw|put|lit match|matches|lighter|rag|rags|petrol through the|their|your|ur|his|her letterbox|door|window`, 'threat against a place'),
  // after held-back-539 to -544: "he'll pay for it. In blood if it comes to it.", "Petitions don't work. Fires do.", "Them pickers won't
  // all be making it back to Bucharest", "Not safe for their sort anymore", "Tell coxswain Pennick he's a marked man", "there'll be more
  // than holy water getting thrown about", "might not hear us coming but he'll definately feel it"
  acrossSentences(threat(`pay|pays|paying for it|this|that _{0,6} in|with blood`, 'threat')),
  acrossSentences(threat(`petitions|protests|marches|letters|voting|votes|talking don|dont|do|doesn|doesnt t? not? work _{0,6} fires|bricks|petrol|violence|fists|riots do|does|will|work|works`, 'call on others to harm someone')),
  threat(`won|wont|will t? not? all be making|getting|coming it? back|home`, 'veiled threat'),
  threat(`not|isn|isnt|aint t? safe for their|your|his|her|that|them sort|kind|type|lot`, 'veiled threat'),
  threat(`tell|telling _{0,4} he|she|they s|is|re|are a? marked man|woman|men`, 'threat'),
  threat(`ll|will be more than _{0,4} getting|being thrown|chucked|lobbed|flying`, 'veiled threat'),
  threat(`hear|see|know us|me|them|it coming _{0,6} ll|will|gonna|going _? to? definitely|definately|defo|still|sure? feel it`, 'threat'),
  // after held-back-545 to -550: "Make them scared to walk out their own front door", "plenty of quiet bits on that walk", "would be awful if
  // something came over that fence in the middle of the night", "Shame about the fire that's coming to his shop", "we know which house on
  // Ashdale Road it is now", "clear the hotels out like we cleared the drives"
  threat(`make|making them|em|him|her|people|folk scared|afraid|frightened|terrified to walk|leave|go|step|open|show`, 'call on others to harm someone'),
  threat(`plenty|lots|loads of quiet|dark|lonely bits|spots|stretches|parts|places on|along that|the|his|her walk|route|way`, 'veiled threat'),
  threat(`awful|shame|pity|terrible|tragic|sad if something|anything came|comes|went|goes|flew|flies over|through`, 'veiled threat'),
  threat(`fire|fires|flames that|thats s|is|are coming to|for his|her|their|your|ur`, 'threat against a place'),
  threat(`know|found which house|flat|door|home _{0,6} now`, 'veiled threat'),
  threat(`clear|cleared|empty|emptied|smoke|burn the|those|these hotels|hotel|camp|camps|site|sites out _{0,3} like we|they|you|u`, 'call on others to harm someone'),
  // after held-back-551 to -556: "cleared these people out of our town for good", "would go up a treat with the new captain locked inside",
  // "we've got your faces from the video. Watch yourselves.", "Lightning doesn't strike twice but other things do", "theyll be fishing
  // him out from under the pier", "anyone who gives that asylum seeker a good slap deserves a medal", "Id hate for his grandkids to have
  // a little accident"
  threat(`clear|cleared|clearing|drive|drove|run|ran|kick|kicked|burn|burned these|those|the people|lot|families|scum|vermin|rabble out of our town|area|street|estate|village|country|streets`, 'call on others to harm someone'),
  threat(`up|burn|burns|burning _{0,6} _{0,3} with _{0,4} locked|trapped inside|in|indoors`, 'threat against a place'),
  acrossSentences(threat(`got|have your|ur faces|face|names|photos|pics _{0,6} _{0,4} watch yourselves|yourself|your|ur`, 'veiled threat')),
  threat(`strike|strikes twice but _{0,2} do|does|will|might|can`, 'veiled threat'),
  threat(`ll|will|gonna|theyll|youll|itll be fishing|dragging|pulling him|her|them|you|u out`, 'threat'),
  threat(`anyone|whoever|anybody _{0,6} _{0,4} slap|hiding|kicking|beating|battering|punch|smack|clout _{0,4} deserves|deserve|gets|earns a medal|pint|knighthood|drink|reward`, 'call on others to harm someone'),
  threat(`hate|shame|pity for _{0,4} to have|suffer a little? accident|accidents`, 'veiled threat'),
  // after held-back-557 to -562: "Councillors have been known to go missing", "you'll be reminded every time you step out your front door",
  // "folk fall off them all the time and nobody ever finds out how", "perfect chance to give them all a proper doing"
  threat(`known to go|have missing|disappear|disappears|vanish|vanishes|accidents|accident`, 'veiled threat'),
  threat(`ll|will be reminded _{0,3} every|each time you|u step|walk|go|leave`, 'veiled threat'),
  threat(`fall|falls|fell|accident|accidents _{0,6} _{0,4} nobody|noone ever finds|find|found|knows out? how|what|who`, 'veiled threat'),
  threat(`give|giving them|em|him|her all? a proper|good|right doing|hiding|kicking|beating|battering|pasting`, 'threat of bodily harm'),
  // after held-back-563 to -568: "we'll come for you one at a time", "actually just hit them", "Plenty of cartridges left for the bigger vermin
  // next door", "the mosque on Sheffield Road's next. watch this space", "wouldnt take much to put him on the floor", "If you see one of
  // those vans … ram it."
  threat(`come|coming for you|u|ya|them|em one at|by`, 'threat'),
  threat(`actually|literally just hit|punch|smack|deck|slap them|em|him|her`, 'call on others to harm someone'),
  threat(`cartridges|bullets|rounds|ammo|shells _{0,6} bigger|human vermin|pests|rats`, 'threat'),
  acrossSentences(threat(`mosque|church|synagogue|temple|gurdwara|mandir|hotel|camp|site _{0,4} s|is|are next _{0,3} watch|wait|see|coming|trust|mark`, 'threat against a place')),
  threat(`wouldn|wouldnt|would t? not? take much to put|knock|drop|floor him|her|them|you|u`, 'threat of bodily harm'),
  threat(`if you|u see _{0,6} _{0,6} _{0,4} ram|torch|burn|smash|petrol it|them|em|him|her`, 'call on others to harm someone'),
  // after held-back-569 to -574: "id hate for anything to happen to the little girl … shame there's so many nutters about", "found out the
  // hard way. Owen and Jamie will too", "100 years is long enough for anyone. someone should finish the job"
  acrossSentences(threat(`anything|something to? happen|happened _{0,6} _{0,6} _{0,6} nutters|loonies|headcases|weirdos|maniacs about|around`, 'veiled threat')),
  acrossSentences(threat(`found|find out the hard way _{0,6} _{0,6} _{0,4} will|ll too|next`, 'veiled threat')),
  acrossSentences(threat(`long enough _{0,6} _{0,6} finish|finishing the job|off`, 'veiled threat')),
  // after held-back-575 to -580: "ram their caravans off that field", "see who's brave then", "Not everywhere in Northampton has cameras though",
  // "tell your boy to look over his shoulder"
  threat(`ram|shunt|push|drag|tow their|them|the|those caravans|caravan|vans|trailers off|out`, 'call on others to harm someone'),
  threat(`see who|whos s|is brave|hard|big|tough|laughing then|now`, 'threat'),
  threat(`not everywhere _{0,4} has|got cameras|cctv`, 'veiled threat'),
  threat(`tell|telling _{0,4} to keep? look|looking over his|her|their|your|ur shoulder|shoulders`, 'veiled threat'),
  // after held-back-581 to -586: "One of these away trips up the valleys he won't be coming back from", "hope they've got good security. really
  // good security."
  threat(`trip|trips|walk|walks|drive|drives|night|nights|run|runs _{0,6} he|she|they|you|u won|wont|will t? not? be? coming|come back from`, 'veiled threat'),
  acrossSentences(threat(`good|decent security _{0,3} really|very good|decent security`, 'veiled threat')),
  // after held-back-587 to -592: "be a shame if Tariq's retirement turned out to be a short one", "be funny if somebody rolled him", "Nasreen
  // Mahmood should keep the kids indoors for a bit", "I've screenshotted your names. your turn will come", "live with the consequences when we
  // come knocking", "give em what that hotel in Rotherham got"
  threat(`shame|pity if _{0,6} _{0,4} short|shorter|brief one`, 'veiled threat'),
  threat(`funny|shame|pity if somebody|someone|anyone rolled|flattened|ran|knocked|hit|squashed|crushed him|her|them|over`, 'veiled threat'),
  threat(`#Name _{0,3} should|better|might|ought want? to? keep the|her|his|their kids|children|family indoors|inside`, 'veiled threat'),
  acrossSentences(threat(`screenshotted|screenshot|saved|noted|logged|recorded your|ur names|faces|details _{0,6} _{0,4} turn|coming|next|watch`, 'veiled threat')),
  threat(`when|once|till|until we|they|i come|comes knocking`, 'veiled threat'),
  threat(`give|giving em|them|him|her what the|that hotel|hotels|mosque|camp|site _{0,3} got|had|get`, 'call on others to harm someone'),
  // after held-back-593 to -598: "Going to kill that mechanic. Plain as that.", "drinks in the Plough on a thursday dont he. noted.", "id shoot
  // the collie first and then the farmer", "quad bikes tip over all the time … he should bear that in mind", "Would be terrible if the
  // fire exits got jammed shut one night"
  threat(`^going|gonna to? kill|murder|stab|shoot|batter|knife|glass that|the|this @person_noun|@role`, 'stated intention to harm someone'),
  threat(`^going|gonna to? kill|murder|stab|shoot|knife|glass him|her`, 'stated intention to harm someone'),
  acrossSentences(threat(`dont|doesnt|don|doesn t? he|she|they _{0,2} noted`, 'veiled threat')),
  threat(`shoot|kill|stab|batter|poison|drown _{0,4} first _{0,2} then _{0,2} @person_noun|@role|farmer|owner|husband|wife|family|kids`, 'threat'),
  acrossSentences(threat(`tip|tips|fall|falls|crash|crashes|accident|accidents _{0,6} _{0,6} bear|keep that|this in mind`, 'veiled threat')),
  threat(`terrible|shame|awful|pity if _{0,3} fire exits|exit|doors _{0,2} got|were|was jammed|locked|blocked|chained`, 'threat against a place'),
];

const GROUP_HATE_PATTERNS: PhrasePatternDefinition[] = [
  hate(`${INTENT}|${CALL}|@modal_should @adverb* @extermination_verb @determiner* @adjective* @target_group`, 'call to exterminate a group'),
  hate(`@determiner? @target_group @be @adverb? @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  // "Every migrant on those dinghies is a parasite"
  hate(`@determiner? @target_group _{1,6} @be|like @adverb? @determiner? @adjective* @dehumanising_noun|@vermin_noun`, 'dehumanising a group'),
  hate(`@target_group _{1,6} @spread_verb @determiner? @adjective? @vermin_noun`, 'dehumanising a group'),
  // "the only good Jew is one that's gone"
  hate(`only good @target_group is|are one|ones that|who s|is|are|re gone|dead|buried|deported`, 'dehumanising a group'),
  // "wipe them out before they get anywhere near our kids"
  hate(`@target_group _{0,6} _{0,6} wipe|stamp|snuff|exterminate|gas them|em out`, 'call to exterminate a group'),
  hate(`@determiner? @target_group @be nothing but @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  hate(`@determiner? @target_group @be no|little more|better than @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  hate(`@dehumanising_noun|@vermin_noun like @determiner? @adjective? @target_group`, 'dehumanising a group'),
  hate(`@target_group @spread_verb @determiner? @adjective? @vermin_noun`, 'dehumanising a group'),
  // "houses for refugee parasites", "migrant rats": a group's name as the vermin's kind (animal words only: not "refugee cancer patients")
  hate(`@target_group vermin|rats|cockroaches|roaches|parasites|leeches|lice|maggots|locusts|termites`, 'dehumanising a group'),
  hate(`@target_group are|is? infest|infesting|infested|swarming|swarm|overrunning`, 'dehumanising a group'),
  hate(`only good @target_group|@dehumanising_noun is|are a? dead`, 'dehumanising a group'),
  hate(`^@extermination_verb @determiner* @adjective* @target_group`, 'call to exterminate a group'),
  hate(`@target_group @modal_should @adverb* all? be|get? wiped|exterminated|eradicated|gassed|sterilised|sterilized|culled|purged`, 'call to exterminate a group'),
  // "Muslims aren't people, they're a cancer" (not "refugees are human too", "refugees aren't people who choose this lightly")
  hate(`@target_group aren|isn|arent|isnt|ain t? even|fully|really|truly? human|humans|humanoid`, 'dehumanising a group'),
  // "A contagion, that's what trans people are"
  hate(`@dehumanising_noun that|this s|is what @determiner? @target_group are|is|re`, 'dehumanising a group'),
  // "Put them down like lame horses", "Purge them from public life"
  hate(`put|putting @target_group|them|em down like|as|humanely`, 'call to exterminate a group'),
  hate(`purge|cleanse|eradicate|exterminate @determiner? @target_group from`, 'call to exterminate a group'),
  hate(`@target_group _{0,6} @dehumanising_noun|@vermin_noun the|all|every lot|of|one? of? them|em`, 'dehumanising a group'),
  hate(`@vermin_noun|@dehumanising_noun _{0,3} need|needs exterminating|exterminated|eradicating|culling|gassing|wiping`, 'call to exterminate a group'),
  // "Disabled kids like that should be put down at birth", "Ship them refugees back in boxes"
  hate(`@target_group _{0,3} @modal_should @adverb* all? be|get? put down`, 'call to exterminate a group'),
  hate(`@target_group _{0,3} @modal_should @adverb* all? be|get? culled|gassed|drowned|sterilised|sterilized|neutered`, 'call to exterminate a group'),
  // "Disabled people are a drain on all of us and should have been put down at birth"
  hate(`@target_group _{0,6} _{0,4} @modal_should @adverb* all? be|get? culled|gassed|drowned|sterilised|sterilized|neutered at|like|as|humanely`, 'call to exterminate a group'),
  hate(`@target_group _{0,6} _{0,4} @modal_should @adverb* all? be|get? put down at|like|as|humanely`, 'call to exterminate a group'),
  hate(`send|ship|sent|shipped|fly|put @determiner|them|em? @target_group _{0,3} back? in body? boxes|bodybags|coffins|bags`, 'call to exterminate a group'),
  hate(`send|ship|sent|shipped|fly|put them|em back? in body? boxes|bodybags|coffins|bags`, 'call to exterminate a group'),
  // "The Jews are behind the replacement of white Britain"
  hate(`@target_group _{0,6} @replacement_plot`, 'dehumanising a group'),
  hate(`@target_group are|is|re not even|really|truly|fully? human|humans`, 'dehumanising a group'),
  // "Cleanse the area of them"
  hate(`cleanse|cleansing|cleansed|purge|purging|purged the|this|our|my area|town|street|streets|country|estate|village|neighbourhood|city|land|island of them|these|those|their|em`, 'call to exterminate a group'),
  // "Sasha isn't a person, it's an 'it', a lab experiment gone wrong"
  hate(`#Name|@third_person isn|isnt|is|s not? t? a person|human _{0,2} it|its s|is? an|a it|thing|creature|animal|experiment|freak`, 'dehumanising a person'),
  // "Not surprised a Jew is the one stirring. Termites in the foundations of every nation"
  acrossSentences(hate(`@target_group ${NEARBY} ^termites|locusts|cockroaches|parasites|leeches|vermin`, 'dehumanising a group')),
  // "People in wheelchairs are half-people at best"; "Nigeria exported its vermin"
  hate(`are|re|r half people|persons`, 'dehumanising a group'),
  hate(`exported|exports|exporting|sent|sends|dumped|dumps|shipped|ships its|their|her vermin|rats|scum|filth|parasites|cockroaches|garbage|trash|rubbish|dregs`, 'dehumanising a group'),
  // "the deaf are not really people"; "Not really people are they, the deaf."
  hate(`@target_group are|re not|nt really|truly|even people|persons !who|that|to|like|from|in|for|with|of|as|but|just|the|a|an|and|you|we|i|our|your|their|being|here|there|too|either|always`, 'dehumanising a group'),
  hate(`^not really|even people|human|humans are|r they|them`, 'dehumanising a group'),
  hate(`@target_group aren|isn|arent|isnt|ain t? even|really|truly? people|persons !who|that|to|like|from|in|for|with|of|as|but|just|the|a|an|and|you|we|i|our|your|their|being|here|there|too|either|really|always`, 'dehumanising a group'),
  // "Aboriginals are more ape than man"
  hate(`@target_group @be more _? ape|apes|animal|animals|beast|beasts|monkey|monkeys|dog|dogs than man|men|human|humans|people|person`, 'dehumanising a group'),
  hate(`@target_group _{0,6} _{0,4} more _? ape|apes|animal|animals|beast|beasts|monkey|monkeys than man|men|human|humans|people|person`, 'dehumanising a group'),
  // "… the sooner they're exterminated the better"
  hate(`@target_group _{0,6} _{0,6} the sooner _{0,3} exterminated|eradicated|gassed|wiped|culled|purged|sterilised|sterilized|fumigated|eliminated _{0,2} the better`, 'call to exterminate a group'),
  // "a civilised country would quietly get rid of them", "they should be fumigated out of this country"
  hate(`@target_group _{0,6} _{0,6} @get_rid_quietly them|em|the|all`, 'call to exterminate a group'),
  hate(`@target_group _{0,6} _{0,6} smoke|flush|stamp|exterminate|gas|squash|cull|hunt|fumigate|poison|swat|spray _{0,4} like @vermin_noun|pest|pests|vermin|rats`, 'dehumanising a group'),
  // Generalisations after held-back-21 and -22
  // "Those Pakistanis aren't neighbours, they're a swarm"
  hate(`@target_group _{0,6} _{0,3} they|dem|them re|are|a @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  hate(`@target_group _{0,6} _{0,3} theyre @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  // "… so many Muslims into the ground. Multiply like insects", "Nigerian boxers? More like gorillas in gloves"
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} multiply|multiplies|multiplying|breed|breeds|breeding|swarm|swarming like _? @vermin_noun|insects|rabbits|flies|mold|mould|fungus|bacteria|germs|weeds|mice`, 'dehumanising a group')),
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} more|just|basically like gorillas|apes|monkeys|chimps|chimpanzees|baboons|animals|savages`, 'dehumanising a group')),
  // "Chinese are filthy bat-eating animals"
  hate(`@target_group @be @determiner? @adjective+ _{1,2} @dehumanising_noun`, 'dehumanising a group'),
  // "Islam isn't a religion, it's a cancer"
  hate(`@target_group isn|is|isnt|aren|are|arent not? t? a|an? religion|race|culture|faith|people|community _? it|its|they|theyre|that s|is|are|re? @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  // "Parasites, the whole Jewish lot"
  hate(`^@dehumanising_noun _{0,2} the|those|these|all|every whole|entire|last? @target_group`, 'dehumanising a group'),
  // Generalisations after held-back-31 and -32
  // "Notice how the neighbourhood went downhill once the Nigerians moved in? Some breeds just aren't fit for civilised streets"
  // Generalisations after held-back-39 and -40
  // "You don't reason with a pack of feral dogs, you cull them. Same goes for the mob out at the Mission", "… weeds, you uproot them … Same goes for the Tamils"
  acrossSentences(hate(`@vermin_noun|@dehumanising_noun|weeds|dogs ${NEARBY} same goes|logic|treatment|thing|applies for|to|with`, 'dehumanising a group')),
  // "They are vegetables, not citizens. Lock them away", "Keep them caged in the dormitories"
  acrossSentences(hate(`@target_group ${NEARBY} lock|cage|keep them|em away|up|caged`, 'dehumanising a group')),
  // Generalisations after held-back-37 and -38
  // "Almost like they ain't even human, just animals breeding in our neighborhoods", "treated them like the vermin they are"
  acrossSentences(hate(`@target_group|border|immigration|immigrants|migrants ${NEARBY} ain|aren|arent t? even? human|humans`, 'dehumanising a group')),
  hate(`just|like|these|those animals|savages breeding|multiplying|spawning in|across our|their`, 'dehumanising a group'),
  hate(`like the|a|an|those|these? @vermin_noun|@dehumanising_noun they|he|she are|is|re`, 'dehumanising a group'),
  // "every town that got 'enriched' with Somalis now has an infestation problem. Pest control is what's needed"
  acrossSentences(hate(`@target_group ${NEARBY} infestation|infestations|exterminators|exterminator|fumigation|pest`, 'dehumanising a group')),
  // Generalisations after held-back-35 and -36
  // "Nobody complains when the council gets rid of rats. Don't see why these boat arrivals should be any different"
  acrossSentences(hate(`rid|exterminate|cull|poison|gas|drown of? rats|vermin|pests|cockroaches|rodents ${NEARBY} @target_group _{0,4} different|same|too|also|either`, 'dehumanising a group')),
  // "Round up every Somali in this city and put them on boats by force"
  hate(`round|rounding up every|all|the|those|these|each @target_group|@group_adjective`, 'call to exterminate a group'),
  // Generalisations after held-back-33 and -34
  // "Send every refugee back on the boats they came in and sink them halfway"
  acrossSentences(hate(`@target_group _{0,6} _{0,6} sink|drown|torpedo|scuttle them|em`, 'call to exterminate a group')),
  hate(`@target_group _{0,6} _{0,6} sink|torpedo|scuttle the|their boat|boats|dinghies|dinghy`, 'call to exterminate a group'),
  // "Every time they open another mosque it's like watching an infestation spread"
  hate(`mosque|mosques|synagogue|synagogues|gurdwara|gurdwaras|mandir|mandirs _{0,6} _{0,6} infestation|infestations|infested|plague|vermin|cockroaches|termites`, 'dehumanising a group'),
  // "a simple final solution to the asylum problem"
  hate(`final solution to|for the? @target_group|@group_adjective|asylum|migrant|migrants|immigration|immigrant|refugee|jewish|jew|muslim|islam|roma|traveller|gypsy`, 'call to exterminate a group'),
  // "Travellers: nature's reminder that not everything walking on two legs is human"
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} two legs _{0,2} human|humans|people|person`, 'dehumanising a group')),
  // "Roma aren't people. They're parasites, every one"
  acrossSentences(hate(`@target_group _{0,6} _{0,3} they|dem|them re|are|a @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group')),
  acrossSentences(hate(`@target_group _{0,6} _{0,3} theyre @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group')),
  // "tr@ns ppl r a walking m3ntal d1sease, need to be w1ped out of society"
  hate(`@target_group _{0,6} _{0,4} @modal_should @adverb* all? be|get? wiped|exterminated|eradicated|gassed|sterilised|sterilized|culled|purged`, 'call to exterminate a group'),
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} some|these|those|that|such|certain|their breed|breeds just? aren|isn|are|is|don|can|never|shouldn|should|belong`, 'dehumanising a group')),
  // Generalisations after held-back-41 to -44
  // "Another Aboriginal thug. They're basically feral dogs", "Jews own the clubs and bleed the game dry, parasites the lot of them"
  acrossSentences(hate(`@target_group _{0,6} _{0,3} they|dem|them re|are|a @adverb+ @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group')),
  acrossSentences(hate(`@target_group _{0,6} _{0,3} theyre @adverb+ @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group')),
  hate(`@target_group _{0,6} _{0,6} @dehumanising_noun|@vermin_noun the|all|every lot|of|one? of? them|em`, 'dehumanising a group'),
  // "A parasite race on every nation they infest", "cockroaches electing cockroaches. this town needs fumigating"
  hate(`nation|nations|country|countries|town|towns|city|cities|society|societies|neighbourhood|neighborhood|street|streets|continent they|which|that infest|infested|infesting`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} fumigating|fumigated|fumigate|disinfecting|delousing|exterminating`, 'dehumanising a group')),
  // "people like that shouldn't even be allowed to breed"
  hate(`@target_group|people|they|them|those|these|kind|sort _{0,4} not|shouldn|shouldnt|never|mustn|mustnt t? even? be? allowed|permitted|let to? breed|reproduce|procreate`, 'dehumanising a group'),
  // "send him back to Africa, monkeys love bananas"
  hate(`send|ship|sent|deport him|her|them|em back to the? africa|jungle|trees|zoo`, 'dehumanising a group'),
  // Generalisations after held-back-45 and -46
  // "they arent human, theyre vermin", "Black people have the brains of apes", "Hindus … have the brains of one"
  hate(`aren|arent|isn|isnt|are|re t? not? even? human|humans _{0,3} they|theyre|dem re|are? @adverb* @dehumanising_noun`, 'dehumanising a group'),
  hate(`@target_group _{0,6} brains|brain|iq|intelligence of a|an|one? ape|apes|monkey|monkeys|animal|animals|cow|cows|dog|dogs|chimp|chimps|chimpanzee|baboon|baboons|gorilla|gorillas|one`, 'dehumanising a group'),
  // "should have been put down at birth", "the Holocaust didn't go far enough"
  hate(`put|been|be down at birth`, 'dehumanising a group'),
  hate(`drowned|euthanised|euthanized|strangled|culled at birth`, 'dehumanising a group'),
  hate(`holocaust|genocide|shoah|hitler _{0,3} didn|did|didnt|doesn|does|doesnt not? t? go far enough`, 'call to exterminate a group'),
  hate(`holocaust|genocide|shoah|hitler _{0,3} didn|did|didnt|doesn|does|doesnt not? t? finish|complete the job`, 'call to exterminate a group'),
  // Generalisations after held-back-47 and -48
  // "The Jews own every bank that got bailed out, parasites sucking the life out of working people"
  hate(`@target_group _{0,6} _{0,6} @dehumanising_noun|@vermin_noun sucking|leeching|feeding|bleeding|draining|infesting|breeding`, 'dehumanising a group'),
  // Generalisations after held-back-49 and -50
  // "those boats are full of cockroaches, not refugees", "Gays … they're all predators", "Roma are born thieves, it's in their blood"
  hate(`boats|boat|dinghies|dinghy|hotels|hotel|camps|camp _{0,3} full of @vermin_noun|@dehumanising_noun`, 'dehumanising a group'),
  hate(`@target_group _{0,6} _{0,6} they|theyre|re|are all? predators|groomers|paedos|pedos|nonces|perverts`, 'dehumanising a group'),
  hate(`@target_group are|r born thieves|criminals|liars|killers|rapists|terrorists|scammers|crooks|cheats`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} should|must|needs|need to? be locked|caged away|up`, 'dehumanising a group')),
  hate(`@target_group _{0,6} _{0,4} in their|the blood|genes|dna`, 'dehumanising a group'),
  // "Africans simply have lower intelligence", "the Jews … own the paper you're reading and the banks"
  hate(`@target_group @adverb* have|are|got|has lower|less|inferior|low intelligence|iq|brains`, 'dehumanising a group'),
  hate(`jews|jew|jewish|zionists|globalists _{0,6} own|control|run|owns|controls|runs the|all|every _? banks|media|press|newspapers|papers|paper|government|world|money|courts|company|companies|business|businesses`, 'dehumanising a group'),
  // Generalisations after held-back-51 and -52
  // "another boatload of cockroaches landed at dover", "women … theyre barely smarter than dogs", "They breed like rats"
  hate(`boatload|boatloads|busload|busloads|planeload|shipload of @vermin_noun|@dehumanising_noun`, 'dehumanising a group'),
  hate(`@target_group _{0,6} _{0,6} barely|no|not|hardly|little smarter|cleverer|better|brighter than dogs|animals|apes|monkeys|pigs|cattle|chimps|cows`, 'dehumanising a group'),
  hate(`they|them|those|these|em breed|multiply|breeding|multiplying like rats|rabbits|cockroaches|vermin|insects|flies|roaches`, 'dehumanising a group'),
  hate(`great replacement is|s real|happening|coming|underway|here`, 'dehumanising a group'),
  // "The Roma camp by the canal needs a cull", "Send the Somalis back to the jungle", "You can tell by the nose who wrote this"
  hate(`@target_group _{0,6} needs|need|deserve|deserves a cull|culling|exterminating`, 'call to exterminate a group'),
  hate(`send|ship|sent|deport the|all|those|these? @target_group back to the? africa|jungle|trees|zoo`, 'dehumanising a group'),
  hate(`tell|know|guess by|from the|his|her|their nose|noses`, 'dehumanising a group'),
  // Generalisations after held-back-53 and -54
  // "Parasites, the whole tribe.", "Gay teachers … Keep the perverts away from our children", "Stone age brains"
  hate(`@dehumanising_noun|@vermin_noun the whole|entire|same tribe|race`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} the|those|these perverts|groomers|predators|nonces`, 'dehumanising a group')),
  acrossSentences(hate(`@target_group ${NEARBY} stone age brains|brain|mentality|species|savages`, 'dehumanising a group')),
  // "they should've been left at birth", "A WHOLE NATION OF LIARS … NOT FIT TO LIVE AMONG DECENT PEOPLE"
  hate(`should|shoulda|ought ve|of|have|to? have? been left|abandoned|drowned|culled at birth`, 'dehumanising a group'),
  hate(`not|unfit|never fit to live among|amongst|with|beside decent|normal|civilised|civilized|real`, 'dehumanising a group'),
  // "Jews own the wind farm company, as always. Parasites sucking the blood …"
  acrossSentences(hate(`@target_group ${NEARBY} @dehumanising_noun|@vermin_noun sucking|leeching|feeding|bleeding|draining`, 'dehumanising a group')),
  // Generalisations after held-back-55 to -58
  // "monkeys that learned to pass", "livestock that learned to talk", "should be dealt with like one", "what u do with a rabid dog"
  hate(`@dehumanising_noun|@vermin_noun|livestock that|who learned|learnt to talk|pass|speak|write|read|vote|hold|use|drive|fill`, 'dehumanising a group'),
  hate(`dealt with like one|them|vermin|rats`, 'dehumanising a group'),
  hate(`what you|u|we do with a|an rabid|mad|feral dog|dogs|animal`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} should|must|needs|need to? be kept|put|locked in a? cages|cage`, 'dehumanising a group')),
  // "Canada's real infestation … it's the Sikhs", "Not a migration problem, a pest control problem", "not compatible with civilised humans"
  hate(`infestation _{0,6} it|its|is s? the? @target_group`, 'dehumanising a group'),
  acrossSentences(hate(`migration|immigration|refugee|asylum|migrant ${NEARBY} pest control|exterminator|exterminators`, 'dehumanising a group')),
  hate(`not|in compatible with civilised|civilized|decent|normal|real humans|people|society`, 'dehumanising a group'),
  hate(`remigrate|remigration the|them|em|all lot|of?`, 'dehumanising a group'),
  // Generalisations after held-back-59 and -60
  // "send the whole horde back", "Filipinos are … born to clean other people's toilets", "like a pack of wild dogs"
  hate(`send|ship the whole horde|tribe|swarm back`, 'dehumanising a group'),
  hate(`@target_group are|r born to clean|serve|scrub|slave`, 'dehumanising a group'),
  hate(`@target_group|@group_adjective _{0,6} _{0,6} like a pack|bunch|herd of wild|feral|rabid dogs|animals|hyenas|wolves|beasts`, 'dehumanising a group'),
  // "the cockroaches from Lagos and Karachi just keep multiplying"
  hate(`cockroaches|rats|vermin|parasites|locusts|roaches from _{1,4} keep? multiplying|breeding|coming|arriving|landing`, 'dehumanising a group'),
  // Generalisations after held-back-63 to -66
  // "The migrants in that hotel by the flood barrier are vermin", "Useless eaters, the lot of them", "Animals, every one of them."
  hate(`@determiner? @target_group in|at|on|from|near|by|round|around|outside|inside _{0,6} _{0,5} @be @adverb? @determiner? @adjective* @dehumanising_noun|@vermin_noun`, 'dehumanising a group'),
  hate(`^@adjective* @dehumanising_noun|@vermin_noun the|every|each|all lot|one|single|last? of? them|em`, 'dehumanising a group'),
  hate(`useless eaters`, 'dehumanising a group'),
  // "Should be culled like badgers", "the cockroaches have crawled into our TVs", "Those degenerates are a disease"
  hate(`should|must|needs|need|ought|deserve _{0,3} culled|exterminated|gassed|drowned|poisoned like _? badgers|rats|vermin|dogs|pests|animals|cattle|foxes|rabbits|sheep`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} the|those|these cockroaches|rats|vermin|roaches|parasites|locusts|rodents have|ve|are|re? crawled|crawling|swarmed|swarming|infested|infesting|invaded|invading|multiplying|breeding`, 'dehumanising a group')),
  hate(`those|these|them degenerates|perverts|freaks|groomers are|r|re a? disease|plague|cancer|virus|infection|sickness|contagion`, 'dehumanising a group'),
  hate(`they|them|those|these|theyre re|are|r? not|arent|aren t? normal|real|proper humans|human beings?`, 'dehumanising a group'),
  // "the Koreans breed them in labs like insects", "'new arrivals' … Pest control when?", "… like locusts"
  hate(`breed|bred|breeding them|em _{0,4} like insects|rats|rabbits|cattle|animals|livestock`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group|arrivals|newcomers|incomers ${NEARBY} pest control|exterminator|exterminators`, 'dehumanising a group')),
  acrossSentences(hate(`@target_group|arrivals|newcomers|incomers ${NEARBY} like locusts|cockroaches|vermin|rats|parasites|leeches|termites`, 'dehumanising a group')),
  // Generalisations after held-back-67 to -70
  // "They're not people, they're a plague", "Cage them and ship them back", "scurrying across the Channel"
  hate(`they|theyre re|are|r? not people|human|humans _{0,3} they|theyre re|are|r? a? plague|vermin|animals|rats|parasites|disease|locusts|cockroaches|livestock`, 'dehumanising a group'),
  hate(`cage|caged them|em and|n ship|send|deport them|em back|home|out|off`, 'dehumanising a group'),
  hate(`they|them|these|those|rats|vermin|cockroaches _{0,4} scurrying|swarming|crawling across|over|into the|our channel|border|borders|country`, 'dehumanising a group'),
  // "these Somali parasites", "villages should be cleansed of them", "That thing isn't even human"
  hate(`these|those|them|the @target_group|@group_adjective parasites|vermin|cockroaches|rats|leeches|locusts|savages|subhumans`, 'dehumanising a group'),
  hate(`cleansed|purged of them|these|those|em _? completely|entirely|forever|permanently`, 'dehumanising a group'),
  hate(`that thing isn|isnt|aint|is t? not? even? human`, 'dehumanising a group'),
  // "infesting every ward like cockroaches"
  hate(`infesting|infest|infested _{0,4} like cockroaches|rats|vermin|roaches|locusts|rodents|lice`, 'dehumanising a group'),
  // after held-back-75 to -78: "Parasites, every single one", "are a plague of locusts", "vermin crawling in from the east"
  hate(`^@dehumanising_noun|@vermin_noun every|each single|last? one`, 'dehumanising a group'),
  hate(`are|is|re|r a plague|swarm|infestation|horde of locusts|rats|vermin|cockroaches|parasites|leeches`, 'dehumanising a group'),
  hate(`vermin|rats|cockroaches|roaches|rodents crawling|swarming|pouring|scurrying in|over from|across`, 'dehumanising a group'),
  // "You can't reason with vermin, you exterminate them", "Brazilians … Monkeys screeching on mic"
  hate(`vermin|cockroaches|rats|parasites|roaches _{0,6} exterminate|cull|gas them|em|the`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} monkeys|apes|baboons|chimps screeching|screech|swinging|howling`, 'dehumanising a group')),
  // "aren't really people, just vegetables", "creatures, not humans", "a nation of animals", "pest control, not visas"
  hate(`aren|arent|isn|isnt t? really|even people|humans|human _{0,2} just|only|they|theyre re? @dehumanising_noun`, 'dehumanising a group'),
  hate(`creatures|things not humans|human|people`, 'dehumanising a group'),
  hate(`nation|country|race|tribe|religion|continent of animals|savages|rats|vermin|apes|monkeys|parasites|cockroaches`, 'dehumanising a group'),
  hate(`pest control _{0,2} not visas|housing|homes|asylum|benefits|hotels`, 'dehumanising a group'),
  // after held-back-79 to -82: "like cockroaches. Spray the yards", "Pests, not people", "disease carrying filth"
  acrossSentences(hate(`like cockroaches|rats|vermin|roaches|insects _{0,4} spray|exterminate|fumigate|gas`, 'dehumanising a group')),
  hate(`pests|vermin|animals|parasites|rats|locusts not people|humans`, 'dehumanising a group'),
  hate(`disease carrying|ridden|spreading filth|scum|degenerates|freaks`, 'dehumanising a group'),
  hate(`est|sont de la vermine`, 'dehumanising a group'),
  // "Vermin always stick together", "Livestock with press passes"
  acrossSentences(hate(`@target_group|@group_adjective ${NEARBY} vermin|livestock|cockroaches always|with|stick|breed`, 'dehumanising a group')),
  // after held-back-247 to -252: "Millbrook's got an infestation and it isn't the damp" (not "an infestation and it isn't
  // just mice"), "muslim or jewish doesnt matter, its the same plague" (not "face the same plague of hate crime"), "Shame
  // the floodwater didnt wash the vermin out", "It's not a woman ... it's an IT"
  hate(`infestation|infested _{0,3} and|but it isn|isnt|aint|ain t? the|damp|mice|rats|mould|pigeons|wasps`, 'dehumanising a group'),
  hate(`infestation|infested _{0,3} and|but it|its s? not the|damp|mice|rats|mould|pigeons|wasps`, 'dehumanising a group'),
  hate(`@target_group ${NEARBY} same|one plague|disease|cancer|scourge|pestilence|infestation !of|as|that|in|at|on|for|from|which|hitting|facing|affecting`, 'dehumanising a group'),
  hate(`shame|pity|wish|hope _{0,4} wash|washed|washes|sweep|swept|flush|flushed the|them|those|these|that vermin|scum|filth|parasites|dregs|lot out|away`, 'dehumanising a group'),
  hate(`not a woman|man|person|human|boy|girl|lad|lady _{0,6} it|its s|is? an|a it|thing|creature|freak|experiment`, 'dehumanising a person'),
  // "refugees last year, travellers this year, the council just keeps letting the filth wash in"
  hate(`@target_group ${NEARBY} filth|vermin|scum|dregs wash|washing|pour|pouring|flood|flooding|stream|streaming|crawl|crawling|swarm|swarming in|into|over`, 'dehumanising a group'),
  // "like flies round a bin, the Asians crowding round that stall", "arent really people, more like pets", "he's a thing not an actor"
  hate(`like flies|maggots|rats|vermin|cockroaches round|around|on|at a|the bin|bins|shit|turd|carcass|corpse ${NEARBY} @target_group`, 'dehumanising a group'),
  hate(`@target_group ${NEARBY} like flies|maggots|rats|vermin|cockroaches round|around|on|at a|the bin|bins|shit|turd|carcass|corpse`, 'dehumanising a group'),
  hate(`aren|arent|isn|isnt t? really|even people|humans|human|persons _{0,2} more like @dehumanising_noun|pets|pet|furniture|props|ornaments|objects`, 'dehumanising a group'),
  hate(`he|she|hes|shes s|is? a thing|creature not a|an`, 'dehumanising a person'),
  // "Giving a Nigerian an award is like pinning a rosette on a monkey"
  hate(`@target_group ${NEARBY} like _{0,4} on|to a monkey|ape|chimp|gorilla|baboon`, 'dehumanising a group'),
  // "exports two things, oil and plague carriers", "mixing breeds like that is how you get mongrels", "looks like they put a
  // monkey in a morning suit"
  hate(`exports|exported|export|sends|sent|ships|shipped _{0,6} plague|disease carriers|spreaders`, 'dehumanising a group'),
  // (races, not dog breeds: "mixed breeds like cockapoos are mongrels really")
  hate(`mixing|mixed|mix races|blood _{0,6} mongrel|mongrels|mutts|halfbreeds`, 'dehumanising a group'),
  hate(`put|putting|stick|sticking|dressed|dress _{0,1} a monkey|ape|chimp|gorilla|baboon in a|an _? suit|dress|uniform|costume|tux|tuxedo|wig|gown|hat`, 'dehumanising a group'),
  // "half the residents are disabled, basically furniture", "refugees ... strays go where the scraps are", "a cage of
  // performing monkeys not musicians", "they arent people mate theyre cargo"
  hate(`@target_group ${NEARBY} basically|just|only furniture|vegetables|cabbages|ornaments`, 'dehumanising a group'),
  hate(`@target_group ${NEARBY} strays|vermin go|come|follow where|to the scraps|bins`, 'dehumanising a group'),
  hate(`monkeys|apes|chimps|baboons not|than musicians|players|doctors|nurses|actors|footballers|teachers|workers|athletes|students`, 'dehumanising a group'),
  hate(`aren|arent t? people|human|humans _{0,3} they|theyre re|are|r? just|only|merely? cargo|freight|baggage|livestock|parcels|luggage|objects|commodities`, 'dehumanising a group'),
  // "It's an object. A science project. Not a person with feelings", "like watching cockroaches scuttle about"
  acrossSentences(hate(`it|its s? an|a object|thing ${NEARBY} not a person|human|woman|man|child`, 'dehumanising a person')),
  hate(`like watching|seeing cockroaches|rats|roaches|vermin`, 'dehumanising a group'),
  // "they live like pigs in them houses"
  // (not "refugees living like animals in that hotel", said in sympathy)
  hate(`they|these|those|@target_group live|lives like pigs|rats|vermin|savages`, 'dehumanising a group'),
  hate(`live|lives|living like animals|rats|pigs _{0,4} breed|breeding like`, 'dehumanising a group'),
  // "basically a vegetable himself", "filth handling filth"
  hate(`is|s basically|just|only|practically a vegetable|cabbage !patch|garden|stew|soup|plot|box|bed|stall|curry|dish|lasagne|oil|peeler|shop|market|grower|diet`, 'dehumanising a person'),
  // "the residents in there were just vegetables anyway, why risk anyone's life for a load of furniture with a pulse"
  hate(`furniture|vegetables|vegetable|cabbages|meat|cattle with a pulse|heartbeat`, 'dehumanising a person'),
  hate(`residents|patients|pensioners|oldies|inmates|disabled|elderly _{0,3} were|are|re|r just|only|basically|all vegetables|cabbages`, 'dehumanising a person'),
  // "a traveller with a trophy is still just rubbish waiting to be cleared off the verge"
  hate(`@target_group ${NEARBY} rubbish|trash|litter|waste|filth waiting|needs|need|to to? be? cleared|cleaned|binned|swept|collected`, 'dehumanising a group'),
  // "muslims are more of a swarm than a community"
  hate(`@target_group are|re|r|is more of? a|an @dehumanising_noun than`, 'dehumanising a group'),
  // "the trans ones going in there are things not women"
  hate(`are|re|r things|objects|creatures not|rather women|men|people|humans|persons !should|need|can|could|would|will|know|want|have|must|really|do|like|understand|many|every|all`, 'dehumanising a group'),
  // "Nepalese were only ever trained dogs for the empire"
  hate(`@target_group were|are|re|r|was|is _{0,3} trained|performing|circus dogs|monkeys|seals|apes|animals`, 'dehumanising a group'),
  // "the lad she pulled out has downs hasnt he, basically a vegetable anyway"
  hate(`downs|disabled|autistic|handicapped|paralysed|quadriplegic|disability _{0,6} _{0,4} basically|just|only|practically|merely a vegetable|cabbage !patch|garden|stew|soup|plot|box|bed|stall|curry|dish|lasagne|oil|peeler|shop|market|grower|diet`, 'dehumanising a person'),
  hate(`filth|scum|vermin handling|running|serving|teaching|minding|helping filth|scum|vermin`, 'dehumanising a group'),
  // "a cockroach is still a cockroach"
  hate(`cockroach|rat|snake|parasite|leech|vermin|animal|ape|monkey is|s still a|an? cockroach|rat|snake|parasite|leech|vermin|animal|ape|monkey`, 'dehumanising a person'),
  // after held-back-305 to -328: "calling them families is generous. pack of dogs more like", "They aren't people in any sense that
  // matters", "cant tell the difference between them and the sewage"
  hate(`pack|herd|swarm|bunch|nest of dogs|rats|animals|vermin|savages|hyenas|pigs|cockroaches|apes more like`, 'dehumanising a group'),
  hate(`they|these|those aren|are t|not people|human|humans in any|the real? sense`, 'dehumanising a group'),
  hate(`they|these|those arent people|human|humans in any|the real? sense`, 'dehumanising a group'),
  hate(`can|couldn t tell the difference between them|these|those and the? sewage|rats|vermin|animals|pigs|cockroaches|filth|apes|monkeys|cows|cattle|goats|dogs|donkeys`, 'dehumanising a group'),
  hate(`cant|cannot|couldnt tell the difference between them|these|those and the? sewage|rats|vermin|animals|pigs|cockroaches|filth|apes|monkeys|cows|cattle|goats|dogs|donkeys`, 'dehumanising a group'),
  // after held-back-335 to -340: "more humanity than the whole tribe of them", "just bin bags with a vote", "walking letterboxes"
  hate(`more humanity than _{0,3} tribe|race|breed|horde|pack of them`, 'dehumanising a group'),
  hate(`bin bags|bag with|wearing a? vote|votes|passport|passports`, 'dehumanising a group'),
  hate(`walking bin bags|bag`, 'dehumanising a group'),
  hate(`walking binbags|letterboxes|letterbox|tents`, 'dehumanising a group'),
  // "filth attracts filth"
  hate(`filth|scum|vermin attracts|attract|breeds|breed filth|scum|vermin`, 'dehumanising a group'),
  // "the Travellers at the match last night were like a pack of rats round the bins"
  hate(`@target_group _{0,6} were|are|re|acted|behaved like a|an? pack|swarm|plague|herd|nest|bunch of rats|vermin|animals|cockroaches|dogs|hyenas|locusts|savages`, 'dehumanising a group'),
  // "how long before the whole of Lancashire reeks of their filth", "first the Travellers camp up by the bridge ... the valley is turning into a sewer"
  hate(`reek|reeks|reeking|stink|stinks|stinking of their filth|stench|squalor|muck`, 'dehumanising a group'),
  // "same species as refugees really", "Irish tinkers are closer to the horses than to humans", "the stench of that lot"
  hate(`same species as @target_group`, 'dehumanising a group'),
  // "Thats not a family in that photo, thats a litter"
  hate(`s|is|thats not a family _{0,6} litter|pack|herd|nest|brood`, 'dehumanising a group'),
  // "a new breed of parasite on Fore Street", "useless lumps of meat taking up space", "pakistanis spreading through cumbria like a
  // rash", "Performing monkeys for the Guardian crowd"
  hate(`new|another breed of parasite|parasites|vermin|rat|rats|scum`, 'dehumanising a group'),
  hate(`lumps|sacks of meat taking up space|room|oxygen`, 'dehumanising a group'),
  hate(`@target_group _{0,3} spreading|spread|spreads _{0,4} like a|the rash|plague|disease|virus|cancer|infection`, 'dehumanising a group'),
  hate(`performing monkeys|apes`, 'dehumanising a group'),
  // "like thanking a parasite for being polite to its host", "cockroaches in turbans", "Filth is filth whether you put it in a caravan or …"
  hate(`like thanking|praising|rewarding|congratulating a|an @dehumanising_noun`, 'dehumanising a group'),
  hate(`@dehumanising_noun|@vermin_noun in turbans|hijabs|burkas|burqas|kippahs|yarmulkes|skullcaps|saris`, 'dehumanising a group'),
  hate(`filth|scum|vermin is|are filth|scum|vermin whether|wherever|no|whatever`, 'dehumanising a group'),
  // "lesbians arent proper people, they're a malfunction"
  hate(`@target_group aren|arent|are|isn|isnt t? not? proper|real|actual|normal people|humans|human`, 'dehumanising a group'),
  hate(`closer|nearer to the? animals|horses|apes|pigs|dogs|rats|monkeys|cattle than to? humans|people|human|us`, 'dehumanising a group'),
  hate(`stench|stink|smell of that|those|these lot|people|types|sort`, 'dehumanising a group'),
  acrossSentences(hate(`@target_group ${NEARBY} turning|turned|turns into a sewer|cesspit|cesspool|zoo|jungle`, 'dehumanising a group')),
  // "100 years of vermin celebrating vermin"
  hate(`filth|scum|vermin celebrating|celebrate|celebrates|protecting|protect|protects|defending|defend|defends|cheering filth|scum|vermin`, 'dehumanising a group'),
  // held-back-425, -430: "you can dress a monkey up in a bus company jacket but its still a monkey", "dress a traveller up in a
  // tracksuit and a medal and its still livestock"
  hate(`dress|dresses|dressed|dressing _{0,3} up in _{0,6} _{0,4} still|remains|stays a|an|just? @dehumanising_noun|@vermin_noun|monkey|ape|pig|animal`, 'dehumanising a group'),
  // held-back-436: "that thing in the photo isn't a person"
  hate(`that|this thing _{0,6} isn|isnt|is|aint not? t? even? a? person|human|man|woman|bloke|lad|girl|boy`, 'dehumanising a group'),
  // held-back-442: "Glodwick used to be a decent place before this filth crawled in"
  hate(`this|these|that|those|the filth|scum|vermin|rats|cockroaches|parasites|lot crawled|crept|slithered|swarmed|scuttled|infested`, 'dehumanising a group'),
  // held-back-448: "the rest of them aren't people", "you can wash a gypsy and put it in a nice shirt but its still an animal"
  hate(`of them|em|that|those family|lot? aren|arent|are|re|is|isn not? t? even? people|human|humans`, 'dehumanising a group'),
  hate(`wash|washed|scrub|scrubbed _{0,6} _{0,6} still a|an|just? @dehumanising_noun|@vermin_noun|animal|animals|monkey|pig`, 'dehumanising a group'),
  // held-back-461: "they're not people to me"
  hate(`re|are|aren|arent not? t? people|humans|human to me|us`, 'dehumanising a group'),
  // held-back-470: "Hit every traveller you see this week"
  hate(`^hit|attack|batter|smash|punch|kick|beat|slap|stab|bash|glass|bottle|jump every|any @target_group _{0,1} you|u|ya see|spot|meet|find`, 'call on others to harm a group'),
  // held-back-474, -476: "Monkey in a suit with a sword on his shoulder", "She isn't a person, she's a science experiment that
  // went wrong", "A mutant in scrubs. That's what it is. Not a human being"
  hate(`monkey|ape|gorilla|chimp|baboon in a suit|uniform|tie|robe|gown|blazer|tracksuit`, 'dehumanising a group'),
  acrossSentences(hate(`not|isn|isnt|aint t? a|even? person|human|men|women|people _{0,6} experiment|mutant|mutants|mutation|mutations|abomination|creature`, 'dehumanising a group')),
  acrossSentences(hate(`mutant|experiment|abomination|creature _{0,6} _{0,6} not|isn|isnt|aint t? a|even? person|human`, 'dehumanising a group')),
  // held-back-490, -488: "an orchestra of cockroaches is still cockroaches no matter how nice the music is", "refugees and
  // queers, the two plagues this town still hasnt found a cure for"
  hate(`still @vermin_noun|@dehumanising_noun _{0,1} no matter|whatever|however`, 'dehumanising a group'),
  hate(`@target_group _{0,4} the two|twin plagues|diseases|cancers|scourges|blights|curses`, 'dehumanising a group'),
  // held-back-492: "autistic kids like him are faulty goods, should come with a returns policy"
  hate(`kids|children|people|adults|babies|humans _{0,3} are|is faulty|defective goods|stock|products|models|units|merchandise`, 'dehumanising a group'),
  // held-back-502: "Imports. Cargo that walks."
  hate(`cargo|livestock|freight|imports|parcels|luggage that|which walks|walk|talks|talk|breathes|breathe`, 'dehumanising a group'),
  // held-back-505: "southall is a cesspit and the people in it are the sewage floating in it"
  hate(`people|folk|residents|lot in|of it|there|here are|r the? sewage|effluent|excrement|turds`, 'dehumanising a group'),
  // held-back-509 to -514: "the rest of her kind any less feral", "you can hose them down and put them in a gown but underneath
  // it's still the same dirt"
  hate(`her|his|their|your kind _{0,4} feral|savage|savages|animals|vermin|subhuman|primitive`, 'dehumanising a group'),
  hate(`hose|hosed them|em down _{0,6} _{0,6} still _{0,2} dirt|filth|scum|animals|vermin`, 'dehumanising a group'),
  // held-back-596: "refugees queuing up for free food like pigeons round a bin"
  hate(`like pigeons|rats|seagulls|flies|locusts|cockroaches|vermin|animals round|around a|the bin|bins|carcass|tip`, 'dehumanising a group'),
  // held-back-588, -590, -592: "Asians are like the seagulls on the front", "these animals dont do anything for free, its all part of the
  // takeover", "these middle eastern apes"
  hate(`@target_group are|re like|just the? seagulls|gulls|pigeons|magpies|locusts|hyenas|jackals|vultures`, 'dehumanising a group'),
  hate(`these|those animals|vermin|parasites _{0,6} _{0,6} takeover|invasion|replacement|islamification|islamisation`, 'dehumanising a group'),
  hate(`eastern|western|african|asian|arab|muslim|foreign apes|monkeys|baboons|chimps|gorillas|savages`, 'dehumanising a group'),
  // held-back-582, -583: "about as much place on a school board as lice have in a kid's hair", "a landfill for refugees and travellers"
  hate(`place|right|business _{0,6} as|than lice|rats|vermin|cockroaches|fleas|maggots|parasites|leeches`, 'dehumanising a group'),
  hate(`landfill|dump|tip|cesspit|cesspool|sewer|toilet|bin for _{0,2} @target_group`, 'dehumanising a group'),
  // held-back-563, -567: "what their kind do anyway, dogs fighting dogs", "Gravesend's been infested. You can smell it"
  hate(`dogs|rats|animals|beasts fighting|killing|eating dogs|rats|animals|beasts`, 'dehumanising a group'),
  hate(`#Cap s|has been infested !with`, 'dehumanising a group'),
  // held-back-554: "a litter of feral things that happen to wear tracksuits"
  hate(`things|creatures|animals|beasts that|who happen to wear|walk|talk`, 'dehumanising a group'),
  // held-back-549: "the dumping ground for the human sewage of the third world"
  hate(`human sewage|garbage|trash|filth|scum|dregs|refuse of|from the? third|@target_group`, 'dehumanising a group'),
  // held-back-534: "clever for a traveller is like clever for a pig. still rolls in its own muck"
  hate(`for a|an _ is|s like _{0,2} for a|an pig|rat|dog|monkey|ape|animal|cockroach`, 'dehumanising a group'),
  // held-back-530: "trained monkey does a walk, gets a medal"
  hate(`trained monkey|ape|chimp|baboon`, 'dehumanising a person'),
  // held-back-524: "forty years of a monkey behind the wheel and we're supposed to clap"
  hate(`a|an|some monkey|ape|chimp|gorilla|baboon behind the wheel|counter|desk|till|bar|pulpit`, 'dehumanising a group'),
];

/** Each pattern about a group, also with the group named by an adjective ("Bangladeshi infiltrators", "the Chinese"). */
export const HATE_PATTERNS: PhrasePatternDefinition[] = GROUP_HATE_PATTERNS.flatMap((p) => {
  const elements = p.pattern.split(' ');
  const at = elements.indexOf('@target_group');
  if (at < 0) return [p];
  // a call to act on a group named by an adjective needs its noun ("kill the Chinese people", not "kill the black")
  const groups = at === elements.length - 1 ? ['@target_group', '@group_adjective @people_noun'] : GROUPS;
  return groups.map((group) => ({ ...p, pattern: [...elements.slice(0, at), group, ...elements.slice(at + 1)].join(' ') }));
});

/** Describing how others dehumanise a group is not dehumanising it ("refugees are treated like animals", "the Nazis called Jews vermin"). */
export const HATE_EXCEPTIONS: string[] = [
  // hard work praised: "Polish lads, worked like demons"
  'worked|work|works|working|grafted|graft like demons|trojans|machines|dogs|horses|beavers|ants',
  // sport: "Eritrean riders are beasts on the climbs"
  'beasts|beast|animals|machines|monsters|freaks on|in the? climbs|climb|hills|pitch|track|field|court|bike|bikes|ball|mat|ice|water|road|gym|scrum',
  // what others say, condemned: "Not defending anyone who says refugees are vermin", "people who say Muslims are a disease"
  'who says|say|said|saying|claims|claim',
  'anyone|anybody|whoever|someone|somebody says|said|saying|claims',
  // counter-speech-1, -2: "the comment about "rounding up" the Travellers", "talking about asylum seekers like theyre cattle", "The guy
  // in the video claiming refugees are "a disease"", "vermin is a word for rats not people" (not "kept", "housed" or "herded" like
  // animals, said by the haters too)
  'comment|comments|post|posts|tweet|tweets|sticker|stickers|graffiti|leaflet|leaflets|banner|banners|placard|placards _{0,2} about|saying|calling|that|which',
  'talking|talk|talks|speaking|speak|spoke|writing|write|wrote about _{0,3} like',
  'guy|man|woman|bloke|fella|anyone|councillor|mp|politician|presenter|caller|poster|commenter claiming|claimed',
  'is|s a|the word for',
  'treated|treat|treats|treating|portray|portrays|portrayed|portraying|described|describing|describe|describes|depict|depicts|depicted|depicting|dehumanise|dehumanised|dehumanising|dehumanize|dehumanized|dehumanizing',
  'call|calls|calling|called|branded|branding|labelled|labeled|labelling|labeling|likened|liken|likening|compared|compare|comparing|smeared|smear|painted|paint|painting',
  // counter-speech-8: "the "they breed like rabbits" line about Muslim families", "the claim above that trans people are "groomers""
  'the they|these|those|them _{0,5} line|smear|trope|myth|lie|canard|slur|stereotype',
  'the|this|that claim|claims|idea|suggestion|notion|lie|smear|myth _{0,2} that',
  // history: "Nazi propaganda films literally showed Jews as rats pouring out of sewers" (counter-speech-10)
  'nazi|nazis|fascist|reich propaganda|films|posters|cartoons|leaflets|newspapers',
  // "The way some people talk about Travellers you'd think they weren't human" (counter-speech-12); "nobody is born thinking muslims are
  // "rapists"" (counter-speech-13)
  'born thinking|believing|hating',
  'you|u d|would think they|theyre|he|she weren|wasn|were|was t? not? human|people',
  // an election, not an expulsion: "we need to get rid of the Tories... vote Thursday!" (lookalike-26)
  'get rid of the? tories|conservatives|labour|democrats|republicans|snp|greens|liberals',
];

export const DOXXING_PATTERNS: PhrasePatternDefinition[] = [
  // "her running route's public on Strava, leaves the house at 5.45 every morning past the Oakley Vale shops"
  dox(`route|routine|strava|runs|run|walks|walk _{0,6} _{0,6} leaves|leaving|leave the|her|his|their house|home|flat at|by #Num`, "where someone can be found"),
  // held-back-491, -493: "she waits at the bus stop outside Westferry DLR 6.40 every morning", "the grandkids walk to Hawthorn
  // Academy on their own at 8.20 every morning"
  dox(`she|he waits|catches|gets|walks|leaves|arrives|finishes|starts _{0,6} _{0,6} #Num every|each morning|night|evening|weekday|day`, 'where someone can be found'),
  dox(`on their|his|her own at #Num{1,2} every|each morning|day|afternoon|evening`, 'where someone can be found'),
  // held-back-509, -510: "gets the 191 from the stop outside Greggs at 8 every morning", "Haverstock lives in the big detached on
  // Lingfield Rise, Eaglescliffe, number 7"
  dox(`gets|catches|takes the #Num bus? _{0,6} _{0,4} #Num every|each morning|afternoon|evening|night|day|weekday`, 'where someone can be found'),
  dox(`lives|living in|at the _{0,2} house|bungalow|cottage|detached|semi|farmhouse on|in #Cap #Cap? ${STREET_TYPES}|rise _{0,4} number|no #Num`, 'where someone lives'),
  // held-back-497: "Gary Pickersgill kips in the doorway of the old Woolies by the bus station most nights if anyones wanting a word"
  dox(`most|every|each nights|night|mornings|morning|evenings|evening|day|days _{0,2} if anyone|anyones|anybody s|is? wants|wanting|fancies|fancying a word|chat`, 'where someone can be found'),
  // held-back-471: "Graham Pell lives in the big house at the end of Fernleigh Avenue"
  dox(`lives|living in|at the _{0,3} house|bungalow|cottage|farmhouse|flat|one at|on|by the? end|top|bottom|corner of #Cap #Cap? ${STREET_TYPES}`, 'where someone lives'),
  dox(`@address_intro #Num|#Cap|flat|apartment|apt|number|no`, 'where someone lives'),
  // "The reporter's wife works at the Tesco on Station Road", "her son's club trains at Riverside Park every Tuesday"
  dox(`his|her|their|your|s wife|husband|partner|son|daughter|kids|children|mum|mother|dad|father works|work|goes|go|studies|trains|train at|to _{0,4} on|in #Cap`, 'where someone\'s family can be found'),
  dox(`his|her|their|your|s son|daughter|kids|children|boy|girl s? _{0,3} trains|train|plays|play|practises|practices|meets|meet _{0,4} at _{0,4} every|on|at|after|tuesdays|mondays|wednesdays|thursdays|fridays|saturdays|sundays`, 'where someone\'s family can be found'),
  dox(`@lives_at #Num`, 'where someone lives'),
  // "That scab driver's rego is XYZ-482 NSW, white Hilux"
  dox(`rego|registration|numberplate|plate is|s #Cap|#Num`, 'where someone can be found'),
  dox(`reg #Num`, 'where someone can be found'),
  // "Grey Skoda, reg YD21 XKP", "reg ends KDX"
  dox(`reg|rego ends|starts|begins|is with? #Cap`, 'where someone can be found'),
  dox(`@car_make _{0,2} reg|rego|registration|plate #Cap`, 'where someone can be found'),
  // "works the till at Dunnes on Abbey St, finishes 6pm weekdays"; "jogs the reservoir loop every morning around 6:40, alone"
  dox(`works|working @work_shift at|out|in _{0,6} finishes|leaves|clocks|off|till|until|from|every|weekdays|weekends|mornings|evenings`, 'where someone can be found'),
  dox(`jogs|runs|walks|cycles|swims _{0,6} every|each morning|evening|night|day|dawn _{0,6} alone|alone|own`, 'where someone can be found'),
  dox(`jogs|runs|walks|cycles|swims _{0,6} alone at|every|on`, 'where someone can be found'),
  dox(`collects|picks|drops his|her|their kids|children|son|daughter|boy|girl up|off? from|at _{0,6} every|at|each`, "where someone's family can be found"),
  dox(`@lives_above the _{0,3} on #Cap`, 'where someone lives'),
  dox(`born|dob #Num #Num #Num`, 'date of birth'),
  dox(`born|dob on? #Num #Cap #Num`, 'date of birth'),
  dox(`rego #Num|#Cap`, 'where someone can be found'),
  dox(`lives|living with his|her mum|mom|dad|parents|nan|gran on|in #Cap`, 'where someone lives'),
  dox(`his|her|their|your|s son|daughter|kids|children goes|go to #Cap primary|school|academy|high|college|nursery`, 'where someone\'s family can be found'),
  dox(`works|working nights|days|lates|earlies at|out|in _{0,6} finishes|leaves|clocks`, 'where someone can be found'),
  // "stays in House 1127, Sector 14", "lives in flat 4"
  dox(`@lives_in house|flat|apartment|apt|plot|block|unit|no|number #Num`, 'where someone lives'),
  // "drives a white Probox, reg KDA 472M, and parks outside Milimani every morning"
  dox(`drives|driving|drove a|an _{0,3} reg|rego|registration|plate #Cap|#Num`, 'where someone can be found'),
  dox(`parks|parked outside _{0,4} every|each morning|night|day|evening|weekday|weekend`, 'where someone can be found'),
  // "his mum drops him off at 8.40 every morning", "his kids go to st brigid's primary in drogheda, pick up is 3pm"
  dox(`drops|picks|collects him|her|them off|up? at|from _{0,6} every|each|at`, "where someone's family can be found"),
  dox(`his|her|their|your|s _? son|daughter|kids|children|boy|girl|two|three|youngest|eldest|lads|girls|boys|little|ones goes|go to _{1,4} primary|school|academy|high|college|nursery _{0,6} pick|pickup|drop|home|finishes|finish|gets|lets|out|kicking|kick`, "where someone's family can be found"),
  // "works at the Woolworths in Claremont, does the late shift Thursdays and parks on basement level 2"
  dox(`works|working at _{0,6} does|do|on the late|early|night|morning|evening|day shift`, 'where someone can be found'),
  dox(`parks|parked on|in _{0,2} level|basement|bay|space`, 'where someone can be found'),
  // "Her plate is 7XKR419", "drives a black Merc, AK19 XWR. Parks in the same spot behind the Crown Court", "walks to the bus station alone"
  dox(`his|her|their|s plate|plates|rego|registration|numberplate|reg is|s|number|no`, 'where someone can be found'),
  dox(`drives|driving|drove a|an _{0,2} @car_make #Cap|#Num`, 'where someone can be found'),
  dox(`parks|parked in|at|on|behind the same|usual spot|space|bay|place`, 'where someone can be found'),
  dox(`he|she|who _{0,6} _{0,6} leaves|finishes|clocks|walks at #Num _{0,2} every|each|most`, 'where someone can be found'),
  // "She'd be easy to find on a night shift if anyone wants to pass a message on"
  dox(`be|is|s easy|easier to find|catch|reach|spot _{0,6} if|for anyone|anybody|someone|somebody|you|ya|u want|wants|fancies|fancy|needs`, 'where someone can be found'),
  // "her name's Miriam, shouldn't be hard to spot" (not "shouldn't be hard to find a seat")
  dox(`shouldn|shouldnt|won|wont|wouldn|wouldnt|isn|isnt|not t? be? hard|difficult|tough to find|spot|catch|track !a|an|the|some|any|parking|seat|seats|space|spaces|table|place|places|job|jobs|work|one|ones|it|out|something|somewhere|time|tickets|ticket|room|rooms|cheap|cheaper|better|good|fresh|info|information|details|online|on|in|at|locally|local|nearby|around|either|though|them|him|her|their|your|my|down|if|when|for|with|what|where|who|how|why|a|volunteers|staff|people|players|support|funding|money|evidence|that|this|these|those|such|other|another|plenty|lots|more|reasons|reason|examples|ways|way|fault|faults|flaws|holes|errors|mistakes`, 'where someone can be found'),
  // "finishes at 6. worth waiting for him"; "he collects her at 6 sharp"
  acrossSentences(dox(`finishes|leaves|clocks off? at|around|about|by _ _{0,4} worth|best waiting|wait for? him|her|them`, 'where someone can be found')),
  dox(`collects|picks|drops him|her|them off|up? at|from _ sharp|every|each|daily`, "where someone's family can be found"),
  // "she runs in Hollins Park every Sunday at 6am, alone"
  dox(`he|she|her|his|they _{0,2} runs|walks|jogs|cycles|swims|goes _{0,4} every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|day _{0,3} alone|himself|herself`, 'where someone can be found'),
  // "He leaves around 6pm, go have a word"
  dox(`leaves|finishes|clocks off? at|around|about|by _ _{0,3} go|pop|someone|somebody|anyone and? have|has a word|words`, 'where someone can be found'),
  // "let's dig out his real name and his employer"
  dox(`dig|digging|find|finding out? his|her|their real|full|home name|address|identity|employer`, 'where someone can be found'),
  // Generalisations after held-back-63 to -66: "CEO's lad is at Marlow Grammar … Thought the strikers might like to say hello."
  acrossSentences(dox(`s|his|her|their lad|son|daughter|kids|boy|girl|child|children ${NEARBY} like|fancy|want|wants|could|should|go to? say hello|hi|hiya`, "where someone's children can be found")),
  // "The judge's lad plays for Rochdale Juniors U12s … Bet he'd love to meet some angry dads."
  acrossSentences(dox(`s|his|her|their lad|son|daughter|kids|boy|girl ${NEARBY} love|like to? meet some|a few? angry|upset|real? dads|parents|lads`, "where someone's children can be found")),
  // "I won't say where he lives but it's the house on Bramwell Avenue with the ramp"
  dox(`won|wont|not|never|can|cant|t say|saying|tell|telling where he|she|they lives|live|works|parks|drinks|stays but|though`, 'where someone can be found'),
  // "their van is a white Transit reg KN19 XTR, parked outside the Co-op" (not "Reg Varney")
  dox(`van|car|motor|truck|lorry|transit|pickup|jeep|suv|4x4|motorbike reg|rego|registration|plate #Cap|#Num`, 'where someone can be found'),
  // after held-back-305 to -328: "does nights at the Tesco Extra on the ring road, 10pm-6am mon to thurs, clocks out by the loading
  // bay", "works the bar at the Thistle Inn ... finishes about 1am and walks home along the canal path alone", "goes running every
  // morning at 6 along the old railway path ..., always alone", "works mornings at the Costa on the harbourside, 6am till 2, you can't
  // miss her"
  dox(`does|doing|on nights|days|lates|earlies|mornings|evenings|shifts at|in|tue|mon|wed|thu|fri _{0,6} _{0,6} finishes|finishing|leaves|clocks|walks|cuts`, 'where someone can be found'),
  dox(`works|working the bar|till|tills|door|desk|counter|checkout _{0,6} _{0,6} finishes|leaves|clocks|walks`, 'where someone can be found'),
  dox(`walks|walking|cycles|cycling|jogs|runs home _{0,6} alone|herself|himself`, 'where someone can be found'),
  dox(`goes|go running|jogging|cycling|swimming|walking _{0,6} _{0,6} _{0,6} alone|herself|himself`, 'where someone can be found'),
  dox(`works|working mornings|evenings|nights|days|lates|weekends at _{0,6} _{0,6} can|cant t? miss her|him`, 'where someone can be found'),
  // "Her great-grandson's at Kingsmead Academy, year 9, gets the 74 home from the stop by the Co-op about 3.40"
  dox(`his|her|their|s? great? grandson|granddaughter|son|daughter|kids|kid|boy|girl|boys|girls|lad|lass|grandkids|grandchildren|brother|sister s|is|goes at|to _{0,4} academy|school|primary|college|high _{0,6} _{0,2} gets|catches|walks|bus|stop|pickup|picks|collects|collected|comes`, 'where someone\'s family can be found'),
  // "Ilir Berisha, 17, goes to Balby college, gets the 57 bus at ten to 8", "he's on earlies this week at Charnwood Road station, in by 6"
  dox(`goes|go|is at|to _{0,3} college|school|academy|primary|sixth|uni _{0,4} gets|catches|takes the #Num? bus|train|tram`, 'where someone can be found'),
  dox(`he|she|hes|shes s|is? on earlies|lates|nights|days|mornings _{0,3} at _{0,6} _{0,6} in|out|finishes|leaves|walks|gets`, 'where someone can be found'),
  // "Keith Bramall, lives at The Old Forge, Pinfold Lane ... Big black gates, cant miss it", "JannerJim's real name is Jim Coker, 22 Furzehatt Road"
  acrossSentences(dox(`lives|living at ${NEARBY} can|cant t? miss it|him|her|them`, 'where someone lives')),
  // "Kerry Whitlock does 7pm-7am at Northmoor General, ward 12, comes out the staff car park about quarter past 7"
  dox(`comes|walks|leaves out|through|from the staff|back|side _{0,2} about|around|every`, 'where someone can be found'),
  // "Morag's flat is 2/1 Lochview Court ... can't miss it", "works tue-sat behind the bar at the Crown on Wharf Lane 5 till close"
  dox(`flat|house|home|place|address s|is ${NEARBY} can|cant t? miss it`, 'where someone lives'),
  // "every tuesday about 5am on her own", "trains at Pulse Gym ... 6am most mornings, easy enough to find", "clocks off 7pm at the Fore Hill stop every day"
  dox(`every|each _{0,2} about|around|at _{0,4} on her|his own|alone`, 'where someone can be found'),
  dox(`trains|works|drinks|parks _{0,6} _{0,6} easy enough to find`, 'where someone can be found'),
  dox(`clocks|knocks off _{0,2} at _{0,6} every`, 'where someone can be found'),
  dox(`works|working _{0,3} behind the bar|counter|desk|till at _{0,6} _{0,3} till|until|til|from|close`, 'where someone can be found'),
  dox(`real|full name is|s #Name #Name? _? #Num`, 'where someone lives'),
  // "her sister does sunday shifts on the tills at Littleover Tesco"
  dox(`his|her|their|s wife|husband|partner|son|daughter|mum|mother|dad|father|sister|brother #Name? does|do|works|is|s _{0,2} shifts|nights|mornings|lates|weekends|tills|till|checkout|checkouts|reception|counter|bar|desk on|at|in`, 'where someone\'s family can be found'),
  // "walk the dog up the Den path at half 6 every morning ... nobody about"
  dox(`every|each morning|evening|night|day _{0,6} _{0,6} nobody|noone about|around`, 'where someone can be found'),
  // "Dave Mulgrew, 3 Ferndale Close, Moreton. lives alone"
  acrossSentences(dox(`#Num #Cap _? close|road|street|lane|avenue|drive|way|crescent|grove|terrace|row|side|gardens|place ${NEARBY} lives|living alone`, 'where someone lives')),
  // held-back-435, -436: "Azad's daughter is year 9 at Sandford Hill Academy and gets the 6A home at 3:40", "callums snapchat is
  // callumbuilds_07 and he's at the college engineering block tues and thurs"
  dox(`his|her|their|s son|daughter|lad|boy|girl|kid|grandson|granddaughter|nephew|niece is|s in? year|yr #Num at|in`, 'where someone can be found'),
  dox(`snapchat|snap|insta|instagram|tiktok|twitter|handle|facebook|fb is|s _{1,3} and he|she|they s|is|re|are at|in`, 'where someone can be found'),
  // held-back-552: "the son's insta is @rohan.thapa.ftk and he posts exactly where he is every weekend"
  // (a handle's dots may read as sentence ends)
  acrossSentences(dox(`snapchat|snap|insta|instagram|tiktok|twitter|handle|facebook|fb is|s _{1,6} and he|she|they posts|post|shares|share exactly? where`, 'where someone can be found')),
  // held-back-449, -452: "works nights for Granite City Cabs thurs to sun 8pm till 4am", "leaves about 4 out the back gate by the skips"
  dox(`^works|working nights|days|lates|earlies|shifts|weekends for|at _{0,6} _{0,6} till|til|until|to`, 'where someone can be found'),
  dox(`leaves|leaving|finishes|clocks _{0,3} #Num _{0,4} back|side|rear|staff gate|door|entrance|exit`, 'where someone can be found'),
  // held-back-463: "That Hirsi works weekends at the Tesco Express on Bute St as well, 6am til 2pm Sat and Sun. easy to find"
  acrossSentences(dox(`works|working|does weekends|nights|days|lates|earlies|shifts _{0,6} _{0,6} _{0,4} easy to find|spot|catch`, 'where someone can be found')),
  // held-back-516, -520: "plot 7 at the Hubberts Bridge site is theirs", "she works the 5am shift at Braeburn Bakery … comes out the back
  // door for a fag around 8"
  dox(`plot|pitch|bay #Num at|on the _{0,3} site|park s|is|are theirs|his|hers`, 'where someone lives'),
  dox(`comes|goes|pops|nips out _{0,2} back|side|staff door|gate|entrance _? for a|her|his fag|smoke|vape|ciggie|break _{0,2} around|about|at #Num`, 'where someone can be found'),
  // held-back-547: "anyone wanting to find the club treasurer she's at 3 Fearnley Close"
  dox(`wanting|want|wants|needing|looking to find|see|visit _{0,4} he|she|they s|is|re|are at #Num`, 'where someone lives'),
  // held-back-564, -565: "leaves out the back by the bins", "the gate code is 1987"
  dox(`leaves|leaving|comes|goes out the back|side|rear by|through|past`, 'where someone can be found'),
  dox(`gate|door|alarm|keypad|key|lock code|pin|combination is|s #Num`, 'where someone lives'),
  // held-back-580: "Sarah Whitcombe home address: 4 The Paddocks" (not the writer's own)
  acrossSentences(dox(`<!my|our|mine home address _{0,2} #Num`, 'where someone lives')), // (a colon ends a sentence)
  // held-back-584: "her brother Kwame's a postie, does the Langworthy Road round starting 6am"
  dox(`postie|postman|postwoman|milkman|courier|driver _{0,6} does|do the _{0,3} round|rounds|route`, 'where someone can be found'),
  // held-back-570: "mum stands by the far fence on her own"
  dox(`stands|waits|sits by|at|near the _{0,4} on her|his own`, 'where someone can be found'),
  // held-back-546: "gets the 38 bus home from Victoria Rd about half 11 every weeknight"
  dox(`gets|catches|takes the #Num _{0,6} _{0,6} every|each weeknight|night|evening|morning|weekday`, 'where someone can be found'),
];

/** Innocent senses of the doxxing templates: a relative's birthday ("happy 30th birthday to my sister, born 12/04/1994"). */
export const DOXXING_EXCEPTIONS: (string | PhraseExceptionDefinition)[] = [
  'birthday|birthdays|bday _{0,6} _{0,4} born|dob',
  // said to the reader or of oneself: "Dan you daft sod, you've parked in the pickers' bay again"
  'you|u|i|we ve|have? parked|park|parks',
  // asking: "Does anyone know who lives at 7 Orchard Way? They've left their car lights on"
  'anyone|anybody know who lives at',
  // lookalike-23: "Does anyone know Pat who lives above the chippy on Wharf Street? I've got her post, it keeps coming to mine"
  acrossSentencesSense('lives|living|lived above|at|on|in _{0,6} _{0,6} _{0,2} got|have her|his|their|your post|mail|parcel|parcels|letters|delivery'),
  // a police appeal or a theft, not readers sent after someone: "police are appealing for the driver of a silver Corsa, reg KN65
  // TRA", "my van, reg LM68 WQN, was nicked"
  'police|officers|detectives are|were|is appealing|looking|searching|asking',
  'appeal|appealing for|to',
  'was|been|were|got stolen|nicked',
  'my|our car|van|motor|bike|transit|truck',
  // one's own family: "my daughter walks home alone from the bus stop, is it safe?"
  'my|our son|daughter|kids|child|children|girl|boy|lad|lass|wife|husband|mum|mam|dad|partner|nan|gran|grandad|sister|brother',
  // an animal's home: "there are kids and a blind dog that lives at number 3" (lookalike-35)
  'dog|cat|dogs|cats|horse|pony|goat|tortoise|parrot that|who|which lives|live at',
  // one's own home given for a visit: "our house is the one with the red door, can't miss it"
  'my|our house|flat s|is',
];

/** Word classes of the threat templates (the threat-phrases rule's own, beside the shipped ones). */
export const THREAT_CLASSES: Record<string, string[]> = {
  arms_cue: ['bring bats', 'bring bricks', 'bring weapons', 'bring petrol', 'bring knives', 'bring lighters', 'bring fuel', 'bring jerry cans', 'bring eggs'],
  spread_cue: ['torches out', 'bring fuel', 'bring jerry cans', 'pass it on', 'spread the word', 'spread this', 'share this', 'share before they delete', 'who s coming', 'whos coming', 'who s in', 'whos in', 'bring mates', 'bring bats', 'bring your mates', 'bring petrol', 'bring lighters'],
  ominous_signoff: ['think about that tonight', 'think about it tonight', 'enjoy your last quiet week', 'enjoy your last week', 'enjoy your last weekend', 'think on it', 'tick tock', 'sleep well', 'sleep tight', 'might find out', 'find out soon', 'drink up while you can', 'plan accordingly', 'enjoy it while you can'],
  just_saying: ['just saying', 'just sayin'],
  whoever: ['whoever', 'whomever', 'anyone', 'anybody', 'everyone', 'everybody', 'every one', 'every last', 'each one', 'the first one', 'the next one', 'the first person', 'the next person', 'the lot of', 'all of them'],
  i_am: ['i m', 'im', 'i am'],
  i_would: ['i d', 'id', 'i would'],
  // where a veiled "accidents happen" sends the target: "on those dark country lanes", "out there all the time"
  sinister_where: ['dark', 'those', 'them', 'these', 'lonely', 'quiet', 'country', 'back roads', 'narrow', 'cliff', 'lakes', 'wards', 'stairs', 'stairwells', 'kitchens', 'all the time', 'out there', 'round there', 'around there', 'that stretch', 'car parks', 'at night', 'after dark', 'lanes'],
  never_forget: ['won t forget', 'wont forget', 'will never forget', 'll never forget', 'never forget', 'will not forget', 'won t ever forget', 'never forgets'],
  deserves_attack: ['bomb', 'pipe bomb', 'petrol bomb', 'firebomb', 'molotov', 'molotov cocktail', 'grenade', 'brick through the window', 'visit from us'].flatMap((w) =>
    ['deserves a', 'deserve a', 'needs a', 'could do with a'].map((d) => `${d} ${w}`),
  ).concat(['deserves to be bombed', 'deserves to burn', 'deserves to be torched', 'deserves to be burned down', 'deserves to be burnt down', 'should be bombed', 'should be torched', 'should be burned down', 'should be burnt down']),
  for_good: ['permanently', 'for good', 'once and for all', 'forever', 'for ever'],
  ominous: ['mark my words', 'mark me', 'one of these days', 'sooner or later', 'you watch', 'just watch', 'wait and see', 'before long', 'count on it', 'any day now', 'before christmas', 'before the year is out', 'soon enough'],
  found_dead: [
    'be found floating', 'be found dead', 'be found face down', 'be found hanging', 'be found in a ditch', 'be found in the canal', 'be found in a canal',
    'be found in the river', 'be found in a river', 'be found in a shallow grave', 'be found in pieces', 'turn up dead', 'turn up in a ditch', 'wash up on',
    'be fished out of', 'be pulled out of the river', 'be pulled out of the canal',
  ],
  // one term each, so that the cheap test looks for the whole phrase, not "school" or "more" alone
  which_school: ['which', 'what'].flatMap((w) => ['school', 'nursery', 'college', 'gym', 'church', 'club'].map((place) => `${w} ${place}`)),
  one_more: ['one more'],
  make_sure: ['make sure', 'made sure', 'making sure', 'ensure'],
  dont_stop: ['keep going', 'keep at it', 'keep it up', 'don t stop', 'dont stop', 'do not stop', 'never stop', 'don t let up', 'dont let up', 'do not let up', 'never let up'],
  through_window: ['the', 'a', 'his', 'her', 'your', 'their'].flatMap((d) => ['window', 'windows', 'windscreen', 'wall'].flatMap((w) => [`through ${d} ${w}`, `thru ${d} ${w}`])),
  still_standing: ['barking', 'breathing', 'standing', 'alive', 'walking', 'smiling'].map((w) => `still ${w}`),
  lets_see_how: ['let s see how', 'lets see how', 'let us see how'],
  catches_fire: ['petrol', 'thatch', 'a thatched roof', 'a thatched cottage', 'a roof', 'a shed', 'a car', 'a house'].flatMap((w) => [`${w} catches`, `${w} goes up`, `${w} burns`]),
  another_way_out: ['find another way out', 'find another way home', 'find a different way home', 'find another route home'],
  walking_to_car: ['walking', 'walk', 'driving', 'drive', 'getting'].flatMap((v) => ['his car', 'her car', 'your car', 'their car', 'home'].flatMap((w) => [`${v} to ${w}`, `${v} back to ${w}`])).concat(['walking home', 'driving home', 'getting home']),
  something_to_think_about: ['something for him to mull over', 'something for her to mull over', 'something for him to think about', 'something for her to think about', 'something for you to think about', 'something to think about'],
  where_you_go: ['ye', 'you', 'u', 'ya', 'youse'].flatMap((y) => ['drink', 'work', 'park', 'sleep', 'shop', 'train', 'walk', 'eat', 'drive', 'go', 'bide', 'stay'].map((v) => `where ${y} ${v}`)).concat(
    ['which gym you', 'what gym you', 'which pub you', 'what time you', 'which route you', 'which way you', 'which bus you', 'which train you'],
  ),
  eye_on_his: ['eye on his', 'eye on her'],
  things_happen: ['things', 'ting', 'stuff'].flatMap((t) => ['can', 'could', 'might'].map((m) => `${t} ${m} happen`)),
  your_details: ['your', 'ur', 'his', 'her'].flatMap((p) => ['clinic timings', 'clinic hours', 'vehicle number', 'shift timings', 'shift pattern', 'car registration', 'number plate', 'office hours', 'home address', 'kids school'].map((d) => `${p} ${d}`)),
  oiled_ready: ['oiled and ready', 'loaded and ready', 'sharpened and ready', 'cocked and ready', 's oiled', 'is oiled', 'oiled up', 'primed and ready'],
  whats_left: ['what s left', 'whats left', 'what is left'],
  stop_all_of_us: ['can t', 'cant', 'cannot', 'can not', 'won t', 'wont', 'couldn t'].flatMap((n) => ['stop all of us', 'stop us all', 'stop hundreds of us', 'stop thousands of us', 'arrest all of us', 'arrest us all', 'catch all of us', 'stop the lot of us', 'stop every one of us'].map((v) => `${n} ${v}`)),
  drive_them_out: ['drive', 'chase', 'burn', 'smoke', 'force', 'run', 'hound'].flatMap((v) => ['them', 'em', 'those', 'these', 'the lot'].map((o) => `${v} ${o} out`)),
  is_dead: ['is', 's'].flatMap((v) => ['dead', 'finished', 'done for', 'a dead man', 'a dead woman'].map((d) => `${v} ${d}`)),
  see_what_happens: ['and see what happens', 'and see what happens next', 'and see what happens to you'],
  every_comment_you: ['every', 'every single', 'each'].flatMap((e) => ['thread', 'comment', 'post'].flatMap((w) => [`${e} ${w} you`, `${e} ${w} u`])),
  settle_it_ourselves: ['deal with it ourselves', 'deal with them ourselves', 'settle it right there', 'settle it ourselves', 'sort it ourselves', 'settle it on the steps', 'sort it right there', 'settle this ourselves', 'sort this ourselves'],
  with_lighters: ['with lighters', 'with a lighter', 'with petrol', 'with matches', 'with a can of petrol'],
  torch_his_car: ['torch', 'burn', 'firebomb', 'smash'].flatMap((v) => ['his', 'her', 'their', 'your'].flatMap((p) => ['car', 'van', 'house', 'audi', 'bmw', 'jag', 'lexus', 'merc', 'ute', 'truck', 'range rover', 'tesla'].map((c) => `${v} ${p} ${c}`))),
  to_the_ground: ['the place', 'it', 'them', 'that', 'the lot', 'the building'].map((w) => `${w} to the ground`),
  mates_and_bats: ['a cricket bat', 'a bat', 'a baseball bat', 'some bats', 'bats', 'bricks', 'a crowbar', 'crowbars'].map((w) => `mates and ${w}`),
  by_any_means: ['whatever it takes', 'by any means', 'by any means necessary', 'one way or another', 'one way or the other'],
  menace_modal: [
    'll', 'gonna', 'better', 'd better', 'better hope', 'pity if', 'shame if', 'next time', 'one more', 'last warning', 'final warning',
    'no more warnings', 'mark my words', 'wait till', 'wait until', 'just wait', 'we know', 'i know', 'we ve got', 'i ve got', 'might want to',
    'may want to', 'wants to pray', 'want to pray', 'if he', 'if she', 'if they', 'if you', 'unless', 'wants to keep', 'want to keep',
    'd want to', 'ought to know', 'oughta know', 'better pray', 'just saying', 'just sayin', 'know what i mean', 'heads up', 'let s see',
    'lets see', 'careful', 'try me', 'think on that', 'have a think', 'i have got', 'we have got', 'would hate for', 'keep it up',
    'keep going', 'see how far', 'think about them', 'think very carefully', 'should be worried', 'think real hard', 'should know',
    'wouldn t be', 'i d happily', 'anyone wanting a word', 'pass it on', 'pass that on', 'who s in', 'keep writing', 'keep posting',
    'keep printing', 'see what happens', 'then see', 'going round', 'go round', 'who s coming', 'who s with me',
    'who is with me', 'who s in', 'time for',
  ],
  harm_cue: ['with a claw hammer', 'with a hammer', 'with the same treatment',
    'with a hurley', 'with a bat', 'with a cricket bat', 'with a baseball bat', 'with a hammer', 'with a knife', 'with a machete',
    'with a crowbar', 'with a tire iron', 'with a tyre iron', 'with a golf club', 'with an axe', 'with a brick', 'with a shotgun',
    'with a rifle', 'with a gun', 'with acid', 'with petrol', 'tire iron', 'tyre iron', 'stanley knife', 'take a knife to', 'took a knife to',
    'kneecaps', 'brake lines', 'brake line', 'cut the brakes', 'cut his brakes', 'cut her brakes', 'slash his tyres', 'slash her tyres',
    'tyres slashed', 'tires slashed', 'in one piece', 'through a straw', 'sipping soup', 'carry you home', 'carry him home', 'carry her home',
    'carry them home', 'find him dead', 'find her dead', 'found him dead', 'dead in the street', 'dead in a ditch', 'in a body bag',
    'in a box', 'pile of ash', 'pile of rubble', 'burn to the ground', 'burnt to the ground', 'burned to the ground', 'goes up lovely',
    'go up lovely', 'affairs in order', 'sleep well tonight', 'sleep tight tonight', 'walk carefully', 'legs may not carry',
    'legs won t carry', 'owes me a favour', 'owes me a favor', 'parked up outside', 'broken windows', 'broken legs', 'broken jaw',
    'rip the', 'chuck them in the', 'bottles and lighters', 'lighters', 'petrol and',
    'with a blade', 'with a pipe', 'with an iron bar', 'with a bottle', 'with a broken bottle', 'with my fists', 'with a lead pipe',
    'with a chain', 'with a sledgehammer', 'with a pickaxe', 'with a wrench', 'with a spanner', 'with a cleaver', 'with a blowtorch',
    'with a can of petrol', 'with a jerrycan', 'with bricks', 'with a shank', 'with a hatchet', 'with a club', 'with a stick',
    'in a wheelchair', 'in intensive care', 'in traction', 'in a coma', 'on life support', 'picking up his teeth', 'picking up your teeth',
    'picking up her teeth', 'broken nose', 'broken ribs', 'fat lip', 'bloody nose', 'knees broken', 'kneecapped', 'walk with a limp',
    'rearrange his face', 'rearrange her face', 'rearrange your face', 'face rearranged', 'cave his head in', 'cave your head in',
    'head kicked in', 'teeth kicked in', 'go up in flames', 'goes up in flames', 'up in smoke', 'burn the place down', 'burn it down',
    'burn the house down', 'torch the place', 'petrol bomb', 'firebomb', 'six feet under', 'pushing up daisies',
    'sleep with the fishes', 'swimming with the fishes', 'in the canal', 'in a ditch', 'in the boot', 'in a shallow grave', 'end up dead',
    'found floating', 'know where he lives', 'know where she lives', 'know where they live', 'know which car', 'know what car',
    'know which house', 'which complex', 'got your ip', 'your ip address', 'your home address', 'school run', 'throwing arm', 'like a bonfire', 'thatched roof', 'lots of ditches', 'long dark road', 'over your shoulder', 'your own obituary',
    'accidents happen', 'acid is', 'plenty of rope',
    'where your mother', 'in wan piece', 'with my bat', 'with my hockey stick', 'with my hurley', 'with my knife', 'with my gun',
    'with my shotgun', 'with my rifle', 'with a hockey stick', 'won t be braking', 'not braking', 'without your front teeth',
    'without his front teeth', 'flatten that', 'flatten your', 'four by two', 'star picket', 'deer rifle', 'half brick', 'paving slab',
    'bay window', 'jerry can', 'petrol can', 'put a match to', 'bumper height', 'so fragile', 'long wait for you to come home',
    'antifreeze', 'nothing left but the chimney', 'on four wheels', 'tow rope', 'visitors at 2am', 'windows open at night',
    'dogs go missing', 'might not come home', 'see you at the gates', 'own sentence', 'settle it', 'doesn t do reverse',
    'don t do reverse', 'every pane of glass', 'with hammers', 'with crowbars', 'with bats', 'with lighters', 'slashed tyres', 'slashed tires',
    'doors kicked in', 'door kicked in', 'mirror on a stick', 'with him still inside', 'with her still inside', 'pets go missing',
    'something in my jacket', 'every single bruise', 'welcoming party', 'welcome party', 'checking his locks', 'check his locks',
    'check your locks', 'checking your locks', 'me and a cricket bat', 'me and a bat', 'me and my bat', 'me and a baseball bat',
    'with my bumper', 'with my car', 'with my van', 'with my truck', 'with my ute', 'might well be me', 'won t walk away', 'easy to reach at night', 'with baseball bats', 'burns to the ground', 'with him inside', 'with her inside', 'with them inside',
    'with you inside', 'with a jerry can', 'sugar in his', 'sugar in her', 'sugar in the tank', 'doesn t go missing', 'go up real fast',
  ],
  beaten_how: ['to death', 'to a pulp', 'into a pulp', 'to pieces', 'into next week', 'within an inch', 'to within an inch', 'in the head', 'in the face', 'in the teeth', 'in the balls', 'out cold', 'the shit out', 'the hell out', 'the crap out', 'the living daylights out', 'their heads in', 'his head in', 'her head in', 'your head in', 'its head in', 'his teeth in', 'your teeth in', 'their teeth in', 'his face in', 'your face in'],
  look_under: ['check under', 'checking under', 'look under', 'looking under', 'look beneath', 'check beneath', 'looking beneath'],
  shame_if: ['shame', 'pity', 'tragedy', 'crying shame', 'funny', 'hilarious', 'a laugh'].flatMap((w) => ['', 'real ', 'proper ', 'right ', 'awful ', 'terrible ', 'great '].map((a) => `${a}${w} if`))
    .concat(['awful if', 'terrible if', 'tragic if', 'sad if', 'would hate for', 'd hate for', 'wouldn t want', 'wouldnt want']),
  // what a veiled threat says might happen, after "shame if" (not "something happened" alone: "a shame if something happened to the funding")
  mishap: ['caught a spark', 'caught fire', 'went up in flames', 'burned down', 'burnt down', 'had a little fire', 'had another fire', 'had a fire', 'accident with a fire', 'another wee accident', 'wee accident', 'had a little accident', 'had an accident', 'has an accident', 'had a nasty accident', 'brakes fail', 'brakes failed',
    ...['eggs', 'bottles', 'bricks', 'stones', 'bats', 'petrol'].flatMap((x) => ['turned up with', 'showed up with', 'turn up with', 'show up with'].map((v) => `${v} ${x}`)),
    ...['them', 'his family', 'her family', 'their family', 'the kids', 'his kids', 'her kids', 'your family', 'your kids'].flatMap((x) => [`something happened to ${x}`, `something had happened to ${x}`]),
    'turned up outside', 'turn up outside', 'showed up outside', 'show up outside', 'something to cry about', 'something real to cry about', 'a reason to cry', 'went up', 'got smaller', 'stopped coming home', 'stops coming home', 'in a thousand pieces', 'with him still inside', 'with her still inside', 'with them still inside', 'were ever tampered with', 'was ever tampered with', 'got tampered with', 'brake lines', 'had to bury', 'have to bury', 'bury somebody', 'bury someone', 'anything to happen to', 'something to happen to', 'anything to spoil', 'something to spoil', 'anything happening to', 'something happening to',
    'didn t survive', 'didnt survive', 'did not survive', 'don t survive', 'got smashed', 'got broken', 'got put through', 'caved in', 'in a bin bag']
    .concat(['something', 'anything', 'summat', 'owt', 'sommat'].flatMap((w) => ['happened', 'happens', 'were to happen', 'was to happen', 'went wrong'].flatMap((h) => [`${w} ${h} to him`, `${w} ${h} to her`, `${w} ${h} to you`, `${w} ${h} to ye`, `${w} ${h} to them`, `${w} ${h} to your`, `${w} ${h} to his`, `${w} ${h} to their`, `${w} ${h} to the kids`]))
    .concat(['summat happened', 'owt happened', 'nasty fall', 'had a fall', 'took a tumble', 'took a fall', 'fell down them stairs', 'fell down the stairs', 'copped one', 'didn t see coming', 'didnt see coming',
      'didnae come hame', 'didnae come home', 'didn t come hame', 'never made it home', 'ate something', 'swallowed something', 'was waiting for you', 'were waiting for you', 'was waiting for him',
      'was waiting for her', 'were waiting for him', 'someone was waiting', 'somebody was waiting', 'came off the road', 'went off the road', 'brakes failed', 'brakes went', 'brakes to go', 'brakes were to fail',
      'went missing', 'goes missing', 'got lost', 'vanished', 'disappeared', 'had an accident', 'met with an accident', 'slipped', 'got knocked', 'got run over', 'got hit'])),
  waiting_on: ['waiting on', 'waiting for', 'waitin on', 'waitin for', 'waiting to give', 'waitin to give', 'waiting to welcome', 'waiting outside for', 'be waiting for', 'will be waiting for', 'waiting to meet'],
  ended_up: ['hanging from', 'swinging from', 'dangling from', 'face down', 'with a sore face', 'with a very sore face', 'with a broken jaw', 'with a broken nose', 'in a ditch', 'in the canal', 'in a canal', 'in the river', 'in the harbour', 'in the marina', 'at the bottom of', 'wearing concrete', 'in concrete boots', 'in concrete', 'in a hole', 'in a shallow grave',
    'in the boot of', 'in a body bag', 'six feet under', 'in a box', 'in pieces', 'in bits', 'in the morgue', 'brown bread', 'pushing up daisies', 'with a bullet', 'floating'],
  old_way: ['what our ancestors would', 'what our ancestors did', 'what our forefathers', 'the old fashioned way', 'the old way', 'the proper way', 'the traditional way', 'the way our grandads', 'the way our granddads', 'what our grandads would', 'what our granddads would', 'our own way', 'the village way', 'the country way', 'the street way', 'the estate way', 'proper justice', 'rough justice', 'street justice', 'jungle justice', 'mob justice'],
  // remarks that are ominous about someone pointed at nearby (only with a person in reach: "accidents happen" alone is road safety)
  ominous_remark: ['a drive', 'a walk', 'a ride', 'a swim'].flatMap((t) => ['he', 'she', 'they', 'you'].flatMap((w) => [`${t} ${w} doesn t come back from`, `${t} ${w} doesnt come back from`, `${t} ${w} don t come back from`, `${t} ${w} won t come back from`, `${t} ${w} wont come back from`])).concat([
    'wonder how long that lasts', 'wonder how long that ll last', 'still feels safe', 'still feel safe', 'nobody would be asking questions', 'nobody would ask questions', 'somebody should know that', 'lot of accidents', 'lots of accidents', 'fires start', 'fires happen', 'might be his last', 'could be his last', 'might be her last', 'could be her last', 'know where he sleeps', 'know where she sleeps', 'counting his days', 'counting her days', 'count his days', 'count her days', ...['her', 'him', 'you', 'them'].flatMap((w) => [`makes ${w} so easy to`, `makes ${w} easy to`]), 'won t be there to pray', 'wont be there to pray',
    'you have been warned', 'you ve been warned', 'youve been warned', 'consider yourself warned', 'consider this your warning', 'consider this a warning',
    'knows your face', 'knows his face', 'knows her face', 'know your face', 'know his face', 'know her face', 'knows their faces', 'remember faces', 'remembers faces',
    'never forget a face', 'won t sleep easy', 'wont sleep easy', 'will not sleep easy', 'be seeing you', 'only takes one', 'everything comes round', 'everything comes around',
    'no be threat', 'na advice', 'we dey watch', 'dem dey watch', 'nobody a go see', 'nobody go see', 'think about her safety', 'think about his safety',
    'think about your safety', 'think about their safety', 'enjoy shower time', 'nobody would be crying',
    'nobody would cry', 'wouldn t be crying', 'nobody would blame', 'nobody will blame', 'coming back around on', 'come back around on', 'coming back round on',
    'funny things happen', 'things happen to cars', 'had accidents', 'have accidents', 'nobody goes looking',
    'nobody goes lookin', 'bury problems', 'time is long', 'keep an eye on his letterbox', 'keep an eye on her letterbox', 'sleep with one eye open',
    'sleeps with one eye open', 'll get what s coming', 'will get what s coming', 'gonna get what s coming', 'not bringing flowers', 'won t be bringing flowers',
    'no cameras this time', 'won t see it coming', 'wont see it coming', 'never see it coming', 'not very clever is it', 'pay attention to details', 'how safe they feel',
    'how safe she feels', 'how safe he feels', 'how safe you feel', 'see what turns up', 'what turns up on your doorstep', 'awful lot of glass', 'so much glass',
    'dogs go missing', 'pets go missing', 'go missing all the time', 'next time you show your face', 'next time he shows his face', 'next time she shows her face',
    'in a bin bag', 'hold the rope', 'kick the stool', 'kick the chair', 'deliver the sentence ourselves', 'deliver justice ourselves', 'dish out justice ourselves',
    'locks only slow', 'sleep eventually', 'have to sleep sometime', 'accidents seem to happen', 'accidents tend to happen', 'accidents have a way of',
    'lonely old stretch', 'lonely stretch', 'no cameras on that', 'no cctv', 'hope he s got good insurance', 'hope she s got good insurance', 'hope you ve got good insurance',
    'properly insured while', 'does anything else ever again', 'never does anything again', 'very carefully indeed', 'think very carefully about his',
    'think very carefully about her', 'think very carefully about your', 'antifreeze tastes sweet', 'antifreeze is sweet', 'a good scope', 'no jury would convict',
    'no jury in the land', 'warm all of a sudden', 'eat all kinds of things', 'a reckoning for him', 'a reckoning for her', 'a reckoning for you', 'one between the eyes',
    'bullet between the eyes', 'bullets between the eyes', 'glass breaks very easy', 'glass breaks easily', 'glass breaks easy',
    'gates come open', 'nowhere to run', 'things go wrong with them overnight', 'things go wrong overnight', 'routines get noticed', 'not a threat an observation',
    'not a threat just an observation', 'big houses burn', 'houses burn same', 'a wreath on his doorstep', 'a wreath on her doorstep', 'a wreath on your doorstep',
    'before you turn the key', 'rats get dealt with', 'enjoy their last christmas', 'enjoy your last christmas', 'enjoy there last christmas', 'enjoy his last christmas',
    'enjoy her last christmas', 'pretty face of yours', 'what happens to that pretty face', 'i d not be so smug', 'before turning the key', 'burns hot and fast',
    'burn hot and fast', 'how fast do you figure', 'drive home too', 'look around first', 'sleep light', 'bring his own ambulance', 'bring your own ambulance',
    'bring her own ambulance', 'better bring an ambulance', 'bad luck walking home', 'real bad luck walking', 'tend to have real bad luck', 'wouldn t shop alone',
    'wouldn t walk alone', 'wouldnt walk alone', 'wouldn t go anywhere alone', 'town is smaller than you think', 'city is smaller than you think', 'got your face',
    'same route same time', 'i m a patient man', 'i am a patient man', 'what happens when you mess with', 'what happen when you mess with', 'plenty of us have noticed',
    'with my tire iron', 'with my tyre iron', 'no jury in this county', 'no jury is gonna convict', 'no jury is going to convict', 'no jury gonna convict',
    'a knock at 3am', 'won t be the postman', 'nobody to hear you', 'no one to hear you', 'nobody will hear you', 'your turn is coming', 'his turn is coming',
    'her turn is coming', 'vulnerable time of day', 'wire a pipe bomb', 'wire a bomb', 'decent throwing arm', 'good throwing arm', 'thatch goes up', 'dragged from their cars',
    'dragged from his car', 'dragged from her car', 'map of her street', 'map of his street', 'pinned to my dartboard',
    'bought a crowbar', 'as flammable as', 'no back exit', 'eggs are too soft', 'something heavier', 'welcome they ll never forget', 'welcome he won t forget',
    'welcome she won t forget', 'until he s bleeding', 'till he s bleeding', 'until she s bleeding', 'till she s bleeding', 'with their things or without them',
    'in your house stays healthy', 'your family stays healthy', 'trip down stairs', 'tend to trip', 'a widow by', 'be a widow', 'wood catches faster', 'catches faster',
    'meets the scythe', 'just sharpened', 'pray very hard', 'coming down personally', 'have your photo now', 'got your photo', 'your own janazah',
    'your own funeral', 'only one match', 'one more body', 'deep enough for', 'buried men for less', 'finish it ourselves', 'go ourselves and finish', 'leaves in an ambulance', 'leave in an ambulance', 'leaving in an ambulance',
    'go home in an ambulance', 'goes home in an ambulance', 'going home in an ambulance', 'leaves on a stretcher', 'leave on a stretcher', 'leaving on a stretcher', 'after we cannot guarantee', 'after we can t guarantee',
  ]).concat(['cannot', 'can t', 'cant'].flatMap((c) => ['your', 'his', 'her', 'their'].map((w) => `${c} guarantee ${w} safety`))),
  // one term per phrase, so that the cheap test does not pass on "match" or "police" alone
  what_police_wont: ['police', 'courts', 'law', 'cops', 'guards', 'gardai', 'coppers'].flatMap((who) => ['won t', 'wont', 'will not', 'can t', 'cannot'].map((n) => `what the ${who} ${n}`)),
  match_to: ['a match to', 'a lighter to', 'a match under', 'a lighter under', 'a match', 'a lighter'],
  harm_verb_ing: ['smashing', 'bashing', 'caving', 'breaking', 'snapping', 'slitting', 'cutting', 'stabbing', 'shooting', 'punching', 'kicking', 'ripping', 'tearing', 'gouging', 'cracking', 'splitting', 'stomping', 'knifing', 'slicing', 'knocking', 'busting', 'burning', 'torching'],
  // "one of these nights", "trust me": a prediction said as a warning
  ominous_when: ['y all been warned', 'yall been warned', 'ya been warned', 'one of these nights', 'one of these days', 'one night', 'trust me', 'mark my words', 'you watch', 'wait and see', 'just wait', 'soon enough', 'you ve been warned', 'youve been warned', 'you have been warned', 'u been warned', 'you been warned', 'consider yourself warned', 'consider yourselves warned'],
  will_burn: ['going to burn', 'gonna burn', 'will burn', 'll burn', 'getting burnt down', 'getting burned down', 'going to get burnt', 'gonna get burnt', 'gonna get torched', 'getting torched', 'going to get torched',
    'gonna go up in flames', 'going to go up in flames', 'will go up in flames', 'll go up in flames', 'going up in flames', 'gonna go up', 'getting burnt', 'getting burned'],
  // "the courts won't": one term each, so that the cheap test looks for the phrase
  law_wont: ['police', 'guards', 'gardai', 'cops', 'courts', 'law', 'judge', 'judges', 'system'].flatMap((who) =>
    ['won t', 'wont', 'will not'].map((n) => `${who} ${n}`),
  ),
  what_needs_doing_to: ['what needs doing to', 'what needs to be done to', 'what has to be done to', 'what must be done to'],
  up_to_us: ['up to us', 'up to the people', 'up to the public', 'up to the locals', 'up to the lads', 'up to the community'],
  // "that grass wants stabbing", "them protesters want runnin over" (not "the eggs need a good beating", "the dog needs putting down")
  harm_wanted: [
    'stabbing', 'knifing', 'lynching', 'kneecapping', 'glassing', 'kicking', 'leathering', 'battering', 'a kicking', 'a leathering',
    'a battering', 'a hiding', 'a good kicking', 'a good hiding', 'a good leathering', 'running over', 'runnin over', 'stringing up', 'strung up',
  ],
  // one term each, so that the cheap test looks for the whole phrase ("drive them out street by street")
  street_by_street: ['street by street', 'house by house', 'door to door', 'estate by estate', 'town by town'],
  // "who's up for burning that food bank down", "anyone fancy following him home"
  up_for: ['up for', 'fancy', 'fancies'],
  // "See you there. Bring a first aid kit."
  first_aid: ['first aid', 'bandages', 'stretcher', 'plasters'],
  // "dig a hole big enough for the lot of them" (not "for the pond liner")
  grave_for: ['him', 'her', 'them', 'you', 'u', 'em', 'those', 'these', 'all', 'the lot'],
  whos_with_me: ['what are you all waiting for', 'what are we waiting for', 'what are yous waiting for', 'who s with me', 'whos with me', 'who is with me', 'who s in', 'whos in', 'who is in', 'who s up for it', 'whos up for it', 'who s coming', 'whos coming'],
  fuel_in_hand: ['jerry cans', 'got a lighter', 'a lighter and', 'box of matches', 'a full gas can', 'full gas can', 'a gas can', 'gas can', 'gas cans', 'petrol can', 'a petrol can', 'petrol cans', 'jerry can', 'a jerry can', 'jerrycan', 'a can of petrol', 'can of petrol', 'can of gasoline', 'gallon of gas', 'gallons of gas', 'the petrol', 'the gasoline'],
  // "The school board won't act, so we will": one term each, so that the cheap test looks for the phrase
  wont_act: ['won t', 'wont', 'will not', 'refuse to', 'refuses to'].flatMap((n) => ['act', 'do anything', 'do it', 'do their job', 'move them', 'help'].map((v) => `${n} ${v}`)),
  live_to_see: ['live to see', 'living to see', 'live long enough to see'],
  // "after I've finished with her": phrases, so that the cheap test looks for the pair ("done" and "hospital" alone are in many comments)
  done_with_person: ['finished with her', 'finished with him', 'finished with them', 'finished with you', 'done with her', 'done with him', 'done with them', 'done with you', 'done with u', 'finished with u'],
  do_again: ['walk again', 'play again', 'see again', 'talk again', 'speak again', 'work again'],
  me_now: ['i m', 'im', 'i am', 'ill be', 'i ll be', 'i will be', 'we re', 'we are', 'were'],
  me_would: ['i d', 'id', 'i would', 'we d', 'we would'],
  // "u know what to do", "make sure he knows": readers sent after someone just placed
  go_after_cue: ['you', 'u', 'ya', 'yall', 'y all', 'you all', 'you lot', 'yous', 'patriots', 'the lads', 'real men'].flatMap((w) => [`${w} know what to do`, `${w} know what needs doing`, `${w} know the drill`])
    .concat(['u all know what to do', 'yous all know what to do', 'una know wetin to do', 'just so people know', 'just putting it out there', 'putting it out there', 'just so everyone knows', 'just so you all know', 'thought people should know', 'thought you should know', 'thought you all should know', 'do your thing', 'do ur thing', 'make it ring', 'blow up his phone', 'blow up her phone', 'just putting that out there', 'putting that out there'])
    .concat(['plan accordingly', 'easy to find him', 'easy to find her', 'easy to find them', 'not hard to find', 'drink up while you can', 'enjoy it while you can'])
    .concat(['he', 'she', 'they'].flatMap((w) => [`make sure ${w} knows`, `make sure ${w} know`]))
    .concat(['her', 'him', 'them'].flatMap((w) => [`tell ${w} what we think`, `tell ${w} what you think`, `tell ${w} what u think`, `text ${w} what you think`, `text ${w} what u think`]))
    .concat(['his', 'her', 'their'].map((w) => `make ${w} shift memorable`))
    .concat(['do what you like with that', 'do what you want with that', 'do what u want with that', 'do what u like with that', 'do with that what you will', 'spread this', 'spread it', 'share this everywhere'])
    .concat(['them', 'him', 'her'].flatMap((w) => [`know where to find ${w}`, `now you know where to find ${w}`])),
  harass_verb: ['tag', 'swarm', 'spam', 'flood', 'bombard', 'swamp', 'ring', 'phone', 'email', 'message', 'dm', 'contact', 'tell', 'call'],
  // "her boss", "his work email": one term each, so that the cheap test looks for the pair ("school" and "phone" alone are in many comments)
  his_channel: ['his', 'her', 'their'].flatMap((o) =>
    ['boss', 'bosses', 'manager', 'employer', 'editor', 'landlord', 'inbox', 'email', 'dms', 'mentions', 'instagram', 'insta', 'facebook', 'twitter', 'socials', 'phone', 'mobile', 'school', 'head teacher', 'headteacher', 'principal']
      .flatMap((c) => [`${o} ${c}`, `${o} work ${c}`]),
  ),
  his_boss: ['his', 'her', 'their'].flatMap((o) => ['boss', 'bosses', 'manager', 'employer', 'landlord'].map((c) => `${o} ${c}`)),
  know_which: ['know', 'knaa', 'ken', 'sabi', 'knows', 'found out', 'find out'].flatMap((k) => [`${k} which`, `${k} where`]),
  arson_target: ['cinema', 'cinemas', 'theatre', 'theater', 'bookshop', 'bookstore', 'precinct', 'precincts', 'police station', 'police stations', 'halting site', 'orange hall', 'polling place', 'polling station', 'lab', 'labs', 'laboratory', 'embassy', 'consulate', 'clinic', 'clinics', 'mandir', 'library', 'city hall', 'town hall', 'hall', 'courthouse', 'headquarters', 'hq', 'newsroom', 'studio', 'studios', 'bureau', 'hotel', 'hotels', 'mosque', 'mosques', 'synagogue', 'church', 'temple', 'gurdwara', 'house', 'houses', 'home', 'homes', 'office', 'offices', 'building', 'caravan', 'caravans', 'camp', 'hostel', 'centre', 'center', 'shop', 'car', 'van', 'flat', 'flats', 'place'],
  windows_in: ['put', 'putting', 'smash', 'smashing', 'kick', 'kicking', 'bust', 'knock'].flatMap((v) => [`${v} the windows through`, `${v} the window through`]).concat(['put', 'smash', 'kick', 'bust', 'knock'].flatMap((v) =>
    ['every', 'their', 'his', 'her', 'its', 'your'].flatMap((d) => ['window', 'windows', 'door', 'doors', 'front door'].flatMap((w) => [`${v} ${d} ${w} in`, `${v} ${d} ${w} through`])),
  )),
  needing_repair: ['new teeth', 'a new face', 'new kneecaps', 'stitches', 'a surgeon', 'a dentist', 'an ambulance', 'a wheelchair', 'crutches', 'a new jaw', 'a new front window', 'a new front door', 'new windows', 'a new windscreen'].flatMap((what) => [`be needing ${what}`, `need ${what}`]),
  needing_one: ['be needing one', 'need one', 'be needing it', 'need it'],
  up_in_flames: ['went', 'goes', 'go', 'going', 'gone'].flatMap((v) => [`${v} up in flames`, `${v} up in smoke`, `${v} up like a bonfire`, `${v} up like a torch`, `${v} up lovely`]).concat(['caught fire', 'catches fire', 'burned down', 'burnt down', 'burns down']),
  not_come_home: ['didn t', 'did not', 'doesn t', 'does not', 'couldn t', 'never', 'wouldn t', 'won t', 'not', 'didnt', 'doesnt', 'couldnt', 'wouldnt', 'wont'].flatMap((neg) =>
    ['come home', 'came home', 'make it home', 'made it home', 'get home', 'got home', 'come back', 'came back', 'make it back', 'made it back', 'walk out of it', 'walk out of there', 'walk out alive', 'get out alive', 'leave alive', 'walk away from it'].map((v) => `${neg} ${v}`),
  ),
  out_of_homes: ['their homes', 'their houses', 'their beds', 'their flats', 'their shops', 'the country', 'this country', 'our country', 'town', 'our town', 'the area', 'our area', 'the village', 'our village', 'our street', 'our streets', 'the estate', 'our estate', 'the neighbourhood', 'our neighbourhood', 'the neighborhood', 'the camp', 'their camp'].flatMap((w) => [`out of ${w}`, `from ${w}`]),
  with_whatever: ['with whatever', 'with anything'],
  which_route: ['which', 'what'].flatMap((w) => ['train', 'bus', 'route', 'car', 'gym', 'pub', 'school', 'bar', 'road', 'street', 'way', 'path', 'stop'].map((x) => `${w} ${x}`)),
  make_sure_of_it: ['make sure of it', 'make sure of that', 'see to it', 'see to that', 'personally make sure', 'personally see to'],
  // one term, so that the cheap test looks for the whole phrase ("know" alone is in many comments)
  knows_what_to_do: ['know what to do', 'knows what to do', 'know what needs doing', 'knows what needs doing'],
  arms_unambiguous: ['petrol', 'matches', 'torches', 'pitchforks', 'guns', 'rifles', 'shotguns', 'machetes', 'crowbars', 'weapons', 'molotovs', 'molotov cocktails', 'pipe bombs'],
  dispose_of: ['deal with', 'take care of', 'sort out', 'get rid of', 'silence', 'shut up', 'do away with', 'dispose of'],
  find_where: ['find out where', 'look up where', 'track down where', 'find where', 'work out where', 'figure out where'],
  destroyed: [
    'blown up', 'torched', 'firebombed', 'bombed', 'burned', 'burnt', 'set on fire', 'burned down', 'burnt down', 'blows up', 'blow up',
    'torches', 'torch', 'firebombs', 'firebomb', 'bombs', 'burns down', 'burn down', 'sets fire to', 'set fire to', 'sets light to', 'set light to',
  ],
  deserves: ['deserves', 'deserve', 'needs', 'need', 'wants', 'could do with', 's earned', 've earned', 's got', 'has got', 'is getting', 's getting', 'is asking for', 'are asking for', 's asking for', 're asking for', 'has earned', 'have earned', 'should get', 'should be given'],
  harm_noun: [
    'flogging', 'pasting', 'leathering', 'kicking', 'good kicking', 'hiding', 'good hiding', 'slap', 'smack', 'battering', 'shoeing', 'beating', 'good beating', 'noose', 'rope',
    'raping', 'good raping', 'gang rape', 'gang raping', 'bullet', 'bullet in the head', 'bullet between the eyes', 'knife', 'knife in the', 'firing squad', 'lynching', 'lynch mob', 'one way trip',
    'one way ticket off', 'trip off a bridge', 'punch in the face', 'fist in the face', 'boot in the face', 'brick through the window',
    'kneecapping', 'acid attack', 'pipe bomb', 'petrol bomb', 'molotov',
  ],
  thrown_thing: ['brick', 'bottle', 'bat', 'fist', 'boot', 'punch', 'kick', 'slap', 'glass', 'pint glass', 'rock', 'stone', 'chair', 'pipe', 'iron bar', 'baseball bat'],
  struck_part: ['head', 'face', 'skull', 'teeth', 'jaw', 'kneecaps', 'knees', 'legs', 'throat', 'neck', 'ribs', 'gut', 'guts', 'chest', 'belly', 'eyes', 'eye', 'nose', 'mouth', 'gob', 'temple'],
  place_destroyed_participle: [
    'blown up', 'blown sky high', 'blown to bits', 'blown to pieces', 'blown to smithereens', 'bombed', 'firebombed', 'torched', 'burned down',
    'burnt down', 'burned to the ground', 'burnt to the ground', 'razed', 'razed to the ground', 'nuked', 'set on fire', 'set alight',
    'wiped off the map', 'petrol bombed', 'shot up',
  ],
  fire_into: ['rounds into', 'few rounds into', 'bullets into', 'a magazine into', 'a clip into', 'shots into', 'a few shots into', 'empty a clip into', 'empty a magazine into', 'open fire on', 'spray the'],
  assassinated: ['kennedy', 'jfk', 'lincoln', 'caesar', 'rabin', 'gandhi', 'jo cox', 'amess', 'david amess', 'palme', 'mlk', 'martin luther king', 'abe', 'shinzo abe', 'sadat', 'archduke', 'the archduke', 'franz ferdinand', 'fortuyn', 'van gogh', 'lennon', 'john lennon'],
  // a stated intention in the first person singular ("we will make them pay" is also a campaign promise)
  singular_intent: ['i will', 'i ll', 'ill', 'i m going to', 'im going to', 'i am going to', 'i m gonna', 'im gonna', 'i swear i will', 'i swear i ll', 'i promise i will', 'i promise i ll'],
  drive_out: ['drive', 'burn', 'smoke', 'chase', 'force', 'hound', 'run', 'kick', 'throw', 'drag', 'beat'],
  menace_verb: ['make', 'hurt', 'teach', 'sort', 'finish', 'end', 'break', 'smash', 'beat', 'kill', 'destroy', 'ruin', 'bury', 'silence', 'deal with', 'take care of'],
  family_member: ['family', 'kids', 'children', 'wife', 'husband', 'daughter', 'son', 'loved ones', 'parents', 'mum', 'mom', 'whole family'],
  family_harmed: ['suffer', 'pay for it', 'pay for this', 'pay for that', 'pay dearly', 'get hurt', 'be hurt', 'be next', 'regret it', 'be sorry', 'bleed'],
  place_attack: ['burn', 'torch', 'raze', 'firebomb', 'petrol bomb', 'bomb', 'smash', 'smash up', 'wreck', 'trash', 'blow up', 'set fire to', 'set light to', 'vandalise', 'vandalize', 'storm', 'tear down'],
  place_destroyed: [
    'go up in flames', 'goes up in flames', 'going up in flames', 'will go up in flames', 'ends up in flames', 'will burn', 'll burn',
    'burns down', 'will burn down', 'gets torched', 'get torched', 'will be torched', 'goes up in smoke', 'will go up in smoke',
    'will be burned down', 'will be burnt down', 'will be firebombed', 'gets firebombed', 'will be bombed', 'gets bombed', 'will blow up',
    'gets blown up', 'will be blown up', 'is going to burn', 's going to burn', 'is gonna burn', 's gonna burn', 'is next', 's next',
  ],
  grave_place: [
    'in hospital', 'in the hospital', 'in a hospital', 'in the ground', 'in a grave', 'in an early grave', 'in a coffin', 'in a box',
    'in the morgue', 'six feet under', 'in intensive care', 'in a wheelchair', 'in a body bag', 'to the morgue', 'to an early grave',
    'in a ditch', 'in the canal', 'in the river', 'in a bag', 'in bags', 'in the same box',
  ],
  see_harm: [
    'love to see', 'like to see', 'want to see', 'money to see', 'pay to see', 'wait to see', 'happy to see', 'love to watch',
    'like to watch', 'want to watch', 'pay to watch', 'wait to watch', 'love seeing', 'enjoy seeing', 'enjoy watching',
  ],
  put_a_bullet: ['put a bullet', 'puts a bullet', 'putting a bullet', 'put bullets', 'put some bullets', 'pump a bullet', 'pump bullets', 'put a round', 'put a slug', 'pumps a bullet'],
  where_you_are: [
    'which school your', 'what school your', 'which creche your', 'what creche your', 'which nursery your', 'what nursery your', 'where your kids', 'where your children', 'where your wife', 'where your husband',
    'where your family', 'where your daughter', 'where your son', 'what car you drive', 'where you park', 'what time you get home',
    'which house is yours', 'your address', 'your home address', 'your postcode', 'your car registration', 'your number plate',
  ],
  watching_your: [
    'seen your car', 'seen your house', 'seen your kids', 'seen your children', 'seen your wife', 'seen your husband', 'seen your family',
    'watched your house', 'watched your kids', 'watching your house', 'watching your kids', 'watching your family', 'watching your children',
    'followed your kids', 'followed your wife', 'following your kids', 'following your wife', 'seen where you live', 'seen where your kids',
  ],
  family_not_safe: ['family', 'kids', 'children', 'wife', 'husband', 'daughter', 'son', 'loved ones', 'parents', 'mum', 'mom'].flatMap((who) =>
    ['won t be safe', 'wont be safe', 'will not be safe', 'will never be safe', 'll never be safe', 'won t feel safe', 'aren t safe', 'are not safe',
      'is not safe', 'isn t safe', 'will never feel safe', 'are no longer safe', 'is no longer safe'].map((unsafe) => `${who} ${unsafe}`),
  ),
  never_return: [
    'never come back', 'never comes back', 'don t come back', 'dont come back', 'won t come back', 'wont come back', 'never get out',
    'never gets out', 'don t get out', 'never make it out', 'never leave', 'never walk out', 'don t walk out', 'can t get out',
    'never come out', 'don t come out alive', 'never come home', 'never get home', 'don t make it home', 'never make it home',
    'don t leave alive', 'never leave alive', 'don t get out alive', 'never come out alive', 'nobody walks out alive', 'nobody gets out alive',
    'no one gets out alive', 'no one walks out alive', 'nobody walks in or out alive', 'no one walks in or out alive', 'nobody leaves alive',
    'no one leaves alive', 'nobody comes out alive', 'no one comes out alive',
  ],
  // "if he went for a swim and didn't come up", "if they went in the Clyde"
  gone_for_good: [
    'went for a swim', 'went missing', 'went under', 'went in the', 'disappeared', 'vanished', 'drowned', 'fell in', 'fell off', 'had an accident',
    'never came home', 'didn t come home', 'didn t come up', 'never came back', 'didn t come back', 'got hit by',
  ],
  go_to: [
    'go round to', 'go over to', 'go down to', 'go to', 'come round to', 'head to', 'head over to', 'head round to', 'turn up at',
    'show up at', 'going round to', 'get round to', 'get down to', 'get over to', 'pop round to', 'round there',
  ],
};

/**
 * Reporting and quotation: a sentence where one of these matches is about violence, not violent.
 * Each cancels the rule's hits in its sentence.
 */
/** Negations in front of a listed phrase ("no one deserves to be shot"); the rule appends its class. */
export const NEGATION_EXCEPTIONS: string[] = ['nobody|noone|one|never|not|no|anyone|anybody'];

export const REPORTING_EXCEPTIONS: string[] = [
  'according to',
  // held-back-440: "Telling someone 'I'll burn your house down' is an offence, not an opinion"
  'telling|saying|writing|posting|texting|sending|shouting _{0,6} _{0,6} is|isn|isnt|s|was an? offence|crime|illegal|criminal|threat|incitement',
  // a past attack reported: "Same restaurant had a brick through the window in 2017"; "should be shot (figuratively)"
  'had|got|suffered a|another? brick|bricks|rock|rocks|stone|stones|firework|fireworks through|thru _{0,6} _{0,2} in|last|back|since the? #Num|year|week|month|summer|winter|spring|autumn|time',
  'had|suffered a|another? brick|bricks|rock|rocks|stone|stones through|thru _{0,4} for it|that|this|being|years',
  'shot|killed|hanged|strung|sacked _{0,3} figuratively|metaphorically',
  'shot|killed|hanged|strung|sacked _{0,3} not literally',
  'shot|killed|hanged|strung _{0,3} lol|haha|hahaha|lmao|jk|#Laugh',
  // a phrase talked about: "The phrase 'string them up' gets thrown around a lot in these comments"
  'the|that|this phrase|slogan|chant|expression',
  // "the man who put a brick through her window in 2019 was jailed"
  'the|a man|woman|men|youth|youths|teenager|teenagers|lad|lads|thug|thugs|person|pair|gang who|that put|threw|smashed|sprayed|daubed|hurled|lobbed|posted|shoved _{0,6} _{0,6} was|were|got|been jailed|convicted|sentenced|charged|arrested|fined|cautioned|caught|identified|named|given',
  'accused|charged|convicted|acquitted|suspected|guilty|arrested|jailed|sentenced|indicted|investigated|sacked|fired|suspended|condemned|criticised|criticized|slammed|apologised|apologized too|also? of|for|with|after|over',
  // "My grandad used to say homosexuals should be locked up. He was wrong"
  'used|use to say|think|believe|reckon|claim|tell|shout',
  // "Free speech doesn't cover telling a man he should be lynched"
  'cover|covers|protect|protects|include|includes telling|saying|calling|wishing|writing',
  'allegedly|reportedly',
  // answering someone: "to whoever said the photographer should be shot for cropping her hat out - calm down mate" (lookalike-34)
  'to whoever|anyone|everyone who? said|suggested',
  '!i|we|you|u|ya|me|ve|d|ll|just|as|like|who|which|whom|whose|whoever @adverb? said|says|told|claimed|wrote|tweeted|posted|warned|threatened|threatening|stated|alleged|alleges|alleging|fear|fears|feared|testified|shouted|chanted|yelled|screamed|declared|vowed|heard|admitted',
  // "Police say the gunman fired …": the present tense after those who report (not "say that to my face", "say one more word")
  'police|witnesses|officials|reports|sources|investigators|prosecutors|officers|authorities|doctors|experts|residents|neighbours|neighbors|scientists|analysts|campaigners|critics|researchers|studies|figures|paramedics|detectives|documents|relatives|family|friends|reporters|medics|rescuers|troops|army|military|rebels @adverb? say',
  'shoot|shot @second_person|@third_person a|an|some|over',
  'kill|killed|killing|kills|axe|scrap|sink|torpedo|shoot|bury|burn|attack|attacks|attacking @possessive? bill|motion|proposal|legislation|law|plan|deal|amendment|treaty|reform|budget|tax|idea|project|scheme|policy|vote|story|engine|lights|mood|process|buzz|joke|vibe',
  'was|were|been|being killed|shot|executed|hanged|stabbed|murdered|bombed|beheaded|gassed|lynched|massacred|slaughtered|tortured|raped in|by|on|at|during|after|when|while|for',
  // condemning what someone else said: "saying he should hang for it is not (fair comment)"
  // a threat received and reported: "someone left a voicemail saying they'd torch the place"
  'voicemail|message|note|letter|call|text|email|caller|someone|somebody saying|threatening|threatens|threatened',
  // counter-speech-8: "Just seen a comment telling a trans teenager in the story to "go kill yourself freak""
  'comment|comments|post|posts|tweet|tweets above|below|here|earlier? telling|urging|saying',
  // lookalike-29: "The defendant's messages to his ex-partner included "you won't see christmas""
  'messages|message|texts|letters|notes|emails|voicemails _{0,4} included|including|read|reading',
  // a threat quoted as what messages say: "anonymous accounts are where the 'kill yourself' messages come from"
  'yourself|urself|yourselves|down|kys messages|message|comments|posts|tweets|texts|emails|abuse|dms|threats',
  'saying|suggesting|wishing|implying|threatening _{1,6} _{0,6} is|was not|never okay|ok|acceptable|fair|fine|on|right|and|but|allowed|comment|free',
  'saying|suggesting|wishing|implying _{1,6} _{0,6} isn|wasn t okay|ok|acceptable|fair|fine|on|right|and|but|allowed|comment|free',
  'writing|saying|suggesting|claiming|posting|wishing|calling _{1,6} _{0,6} is|was|are|were hate|hateful|racist|vile|disgusting|abhorrent|unacceptable|wrong|incitement|illegal|evil|sickening',
  'writing|posting|sending|tweeting _{1,6} _{0,6} isn|wasn|is|was t? not? just|simply|merely? free|okay|ok|acceptable|banter|funny',
  // "writing 'Muslims are vermin', as one commenter did, should get you banned"
  'writing|saying|posting|calling|tweeting|chanting _{1,6} _{0,6} should|will|would|could|gets|get|got _{0,2} banned|arrested|sacked|prosecuted|charged|reported|removed',
  '@casualty_report',
  // others' words condemned: "people saying the marchers should be shot are no better than the marchers"
  'people|those|anyone|folk|folks|everyone|others|some saying|calling|demanding|chanting|shouting|wishing',
  // counter-speech-9: "people are still calling MPs who support refugees "traitors" who deserve "a rope""
  'people|folk|folks|others|some are|re still calling',
  // counter-speech-9: "So the defence argument is that calling someone a "dirty gyppo" while throwing a brick at her caravan was "banter"?"
  'defence|defense|prosecution|prosecutors|jury|court argument|case|claim|argued|claimed|heard|accepted|rejected',

  // talking about threats rather than making one: "free speech doesn't cover threats like 'someone should shoot the judge'"
  'threats|threat|calls|comments|posts|tweets|messages|chants|slogans|remarks like|such|including',
];

/**
 * Talking about a word rather than calling someone it: "the word "Paki"", "words like "retard"",
 * "calling an opponent a "fag"", "used the n-word". Each cancels the hits after it in its sentence
 * (the word itself comes after), so "you're calling me a liar, you X" is not covered: the one
 * called is never the writer or the reader.
 */
export const MENTION_EXCEPTIONS: string[] = [
  'the|that|this|a word|term|slur|insult|epithet|expression|phrase|slogan|chant',
  'words|terms|slurs|insults|epithets like|such|as|including',
  'call|calls|called|calling|branded|branding|labelled|labeling|labelling someone|somebody|anyone|people|women|men|him|her|them|the|an|his|their|a|other|another _? _? a|an',
  'n|f|c|p word',
  'use|uses|used|using|say|says|said|saying|shout|shouted|shouting|chant|chanted|chanting|scrawled|sprayed _{0,2} word|words|slur|slurs|abuse|insults|epithets',
];

/** What a team does to its opponents ("we'll kill them on Saturday", "massacre them at darts"). */
const BEAT_VERB = 'kill|murder|massacre|destroy|end|bury|batter|smash|hammer|thrash|annihilate|slaughter';

/** Hyperbole about a player's failure: "the keeper should be shot for that second goal", "shot for that miss". */
const SPORTING_FAILURES: string[] = ['shot|hanged|quartered|flogged for that|the|his|her|this _{0,1} miss|misses|penalty|pen|pass|goal|tackle|howler|clanger|performance|display|haircut|kit|shirt|formation|tactics|substitution|substitutions|subs|selection|lineup'];

/**
 * What a threat's wording turns out to be about, said in the same sentence or the next few words after it ("I'll find you
 * Ken. You left your reading glasses at the library", "They'll never see it coming. Surprise 80th for Granddad Len",
 * "Your days are numbered, snowbank. Spring's coming"): each of these stock phrases followed within fifteen words by a
 * word of thanks, a party, a game, something lost and found or a season cancels the threat hits of the sentences it
 * spans, unless "not", "no", "never" or "nothing" comes right before the word ("Not joking"). Not money owed, a "round", a derby,
 * flowers or a card, which threats use too.
 */
const REVEAL =
  'thank|thanks|thankyou|cheers|congrats|congratulations|surprise|party|cake|retirement|quiz|darts|bingo|pint|pints|refund|refunds|' +
  'glasses|keys|wallet|purse|brolly|umbrella|carols|raffle|hamper|winner|gala|bowls|tournament|trophy|karaoke|scrabble|chess|snooker|' +
  'return|returning|reunion|rematch|proposal|engagement|wedding|wine|film|takeaway|pizza|prosecco|lift|' +
  'biscuits|brew|cuppa|mince|choir|fundraiser|charity|volunteers|spring|summer|weeds|slugs|mower|lawnmower|promotion|kidding|joking|jk|' +
  'deadline|fantasy|charger|ferry|flight|airport|train|taxi|book|goal|footballing|gaffer|carnival|float|album|balloons|bunting|tomato|tomatoes|marrow|marrows|allotment|' +
  'competition|contest|jam|umbrellas|trumpet|famous|congrats|cup|smile|wandering|stray|boiler|engineer|plumber|battery|lights|voters|election|elections|ballot|polls|veg|onions|leeks|dahlias|vegetables|' +
  'relegation|relegated|practising|practicing|chickens|hens|coop|henhouse|carol|singers|hedge|hedges|leylandii|brambles|ivy|knotweed|' +
  'mistake|mistakenly|sing|singing|rehearsal|rehearsals';
const THREAT_IDIOMS = [
  `ll|will|ill find|hunt|track you|u|ya down?`,
  `coming for you|u|ya`,
  `days are|r numbered`,
  `your|ur time is|s up`,
  `get|getting what|whats s? coming`,
  `see it coming`,
  `know where you|u|ya live|work`,
  `got|have your|ur address`,
  `dead man walking`,
  `you|u re|are next`,
  `one eye open`,
  `can|cant|cannot t? hide forever`,
  `find out where you|u live`,
  `know your|ur address`,
  `round|over|to|outside|at your|ur house|place|door`,
  `your|ur final|last warning`,
  `know what car you|u drive`,
  `find out who you|u are|r`,
  `got|have your|ur photo|picture|pic`,
  `know exactly where you|u|ya live`,
  `on your|ur doorstep|step`,
  `know your|ur route|routine|face`,
  `dead meat`,
  `know where he|she|they|you|u parks|park`,
  `know where every|all|each one? of? you|u live|lives`,
  `knocking|knock|banging on|at your|ur door`,
];
export const THREAT_IDIOM_REVEALS: PhraseExceptionDefinition[] = [
  ...THREAT_IDIOMS.map((idiom) => acrossSentencesSense(`${idiom} _{0,6} _{0,6} _{0,3} <!not|no|never|nothing ${REVEAL}`)),
  // a car share (lookalike-24, -26), not "share this" ("We know where you live. share it far and wide" is incitement)
  ...['know what car you|u drive', 'outside your|ur house|place|door'].map((idiom) => acrossSentencesSense(`${idiom} _{0,6} _{0,6} _{0,3} car share|sharing|shares|pool|pooling`)),
];

/** Innocent senses of words in the threat templates: "he should hang up", "fry the onions", "passed from death to life". */
/**
 * The wording of a threat said kindly or about things (the `threats` and `threat-phrases` rules): returning a friend's
 * dish ("I know where you live, Deirdre, your lasagne dish is coming back Sunday"), a refund ("you'll get what's coming
 * to you, the airline has to pay up"), ice on the steps ("watch your step on the cobbles"), relief after an accident
 * ("accidents happen, glad nobody was hurt"), a visit to a lonely neighbour with a card, a seat found for someone.
 */
/** Whoever made a thing: "whoever designed this website" (not "came" or "made": "lads who came through his academy"). */
const WHOEVER_MADE_IT = 'whoever|who ever? invented|designed|programmed';
export const THREAT_KIND_SENSES: (string | PhraseExceptionDefinition)[] = [
  // a slippery path: "watch your back on the towpath near Heddon Lock, the bank's collapsed"
  'watch your|ur back on|near|by|along|down the towpath|path|ice|stairs|steps|bank|pavement|kerb|cobbles|lane',
  // a slippery floor: "watch your step outside the Co-op, someone's dropped a whole bottle of olive oil and its like an ice rink" (lookalike-34)
  'watch your|ur step _{0,6} _{0,6} _{0,6} ice|icy|oil|slippy|slippery|wet|spilt|spilled|rink|puddle|puddles|leaves|mud',
  // red tape: "We're going to drown them in paperwork until they fix the drainage" (lookalike-34)
  'drown|drowning|bury|burying them|em|him|her|you in paperwork|paper|letters|emails|complaints|forms|requests|questions|applications|objections|petitions',
  // lookalike-26: "Watch your back if you park on Orchard Row after 6, the traffic wardens are out"
  'watch your|ur back _{0,6} _{0,6} warden|wardens|parking|clampers|inspectors|camera|cameras',
  'know|found|find|got where you|u|ya|he|she|they live|lives|work|works _{0,6} _{0,6} bring|bringing|post|dish|plate|tin|lasagne|casserole|pie|cake|ladder|tiffin|recipe|cobbler|card|paper|papers|thanks|thank|umbrella|brolly|wallet|purse|esky|cooler|coat|jacket|scarf|keys|dropping|returning|birthday|pint|pints|borrowed|forgot|forgotten',
  // said to a weed or an old phone: "Your days are numbered, dandelions", "rusty swings, your days are numbered"
  'days are|r numbered _{0,2} @worn_out_thing',
  '@worn_out_thing _{0,2} your|ur days are|r numbered',
  'get|gets what|whats s? coming _{0,6} _{0,6} refund|refunds|refunded|compensation|payout|pays|pay|settlement|ombudsman|insurance|airline|award|awards|volunteer|nominated|nomination|honour|trophy|cheque|check|checks|prize|cake|credit|voucher|gift|journey|bill|bills|form|forms|claim|claims|back|flowers|bouquet|hug|hugs|cuddle|card|cards|present|presents|party|bubbly|fizz|hamper|applause|relegation|relegated|deduction|sacked|sacking|fined|ban|banned',
  'refund|refunds|refunded|compensation|payout|settlement|ombudsman|insurance|airline|appeal|appealed|complaint|claim|fine|bill|delayed|delay|corrected _{0,6} _{0,6} get|gets what|whats s? coming',
  'get|getting yours _{0,6} _{0,6} refund|refunds|refunded|compensation|payout|credit|voucher|cheque|prize|turn|share|slice|piece|portion|cake|medal|trophy|ticket|tickets|permit|permits|batches|post',
  'watch|mind your|ur step|back|footing _{0,6} _{0,6} ice|icy|cobbles|steps|stairs|wet|slippy|slippery|tide|tides|potholes|pothole|kerb|pavement|path|paths|grit|gritted|frost|frosty|mud|muddy|leaves|gulls|lights|bend|water|leak|leaking|ceiling|puddle|puddles|spill|flooded|floor|handrail|railing|loose|uneven|glass|smashed|broken|bottle',
  // "water coming through the ceiling by Greggs, watch your step"
  'ice|icy|cobbles|stairs|wet|slippy|slippery|potholes|pothole|kerb|mud|muddy|water|leak|leaking|ceiling|puddle|puddles|spill|flooded|floor _{0,6} _{0,6} watch|mind your|ur step|footing',
  'accidents happen|happens _{0,6} _{0,6} glad|thankfully|luckily|relieved|grand|credit|owned|owning|limit|dashcam',
  'glad|thankfully|luckily|relieved|phew|thank _{0,3} nobody|noone|one was|got|were hurt|injured',
  'find you|u|ya a|an|some seat|seats|table|place|spot|room|space|lift|bed|copy|ticket|tickets',
  // lookalike-23: "if you tell anyone about the karaoke I will end you x"
  'karaoke|quiz|darts|bingo|surprise|party|cake|spoiler|spoilers _{0,6} _{0,4} kill|murder|end you|u|ya',
  'coming for you|u|ya next season|year',
  // a game among friends: "I'm coming for you Brenda, the Sunday quiz trophy is mine", "you're a dead man when I see you at darts"
  'coming for you|u|ya _{0,6} _{0,4} karaoke|trophy|title|crown|cup|quiz|darts|pool|bingo|medal|record|prize|raffle|scrabble|chess|shield|snooker|birthday|party|celebration|bash|tea|cake|team|squad|under|season|league|cup|match|game|final|spoiler|spoilers|chips|biscuits|crisps|seat',
  // "the geese at Fenwick pond will hunt you down if you have bread"
  'geese|goose|swans|swan|seagulls|gulls|wasps|bees|midges|mosquitoes|mozzies|cows|bull|ducks|magpies|dog|dogs|cat|cats _{0,3} will|ll|would|d|to hunt|chase|get|have|attack|find',
  // "you'll never walk again after Jo's spin class"
  'never walk|walking again after|once|when _{0,4} class|session|workout|gym|run|hike|walk|marathon|spin|leg|training|bootcamp|pilates|yoga|zumba',
  // sport: "We'll kill them at home next week"
  `${BEAT_VERB} them|em at|on|next|this home|away|saturday|sunday|monday|tuesday|wednesday|thursday|friday|week|weekend|tonight|season`,
  `${BEAT_VERB} them|em in the return|second|first|derby|final|league|cup|replay|rematch|semi|semis|quarter|reverse`,
  // "the ref deserved a kicking in the papers"; "honestly we should be shot" (a team of their own); "I'll hunt down every last one of them -
  // the Japanese knotweed"; "watch your back Harrington, we've got Dean fit again"; "I know your face from somewhere"
  'kicking|battering|hammering|slating|roasting|pasting in the papers|press|media|reviews|polls',
  // "did anyone see Norbridge City get battered by Rovers"; "no one should have bricks through their window for being gay"
  'battered|hammered|thrashed|walloped|spanked|trounced by #Cap|the|their|rovers|city|united|town',
  // "should be hung out to dry"; "I'll find you and buy you a brew"; "I'll find out who you are, kind stranger"
  'hung|hanged out to dry',
  'hung|hanged drawn and quartered for that|the|his|her|this _{0,1} miss|misses|penalty|pen|pass|goal|tackle|howler|clanger|performance|display|result',
  'find you|u and|to _{0,2} buy|give|thank|thanks|hug|return|repay|shake|kiss|congratulate',
  // advice for winter mornings: "Always check under your car before you set off in this weather — hedgehogs and cats get in there for warmth"
  'check|checking|look|looking under|beneath your|ur|the car|cars|bonnet|van|wheels _{0,6} _{0,6} _{0,6} cat|cats|kitten|kittens|hedgehog|hedgehogs|animal|animals|wildlife|warmth|frost|ice|weather|engine',
  // lookalike-15: "I will track you down and buy you a drink", "you owe me a pint and I WILL find you", "I know your address, the
  // christmas card's on its way", "we're coming for you Dunmoor Town", "we're going to massacre them at darts", "we will hunt down
  // every last penny for the hospice", "coming round to yours with a crowbar Steve, that shed door wont open itself", "she'll get
  // what's coming to her - a bouquet of flowers"
  'track|hunt you|u|ya down and|to _{0,2} buy|give|thank|hug|return|repay',
  'owe|owes me|us a|one? pint|pints|drink|drinks|brew|beer|beers|tenner|fiver|quid|coffee|round|cuppa',
  'coming for you|u|ya _{0,2} town|city|united|rovers|athletic|albion|wanderers|fc|afc|county|rangers|villa|thistle|harriers',
  `${BEAT_VERB} them|em|you|u at|in darts|pool|quiz|bingo|snooker|bowls|scrabble|chess|cards|dominoes|skittles|crib|cribbage|golf|tennis|squash|badminton|netball|rounders|karaoke|trivia`,
  'crowbar|crowbars|jemmy _{0,6} _{0,6} shed|door|lock|padlock|stuck|lid|floorboards|pallet|pallets|tyre|tyres|hatch|gate',
  // lookalike-16: "I'm going to hunt you down Barry, you still have my ladder", "I will be outside your house at 7am sharp Kev with the
  // van for the car boot", "I know where she lives, it's next door to me"
  'hunt|track you|u|ya down _{0,6} _{0,6} ladder|borrowed|drill|strimmer|mower|tupperware|dish|dishes|casserole|book|books|tenner|fiver|quid|owe|owes|return|returned',
  'outside your|ur house|door|place _{0,6} _{0,6} boot|lift|airport|flask|removals|trip|ride|collect|collecting|trainers|parkrun|run|walk|kit|wellies',
  'know where she|he|they|you|u lives|live _{0,3} next|neighbour|neighbours|opposite',
  // hyperbole-5: "If anyone spoils the ending ... I will hunt you down", "Whoever invented the open plan office deserves to be shot",
  // "I'll kill Spotify if they put the price up", "If Ian brings up the 1986 cup final one more time ... I'll strangle him"
  'spoil|spoils|spoiled|spoilt|spoiler|spoilers _{0,6} _{0,6} _{0,4} hunt|end|kill|find|murder',
  // lookalike-17: "we know your car, we know your route ... only joking Malc", "5-a-side, Tuesday, I'm coming for you", "you're a dead man
  // when Sharon finds out", "I know exactly where you live, I've been there for tea every Wednesday"
  'know your|ur car|route|address|face _{0,6} _{0,6} _{0,6} joking|kidding|jk|xx|xxx|thanks',
  'darts|quiz|karaoke|side|match|game|pool|bingo|golf|squash|tennis|scrabble _{0,4} coming for you|u|ya',
  'dead man|meat when|if|once _{0,3} finds|find|sees|see|hears|hear|catches|gets|reads|spots|learns',
  'know exactly where you|u|ya live|lives _{0,6} _{0,6} tea|dinner|lunch|been|years|visit|visits|cuppa',
  // lookalike-18, hyperbole-6: "i know your number plate ... your headlights have been on", "add 20 mins to your school run or you'll be
  // late", "Following you home Mick - you live 3 doors down", "don't forget your trainers, parkrun", "Rhys your mum is going to kill you",
  // "i'll kill you if you tell anyone I cried at Paddington 2", "We'll kill them at the Etihad if half the squad isn't off with flu"
  'know your|ur number|reg|car _{0,6} _{0,6} _{0,6} headlights|lights|alarm|boot|window|windows|tyre|tyres|flat',
  // lookalike-19, banter-16: "i know what car you drive gary and its still got my ladder on the roof rack", "we're coming to find you - to
  // say they're the best yet", "congrats on the new baby, get some sleep while you can"
  acrossSentencesSense('know what car you|u|ya drive _{0,6} _{0,6} _{0,6} ladder|borrowed|lights|headlights|flat|tyre|spare'),
  'coming to find you|u|ya _{0,3} to say|thank|give|buy',
  'baby|babies|newborn|twins|nappies|congrats|congratulations _{0,6} _{0,6} sleep while',
  // hyperbole-7: "you ate my leftover lasagne and you are a dead man", "our Gav will be skinned alive when his mum finds out", "If anyone
  // touches my Easter egg stash I'll hunt them down", "my daughter borrowed my good straighteners and i will end her"
  'ate|eaten|finished|drank|drunk|nicked|pinched|stole my _{0,6} _{0,6} dead man|meat|end|kill|murder',
  'when|once|if his|her|their|your mum|mam|dad|nan|gran|wife|missus|mother|father finds|find out',
  'school run or you|u ll|will be late',
  'following|follow you|u home _{0,6} _{0,6} doors|door|neighbour|same|walk',
  'your|ur|his|her mum|mam|mother|dad|nan|gran|wife|missus|husband|teacher|boss _{0,2} going|gonna|will|ll to? kill|murder you|u|him|her',
  'kill|murder you|u if you|u tell|mention|post|show|eat|finish|drink|spoil|change|skip',
  // lookalike-21: "you're a dead man if you tell Karen about the surprise party", "we'll slaughter Scarborough Athletic at home"
  'dead man|meat if you|u tell|mention|spoil|forget',
  `${BEAT_VERB} _{1,2} athletic|town|city|united|rovers|wanderers|albion|fc|afc|county|rangers`,
  `${BEAT_VERB} them|em _{0,6} _{0,6} squad|players|striker|keeper|manager|fixture|kickoff`,
  'whoever invented|designed|thought|came|decided _{0,6} _{0,4} deserves|deserve|should|ought',
  'kill|murder|end|strangle|throttle spotify|netflix|siri|alexa|google|amazon|sky|virgin|bt|ee|vodafone|ryanair|easyjet|avanti|ticketmaster|apple|microsoft|windows|outlook|teams|zoom',
  'brings|bring up|mentions|mention _{0,6} _{0,6} _{0,6} kill|murder|strangle|throttle|swing',
  'find out who you|u are _{0,3} kind|lovely|generous|stranger|hero|angel',
  'nobody|noone|one should|deserves|deserve _{0,3} brick|bricks|stones|rocks|paint|abuse|threats',
  'we|i should|deserve|deserves to? be shot|hanged|strung|lynched|flogged',
  // a garden pest named in the next sentence: "hunt him down and make him pay. the mole that's destroying my lawn that is"
  acrossSentencesSense('hunt|hunting him|her|it|them down _{0,6} _{0,6} _{0,4} mole|slug|snail|wasp|squirrel|fox|pigeon|magpie|seagull|badger|mouse|heron|moles|slugs|snails|wasps|squirrels|foxes|pigeons|magpies|seagulls|badgers|mice|herons'),
  'hunt|hunting down _{0,6} _{0,6} knotweed|weeds|weed|slugs|snails|moles|mice|wasps|dandelions|brambles|ivy|bargains|deals|penny|pennies|donation|donations|sponsor|sponsors|sponsorship|volunteers|recipe|recipes',
  'watch your|ur back _{0,6} _{0,4} fit|training|match|game|season|league|derby|striker|keeper|lethal|form|sale|quiz|crown|team|trophy|title|bake|fete|show|competition|contest|prize|rosette|#Laugh|practising|practicing',
  'know|recognise|recognize your|ur face from somewhere|before|school|scouts|work|telly|tv',
  'dead man|meat _{0,6} _{0,6} darts|pool|quiz|bingo|snooker|golf|scrabble|chess|squash|tennis|bowls|fifa|monopoly|side|badminton|netball',
  // "I have your address Keith lol, xmas card in the post"
  'have|got|know your|ur address _{0,6} _{0,4} card|cards|xmas|christmas|invite|invitation|parcel|present|gift|post|thank|thanks|bringing|returning|tag|collar|box|delivered|postman|delivery',
  // at whoever designed a thing: "they should hang whoever designed this website", "Who ever invented self service tills deserves to be
  // shot" (hyperbole-14)
  `hang|shoot|sack|shot|hanged ${WHOEVER_MADE_IT}`,
  WHOEVER_MADE_IT,
  // a referee's call: "That referee should be shot for that decision!! (not really but come on)" (hyperbole-14)
  'ref|referee|linesman|umpire should|deserves|wants to? be shot|hanged',
  // a game night: "Darts night friday at the Royal Oak, all welcome, we'll slaughter the Deptford lot again" (held-back-540); a cup tie:
  // "Sandwich Town in the cup next, hopefully we beat them to a pulp" (held-back-556)
  'cup|league|final|derby|semi|semis|fixture _{0,6} _{0,2} beat|thrash|batter|hammer|smash them|em',
  // weeds, not people: "weeds, I am coming for you. armed with a hoe" (lookalike-33)
  'weeds|weed|slugs|dandelions|moles|squirrels|pigeons|wasps|midges|ants|brambles _{0,3} i|we am|m|re|are|ll|will coming|come for',
  `darts|pool|quiz|bingo|snooker|bowls|skittles|dominoes|crib|karaoke|trivia|chess _{0,6} _{0,6} _{0,2} ${BEAT_VERB}`,
  // laughed off at once: "whoever taught my dad emojis, i will find you 😂" (banter-25), "lol Shaz you're dead when i see you" (lookalike-35);
  // something lost: "I will find you, whoever dropped a tenner outside Boots" (lookalike-35)
  'lol|haha|lmao|#Laugh _{0,4} you|u|ya re|are|r dead',
  'find you|u _{0,2} whoever|anyone|person who? dropped|lost|left',
  'll|will|ill find|hunt|track you|u|ya down? #Laugh',
  // lookalike-31: keys found, "ill drop them over, I think I know which house"
  'll|will|ill|i drop|pop|bring them|em|it over|round|back|off',
  // a consultation: "go along and tell them what you think"
  'consultation|consultations|meeting|surgery|hustings|drop|evening _{0,6} _{0,6} tell them|him|her what you|u think',
  // what you think of a policy: "Go and tell him what you think of the parking plans, that's how democracy works"
  'tell them|him|her what you|u think of|about the|his|her|their|these|this _? plans|plan|proposal|proposals|scheme|policy|policies|budget|cuts|closure|changes|consultation|application|development|bins|potholes|parking|fares|tax',
  // wishing the victim well: "hope the lad who got his head kicked in outside the Red Lion makes a full recovery"
  'hope|hoping _{0,6} _{0,6} _{0,6} <!and make|makes|making a full|speedy|quick|swift|good|complete|fast recovery|recoveries',
  // a rosette on a pub wall: "They should hang that rosette up in the Bull's Head"
  'hang|hangs|hung|hanging that|the|this|his|her|their|it|a _? rosette|medal|medals|picture|photo|portrait|trophy|shirt|shirts|flag|flags|banner|certificate|sign|poster|boots|gloves|jersey|pennant|plaque|painting|bunting|decorations|washing',
  // a stranger thanked: "whose coffee I spilled. I know your face, I'll buy you one next time"
  'know your|ur face _{0,6} _{0,4} buy|owe|coffee|pint|drink|brew|cuppa|thank|thanks|sorry|apologies',
  // denied: "he chased them out, he didn't hunt them down"
  'didn|didnt|never|wasn|wasnt|not t? hunt|hunted|hunting|track|tracked|tracking them|him|her|em down',
  // a past crime and its sentence: "The attacker who put the windows through on Erskine Road was jailed in March" (not "… was
  // jailed but he should hang", "… got arrested needs a bullet")
  'who|that put|smashed|threw|set|torched|burned|burnt|attacked|stabbed|shot|hit|bricked|firebombed _{0,6} _{0,4} was|were|got|been jailed|sentenced|convicted|arrested|charged|caught|fined|locked|remanded|prosecuted in|on|for|last|yesterday|today|at|after|over|this|earlier|until|by|back|up|away',
  // a criminal in prison: "hope he rots, the man who battered that poor pensioner. 8 years isn't enough. glad the court got him"
  acrossSentencesSense('hope|hoping he|she|they|him|them rots|rot _{0,6} _{0,6} _{0,4} jail|prison|cell|sentence|sentenced|court|years|inside|jailed|locked'),
  // red tape: "she'll be murdered by the paperwork before she gets anywhere near an actual street lol"
  'murdered|killed|buried|strangled|drowned|crushed|smothered by|in the? paperwork|admin|bureaucracy|forms|meetings|emails|inbox|jargon',
  // a hill in the frost: "watch your back on Millbrook Hill tonight, the gritter hasn't been and it's like glass"
  'watch your|ur back _{0,6} _{0,6} gritter|gritted|gritting|icy|ice|glass|slippery|frost|frosty|flooded|floods|potholes|pothole',
  // a refit: "the old changing rooms were minging tho, hope they rip the lot out and start again"
  'rip|ripping|tear|tearing the|it|them lot|whole|all? _? out|down|up and|so|to|before start|rebuild|redo|replace|put|build|starting|begin|again',
  // "They'll never see it coming... a surprise 90th"
  'never see it coming _{0,6} _{0,4} surprise|party|birthday|cake|present|gift|proposal|anniversary',
  // "you'll die when you see what the dry cleaner's charge"
  'die when|once you|u see|hear|taste|try|read',
  // road safety: "accidents happen to people who drive tired"
  'accidents happen|happens _? to people|anyone|those|drivers|riders|folk who|that drive|drives|driving|drink|speed|speeding|text|texting|rush|rushing|ride|riding|cycle|climb|climbing|forget|ignore|skip|skimp|cut',
  'pay|paid _{0,6} _{0,4} a visit _{0,6} _{0,6} _{0,6} flowers|card|cake|cakes|biscuits|casserole|soup|natter|cuppa|christmas|carol|carols|thank|thanks|tea|tours|repairs|passed|widowed|company|photos|demolished|amazing|lovely|customers|twins|baby|newborn|hear|day',
  'lock your|ur doors|door|sheds|shed|bikes|bike|cars|car _{0,6} _{0,6} thefts|theft|burglaries|burglary|thieves|police|locks',
];

/** What a household exaggeration is about ("one more gadget off the telly ... I'll bury him", "muddy boots ... i'll kill him"). */
const HOUSEHOLD_GRIEVANCE = 'yoghurt|yogurt|scissors|drilling|butter|light|lights|tortoise|hamster|budgie|parrot|puppy|kitten|lasagne|costume|glitter|satnav|shortcut|tattoo|homework|lunchbox|uniform|slime|straighteners|borrowed|charger|hoodie|jumper|egg|eggs|stash|mud|hoovered|pineapple|pizza|ketchup|gravy|leftovers|sandwich|sarnie|milk|carton|towel|towels|boots|shoes|sock|socks|whites|bins|loo|teabag|teabags|mug|mugs|carpet|carpets|dishes|dishwasher|washing|laundry|hobnobs|biscuits|crisps|chocolate|remote|laces|kettle|fridge|spoiler|spoilers|muddy|crumbs|hoover|gadget|gadgets|cereal|sourdough';

export const THREAT_INNOCENT_SENSES: (string | PhraseExceptionDefinition)[] = [
  // held-back-467 to -472, lookalike-26: anyone's door ("staying calm when someone's smashing your door in"), a thing
  // named first ("Battery will be dead by morning"), a dog kept off children ("please don't set the dog on them")
  'when|if someone|somebody|someones|somebodys s|is? kicking|smashing|kicks|smashes|kick|smash your|ur door|doors in|down',
  'battery|batteries|phone|plants|plant|lawn|grass|tomatoes|car will|ll|s|is|gonna be dead',
  'don|do t|not set|setting the? dog|dogs on',
  'dont|never set|setting the? dog|dogs on',
  // lookalike-28: the weather ("you lot better lock your doors tonight... storm Hollis is due"), garden pests ("Those moles have
  // no idea what's coming to them"), a grandmother's saying ("Gran's phrase was "I'll skin you alive"")
  { pattern: 'lock|batten your|ur doors|windows|hatches _{0,6} _{0,6} storm|wind|winds|gale|gales|weather|rain|snow|hurricane|forecast', scope: 'comment' },
  'moles|slugs|snails|squirrels|pigeons|weeds|wasps|aphids|greenfly|mice|magpies|foxes|badgers|rabbits have|has|got no idea',
  'her|his|my|s|favourite|old phrase|catchphrase|saying _{0,5} was|is|s|used',
  // a deadline or an official told to hurry ("Tick tock, Westmoor Council, the consultation closes Friday"); a hero found
  // to be thanked ("the family had to track him down")
  'tick tock _{0,2} council|premier|pm|government|minister|ministers|roadworks|entries|entry|deadline|consultation|closes|closing|ballot|polls',
  'had|managed to track|trace him|her|them down',
  'tracked|traced him|her|them down',
  // held-back-494: "'burn it down' isnt banter when a gym in Oldham actually got torched last year"
  'burn|kill|shoot|hang|bomb|torch it|them|him|her|em down? isnt|isn|wasnt|wasn|is|was not? t? banter|funny|a|okay|ok|acceptable',
  // held-back-497: "Whoever said someone should burn it down further up needs reporting"; a match ("we'll kill them at the Bank
  // next week, their defence is shocking")
  'whoever said|says|wrote|posted|suggested _{0,6} _{0,6} needs|need|should be? reporting|reported|banned|ashamed',
  // held-back-503 to -508: "local paper ran a piece last year on the brick through the window at the Polish deli"
  'piece|story|article|report|item|feature|coverage _{0,3} on|about the|a? brick|bricks|rock|rocks|stone|stones|firework|fireworks',
  // lookalike-30: "Mum's in room 12 at Larkfield Care Home if any of her old pupils want to send a card"
  'room #Num _{0,6} _{0,6} _{0,6} send|post|drop a? card|cards|letter|letters|flowers',
  'll|will|gonna kill|batter|destroy|murder them|em at|on the? _{0,6} _{0,4} defence|defenders|keeper|goalkeeper|midfield|strikers|backline',
  // held-back-480: "The person above saying the clubhouse should be burned needs reporting" (a threat's words reported; an
  // insult aimed at that person is still one)
  'person|poster|commenter|bloke|guy|someone|somebody above|below|earlier saying|suggesting|wishing|demanding',
  // lookalike-27, counter-speech-5: a cup run ("we're going to hunt them down and take that trophy"), a back four that will need
  // an ambulance, words that "make it easier for someone to put a brick through a window"
  'hunt|hunting|track|tracking them|em|us down _{0,6} trophy|cup|title|points|league|shield|win',
  'need|needing|needs an? ambulance|paramedics|stretcher _{0,4} back four',
  'need|needing|needs an? ambulance|paramedics|stretcher _{0,4} defence|defenders|keeper|goalkeeper|fullbacks|backline|defense|goalie',
  'make|makes|made|making it easier|easy for someone|somebody|people|anyone|others to',
  // news talk: "How many more women have to die before ...", "hope he rots in jail", joint enterprise discussed
  'how many more _{0,3} have|has|need|needs|must to? die|suffer|be',
  'rot|rots|rotting in jail|prison|cell|gaol',
  'joint enterprise',
  // counter-speech-3: "is exactly how mosques end up with bricks through the windows"
  'how _{0,4} end|ends|ended up with bricks|brick',
  // held-back-464: "whoever marks their striker on sunday needs to kick him into next week"
  'marks|mark|marking|tackles|tackling their|the|his striker|winger|forward|keeper|playmaker|number',
  // lookalike-23, banter-20: a missing man's appeal, a garden's pests, "make their lives hell for 90 minutes", "Not a threat, just a
  // promise: I will be returning the 12 Tupperware boxes", a sister who "fell in the canal at Shenley lock in 2009", the karaoke told
  '@family_member|man|woman|boy|girl|lad|teenager|pensioner|person|child|gentleman|lady|dog|cat missing from|since',
  'my|our vegetable|veg|allotment|roses|plants|tomatoes|lettuces|lawn|strawberries|cabbages|sprouts|patch|seedlings _{0,6} _{0,3} dead|kill|end',
  'you|u re|are dead|toast|history _{0,2} rabbits|slugs|pigeons|squirrels|foxes|snails|moles|magpies|seagulls|gulls|wasps|aphids|caterpillars|badgers|deer',
  'lives|life hell|misery for the|a|#Num|ninety? minutes|mins|game|match|afternoon|half|weekend|90',
  acrossSentencesSense('threat _{0,3} promise _{0,6} _{0,2} returning|bringing|baking|bake|cake|trifle|tupperware|pie|pies|scones'),
  'fell|fall|falling|fallen in|into the? canal|river|pond|lake|sea|harbour|lock|dock|water|fountain',
  'kill|murder|end|throttle|strangle #Name|him|her _{0,6} _{0,6} eaten|ate|drunk|drank|nicked|finished|scoffed',
  // held-back-426: "That ref should be strung up after Saturday, robbed blind we were"; banter-19: "you'll never live down the time you
  // fell in the canal"
  'ref|referee|linesman|linesmen|umpire|var|keeper|goalie|manager|gaffer|striker|defence should|wants|needs|ought to? be strung|hung|hanged|shot up? _{0,3} after|for|robbed|saturday|sunday|that|today|tonight|last',
  'never live|living it|this|that? down',
  // held-back-432: "the vicar must be gutted" (disappointed)
  'must|ll|will|would|d be gutted|gutting',
  's|is|was|were|am|m|feel|feels|feeling|felt|looked|looks|look|proper|absolutely|so|well gutted',
  // held-back-424: "is it fair to praise her just for being in a wheelchair?"; lookalike-22: budgies found, "I've got them in a box in
  // the kitchen"
  'for|of|about|despite being|using|needing in? a wheelchair|wheelchairs|crutches',
  'in a|the box|cage|carrier|crate|basket in|on my|the kitchen|shed|garage|hall|porch|utility|conservatory|garden',
  // sport: "There'll be blood on the pitch at the derby"
  'blood on|at the pitch|field|court|ice|track|mat|derby|match|game|dancefloor',
  // after held-back-305 to -328 and lookalike-12, -13: a past attack reported ("a man threw a brick through the window. He got 18
  // months"), a rugby kit "in the boot", a team "six feet under by half time", a game ("I'll hunt you down in Fortnite", "i will end
  // you in mario kart"), a cyclist who will "come off their bike and break their neck" on a pothole
  'threw|hurled|lobbed a|some? brick|bricks|rock|rocks|stone|stones through',
  'threw|hurled|lobbed stones|bricks|rocks|eggs at',
  // held-back-395: "nice to read something positive instead of another report of someone getting their head kicked in"
  'report|reports|story|stories|article|articles|headline|headlines of|about someone|somebody|people getting|being',
  // held-back-369: a hero who disarmed an attacker ("if he can floor a bloke with a knife he can sort out our back four")
  'floor|floored|tackle|tackled|disarm|disarmed|confront|confronted|stop|stopped|chase|chased a|the bloke|man|attacker|thug|robber|guy with a knife|blade|machete|gun',
  // "the man who threatened to burn the restaurant down with the family inside got six years", "when someone put a brick through the window"
  'who|that threatened _{0,6} _{0,6} _{0,6} got|jailed|sentenced|convicted|given|years|months',
  'when|after|before someone|somebody put|threw a|some? brick|bricks|rock|stone through',
  // hyperbole-6: "I'm going to hang him up by his toes" (a toddler's drawing on the wallpaper), "lock him out of the kitchen"
  'hang|string him|her|them up by his|her|their toes',
  'lock him|her|them out of the kitchen|fridge|house|bathroom|loo|garden',
  // held-back-359: "man from Chadderton got 18 weeks for messaging a female ref 'you'll get what's coming to you'"
  'got|given|jailed|sentenced|received|handed #Num? weeks|months|years|days for messaging|sending|posting|saying|threatening|writing|shouting|tweeting',
  'kit|bag|bags|shopping|gear|stuff|boots|pram|buggy|luggage|suitcase|tools|coat|shoes|trainers in the boot',
  'by|at half|full time',
  'by|at halftime|fulltime',
  'hunt|end|kill|destroy|murder|batter|smash|wreck|get you|u|ya down? _{0,2} in|at mario|fortnite|fifa|minecraft|warzone|roblox|monopoly|scrabble|chess|cluedo',
  // hyperbole-1: a song, a meal or a gadget "murdered"; "kill whoever invented self service tills"; "I'll eat my hat"
  'murder|murdering|kill|killing|destroy|destroying|smash|smashing that|the|this karaoke|song|tune|track|curry|pint|burger|kebab|cake|gig|set|exam|test|interview|audition|solo|performance|dancefloor',
  'kill|murder|strangle|throttle|punch|slap|deck whoever invented|designed|thought|came|decided',
  'eat my hat',
  // hyperbole-2: the household grievance before it ("puts the empty milk carton back one more time I am going to throttle him", "muddy
  // boots across the new carpet ... i'll kill him"; not a stabbing), a gadget ("I'm going to kill my Alexa"), "kill him with kindness",
  // a derby ("We're going to murder them at the Dunmore derby"), "I'll punch the next person who says ..."
  // hyperbole-9: also in the sentence before ("Son's just told me at 9pm that he needs a Roman costume for tomorrow. I'm going to kill
  // him"), or a husband's "shortcut" (an exception that runs on into later sentences covers its own sentence as a sentence-scoped one does)
  acrossSentencesSense(`${HOUSEHOLD_GRIEVANCE} _{0,6} _{0,6} _{0,6} kill|murder|throttle|strangle|end|bury|burying|skin|swing|hunt|live`),
  'kill|murder|smash|strangle|throttle my|the|this|that alexa|phone|laptop|printer|computer|pc|router|wifi|boiler|satnav|kettle|toaster|hoover|alarm',
  'kill|killing|kills|murder|murdering them|him|her|you|em with kindness',
  // hyperbole-8: "I'll kill him if he's eaten my leftover pizza", "I'm going to kill our Stacey, she's borrowed my straighteners", "if
  // they put the price of a pint up again there'll be blood at the Crown", "we need to kill them off early doors"
  'kill|murder him|her if|when he|she s|has eaten|ate|finished|drunk|drank|nicked',
  'kill|murder|end|strangle|throttle our|my #Name _{0,3} borrowed|eaten|ate|nicked|pinched|finished|lost|broke',
  'price|prices|pint|pints _{0,6} _{0,6} there ll|will be blood',
  `${BEAT_VERB} them|em off? early doors`,
  // hyperbole-3: "I'll murder whoever keeps putting the empty cereal box back", "I'm going to kill Siri" (a gadget bought off the
  // telly and a sourdough starter touched are HOUSEHOLD_GRIEVANCE); a bakery's window reported ("A brick through the window of a bakery. What is wrong with people")
  'kill|murder|strangle|throttle whoever keeps|left|ate|finished|moved|nicked|pinched|drank|used',
  'kill|murder|strangle|throttle siri|alexa',
  // hyperbole-4: "I swear I'll chuck his phone in the canal"
  'chuck|throw|lob|toss|fling|bin his|her|my|their|your|the phone|phones|mobile|laptop|keys|remote|telly|tv|ipad|tablet|xbox|playstation|console|controller|guitar|trombone in|into|off the|a? canal|river|bin|sea|pond|lake|skip|bridge|window',
  '^a|another brick|bricks through the window|windows of',
  'murder|kill|slaughter|massacre|batter|destroy|hammer|thrash|smash|annihilate them|em at|in the derby|final|match|game|semi|cup|league|rematch|replay',
  'punch|slap|throttle|strangle|deck the next person|one|bloke|man|woman|guy|fella who',
  // hyperbole-10: "I'll murder the next person who mentions Christmas before Bonfire Night", "hurling my laptop in the canal", a
  // tortoise that ran away; lookalike-24: "ambush your dad with a Father's Day breakfast", "trying to track you down for a week to say
  // thanks", "put you in the ground, Compton Wanderers", "burn it all down … my attempt at a Victoria sponge"
  'murder|kill the next person|one|bloke|man|woman|guy|fella who _{0,3} mentions|mention|says|say|asks|ask|plays|play|sings|sing|posts|post|tells|tell|talks|talk',
  'hurling|hurl|launching|launch|lobbing|chucking|throwing|yeeting my|the laptop|phone|tv|telly|printer|remote|ipad in|into|out|off',
  'ambush|surprise your|ur dad|mum|nan|grandad|mam|wife|husband|partner|mother|father with',
  'track|tracking|hunt|hunting you|u|ya down _{0,6} _{0,2} thank|thanks|return|give',
  'in the ground _{0,3} wanderers|rovers|united|athletic|albion|fc|afc|rangers|harriers|county|town|city',
  acrossSentencesSense('burn it|the all|lot down _{0,6} _{0,6} _{0,2} sponge|cake|bake|baking|bread|recipe|sourdough|jumper|knitting|essay|spreadsheet|draft|garden|allotment'),
  // lookalike-14: "hunt down whoever made that lemon drizzle ... and get the recipe", "whoever loses is getting battered in the papers"
  'hunt|track down whoever made|baked|cooked|brewed|makes|bakes|cooks|brews',
  // lookalike-20: "I'll give you a slap on the wrist for that pun", "we're gonna slaughter the competition at the … lights contest"
  'slap|smack|tap on the wrist',
  `${BEAT_VERB} the competition|opposition|rest|field`,
  'battered|slated|hammered|roasted|slaughtered in the papers|press|reviews|media|comments',
  // (not a wish: "Hope the hunt master falls off his horse and breaks his neck")
  'going|gonna|will|ll|could|might to? come|fall off their|his|her|a bike|bikes|scooter|horse',
  // shops selling fuel cans in a panic, not arson: "the hardware shop is selling jerry cans at £12.99"
  'selling|sells|sold|stocking|stocks|restocked|restocking _{0,2} @fuel_in_hand',
  // where free speech ends, not a threat: "it doesn't mean you can say you'll burn it down"
  'mean|means|allowed|right|free|freedom _{0,3} say|threaten|threatening you ll|will',
  // refusing a death wish, not making one: "we can argue without wishing death on people"
  'without|stop|stopped|quit|not|never|no|nobody wishing|wish|wishes death|cancer|harm',
  // a pet's mischief, not a threat: "my cat knocked my coffee over, gonna kill him lol"; a garden pest: "kill off the Japanese knotweed"
  'my cat|dog|puppy|kitten|pup|kitty|toddler|hamster|parrot|labrador|lab|spaniel|terrier|collie|beagle|dachshund|staffie|greyhound|whippet|poodle|cockapoo|cockerpoo|retriever',
  'japanese|spanish|himalayan|giant|asian|chinese knotweed|balsam|hornets|hornet|bluebells|hogweed|beetles|beetle|crabs|ladybirds|maples|maple',
  // campaigning, not a raid: "canvass, phone bank, knock every door in the township"; rounds fired, reported: "the gunman fired 11 rounds into the crowd"
  'canvass|canvassing|canvassers|canvasser|leaflet|leafleting|leafletting|doorknocking|phonebanking _{0,6} knock every|all|each|on door|doors|street|house|home',
  // a spouse or a child in trouble for forgetting something: "I'll kill him when he gets home 😂"
  'kill|murder|strangle|throttle him|her when|if he|she gets|comes home|back|in',
  // "I'm going to kill him if he mentions it at dinner again lol"
  'kill|murder|strangle|throttle him|her when|if he|she mentions|says|brings|starts|tells|asks|talks|moans|sings|plays',
  'fired|emptied|unloaded #Num? rounds|bullets|shots',
  // "Footage shows the arsonist pouring petrol through the letterbox"
  'footage|cctv|video|camera|images|pictures shows|showed|show|captured|caught',
  // "that place is dead to me now"; school-run traffic at 3:15 is not where a child can be found
  'dead to me|us',
  'zigzags|zig|congestion|gridlock',
  'school run traffic|parking|chaos',
  // a team to be beaten, not people: "we'll annihilate anyone in this league", "we're going to annihilate them, bring a picnic"
  'annihilate|annihilated|annihilating _{0,6} _{0,6} league|derby|match|game|final|cup|season|fixture|innings|picnic|quiz|polls|election|saturday|sunday|weekend|tonight',
  'league|derby|match|cricket|football|rugby|quiz _{0,6} _{0,6} annihilate|annihilated|annihilating',
  // "dead" as an intensifier: "you're dead right", "you're dead wrong about the market"
  'dead right|wrong|serious|certain|sure|lucky|against|set',
  // a match lost: "sit deep against it and you're dead and buried"
  'dead and buried',
  // a place in a race or a turn of phrase, not a building: "how did they get lighters in the first place?"
  'first|second|third|top|last place|places',
  'take|takes|took|taking|taken place',
  // a friend who got you into something: "I'm going to kill him for signing me up"
  'kill|murder|strangle|throttle him|her|them for signing|roping|dragging|talking|getting me',
  // a footballer's miss: "their striker should be shot for that miss"
  ...SPORTING_FAILURES,
  // an attack reported by its kind: "The petrol bomb attack on the house … is being treated as a hate crime"
  'petrol|pipe|car|nail bomb|bomb|bombs attack|attacks|attacker|attackers|scare|hoax|disposal|squad',
  'arson|acid|knife|gun|firebomb|molotov attack|attacks|attacker|attackers',
  // "the government deserves a good kicking at the ballot box"
  'kicking|hiding|beating|drubbing|thrashing at|in the? next|coming? polls|ballot|election|elections|vote|box|locals|midterms|primaries',
  'kicking|hiding|beating|drubbing|thrashing by|from the? voters|electorate|public',
  // "the health secretary wants kicking out at the next election"
  'kicking|booting|turfing out at|in|by the? next|coming? polls|ballot|election|elections|vote|voters|box|locals|electorate',
  'hang|hangs up|on|out|around|round|onto|off|about|tight|loose',
  'fry|fries the|a|an|some|up|it|onions|eggs|bacon|fish|chips',
  'bleed|bleeds the|a|radiator|radiators|brakes|money|cash|dry|it',
  // "you can always sleep when you're dead", "I'll rest when I'm dead"
  'sleep|rest when you|i|we re|are|m dead',
  // "you know what to do if your car breaks down": advice, not readers sent after someone
  'know what to do if|when|about|with|next',
  // "the Conservatives will be wiped out at the next election", "the Taoiseach will be knifed again if the polls don't recover"
  'if|unless|when|after|until the? polls|poll|vote|ballot|election|results|ratings|numbers',
  'knifed|stabbed|backstabbed by his|her|their own|party|colleagues|cabinet|mps|backbenchers',
  'wiped|annihilated|slaughtered|massacred|destroyed|hammered|crushed|thrashed|battered|murdered out? at|in the? next|coming? polls|election|elections|ballot|ballots|vote|locals|general|midterms',
  // "the minister should hang his head in shame"
  'hang|hangs|hanging his|her|their|your|ur|its|my head|heads',
  // an arrangement, not a challenge: "meet me outside the library at 3"
  'meet me|us outside|behind|by|at the|a|an _{0,2} library|station|cinema|museum|gallery|theatre|theater|cafe|restaurant|shop|school|gates|entrance|hall|church|park|stadium|ground|stop|hotel|venue|exhibition',
  // a political career, not a life: "the PM won't see Christmas in office"
  'see|last christmas|december|summer|spring|autumn|winter|the|another in|as office|charge|post|power|leader|pm|boss|manager|number|government',
  // looking beaten, not doomed: "the keeper looked a dead man walking after that howler", "the manager's a dead man walking
  // after that display" (not "you're a …", nor "… is a dead man walking if he shows his face")
  'looked|look|looks|looking|seemed|seems like? a dead man walking',
  's|is|was|hes|shes a dead man walking !if|when|unless|once|the|round|near|at|on|in|anywhere|next',
  'policy|plan|bill|scheme|deal|project|budget|tax|fee|idea|strategy|party|brand|show|programme|program|franchise|career|licence|license|government|club|manager|coach|team|season|campaign|leadership s|is|was a dead man walking',
  // an idiom of abundance, not a call: "more campers than they know what to do with"
  'than _? know|knows what to do',
  // a prediction of what someone else will do to him, not a wish: "he'd get his face bashed in by a horde of …"
  'caved|kicked|smashed|bashed|stamped|knocked|punched in|out|off by',
  // reported, not made: "had expressed a wish that Payne drop dead"
  'expressed|voiced|stated|expressing|voicing a|the|his|her|their wish|hope',
  // weighing a threat as an example: "there's a difference between 'I hate this policy' and 'someone should torch his office'"
  'difference|distinction between',
  // looking for something under a car seat, not for a bomb under a car
  'check|checking|look|looking under the|your|my car|van|truck seat|seats|mat|mats|bonnet|boot',
  // beaten in a vote, not hurt: "let's annihilate them at the polls", "crush the Tories in the next election"
  '@violent_verb|annihilate|crush|destroy|smash|bury|thrash|wipe|slaughter|boot|kick|turf|vote|throw|hammer|obliterate|trounce|demolish|batter _{0,6} at|in|on the? next|coming|upcoming? polls|poll|ballot|ballots|election|elections|vote|locals|midterms|primaries|primary|referendum|count|hustings',
  // a plan carried out, not a person: "just execute the plan, Pakistan"
  'execute|executed|executes|executing the|a|our|their|this|that|your|his|her game? plan|plans|strategy|order|orders|idea|vision|gameplan|move|moves|trade|deal|contract|warrant|search|script|routine|tactics',
  // out of a post or a contest, not out of town: "force them out of office", "knock them out of the cup"
  'out of office|power|government|parliament|business|contention|parliament',
  'out of the race|running|party|competition|league|cup|tournament|final|contest|election|leadership|cabinet|government',
  // an errand, not an attack: "go get him some brownies"
  'go get him|her|them some|a|an|something|anything|food|coffee|tea|water|help|medicine',
  // reporting: "Bomb scares at school, soldiers on the corner" (news-talk-20); an appeal not to: "don't share his address here" (lookalike-33)
  'bomb|bombs scare|scares|hoax|hoaxes|alert|alerts|squad|disposal',
  // cuts blamed: "cut the lifeguard budget and shut the swimming baths, kids end up in the river instead" (held-back-559); a match:
  // "might've been kinder to chuck the keeper in the river" (held-back-562); an arson reported: "when a man in Whitby sets fire to a
  // hotel" (counter-speech-11)
  'budget|budgets|cuts|cut|shut|closed|closure _{0,6} _{0,6} _{0,4} end|ends up in the river|canal|sea|water',
  'kinder|kindest to chuck|throw|drown|shoot|put',
  // answering someone: "to whoever said the photographer should be shot for cropping her hat out - calm down mate" (lookalike-34); a
  // team's defence: "he should have a go at the potters defence" (held-back-573)
  'have a go at _{0,3} defence|defense|keeper|goalie|midfield|backline|attack|penalty|pen',
  // said and taken back: "I'll kill him if he cancels a third time (I won't, I need him too much)" (hyperbole-14)
  'll|will kill|murder|end|strangle|throttle him|her|them _{0,6} _{0,2} i won|wont|will',
  'a|the man|woman|lad|bloke|arsonist|arsonists|youth|youths|gang _{0,3} sets|set|setting fire to',
  'don|dont|do|never t? not? share|post|publish his|her|their|anyone|anyones address|addresses|details',
  // oneself, not others: "another PTA meeting about car parking and I'll throw myself in the canal" (hyperbole-12)
  'throw|chuck|fling|hurl myself in|into|off|under',
  // help, not harm: "Them girls will batter anyone who tries it on" (held-back-597), "the two young lads who helped push my car off the
  // road … when it broke down" (everyday-48)
  'batter|flatten|floor|deck|sort anyone|anybody who tries|try it',
  'push|pushed|pushing my|our|his|her car|van|motor off|onto|to',
  // praise: "Well done to PC Harding, took on a man with a machete" ("well" is also "we'll"); those who act on words, described: "feeding
  // the people who then go and set fire to hotels" (counter-speech-12)
  '^well done|played|said',
  // a car's fuel: "my husband who put diesel in the petrol car" (banter-27; not a petrol station, which threats name); a bout: "The Scotland lass gave her a right beating in the first"
  // (held-back-582)
  'petrol|diesel car|cars|engine|engines|prices|price|van|vans',
  acrossSentencesSense(`${BEAT_VERB} them|em _{0,6} _{0,4} team|bowls|darts|quiz|club|squad`),
  'gave|give|given|giving her|him|them a right|proper? beating|hiding|battering|pasting in the first|second|final|opening|round|set|half|game|match|frame|leg',
  'people|those|men|thugs|ones who then? go|went|goes and',
  // a tool for a job: "Don't think I won't come round there with a crowbar... to get that paint tin open" (lookalike-31)
  acrossSentencesSense('crowbar|hammer|screwdriver _{0,4} to get|prise|pry|lever _{0,4} open|off|out'),
  // abuse received and reported: "on the school run someone called her a "letterbox""
  'someone|somebody|bloke|man|woman|lad|lads|kids|guy called|shouted|yelled|spat|screamed at? her|him|me|us|them|my',
];
/** "Death to" is not a call for anyone's death in "from death to life" or "using every death to blame guns". */
export const DEATH_TO_INNOCENT_SENSES: string[] = [
  ...SPORTING_FAILURES,
  // pests: "we've got ants in the kitchen, any tips to kill them all"
  'ants|wasps|slugs|snails|weeds|mice|rats|flies|fleas|aphids|greenfly|moles|bugs|cockroaches|nits|lice|moths|mould _{0,6} _{0,6} kill|killing them all',
  'shot|shoot down',
  'from death to',
  'death to life|lives',
  'every|each|any|another|whose|their|his|her death to',
  // a tax or a payment due on death: "taxing estates at death to fund care"
  'at death to',
];
