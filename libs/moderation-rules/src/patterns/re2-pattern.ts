import { RE2JS } from 're2js';

/**
 * Moderator- and admin-supplied regular expressions (pattern rules, the links rule's extra
 * pattern) are written in JavaScript syntax and run on RE2 semantics (the `re2js` engine): RE2
 * matches in time linear in the length of the text whatever the pattern, so no pattern can make a
 * worker backtrack. V8's own RegExp never runs them; it only parses them at validation time (see
 * pattern-syntax.ts), so a pattern means what a JavaScript reader of it expects.
 *
 * Why re2js (measured in docs/benchmarks.md): it is plain JavaScript, so it installs from the
 * registry alone (the native `re2` package downloads a prebuilt binary from GitHub or compiles
 * RE2 and abseil with a C++ toolchain; `re2-wasm` has not been released since 2021 and forces the
 * `u` flag). A comment that does not match costs one DFA pass (`test`, no captures); match
 * offsets are computed only when there is a match.
 */

export interface CompiledPattern {
  /**
   * Up to `max` non-empty, non-overlapping matches as [start, end) UTF-16 offsets, in order.
   * `stop` is asked after each match; when it returns true the search ends early.
   */
  findAll(text: string, max: number, stop?: () => boolean): Array<[number, number]>;
}

/** RE2 flags for the JavaScript flag letters a pattern may carry (`u` changes nothing: RE2 always reads code points). */
function re2Flags(flags: string): number {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  return f;
}

/** Compiles a JavaScript-syntax pattern for RE2. Throws (an RE2JS exception) when RE2 cannot express it. */
export function compileRe2(source: string, flags: string): RE2JS {
  return RE2JS.compile(RE2JS.translateRegExp(source), re2Flags(flags));
}

/** Compiles a pattern that validation accepted (see checkPattern). */
export function compilePattern(source: string, flags: string): CompiledPattern {
  const re = compileRe2(source, flags);
  return {
    findAll(text, max, stop) {
      const out: Array<[number, number]> = [];
      if (max <= 0 || !re.test(text)) return out;
      const m = re.matcher(text);
      while (out.length < max && m.find()) {
        const start = m.start();
        const end = m.end();
        if (end > start) out.push([start, end]);
        if (stop?.()) break;
      }
      return out;
    },
  };
}
