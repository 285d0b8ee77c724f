// Browser tests drive Debian's Chromium with playwright-core. Installs it with apt when it is
// missing and we are root; otherwise says how to install it.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium(log = console.log) {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) {
    throw new Error(`chromium not found at ${CHROMIUM}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  log('chromium: not installed — apt-get install chromium (about a minute)…');
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', 'chromium']]) {
    const res = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (res.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${res.status}); install chromium by hand or set CHROMIUM_PATH`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium installed but ${CHROMIUM} is missing; set CHROMIUM_PATH`);
  log(`chromium: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CHROMIUM;
}
