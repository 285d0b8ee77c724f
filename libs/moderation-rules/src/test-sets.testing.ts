import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A line of a guideline test set (libs/moderation-rules/test-sets/*.jsonl). */
export interface TestSetCase {
  text: string;
  expect: 'held' | 'pass';
  kind: string;
}

/** Every line of the guideline test sets (all, or the files `only` keeps), for the specs (not part of the library's API). */
export function readTestSets(only: (file: string) => boolean = () => true): TestSetCase[] {
  const dir = join(__dirname, '..', 'test-sets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && only(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TestSetCase));
}
