import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** The WCAG 2.x A and AA rule sets the pages are held to (axe-core tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

/** One line per violated rule, then one per element: rule id, impact, what it asks, target selectors. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now and fails with a readable list of
 * the violations (rule id, impact, target selectors). axe is injected through the DevTools
 * protocol (page.evaluate), so a page's content security policy does not stop it.
 */
export async function expectAccessible(page: Page, state: string, opts: { include?: string } = {}): Promise<void> {
  // (browser code as text: the tests compile without the DOM library)
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(${opts.include ? `{ include: [${JSON.stringify(opts.include)}] }` : 'document'}, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  })()`)) as AxeViolation[];
  if (violations.length) {
    throw new Error(`axe-core found ${violations.length} WCAG 2.2 A/AA violation(s) in ${state}:\n${describeViolations(violations)}`);
  }
}

export interface FocusedElement {
  tag: string;
  testid: string | null;
  id: string;
  label: string;
  /** data-id of the nearest enclosing element that has one (the comment or queue item it belongs to). */
  within: string | null;
  /** The element matches :focus-visible and draws an outline or a box shadow of its own. */
  visible: boolean;
}

/** What has the keyboard focus, and whether its focus indicator is visible. */
export function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(`(() => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    if (!e || e === document.body || e === document.documentElement) return null;
    const s = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const owner = e.closest('[data-id]');
    return {
      tag: e.tagName.toLowerCase(),
      testid: e.getAttribute('data-testid'),
      id: e.id,
      label: (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 80),
      within: owner ? owner.getAttribute('data-id') : null,
      visible: e.matches(':focus-visible') && (outline || shadow) && box.width > 0 && box.height > 0,
    };
  })()`) as Promise<FocusedElement | null>;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `want`, checking on every step that
 * the focus indicator is visible. Fails naming the path taken when `want` is not reached in `max` steps.
 */
export async function tabTo(page: Page, want: (f: FocusedElement) => boolean, opts: { max?: number; backwards?: boolean } = {}): Promise<FocusedElement> {
  const path: string[] = [];
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(opts.backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f) {
      path.push(`${f.tag}${f.testid ? `[data-testid=${f.testid}]` : f.id ? `#${f.id}` : ''} "${f.label}"`);
      if (!f.visible) throw new Error(`the focus indicator of ${path[path.length - 1]} is not visible`);
      if (want(f)) return f;
    } else path.push('(document)');
  }
  throw new Error(`the wanted element was not reached by keyboard; focus went through:\n  ${path.join('\n  ')}`);
}

/** Checks that something has the focus and shows it. */
export async function expectFocusVisible(page: Page, what: string): Promise<FocusedElement> {
  const f = await focused(page);
  if (!f) throw new Error(`nothing has the focus after ${what}`);
  if (!f.visible) throw new Error(`the focus indicator of ${f.tag}[data-testid=${f.testid}] is not visible after ${what}`);
  return f;
}
