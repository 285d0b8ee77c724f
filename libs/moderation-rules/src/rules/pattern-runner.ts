/**
 * Runs a user-supplied regular expression over a text in bounded time.
 *
 * Patterns are statically checked (regex-safety.ts) so exponential backtracking is refused, but a
 * single unbounded repeat such as `\w+@` is still quadratic in the length of the text when it fails
 * at every start position (≈ 0.5 s for 20,000 characters in V8). Texts longer than WINDOW are
 * therefore searched in overlapping windows: the cost is at most (n / (WINDOW - OVERLAP)) × WINDOW²
 * steps, a few milliseconds for the largest evaluated comment. A match longer than OVERLAP that
 * crosses a window edge can be missed — acceptable for moderation patterns, which match words or
 * short phrases.
 */
export const WINDOW = 1024;
export const OVERLAP = 256;

export interface CompiledPattern {
  /** Up to `max` non-overlapping matches as [start, end) offsets, in order. */
  findAll(text: string, max: number): Array<[number, number]>;
}

export function compilePattern(source: string, flags: string): CompiledPattern {
  const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');

  function searchWindow(text: string, offset: number, acceptBelow: number, out: Array<[number, number]>, max: number, from: number): number {
    re.lastIndex = 0;
    let last = from;
    let m: RegExpExecArray | null;
    while (out.length < max && (m = re.exec(text)) !== null) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
      if (start >= acceptBelow) break;
      if (start < last || m[0].length === 0) continue;
      out.push([start, end]);
      last = end;
    }
    return last;
  }

  return {
    findAll(text, max) {
      const out: Array<[number, number]> = [];
      if (text.length <= WINDOW) {
        searchWindow(text, 0, Infinity, out, max, 0);
        return out;
      }
      let covered = 0;
      for (let offset = 0; offset < text.length && out.length < max; offset += WINDOW - OVERLAP) {
        const isLast = offset + WINDOW >= text.length;
        const acceptBelow = isLast ? Infinity : offset + WINDOW - OVERLAP;
        covered = searchWindow(text.slice(offset, offset + WINDOW), offset, acceptBelow, out, max, covered);
        if (isLast) break;
      }
      return out;
    },
  };
}
