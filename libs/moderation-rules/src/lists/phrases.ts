import type { PhrasePatternDefinition } from '../types';

/**
 * The shipped phrase patterns (see matcher/phrase-pattern.ts for the syntax and
 * lists/word-classes.ts for the classes). Each one is a template of a guideline breach that is
 * often written without a single listed word; reporting and quotation are exceptions.
 */

/** Who can be the target of a threat: you, him/them, a group, a titled or named person. */
const VICTIM = '@second_person|@third_person|@target_group|@person_noun|#Name';
const DET = '@determiner*';
const INTENT = '@first_person_intent';
const CALL = '@call_to_action';
const HARM_VERB = 'smash|bash|cave|break|snap|slit|cut|blow|stab|shoot|punch|kick|rip|tear|gouge|crack|split|stomp|knife|slice';
const OWNER = 'your|ur|yer|his|her|their|ya';

const threat = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'threat' });
const hate = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'hate' });
const dox = (pattern: string, label: string): PhrasePatternDefinition => ({ pattern, label, category: 'personal-information' });

export const THREAT_PATTERNS: PhrasePatternDefinition[] = [
  threat(`${INTENT} @adverb* @violent_verb ${DET} ${VICTIM}`, 'stated intention to harm someone'),
  threat(`${INTENT} @adverb* _{0,2} @possessive @place _{0,2} to|and @violent_verb ${DET} ${VICTIM}`, 'stated intention to harm someone'),
  threat(`gonna|wanna|ima|imma|finna @adverb* @violent_verb @second_person|@third_person`, 'stated intention to harm someone'),
  threat(`${CALL} @adverb* @violent_verb ${DET} ${VICTIM}`, 'call on others to harm someone'),
  threat(`^@violent_verb ${DET} @adjective* @person_noun|@target_group`, 'call on others to harm someone'),
  threat(`@determiner? ${VICTIM} @modal_be @adverb* @violent_participle`, 'saying someone should be harmed'),
  threat(`@determiner? ${VICTIM} who|that|which _{1,6} @modal_be @adverb* @violent_participle`, 'saying someone should be harmed'),
  threat(`@determiner? ${VICTIM} @modal_be _{1,4} and @violent_participle`, 'saying someone should be harmed'),
  threat(`@wish ${DET} ${VICTIM} @adverb* @death_verb`, 'wishing someone harm'),
  threat(`@wish ${DET} ${VICTIM} who|that _{1,6} @death_verb`, 'wishing someone harm'),
  threat(`@wish ${DET} ${VICTIM} who|that _{1,6} gets|get|is|are|was|were|ends? up? @violent_participle`, 'wishing someone harm'),
  threat(`@wish ${VICTIM} @adverb* gets|get|got|is|are|was|were|be|ends|end? up? @violent_participle`, 'wishing someone harm'),
  threat(`@wish someone|somebody|anyone|anybody|they would|will|could|finally|d? @adverb* @violent_verb|shoots|kills|stabs|murders|hangs|rapes ${VICTIM}`, 'wishing someone harm'),
  threat(`@threat_phrase`, 'threat'),
  threat(`${VICTIM} @modal_should @adverb* die|rot|burn|suffer|hang|fry|bleed`, 'saying someone should die'),
  threat(`${INTENT}|${CALL} @adverb* put|stick|shove|pump|fire|bring|take|use|get|grab|buy|load|sharpen a|an|my|our|some|the|@possessive? @weapon _{0,3} ${VICTIM}|@place|@body_part`, 'weapon in a threat'),
  threat(`${INTENT}|${CALL} @adverb* ${HARM_VERB} ${OWNER}|@second_person|@third_person @body_part|throat|teeth|skulls|faces|heads`, 'threat of bodily harm'),
  threat(`${INTENT}|${CALL} @adverb* beat|kick|smash|knock @second_person|@third_person|#Name up|senseless|to|black|bloody|half|in|out|the`, 'threat of a beating'),
  threat(`@weapon _{0,2} in|through|into|to|between ur|your|yer @body_part`, 'weapon aimed at the reader'),
  threat(`${INTENT}|${CALL}|@modal_should @adverb* bomb|firebomb|torch|burn|blow|attack|storm|raid|smash|petrol|burn|nuke|gas|destroy up|down? @possessive? _? @place`, 'threat against a place'),
  threat(`${INTENT}|${CALL}|@modal_should @adverb* shoot up @possessive? @place`, 'threat against a place'),
  threat(`@visit_phrase`, 'invitation to go after someone'),
];

export const HATE_PATTERNS: PhrasePatternDefinition[] = [
  hate(`${INTENT}|${CALL}|@modal_should @adverb* @extermination_verb @determiner* @adjective* @target_group`, 'call to exterminate a group'),
  hate(`@determiner? @target_group @be @determiner? @adjective* @dehumanising_noun`, 'dehumanising a group'),
  hate(`@dehumanising_noun|@vermin_noun like @determiner? @adjective? @target_group`, 'dehumanising a group'),
  hate(`@target_group @spread_verb @determiner? @adjective? @vermin_noun`, 'dehumanising a group'),
  hate(`@target_group are|is? infest|infesting|infested|swarming|swarm|overrunning`, 'dehumanising a group'),
  hate(`only good @target_group|@dehumanising_noun is|are a? dead`, 'dehumanising a group'),
  hate(`^@extermination_verb @determiner* @adjective* @target_group`, 'call to exterminate a group'),
  hate(`@target_group @modal_should @adverb* all? be|get? wiped|exterminated|eradicated|gassed|sterilised|sterilized|culled|purged`, 'call to exterminate a group'),
];

export const DOXXING_PATTERNS: PhrasePatternDefinition[] = [
  dox(`@address_intro #Num|#Cap|flat|apartment|apt|number|no`, 'where someone lives'),
  dox(`lives|living|resides|residing|staying at|on #Num`, 'where someone lives'),
];

/**
 * Reporting and quotation: a sentence where one of these matches is about violence, not violent.
 * Each cancels the rule's hits in its sentence.
 */
/** Negations in front of a listed phrase ("no one deserves to be shot"); the rule appends its class. */
export const NEGATION_EXCEPTIONS: string[] = ['nobody|noone|one|never|not|no|anyone|anybody'];

export const REPORTING_EXCEPTIONS: string[] = [
  'according to',
  'accused|charged|convicted|acquitted|suspected|guilty|arrested|jailed|sentenced|indicted|investigated|sacked|fired|suspended|condemned|criticised|criticized|slammed|apologised|apologized of|for|with|after|over',
  'allegedly|reportedly',
  '!i|we|you|u|ya|me|ve|d|ll|just|as|like|who|which|whom|whose @adverb? said|says|told|claimed|wrote|tweeted|posted|warned|threatened|stated|alleged|testified|shouted|chanted|yelled|screamed|declared|vowed|heard',
  'shoot|shot @second_person|@third_person a|an|some|over',
  'kill|killed|killing|kills|axe|scrap|sink|torpedo|shoot|bury|burn @possessive? bill|motion|proposal|legislation|law|plan|deal|amendment|treaty|reform|budget|tax|idea|project|scheme|policy|vote|story|engine|lights|mood|process|buzz|joke|vibe',
  'was|were|been|being killed|shot|executed|hanged|stabbed|murdered|bombed|beheaded|gassed|lynched|massacred|slaughtered|tortured|raped in|by|on|at|during|after|when|while|for',
  '@casualty_report',
];
