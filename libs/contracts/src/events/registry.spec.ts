import { eventSchemas, isKnownEventType, validateEventData } from './registry';

describe('event registry', () => {
  it('compiles every event schema (strict mode) and reports what an empty payload lacks', () => {
    for (const type of Object.keys(eventSchemas)) {
      expect(isKnownEventType(type)).toBe(true);
      const problems = validateEventData(type, {});
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join(' ')).toMatch(/must have required property/);
    }
  });

  it('knows no other event type', () => {
    expect(isKnownEventType('parley.comment.unknown.v1')).toBe(false);
    expect(isKnownEventType('toString')).toBe(false);
    expect(validateEventData('parley.comment.unknown.v1', {})).toEqual(['unknown event type "parley.comment.unknown.v1"']);
  });
});
