// Installs npm dependencies when node_modules is missing or older than package-lock.json.
// Runs before anything else, so it uses Node built-ins only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const CACHE_DIR = path.join(ROOT, '.cache');

/**
 * Dependencies are pinned by the lock file and patched by patches/ (patch-package, run by npm's
 * postinstall); script edits in package.json need no reinstall.
 */
function lockHash() {
  const patchesDir = path.join(ROOT, 'patches');
  const patches = fs.existsSync(patchesDir) ? fs.readdirSync(patchesDir).sort().map((f) => path.join('patches', f)) : [];
  const files = ['package-lock.json', ...patches].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f));
  const h = createHash('sha256');
  for (const f of files) h.update(fs.readFileSync(f));
  return h.digest('hex');
}

export function ensureDependencies(log = console.log, { outputToStderr = false } = {}) {
  const marker = path.join(ROOT, 'node_modules', '.parley-deps.sha256');
  const want = lockHash();
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === want) return false;
  // A fresh clone gets exactly the lock file (npm ci); an existing tree is updated in place.
  const fresh = !fs.existsSync(path.join(ROOT, 'node_modules'));
  const hasLock = fs.existsSync(path.join(ROOT, 'package-lock.json'));
  const args = fresh && hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  log(`deps: node_modules missing or stale — running npm ${args[0]} (progress below)…`);
  const started = Date.now();
  const res = spawnSync('npm', args, { cwd: ROOT, stdio: outputToStderr ? ['inherit', 2, 2] : 'inherit', env: { ...process.env, npm_config_progress: 'true' } });
  if (res.status !== 0) throw new Error(`npm ${args[0]} failed (exit ${res.status}); check your network access to the npm registry`);
  fs.writeFileSync(marker, want);
  log(`deps: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
