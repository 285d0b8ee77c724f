#!/usr/bin/env node
// npm run import -- --format disqus|wxr --file <export.xml> [--remoderate] [--site <id>]
// Installs what is missing, builds the apps when a source changed (the CLI is bundled with
// comments-api), then runs the comment import CLI (apps/comments-api/src/import/import.cli.ts).
// Everything but the CLI's own summary goes to stderr, so stdout stays one JSON line.
import { spawn } from 'node:child_process';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const log = (m) => process.stderr.write(`[import] ${m}\n`);
ensureDependencies(log, { outputToStderr: true });
const { buildApps, IMPORT_ENTRY } = await import('./lib/build-apps.mjs');
try {
  await buildApps({ log });
} catch (err) {
  log(err.message);
  process.exit(1);
}
const child = spawn(process.execPath, [IMPORT_ENTRY, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the CLI too (same process group); a TERM sent to this process alone is passed on.
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
