#!/usr/bin/env node
// npm run token -- [--sub ID] [--name NAME] [--roles commenter,moderator,admin] [--expires 12h]
// Prints a development bearer token (HS256 JWT) signed with AUTH_JWT_SECRET or the
// development default. Node built-ins only, so it works before npm install.
import { createHmac } from 'node:crypto';
import { DEV_JWT_SECRET } from './lib/dev-env.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help')) {
  console.log('usage: npm run token -- [--sub ID] [--name NAME] [--roles commenter,moderator,admin] [--expires 12h|30m|3600]');
  process.exit(0);
}
const roles = opt('roles', 'commenter').split(',').map((r) => r.trim()).filter(Boolean);
const bad = roles.filter((r) => !['commenter', 'moderator', 'admin'].includes(r));
if (bad.length) {
  console.error(`unknown role(s): ${bad.join(', ')} (use commenter, moderator, admin)`);
  process.exit(2);
}
const expires = opt('expires', '12h');
const m = /^(\d+)([smhd]?)$/.exec(expires);
if (!m) {
  console.error(`--expires takes a number of seconds or a duration such as 30m, 12h, 7d (got "${expires}")`);
  process.exit(2);
}
const seconds = Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
const now = Math.floor(Date.now() / 1000);
const sub = opt('sub', 'dev-user');
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, name: opt('name', sub), roles, iat: now, exp: now + seconds })}`;
const signature = createHmac('sha256', process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET).update(unsigned).digest('base64url');
console.log(`${unsigned}.${signature}`);
