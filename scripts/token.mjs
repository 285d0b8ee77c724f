#!/usr/bin/env node
// npm run token -- [--sub ID] [--name NAME] [--roles commenter,moderator,admin] [--expires 12h]
// Prints a development bearer token signed with AUTH_JWT_SECRET (or the development default).
import { createRequire } from 'node:module';
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { DEV_JWT_SECRET } from './lib/dev-env.mjs';

ensureDependencies((m) => process.stderr.write(m + '\n'));
const require = createRequire(import.meta.url);
const jwt = require('jsonwebtoken');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help')) {
  console.log('usage: npm run token -- [--sub ID] [--name NAME] [--roles commenter,moderator,admin] [--expires 12h]');
  process.exit(0);
}
const roles = opt('roles', 'commenter').split(',').map((r) => r.trim()).filter(Boolean);
const bad = roles.filter((r) => !['commenter', 'moderator', 'admin'].includes(r));
if (bad.length) {
  console.error(`unknown role(s): ${bad.join(', ')} (use commenter, moderator, admin)`);
  process.exit(2);
}
const secret = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET;
const sub = opt('sub', 'dev-user');
console.log(jwt.sign({ name: opt('name', sub), roles }, secret, { algorithm: 'HS256', subject: sub, expiresIn: opt('expires', '12h') }));
