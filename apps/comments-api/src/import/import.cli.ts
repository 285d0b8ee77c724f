/**
 * Imports comments from a Disqus XML export or a WordPress export (WXR) into comments-api's
 * database (see docs/import.md):
 *
 *   npm run --silent import -- --format disqus --file disqus-export.xml
 *   npm run --silent import -- --format wxr --file wordpress.xml --remoderate
 *
 * Reads MONGODB_URI, MONGODB_DB (default parley_comments) and KAFKA_TOPIC_PREFIX. A progress bar
 * goes to stderr, the summary (JSON) to stdout. Exit codes: 0 imported, 1 the import failed
 * (malformed XML, database error), 2 bad arguments, unreadable file or bad configuration.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { IsOptional, IsString, Matches } from 'class-validator';
import mongoose from 'mongoose';
import { SingleBar } from 'cli-progress';
import { ConfigurationError, DEFAULT_SITE_ID, loadConfig, SITE_ID_PATTERN } from '@parley/platform';
import { importComments, ImportSummary } from './comment-import';
import { IMPORT_FORMATS, ImportFormat } from './imported-comment';
import { MalformedExportError } from './xml-record-stream';

export const USAGE = `Usage: npm run --silent import -- --format disqus|wxr --file <export.xml> [--remoderate] [--site <id>]

Imports the comments of a Disqus XML export (--format disqus) or a WordPress export
(--format wxr) into comments-api's database. Running it again with the same file changes nothing.

Options:
  --format <disqus|wxr>  the export's format
  --file <path>          the export file (streamed; any size)
  --remoderate           send imported approved and held comments through moderation
                         (submitted events) instead of keeping the source's verdict
  --site <id>            import into this site of a multi-site deployment (SITES id;
                         default: the default site)
  -h, --help             show this help
Environment: MONGODB_URI (required), MONGODB_DB (default parley_comments), KAFKA_TOPIC_PREFIX.
Exit codes: 0 imported, 1 import failed, 2 bad arguments, file or configuration.`;

export class UsageError extends Error {}

export interface ImportArgs {
  format: ImportFormat;
  file: string;
  remoderate: boolean;
  site?: string;
}

export function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let format: string | undefined;
  let file: string | undefined;
  let remoderate = false;
  let site: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--format') format = value();
    else if (flag === '--file') file = value();
    else if (flag === '--remoderate') remoderate = true;
    else if (flag === '--site') site = value();
    else throw new UsageError(`unknown argument: ${a}`);
  }
  if (!format) throw new UsageError('--format is required (disqus or wxr)');
  if (!IMPORT_FORMATS.includes(format as ImportFormat)) throw new UsageError(`unknown format "${format}": use disqus or wxr`);
  if (!file) throw new UsageError('--file is required');
  if (site !== undefined && !SITE_ID_PATTERN.test(site)) throw new UsageError(`--site ${site} is not a site id (a-z, 0-9, -; at most 40 characters)`);
  try {
    accessSync(file, constants.R_OK);
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch (err) {
    throw new UsageError(`cannot read --file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return { format: format as ImportFormat, file, remoderate, ...(site && site !== DEFAULT_SITE_ID ? { site } : {}) };
}

/** What the import reads from the environment (validated like the apps' configuration). */
export class ImportConfig {
  @Matches(/^mongodb(\+srv)?:\/\//, { message: 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI!: string;

  @IsString()
  MONGODB_DB = 'parley_comments';

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, { message: 'KAFKA_TOPIC_PREFIX may only contain letters, digits, . _ -' })
  KAFKA_TOPIC_PREFIX = '';
}

function progressBar() {
  const tty = !!process.stderr.isTTY;
  let bar: SingleBar | null = null;
  return {
    scanning(bytes: number) {
      if (tty) process.stderr.write(`\rchecking the export… ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    },
    start(total: number) {
      if (tty) process.stderr.write('\n');
      bar = new SingleBar({ stream: process.stderr, format: 'importing [{bar}] {percentage}% | {value}/{total} comments | {eta_formatted} left', noTTYOutput: !tty, notTTYSchedule: 5000, hideCursor: tty });
      bar.start(total, 0);
    },
    advance(done: number) {
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: ImportArgs | 'help';
  let config: ImportConfig;
  try {
    args = parseImportArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    config = loadConfig(ImportConfig);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigurationError) {
      process.stderr.write(`import: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  const connection = await mongoose.createConnection(config.MONGODB_URI, { dbName: config.MONGODB_DB, serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    const summary: ImportSummary = await importComments(connection, { ...args, topicPrefix: config.KAFKA_TOPIC_PREFIX, progress: progressBar() });
    for (const s of summary.skipped.slice(0, 20)) process.stderr.write(`import: skipped (line ${s.line}): ${s.skipped}\n`);
    if (summary.skipped.length > 20) process.stderr.write(`import: … and ${summary.skipped.length - 20} more skipped\n`);
    process.stdout.write(`${JSON.stringify({ ...summary, skipped: summary.skipped.length })}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`\nimport: failed: ${err instanceof MalformedExportError ? `${args.file}: ${err.message}` : (err as Error).message}\n`);
    return 1;
  } finally {
    await connection.close();
  }
}
