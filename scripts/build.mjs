#!/usr/bin/env node
// npm run build: install dependencies if needed, type-check, and build the three apps.
import { ensureDependencies } from './lib/ensure-deps.mjs';
ensureDependencies();
const { buildApps } = await import('./lib/build-apps.mjs');
try {
  await buildApps({ force: process.argv.includes('--force') });
} catch (err) {
  console.error(`\n${err.message}`);
  process.exit(1);
}
