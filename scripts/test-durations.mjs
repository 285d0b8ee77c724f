#!/usr/bin/env node
// npm run test:durations: writes the file durations of the last full `npm test` run (kept in
// .cache/test-durations.json) to test/durations.json, the order Jest starts the files in on a
// machine without Jest's own cache (see test/slowest-first-sequencer.js). Files under a second
// are left out (they default to a second).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/ensure-deps.mjs';

const LAST_RUN = path.join(ROOT, '.cache', 'test-durations.json');
const COMMITTED = path.join(ROOT, 'test', 'durations.json');

if (!fs.existsSync(LAST_RUN)) {
  console.error(`${path.relative(ROOT, LAST_RUN)} is missing: run the whole suite first (npm test, no arguments)`);
  process.exit(1);
}
const last = JSON.parse(fs.readFileSync(LAST_RUN, 'utf8'));
const seconds = Object.fromEntries(
  Object.entries(last.ms)
    .filter(([, ms]) => ms >= 1000)
    .sort((a, b) => b[1] - a[1])
    .map(([file, ms]) => [file, Math.round(ms / 1000)]),
);
const measured = `${last.finishedAt.slice(0, 10)}, npm test on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
fs.writeFileSync(COMMITTED, `${JSON.stringify({ measured, seconds }, null, 2)}\n`);
console.log(`test/durations.json: ${Object.keys(seconds).length} files of at least a second (${measured})`);
