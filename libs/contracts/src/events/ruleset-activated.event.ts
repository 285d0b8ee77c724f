import type { SchemaObject } from 'ajv';

/**
 * An administrator activated a stored rule-set version (a rollback is the activation of an
 * older version). Every moderation-worker replica reads this topic with its own consumer and
 * switches to the version without a restart. Topic: parley.rulesets.v1. Key: "active".
 */
export interface RuleSetActivatedV1 {
  /** The version now active. */
  version: number;
  /** The version active before (null when none was recorded). */
  previousVersion: number | null;
  /** True when `version` is older than `previousVersion`. */
  rollback: boolean;
  /** Increases with every activation; replicas ignore an activation older than the one they applied. */
  activationSeq: number;
  name: string | null;
  activatedBy: string;
  activatedAt: string;
}

export const RULESET_ACTIVE_KEY = 'active';

export const ruleSetActivatedV1Schema: SchemaObject = {
  $id: 'parley.ruleset.activated.v1',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'previousVersion', 'rollback', 'activationSeq', 'name', 'activatedBy', 'activatedAt'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    previousVersion: { type: ['integer', 'null'], minimum: 1 },
    rollback: { type: 'boolean' },
    activationSeq: { type: 'integer', minimum: 1 },
    name: { type: ['string', 'null'], maxLength: 200 },
    activatedBy: { type: 'string', minLength: 1, maxLength: 200 },
    activatedAt: { type: 'string', format: 'date-time' },
  },
};
