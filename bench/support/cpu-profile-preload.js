// Preloaded into an app by bench:pipeline (NODE_OPTIONS=--require …) when BENCH_CPU_PROFILE_DIR
// is set: SIGWINCH starts V8's sampling profiler, the next SIGWINCH stops it and writes
// <dir>/<pid>.cpuprofile, so the profile covers exactly the window the benchmark measures
// (SIGWINCH: ignored by default and not one of the signals Nest's shutdown hooks stop on).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on('SIGWINCH', () => {
    if (!running) {
      session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
      running = true;
      return;
    }
    running = false;
    session.post('Profiler.stop', (err, result) => {
      if (err) return process.stderr.write(`cpu profile: ${err.message}\n`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
