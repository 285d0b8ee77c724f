import type { SchemaObject } from 'ajv';
import { eventSchemas, EventType, validateEventData } from '@parley/contracts';

/** A minimal instance of a JSON schema: required properties only, first enum value, formats honoured. */
function sampleOf(schema: SchemaObject, name: string, id: string): unknown {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return sampleOf(alternatives[0], name, id);
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  const type = types.find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of (schema.required ?? []) as string[]) out[key] = sampleOf(schema.properties?.[key] ?? {}, key, id);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, name, id));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string': {
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (schema.format === 'email') return `${id}@example.test`;
      if (schema.format === 'uri') return `https://example.test/${id}`;
      const text = /id$/i.test(name) ? id : 'dlq-sample';
      return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
    }
    default:
      throw new Error(`no sample for schema type ${type} (${name})`);
  }
}

/**
 * Data of an event type that passes its schema, built from the schema itself (so a new event
 * type needs nothing here); identifiers (`…Id` fields) are `id`. Throws when the built sample
 * does not validate, so a schema this builder cannot satisfy shows up as such.
 */
export function validEventData(type: EventType, id: string): unknown {
  const data = sampleOf(eventSchemas[type] as SchemaObject, type, id);
  const problems = validateEventData(type, data);
  if (problems.length) throw new Error(`the sample of ${type} does not pass its schema: ${problems.join('; ')}`);
  return data;
}
