// Builds the three apps with the Nest CLI (webpack, monorepo mode). Skips the build when
// no source, config or lock file changed since the last one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { registerCleanup } from '../infra/process-group.mjs';
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
  files.push(...['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'webpack.config.js'].map((f) => path.join(ROOT, f)));
  const h = createHash('sha256');
  for (const f of files) if (fs.existsSync(f)) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex');
}

export function appEntry(app) {
  return path.join(ROOT, 'dist', 'apps', app, 'main.js');
}

/** The comment import CLI, bundled with comments-api (a second webpack entry, see webpack.config.js). */
export const IMPORT_ENTRY = path.join(ROOT, 'dist', 'apps', 'comments-api', 'import.js');

/** Every file the build makes that a command runs: a build missing one of them is not up to date. */
const BUNDLES = [...APPS.map(appEntry), IMPORT_ENTRY];

function run(label, command, args, log) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Interrupted (SIGTERM, Ctrl-C) while building: the build stops too.
    const unregister = registerCleanup(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => {
      unregister();
      if (code === 0) {
        log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else reject(new Error(`${label} failed (exit ${code}):\n${out.split('\n').filter((l) => !l.includes('npm warn')).slice(-60).join('\n')}`));
    });
  });
}

/**
 * Type-checks the whole repository once and bundles the three apps, in parallel. Skipped
 * when nothing changed since the last successful build.
 */
export async function buildApps({ force = false, log = console.log } = {}) {
  const marker = path.join(CACHE_DIR, 'build.sha256');
  const want = sourceHash();
  if (!force && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === want && BUNDLES.every((f) => fs.existsSync(f))) {
    log('build: up to date');
    return false;
  }
  const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
  log(`build: type-checking and bundling ${APPS.join(', ')} in parallel…`);
  await Promise.all([
    run('type-check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], log),
    ...APPS.map((app) => run(app, bin('nest'), ['build', app], log)),
  ]);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(marker, want);
  return true;
}
