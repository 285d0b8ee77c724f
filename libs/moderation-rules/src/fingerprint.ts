import { CLS, MASK, CLASS_MASK, C_LETTER, C_DIGIT, LETTERS, classifyAstral } from './normalise/char-table';

/**
 * Stable fingerprint of a comment's normalised text, used to detect the same text posted again
 * (by one author, or by many). Case, diacritics, look-alike characters, leetspeak digits,
 * invisible characters, punctuation and symbols, spacing and stretched letters are all ignored,
 * so "Buy CHEAP pills!!!", "buy cheap pills" and "b u y  ch3ap piiills" share one fingerprint.
 *
 * Format: 16 lowercase hex digits (64-bit FNV-1a over the canonical letters). The canonical form is
 * part of the contract: changing it changes every fingerprint, so treat it as versioned ("v1").
 * Linear time, no allocation proportional to the input.
 */
export function fingerprint(text: string): string {
  let lo = 0x84222325;
  let hi = 0xcbf29ce4;
  let prev = -1;
  const len = typeof text === 'string' ? text.length : 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    let mask: number;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d < 0xdc00 || d >= 0xe000) continue;
      const packed = classifyAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      cls = packed & CLASS_MASK;
      mask = packed >>> 3;
      i++;
    } else {
      cls = CLS[c] & CLASS_MASK;
      mask = MASK[c];
    }
    if (cls !== C_LETTER && cls !== C_DIGIT) continue;
    const letters = mask & LETTERS;
    let code: number;
    if (letters !== 0) code = 97 + (31 - Math.clz32(letters & -letters));
    else if (cls === C_LETTER && c < 0xd800)
      code = c; // letters of other scripts: keep as they are
    else continue;
    if (code === prev) continue; // stretched letters
    prev = code;
    // FNV-1a 64-bit step on the UTF-16 code unit, with 32-bit halves.
    lo = (lo ^ code) >>> 0;
    const l = lo * 0x1b3;
    const h = hi * 0x1b3 + ((lo << 8) >>> 0);
    lo = l >>> 0;
    hi = (h + Math.floor(l / 0x100000000)) >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Length of the canonical text a fingerprint is computed from (used to ignore very short texts). */
export function canonicalLength(text: string): number {
  let n = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = CLS[c] & CLASS_MASK;
    if (cls !== C_LETTER && cls !== C_DIGIT) continue;
    const letters = MASK[c] & LETTERS;
    const code = letters !== 0 ? 97 + (31 - Math.clz32(letters & -letters)) : cls === C_LETTER ? c : -1;
    if (code < 0 || code === prev) continue;
    prev = code;
    n++;
  }
  return n;
}
