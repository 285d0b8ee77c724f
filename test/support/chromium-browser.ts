import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium, where `npm test` provides it (scripts/lib/chromium.mjs): CHROMIUM_PATH, else /usr/bin/chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, no sandbox (containers run as root), and nothing that talks to the network on its own. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails a browser test at once when Chromium is missing (`what`: the test, for the message). */
export function requireChromium(what: string): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: ${what} needs Debian's chromium package (apt-get install -y chromium, or set CHROMIUM_PATH); npm test installs it`);
}

/** Launches headless Chromium for a browser test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
