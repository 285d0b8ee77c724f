import { readRedressSettings, redressInformation } from './redress';

/**
 * Out-of-court dispute settlement (Art. 21 DSA) as statements of reasons and decisions on notices
 * put it: one sentence, the list of certified bodies and the bodies named. It reads the same
 * settings as every other redress message (`readRedressSettings`: DSA_DISPUTE_SETTLEMENT_BODIES,
 * DSA_DISPUTE_SETTLEMENT_INFO_URL), so all of them say the same thing.
 */
export interface OutOfCourtSettlementInfo {
  /** The sentence shown with the redress options. */
  text: string;
  /** Where the certified bodies are listed (the Commission's list unless configured). */
  url: string;
  /** Certified bodies the service names, when configured. */
  bodies: Array<{ name: string; url: string | null }>;
}

type Env = Record<string, string | undefined>;

/** Throws naming the variable when a value is malformed (see readRedressSettings). */
export function outOfCourtSettlementInfo(env: Env = {}): OutOfCourtSettlementInfo {
  const info = redressInformation(readRedressSettings(env as NodeJS.ProcessEnv)).outOfCourtDisputeSettlement;
  const named = info.bodies.length ? ` Certified bodies: ${info.bodies.map((b) => `${b.name} (${b.url})`).join(', ')}.` : '';
  return {
    text: `${info.description}${named} The list of certified bodies: ${info.informationUrl}`,
    url: info.informationUrl,
    bodies: info.bodies.map((b) => ({ name: b.name, url: b.url })),
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
