import { compileRe2 } from './re2-pattern';

/**
 * Validation of a moderator-supplied regular expression. Patterns are written in JavaScript
 * syntax and run on RE2 (re2-pattern.ts), which matches in linear time, so there is no
 * backtracking to guard against. What is checked:
 *
 *  - size and flags (`i`, `m`, `s`, `u`; `g` and `y` make no sense for a rule);
 *  - the pattern is valid JavaScript under its flags (parsed by V8, never run), so it means what
 *    a reader of it expects;
 *  - features RE2 does not have are refused by name: lookahead `(?=` `(?!`, lookbehind `(?<=`
 *    `(?<!`, back-references `\1` `\k<name>`;
 *  - escapes that mean something else without the `u` flag (`\u{…}`, `\p{…}`, `\P{…}`: in
 *    JavaScript without `u`, `\u{1,9}` is the letter u repeated 1 to 9 times) and escapes that
 *    RE2 reads differently from JavaScript (`\A`, `\z`, `\Q…\E`, `\C`, POSIX classes `[[:alpha:]]`);
 *  - RE2 compiles it (e.g. repeat counts above 1000 are refused).
 */

export const MAX_PATTERN_LENGTH = 1000;
export const ALLOWED_FLAGS = 'imsu';

export interface PatternProblem {
  field: 'pattern' | 'flags';
  message: string;
}

/** Escapes of letters that mean the same in JavaScript and RE2 (`u` and `p`/`P` are handled apart). */
const SHARED_LETTER_ESCAPES = new Set('dDwWsSbBtnrfvxc');

function unsupported(feature: string, example: string): string {
  return `${feature} ${example} is not supported: custom patterns run on RE2, which matches in linear time and has no ${feature.replace(/^negative /, '')}`;
}

/** Scans the source for constructs RE2 lacks or reads differently; returns the first problem. */
function scan(src: string, unicode: boolean): string | null {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      const braced = src[i + 2] === '{';
      if (!inClass && next >= '1' && next <= '9') return unsupported('back-reference', `\\${next}`);
      if (!inClass && next === 'k' && src[i + 2] === '<') return unsupported('back-reference', '\\k<name>');
      if (next === 'u' && braced && !unicode) {
        return 'escape \\u{…} without the u flag means the letter u repeated (\\u{1,9} is "u" 1 to 9 times); add the u flag for a code point, or write u{1,9} for the repeat';
      }
      if ((next === 'p' || next === 'P') && !unicode) {
        return `escape \\${next} without the u flag is the letter ${next} in JavaScript but a Unicode class in RE2; add the u flag for \\${next}{…}, or write ${next} without a backslash`;
      }
      if (/[A-Za-z]/.test(next) && !SHARED_LETTER_ESCAPES.has(next) && next !== 'u' && next !== 'p' && next !== 'P' && next !== 'k') {
        return `escape \\${next} means something else in RE2 than in JavaScript; write ${next} without a backslash`;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '[' && src[i + 1] === ':') return 'POSIX classes ([:alpha:]) are read differently by JavaScript and RE2; use \\w, \\d, \\s or a range';
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (src[i + 1] === '^') i++;
      if (src[i + 1] === ']') i++; // `[]` and `[^]`: JavaScript closes the class at once
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const a = src[i + 2];
      const b = src[i + 3];
      if (a === '=') return unsupported('lookahead', '(?=…)');
      if (a === '!') return unsupported('negative lookahead', '(?!…)');
      if (a === '<' && b === '=') return unsupported('lookbehind', '(?<=…)');
      if (a === '<' && b === '!') return unsupported('negative lookbehind', '(?<!…)');
    }
  }
  return null;
}

/**
 * Returns null when `pattern` with `flags` can be used as a custom pattern, otherwise which field
 * is wrong and why.
 */
export function checkPattern(pattern: string, flags = ''): PatternProblem | null {
  if (typeof pattern !== 'string' || pattern.length === 0) return { field: 'pattern', message: 'must be a non-empty string' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { field: 'pattern', message: `must be at most ${MAX_PATTERN_LENGTH} characters` };
  for (const f of flags) {
    if (!ALLOWED_FLAGS.includes(f)) return { field: 'flags', message: `flag '${f}' is not allowed (allowed: ${ALLOWED_FLAGS})` };
  }
  if (new Set(flags).size !== flags.length) return { field: 'flags', message: 'duplicate flags' };
  try {
    new RegExp(pattern, flags); // parsed only, never run
  } catch (e) {
    return { field: 'pattern', message: `invalid regular expression: ${(e as Error).message}` };
  }
  const problem = scan(pattern, flags.includes('u'));
  if (problem) return { field: 'pattern', message: problem };
  try {
    compileRe2(pattern, flags);
  } catch (e) {
    return { field: 'pattern', message: `not supported by RE2: ${(e as Error).message.replace(/^error parsing regexp: /, '')}` };
  }
  return null;
}
