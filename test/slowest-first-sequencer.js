// Jest's test order for `npm test`: the slowest test files first, so that no worker is left
// running a long file alone at the end of the run. Jest orders by the durations in its own cache
// (under the system's temporary directory), which a fresh machine such as CI does not have: it
// then orders by file size, and a short file that runs for two minutes (the schema fuzzer)
// started last. This sequencer falls back on the durations of a full run committed in
// test/durations.json (refreshed with `npm run test:durations` after `npm test`), then on a
// typical time per kind of file. Files that failed in the cached last run still come first.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const durations = require('./durations.json');

const ROOT = path.resolve(__dirname, '..');
/** Seconds for a file that is in neither Jest's cache nor durations.json (a new file). */
const TYPICAL_SECONDS = { e2e: 20, unit: 1 };

class SlowestFirstSequencer extends Sequencer {
  sort(tests) {
    const ranked = tests.map((test) => {
      test.duration = this.time(test); // what Jest's own ordering records (its cache only)
      const name = path.relative(ROOT, test.path).split(path.sep).join('/');
      const seconds = durations.seconds[name] ?? (name.endsWith('.e2e-spec.ts') ? TYPICAL_SECONDS.e2e : TYPICAL_SECONDS.unit);
      return { test, failed: Boolean(this.hasFailed(test)), ms: test.duration ?? seconds * 1000 };
    });
    ranked.sort((a, b) => Number(b.failed) - Number(a.failed) || b.ms - a.ms);
    return ranked.map((r) => r.test);
  }
}

module.exports = SlowestFirstSequencer;
