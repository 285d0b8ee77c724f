import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The capability a notifier without an account complains with (DSA Art. 20): an HMAC-SHA256,
 * keyed by NOTICE_COMPLAINT_SECRET, over the notice id, the notifier's e-mail and the end of
 * the complaint window (six months after they were informed of the decision). Format:
 * `<expiry, unix seconds>.<base64url MAC>`. Only the holder of the e-mail can complain.
 */
export function mintNoticeComplaintToken(secret: string, noticeId: string, email: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${exp}.${mac(secret, noticeId, email, exp)}`;
}

export type NoticeComplaintTokenCheck = { ok: true; expiresAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'expired'; expiresAt?: Date };

/** Checks a token against the notice and e-mail it must have been minted for. */
export function checkNoticeComplaintToken(secret: string, token: string, noticeId: string, email: string, now = new Date()): NoticeComplaintTokenCheck {
  const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const exp = Number(m[1]);
  const want = Buffer.from(mac(secret, noticeId, email, exp));
  const got = Buffer.from(m[2]);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(exp * 1000);
  if (expiresAt <= now) return { ok: false, reason: 'expired', expiresAt };
  return { ok: true, expiresAt };
}

function mac(secret: string, noticeId: string, email: string, exp: number): string {
  return createHmac('sha256', secret).update(`parley.notice-complaint\n${noticeId}\n${email.toLowerCase()}\n${exp}`).digest('base64url');
}
