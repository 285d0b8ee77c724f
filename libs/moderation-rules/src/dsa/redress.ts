/**
 * Redress information (DSA Arts 17(3)(f), 20(5) and 21): what a person affected by a moderation
 * decision, or a notifier, can do about it besides the platform's own complaint procedure —
 * certified out-of-court dispute settlement bodies and the courts.
 *
 * Pure: the settings are read from an environment-like record once at start-up
 * (`readRedressSettings`, which throws naming the variable on a bad value) and every place that
 * tells a person about redress (complaint outcomes, statements of reasons, notice decisions) calls
 * `redressInformation(settings)` so they all say the same thing.
 */

/** A certified out-of-court dispute settlement body (Art. 21(3)). */
export interface DisputeSettlementBody {
  name: string;
  url: string;
}

export interface RedressSettings {
  /** The bodies this service names to users (may be empty: then only the general URL is given). */
  bodies: DisputeSettlementBody[];
  /** Where users find the list of certified bodies (the Commission's page by default). */
  informationUrl: string;
}

/** What every redress message carries (the same shape in events, statements and API answers). */
export interface RedressInformation {
  /** Art. 21: out-of-court dispute settlement. */
  outOfCourtDisputeSettlement: {
    bodies: DisputeSettlementBody[];
    informationUrl: string;
    /** Choosing a body does not take away the right to go to court; the body's decision is not binding on the user. */
    description: string;
  };
  /** Judicial redress: always available (Art. 21(1), last subparagraph). */
  judicialRedress: string;
}

/** The European Commission's page listing the certified out-of-court dispute settlement bodies. */
export const DEFAULT_DISPUTE_SETTLEMENT_INFO_URL = 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement';

export const REDRESS_ENV = {
  bodies: 'DSA_DISPUTE_SETTLEMENT_BODIES',
  informationUrl: 'DSA_DISPUTE_SETTLEMENT_INFO_URL',
} as const;

const OUT_OF_COURT_DESCRIPTION =
  'You may refer this decision to a certified out-of-court dispute settlement body of your choice (Art. 21 DSA). Its decision is not binding on you, and doing so does not affect your right to go to court.';
const JUDICIAL_REDRESS = 'You may also challenge this decision before the competent national court at any time.';

function httpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Reads DSA_DISPUTE_SETTLEMENT_BODIES (a JSON array of `{ "name", "url" }`, at most 50) and
 * DSA_DISPUTE_SETTLEMENT_INFO_URL (an http(s) URL). Throws an Error naming the variable when a
 * value is invalid, so the process stops at start-up.
 */
export function readRedressSettings(env: Record<string, string | undefined>): RedressSettings {
  const rawUrl = env[REDRESS_ENV.informationUrl];
  const informationUrl = rawUrl === undefined || rawUrl === '' ? DEFAULT_DISPUTE_SETTLEMENT_INFO_URL : rawUrl;
  if (!httpUrl(informationUrl)) throw new Error(`${REDRESS_ENV.informationUrl} must be an http(s) URL (got "${rawUrl}")`);
  const rawBodies = env[REDRESS_ENV.bodies];
  if (rawBodies === undefined || rawBodies.trim() === '') return { bodies: [], informationUrl };
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBodies);
  } catch {
    throw new Error(`${REDRESS_ENV.bodies} must be a JSON array of {"name","url"} objects (not valid JSON)`);
  }
  if (!Array.isArray(parsed) || parsed.length > 50) throw new Error(`${REDRESS_ENV.bodies} must be a JSON array of at most 50 {"name","url"} objects`);
  const bodies = parsed.map((b: unknown, i) => {
    const o = b as { name?: unknown; url?: unknown } | null;
    if (!o || typeof o !== 'object' || typeof o.name !== 'string' || !o.name.trim() || o.name.length > 200) {
      throw new Error(`${REDRESS_ENV.bodies}[${i}].name must be a non-empty string of at most 200 characters`);
    }
    if (!httpUrl(o.url)) throw new Error(`${REDRESS_ENV.bodies}[${i}].url must be an http(s) URL`);
    return { name: o.name.trim(), url: o.url };
  });
  return { bodies, informationUrl };
}

/** The redress information to give a person with a decision or a complaint outcome. */
export function redressInformation(settings: RedressSettings): RedressInformation {
  return {
    outOfCourtDisputeSettlement: {
      bodies: settings.bodies.map((b) => ({ ...b })),
      informationUrl: settings.informationUrl,
      description: OUT_OF_COURT_DESCRIPTION,
    },
    judicialRedress: JUDICIAL_REDRESS,
  };
}

/** The same information as plain-text lines (for messages and statements' free-text fields). */
export function redressLines(info: RedressInformation): string[] {
  const ood = info.outOfCourtDisputeSettlement;
  return [
    ood.description,
    ...ood.bodies.map((b) => `${b.name}: ${b.url}`),
    `Certified bodies: ${ood.informationUrl}`,
    info.judicialRedress,
  ];
}
