#!/usr/bin/env node
// npm run build: install dependencies if needed, then build the three apps.
import { ensureDependencies } from './lib/ensure-deps.mjs';
ensureDependencies();
const { buildApps } = await import('./lib/build-apps.mjs');
buildApps({ force: process.argv.includes('--force') });
