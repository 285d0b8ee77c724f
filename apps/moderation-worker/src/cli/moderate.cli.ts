/**
 * Offline moderation from the command line:
 *
 *   npm run --silent moderate < comments.jsonl > decisions.jsonl
 *   npm run --silent moderate -- --rules my-rules.json < comments.jsonl > decisions.jsonl
 *
 * Input: one JSON object per line, `{ "id", "body", "context"? }` (optionally also "authorId",
 * "articleId", "createdAt"); `context` is an EvaluationContext. Blank lines are skipped.
 * Output: one line per comment, `{ "id", "decision", "reasons": [...] }`, in input order.
 * A malformed line is reported on stderr as `{ "line": n, "error": "..." }` and skipped; the
 * exit code is then 1. An unreadable or invalid `--rules` file exits with code 2 before reading
 * any input. Input is streamed line by line, so files of any size work.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommentInput, CompiledRuleSet, compileRuleSet, DEFAULT_RULE_SET, evaluate, EvaluationContext, LocalClassifier, loadLocalClassifier, SHIPPED_MODEL_DIR, validateRuleSet } from '@parley/moderation-rules';

/** The shipped local classifier when run from the repository (its `local-classifier` rules do nothing without it). */
function shippedClassifier(): LocalClassifier | undefined {
  return existsSync(join(SHIPPED_MODEL_DIR, 'local-classifier.json')) ? loadLocalClassifier(SHIPPED_MODEL_DIR) : undefined;
}

export const USAGE = `Usage: npm run --silent moderate [-- --rules rules.json] < comments.jsonl > decisions.jsonl

Reads JSON lines {"id", "body", "context"?} from stdin and writes {"id", "decision", "reasons"}
per line to stdout. Errors go to stderr as {"line", "error"}.

Options:
  --rules <file>  rule set definition (JSON) to use instead of the default community guidelines
  -h, --help      show this help
Exit codes: 0 all lines moderated, 1 some lines were malformed, 2 bad arguments or rule set.`;

export class UsageError extends Error {}

export interface CliArgs {
  rulesPath?: string;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--rules') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--rules needs a file path');
      args.rulesPath = value;
    } else if (arg.startsWith('--rules=')) {
      args.rulesPath = arg.slice('--rules='.length);
      if (!args.rulesPath) throw new UsageError('--rules needs a file path');
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return args;
}

/** Parses and validates a rule-set file's text; throws UsageError with every validation error. */
export function ruleSetFromJson(text: string, source: string): CompiledRuleSet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateRuleSet(json);
  if (result.ok === false) {
    throw new UsageError(`invalid rule set in ${source}:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  return compileRuleSet(result.value, { localClassifier: shippedClassifier() });
}

export interface ModerateResult {
  moderated: number;
  failed: number;
}

/** One input line → the output object, or an error message. */
export function moderateLine(line: string, ruleSet: CompiledRuleSet): { output: object } | { error: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { error: 'expected a JSON object {"id", "body", "context"?}' };
  const record = input as Record<string, unknown>;
  if (typeof record.body !== 'string') return { error: '"body" must be a string' };
  if (record.id !== undefined && typeof record.id !== 'string' && typeof record.id !== 'number') return { error: '"id" must be a string or a number' };
  if (record.context !== undefined && (record.context === null || typeof record.context !== 'object' || Array.isArray(record.context))) {
    return { error: '"context" must be an object' };
  }
  const comment: CommentInput = { body: record.body };
  if (record.id !== undefined) comment.id = String(record.id);
  for (const key of ['authorId', 'articleId', 'createdAt'] as const) {
    if (typeof record[key] === 'string') comment[key] = record[key] as string;
  }
  try {
    const decision = evaluate(ruleSet, comment, (record.context ?? {}) as EvaluationContext);
    return { output: { id: record.id ?? null, decision: decision.decision, reasons: decision.reasons } };
  } catch (e) {
    return { error: `evaluation failed: ${(e as Error).message}` };
  }
}

/**
 * The CLI's core: moderates each line of `lines`, writing results with `write` and errors with
 * `writeError`. Blank lines are skipped (but counted for line numbers).
 */
export async function moderateLines(
  lines: AsyncIterable<string>,
  ruleSet: CompiledRuleSet,
  write: (line: string) => void | Promise<void>,
  writeError: (line: string) => void,
): Promise<ModerateResult> {
  let lineNumber = 0;
  let moderated = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === '') continue;
    const result = moderateLine(line, ruleSet);
    if ('error' in result) {
      failed++;
      writeError(JSON.stringify({ line: lineNumber, error: result.error }));
    } else {
      moderated++;
      await write(JSON.stringify(result.output));
    }
  }
  return { moderated, failed };
}

export interface CliIo {
  argv: readonly string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  readTextFile?: (path: string) => Promise<string>;
}

/** Runs the CLI; resolves to the exit code. */
export async function runCli(io: CliIo): Promise<number> {
  const readTextFile = io.readTextFile ?? ((path: string) => readFile(path, 'utf8'));
  let ruleSet: CompiledRuleSet;
  try {
    const args = parseArgs(io.argv);
    if (args.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.rulesPath) {
      let text: string;
      try {
        text = await readTextFile(args.rulesPath);
      } catch (e) {
        throw new UsageError(`cannot read ${args.rulesPath}: ${(e as Error).message}`);
      }
      ruleSet = ruleSetFromJson(text, args.rulesPath);
    } else {
      ruleSet = compileRuleSet(DEFAULT_RULE_SET, { localClassifier: shippedClassifier() });
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`moderate: ${e.message}\n${e.message.startsWith('invalid rule set') ? '' : `\n${USAGE}\n`}`);
    return 2;
  }

  const write = (line: string): void | Promise<void> => {
    if (io.stdout.write(`${line}\n`)) return;
    return new Promise((resolve) => io.stdout.once('drain', resolve)); // respect back-pressure
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const { failed } = await moderateLines(lines, ruleSet, write, (line) => io.stderr.write(`${line}\n`));
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  runCli({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`moderate: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
