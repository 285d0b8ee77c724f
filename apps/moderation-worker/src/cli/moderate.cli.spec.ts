import { PassThrough, Readable } from 'node:stream';
import { compileRuleSet, DEFAULT_RULE_SET } from '@parley/moderation-rules';
import { moderateLine, moderateLines, parseArgs, ruleSetFromJson, runCli, UsageError } from './moderate.cli';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

const rules = compileRuleSet(DEFAULT_RULE_SET);

async function collect(lines: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await moderateLines(
    linesOf(...lines),
    rules,
    (l) => void out.push(l),
    (l) => err.push(l),
  );
  return { out: out.map((l) => JSON.parse(l)), err: err.map((l) => JSON.parse(l)), result };
}

/** Runs the whole CLI over in-memory streams. */
async function cli(argv: string[], input: string, files: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli({
    argv,
    stdin: Readable.from([input]),
    stdout,
    stderr,
    readTextFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path];
    },
  });
  return { code, out, err };
}

describe('moderate CLI core', () => {
  it('moderates each line in order and writes {id, decision, reasons}', async () => {
    const { out, err, result } = await collect([
      JSON.stringify({ id: 'a', body: 'Thoughtful piece, thanks.' }),
      JSON.stringify({ id: 'b', body: 'What a d1ckhead' }),
      JSON.stringify({ id: 3, body: 'hello', context: { author: { status: 'banned' } } }),
    ]);
    expect(err).toEqual([]);
    expect(result).toEqual({ moderated: 3, failed: 0 });
    expect(out).toEqual([
      { id: 'a', decision: 'approved', reasons: [] },
      {
        id: 'b',
        decision: 'rejected',
        reasons: [expect.objectContaining({ ruleId: 'profanity', category: 'profanity', action: 'reject', excerpt: 'd1ckhead', start: 7, end: 15 })],
      },
      { id: 3, decision: 'rejected', reasons: [expect.objectContaining({ ruleId: 'author-trust' })] },
    ]);
    expect(Object.keys(out[1])).toEqual(['id', 'decision', 'reasons']);
  });

  it('reports malformed lines on the error channel with their line number and continues', async () => {
    const { out, err, result } = await collect([
      '{"id": "ok1", "body": "fine"}',
      '',
      '{not json',
      '[1, 2]',
      '{"id": "x", "body": 42}',
      '{"id": {"nested": true}, "body": "x"}',
      '{"id": "y", "body": "x", "context": "nope"}',
      '{"id": "ok2", "body": "also fine"}',
    ]);
    expect(out.map((o) => o.id)).toEqual(['ok1', 'ok2']);
    expect(result).toEqual({ moderated: 2, failed: 5 });
    expect(err).toEqual([
      { line: 3, error: expect.stringContaining('invalid JSON') },
      { line: 4, error: 'expected a JSON object {"id", "body", "context"?}' },
      { line: 5, error: '"body" must be a string' },
      { line: 6, error: '"id" must be a string or a number' },
      { line: 7, error: '"context" must be an object' },
    ]);
  });

  it('passes createdAt and context through to the engine', () => {
    const line = JSON.stringify({
      id: 'c',
      body: 'Same text posted twice by me',
      createdAt: '2025-01-01T10:00:00Z',
      context: { recentByAuthor: [{ body: 'same TEXT posted twice by me!', createdAt: '2025-01-01T09:59:00Z' }] },
    });
    expect(moderateLine(line, rules)).toEqual({ output: { id: 'c', decision: 'flagged', reasons: [expect.objectContaining({ ruleId: 'spam' })] } });
  });

  it('writes id null when the line has no id', () => {
    expect(moderateLine('{"body": "hi"}', rules)).toEqual({ output: { id: null, decision: 'approved', reasons: [] } });
  });
});

describe('moderate CLI arguments and rule sets', () => {
  it('parses --rules and --help', () => {
    expect(parseArgs([])).toEqual({ help: false });
    expect(parseArgs(['--rules', 'r.json'])).toEqual({ help: false, rulesPath: 'r.json' });
    expect(parseArgs(['--rules=r.json', '-h'])).toEqual({ help: true, rulesPath: 'r.json' });
    expect(() => parseArgs(['--rules'])).toThrow(UsageError);
    expect(() => parseArgs(['--verbose'])).toThrow('unknown argument "--verbose"');
  });

  it('validates rule-set files and lists every error', () => {
    expect(() => ruleSetFromJson('{', 'r.json')).toThrow('r.json is not valid JSON');
    expect(() => ruleSetFromJson(JSON.stringify({ rules: [{ id: 'x', type: 'pattern', pattern: '(a)\\1', action: 'reject' }] }), 'r.json')).toThrow(
      /invalid rule set in r\.json:\n {2}rules\[0\]\.pattern: rule "x": back-reference/,
    );
    expect(ruleSetFromJson(JSON.stringify({ rules: [{ id: 'x', type: 'banned-terms', terms: ['zonk'] }] }), 'r.json').termCount).toBe(1);
  });
});

describe('runCli', () => {
  it('streams stdin to stdout with the default rules and exits 0', async () => {
    const { code, out, err } = await cli([], '{"id":"a","body":"hello"}\n{"id":"b","body":"f u c k"}\n');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).decision),
    ).toEqual(['approved', 'rejected']);
  });

  it('exits 1 after processing everything when a line is malformed', async () => {
    const { code, out, err } = await cli([], 'oops\n{"id":"a","body":"hello"}\n');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ id: 'a', decision: 'approved', reasons: [] });
    expect(JSON.parse(err)).toEqual({ line: 1, error: expect.stringContaining('invalid JSON') });
  });

  it('uses --rules and exits 2 with a clear message for a missing or invalid file', async () => {
    const files = {
      'good.json': JSON.stringify({ version: 3, rules: [{ id: 'zonk', type: 'banned-terms', terms: ['zonk'] }] }),
      'bad.json': JSON.stringify({ rules: [{ id: 'x', type: 'nope' }] }),
    };
    const good = await cli(['--rules', 'good.json'], '{"id":"a","body":"ZONK"}\n{"id":"b","body":"f u c k"}\n', files);
    expect(good.code).toBe(0);
    expect(
      good.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).decision),
    ).toEqual(['rejected', 'approved']);

    const bad = await cli(['--rules', 'bad.json'], '{"id":"a","body":"x"}\n', files);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('moderate: invalid rule set in bad.json:\n  rules[0].type: unknown rule type "nope"');

    const missing = await cli(['--rules', 'missing.json'], '', files);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('moderate: cannot read missing.json: ENOENT');
  });

  it('prints usage for --help and exits 2 on unknown arguments', async () => {
    expect(await cli(['--help'], '')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run --silent moderate') });
    expect(await cli(['--bogus'], '')).toMatchObject({ code: 2, err: expect.stringContaining('unknown argument "--bogus"') });
  });
});
