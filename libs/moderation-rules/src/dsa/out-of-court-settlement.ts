/**
 * Out-of-court dispute settlement (Art. 21 DSA): what every statement of reasons and every
 * decision on a notice or complaint tells people about certified bodies. Read from the
 * environment once at start-up by each app that issues statements; this is the one place to
 * change what is said.
 */
export interface OutOfCourtSettlementInfo {
  /** The sentence shown with the redress options. */
  text: string;
  /** Where the certified bodies are listed (the Commission's list unless configured). */
  url: string;
  /** Certified bodies the service works with, when configured. */
  bodies: Array<{ name: string; url: string | null }>;
}

export const COMMISSION_ODS_LIST_URL = 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement';

type Env = Record<string, string | undefined>;

/**
 * `DSA_OUT_OF_COURT_URL` (http(s) URL) and `DSA_OUT_OF_COURT_BODIES` (`Name|https://url;Other`).
 * Throws naming the variable when a value is malformed.
 */
export function outOfCourtSettlementInfo(env: Env = {}): OutOfCourtSettlementInfo {
  const url = env.DSA_OUT_OF_COURT_URL?.trim() || COMMISSION_ODS_LIST_URL;
  assertHttpUrl(url, 'DSA_OUT_OF_COURT_URL');
  const bodies = (env.DSA_OUT_OF_COURT_BODIES ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, link] = entry.split('|').map((s) => s.trim());
      if (!name) throw new Error(`DSA_OUT_OF_COURT_BODIES: an entry has no name ("${entry}")`);
      if (link) assertHttpUrl(link, 'DSA_OUT_OF_COURT_BODIES');
      return { name, url: link || null };
    });
  const named = bodies.length ? ` such as ${bodies.map((b) => b.name).join(', ')}` : '';
  return {
    text: `You may also refer the decision to an out-of-court dispute settlement body certified under Art. 21 of the Digital Services Act${named}. The list of certified bodies: ${url}`,
    url,
    bodies,
  };
}

export function assertHttpUrl(value: string, name: string): void {
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) throw new Error(`${name} must be an http(s) URL (got "${value}")`);
}
