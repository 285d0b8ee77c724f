#!/usr/bin/env node
// npm run update:disposable-domains: moves the shipped disposable-email list (the npm package
// disposable-email-domains, MIT) to its newest release through npm, and prints the version and
// domain count before and after. Commit package.json and package-lock.json afterwards; a
// running comments-api picks the new list up when it restarts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = 'disposable-email-domains';

function current() {
  try {
    const version = spawnSync(process.execPath, ['-p', `require('${PKG}/package.json').version`], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const count = spawnSync(process.execPath, ['-p', `require('${PKG}').length`], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    return { version: version || 'none', count: Number(count) || 0 };
  } catch {
    return { version: 'none', count: 0 };
  }
}

const before = current();
console.error(`[disposable-domains] installed: ${PKG}@${before.version} (${before.count} domains)`);
const res = spawnSync('npm', ['install', '--save', '--no-audit', '--no-fund', `${PKG}@latest`], { cwd: ROOT, stdio: 'inherit' });
if (res.status !== 0) {
  console.error(`[disposable-domains] npm install failed (exit ${res.status}); nothing changed`);
  process.exit(1);
}
const after = current();
console.error(`[disposable-domains] now: ${PKG}@${after.version} (${after.count} domains)${after.version === before.version ? ' (already the newest)' : ''}`);
console.error('[disposable-domains] record the version in docs/moderation.md ("Email-domain rules") and commit package.json and package-lock.json');
