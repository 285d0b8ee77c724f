// Builds the three apps with the Nest CLI (webpack, monorepo mode). Skips the build when
// no source, config or lock file changed since the last one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CACHE_DIR, ROOT } from './ensure-deps.mjs';

export const APPS = ['comments-api', 'moderation-worker', 'notifications'];

function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (!entry.name.endsWith('.spec.ts')) out.push(p);
  }
  return out;
}

function sourceHash() {
  const files = [...walk(path.join(ROOT, 'apps'), []), ...walk(path.join(ROOT, 'libs'), [])].sort();
  files.push(...['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'].map((f) => path.join(ROOT, f)));
  const h = createHash('sha256');
  for (const f of files) if (fs.existsSync(f)) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex');
}

export function appEntry(app) {
  return path.join(ROOT, 'dist', 'apps', app, 'main.js');
}

export function buildApps({ force = false, log = console.log } = {}) {
  const marker = path.join(CACHE_DIR, 'build.sha256');
  const want = sourceHash();
  if (!force && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === want && APPS.every((a) => fs.existsSync(appEntry(a)))) {
    log('build: up to date');
    return false;
  }
  const nest = path.join(ROOT, 'node_modules', '.bin', 'nest');
  for (const [i, app] of APPS.entries()) {
    const started = Date.now();
    log(`build: [${i + 1}/${APPS.length}] ${app}…`);
    const res = spawnSync(nest, ['build', app], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (res.status !== 0) throw new Error(`build of ${app} failed (exit ${res.status})`);
    log(`build: ${app} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(marker, want);
  return true;
}
