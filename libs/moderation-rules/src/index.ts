/**
 * @parley/moderation-rules — the pure moderation rules engine.
 *
 *   const rules = compileRuleSet(DEFAULT_RULE_SET);          // once
 *   const decision = evaluate(rules, { id, body }, context);  // per comment, synchronous, no I/O
 *
 * See README.md for the pipeline, the rule types and the matching model.
 */
export * from './types';
export { validateRuleSet, RuleSetValidationError, MAX_RULES } from './validate';
export { compileRuleSet, evaluate, CompiledRuleSet, DEFAULT_MAX_EVALUATED_CHARS, TRUNCATION_RULE_ID, DEFAULT_EVALUATION_BUDGET_MS, BUDGET_RULE_ID } from './engine';
export type { CompiledRuleInfo } from './engine';
export { fingerprint } from './fingerprint';
export { DEFAULT_RULE_SET } from './default-rule-set';
export { checkPattern, MAX_PATTERN_LENGTH } from './patterns/pattern-syntax';
export type { PatternProblem } from './patterns/pattern-syntax';
export { RULE_TYPES } from './rules';
export { PHASE_ORDER } from './rules/rule';
export type { Phase } from './rules/rule';
export { defaultMessage, KNOWN_CATEGORIES } from './messages';
export * from './dsa/statement-of-reasons';
export * from './dsa/account-statement';
export * from './dsa/illegal-content-types';
export * from './dsa/out-of-court-settlement';
export * from './dsa/service-information';
export * from './dsa/restriction-statement';
export * from './dsa/redress';
export * from './dsa/misuse-policy';
export { LocalClassifier } from './classifier/local-classifier';
export { loadLocalClassifier, SHIPPED_MODEL_DIR } from './classifier/load-local-classifier';
export type { LocalClassification, LocalModelMetadata, CategoryScore } from './classifier/local-classifier';
export { writerWarning } from './writer-warning';
export type { WriterReason, WriterWarning } from './writer-warning';
