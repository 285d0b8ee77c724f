import type { FieldError } from '@parley/platform';
import type { EvaluationContext } from '@parley/moderation-rules';

type Check = (value: unknown, path: string, errors: FieldError[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const intMin0: Check = (v, path, errors) => {
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 1_000_000_000) errors.push({ field: path, message: 'must be a non-negative integer' });
};
const bool: Check = (v, path, errors) => {
  if (typeof v !== 'boolean') errors.push({ field: path, message: 'must be a boolean' });
};
const date: Check = (v, path, errors) => {
  if (typeof v !== 'string' || v.length > 40 || Number.isNaN(Date.parse(v))) errors.push({ field: path, message: 'must be an ISO 8601 date-time' });
};
const nullable =
  (inner: Check): Check =>
  (v, path, errors) => {
    if (v !== null) inner(v, path, errors);
  };
const oneOf =
  (values: readonly string[]): Check =>
  (v, path, errors) => {
    if (typeof v !== 'string' || !values.includes(v)) errors.push({ field: path, message: `must be one of ${values.join(', ')}` });
  };
const string =
  (max: number): Check =>
  (v, path, errors) => {
    if (typeof v !== 'string' || v.length > max) errors.push({ field: path, message: `must be a string of at most ${max} characters` });
  };
const object =
  (shape: Record<string, Check>): Check =>
  (v, path, errors) => {
    if (!isObject(v)) {
      errors.push({ field: path, message: 'must be an object' });
      return;
    }
    for (const [k, val] of Object.entries(v)) {
      const check = shape[k];
      if (!check) errors.push({ field: `${path}.${k}`, message: `unknown field (known: ${Object.keys(shape).join(', ')})` });
      else if (val !== undefined) check(val, `${path}.${k}`, errors);
    }
  };
const array =
  (inner: Check, max: number): Check =>
  (v, path, errors) => {
    if (!Array.isArray(v)) errors.push({ field: path, message: 'must be an array' });
    else if (v.length > max) errors.push({ field: path, message: `must have at most ${max} items` });
    else v.forEach((item, i) => inner(item, `${path}[${i}]`, errors));
  };

const contextShape = object({
  now: date,
  author: object({
    approvedCount: intMin0,
    rejectedCount: intMin0,
    recentDecisions: intMin0,
    recentRejections: intMin0,
    status: oneOf(['active', 'banned', 'suspended', 'premoderated']),
    suspendedUntil: date,
  }),
  article: object({ open: bool, closesAt: nullable(date), premoderation: bool }),
  recentByAuthor: array(object({ body: string(5000), fingerprint: string(64), createdAt: date }), 200),
  sameTextAuthors: intMin0,
  reportCount: intMin0,
  classifier: nullable(
    object({
      score: (v, path, errors) => {
        if (typeof v !== 'number' || !(v >= 0 && v <= 1)) errors.push({ field: path, message: 'must be a number from 0 to 1' });
      },
      labels: array(string(100), 50),
    }),
  ),
});

/** Validates the `context` of a dry run (the engine's EvaluationContext); errors name the field, e.g. `context.author.status`. */
export function parseEvaluationContext(raw: unknown): { context: EvaluationContext; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (raw === undefined) return { context: {}, errors };
  contextShape(raw, 'context', errors);
  if (!errors.length && isObject(raw) && isObject(raw.classifier) && (raw.classifier as { score?: unknown }).score === undefined) {
    errors.push({ field: 'context.classifier.score', message: 'is required' });
  }
  if (!errors.length && Array.isArray((raw as Record<string, unknown>).recentByAuthor)) {
    ((raw as Record<string, unknown>).recentByAuthor as Array<Record<string, unknown>>).forEach((r, i) => {
      if (r.createdAt === undefined) errors.push({ field: `context.recentByAuthor[${i}].createdAt`, message: 'is required' });
    });
  }
  return { context: errors.length ? {} : (raw as EvaluationContext), errors };
}
