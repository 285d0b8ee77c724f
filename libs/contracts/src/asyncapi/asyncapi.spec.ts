import fs from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { eventCatalog } from '../events/catalog';
import { eventSchemas } from '../events/registry';
import { EventTypes } from '../events/event-types';
import { buildAsyncApiDocument } from './build-asyncapi';

const committed = path.resolve(__dirname, '..', '..', '..', '..', 'asyncapi.json');

describe('AsyncAPI document', () => {
  const doc = buildAsyncApiDocument();

  it('is committed as asyncapi.json exactly as the shared contracts generate it (run npm run asyncapi)', () => {
    expect(JSON.parse(fs.readFileSync(committed, 'utf8'))).toEqual(doc);
  });

  it('is a valid AsyncAPI 3.0 document', async () => {
    const { diagnostics } = await new Parser().parse(JSON.stringify(doc));
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
  });

  it('lists every event type with its schema, and every type is catalogued', () => {
    const types = Object.values(EventTypes).sort();
    expect(Object.keys(eventCatalog).sort()).toEqual(types);
    expect(Object.keys(eventSchemas).sort()).toEqual(types);
    const messages = Object.values((doc.components as { messages: Record<string, { name: string; payload: { required: string[] } }> }).messages);
    expect(messages.map((m) => m.name).sort()).toEqual(types);
    for (const m of messages) expect(m.payload.required).toEqual((eventSchemas as unknown as Record<string, { required: string[] }>)[m.name]!.required);
  });
});
