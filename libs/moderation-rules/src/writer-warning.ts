import type { Decision } from './types';

/** One reason as the writer of a draft may see it: no rule ids, explanations or scores. */
export interface WriterReason {
  category: string;
  action: 'flag' | 'reject';
  /** Fit to show the writer. */
  message: string;
  excerpt?: string;
  start?: number;
  end?: number;
}

/** What a draft check tells its writer: the would-be decision and why. */
export interface WriterWarning {
  decision: 'approved' | 'flagged' | 'rejected';
  reasons: WriterReason[];
}

/**
 * The writer-facing view of a decision ("warn the writer before posting"): one reason per
 * message and excerpt (the writer needs to know what to change, not every rule that agreed).
 */
export function writerWarning(d: Pick<Decision, 'decision' | 'reasons'>): WriterWarning {
  const reasons: WriterReason[] = [];
  const seen = new Set<string>();
  for (const r of d.reasons) {
    const key = `${r.message}\u0000${r.excerpt ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reason: WriterReason = { category: r.category, action: r.action, message: r.message };
    if (r.excerpt !== undefined) Object.assign(reason, { excerpt: r.excerpt, start: r.start, end: r.end });
    reasons.push(reason);
  }
  return { decision: d.decision, reasons };
}
