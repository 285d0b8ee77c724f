import fs from 'node:fs';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';

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

export interface ChromiumOptions {
  /** The options of each test's browser context (viewport, timezoneId, acceptDownloads, …). */
  context?: BrowserContextOptions;
  /** Prepares each test's page before the test runs, e.g. collects its dialogs. */
  setUpPage?: (page: Page) => void | Promise<void>;
  /** false: only the browser is launched and closed; the tests open their pages themselves. Default true. */
  pagePerTest?: boolean;
}

/** The browser of a describe block, and the context and page of the running test. */
export interface ChromiumSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /**
   * Closes the test's context and opens a new one (with `options`, set up like the first) with a
   * page, which `page` then returns; it is closed after the test like the first.
   */
  replaceContext(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Headless Chromium for the tests of the enclosing describe block (`what`: the test, for the
 * message when Chromium is missing). Registers jest hooks where it is called: beforeAll launches
 * the browser, beforeEach opens each test a context of its own (`options.context`) with one page
 * (set up by `options.setUpPage`), afterEach closes that context, afterAll the browser. Jest runs
 * hooks of one block in the order they are registered, so calling it before the spec's own hooks
 * launches the browser before the spec's beforeAll runs and closes it before the spec's afterAll.
 */
export function useChromium(what: string, options: ChromiumOptions = {}): ChromiumSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const open = async (contextOptions: BrowserContextOptions | undefined) => {
    context = await session.browser.newContext(contextOptions);
    page = await context.newPage();
    await options.setUpPage?.(page);
    return page;
  };
  const session: ChromiumSession = {
    get browser() {
      if (!browser) throw new Error(`Chromium for ${what} is not running (it runs from beforeAll to afterAll)`);
      return browser;
    },
    get context() {
      if (!context) throw new Error(`${what} has no browser context here (${options.pagePerTest === false ? 'its tests open their own pages' : 'each test has one, from beforeEach to afterEach'})`);
      return context;
    },
    get page() {
      if (!page) throw new Error(`${what} has no page here (${options.pagePerTest === false ? 'its tests open their own pages' : 'each test has one, from beforeEach to afterEach'})`);
      return page;
    },
    async replaceContext(contextOptions) {
      await session.context.close();
      return open(contextOptions);
    },
  };

  beforeAll(async () => {
    requireChromium(what);
    browser = await launchChromium();
  });
  if (options.pagePerTest !== false) {
    beforeEach(() => open(options.context));
    afterEach(async () => {
      const closing = context;
      context = undefined;
      page = undefined;
      await closing?.close();
    });
  }
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return session;
}
