#!/usr/bin/env node
// npm test: installs what is missing, builds the apps, starts a private Kafka and database
// (own data directory, free ports), runs every jest test (unit and end-to-end) against them,
// stops everything whatever happens, and ends with the line "N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ensureDependencies, ROOT } from './lib/ensure-deps.mjs';

const log = (m) => console.log(`[test] ${m}`);
/**
 * How many test files run at once. Two by default (each end-to-end file starts its own apps); one
 * when other work already keeps the machine's processors busy before this run starts anything (a
 * shared CI machine, a parallel CPU hog), so that each file's apps get the processor time their
 * waits assume. PARLEY_TEST_WORKERS overrides both. Measured first, before this run installs or
 * builds anything, so that only other work is measured.
 */
async function testWorkers() {
  if (process.env.PARLEY_TEST_WORKERS) return Math.max(1, Number.parseInt(process.env.PARLEY_TEST_WORKERS, 10) || 1);
  const busyTime = () => os.cpus().reduce((a, c) => ({ busy: a.busy + c.times.user + c.times.nice + c.times.sys + c.times.irq, all: a.all + c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle }), { busy: 0, all: 0 });
  const first = busyTime();
  await new Promise((r) => setTimeout(r, 2000));
  const second = busyTime();
  const share = (second.busy - first.busy) / Math.max(1, second.all - first.all);
  if (share >= 0.6) {
    log(`the machine is already ${Math.round(share * 100)} % busy: one test file at a time (PARLEY_TEST_WORKERS overrides)`);
    return 1;
  }
  return 2;
}
const workers = await testWorkers();
ensureDependencies(log);
const { buildApps } = await import('./lib/build-apps.mjs');
const { startInfrastructure } = await import('./lib/system.mjs');
const { registerCleanup, runCleanups } = await import('./infra/process-group.mjs');
const { freePort } = await import('./infra/ports.mjs');
const { ensureChromium } = await import('./lib/chromium.mjs');
const { auditRuntimeDependencies } = await import('./lib/dependency-audit.mjs');

const jestArgs = process.argv.slice(2);
/** Node's test runner specs: the provisioning scripts' own tests and the tests of the development database. */
const INFRA_SPECS = [
  path.join('scripts', 'infra', 'infra.spec.mjs'),
  path.join('dev-database', 'ferretdb', 'fixes.spec.mjs'),
  path.join('dev-database', 'ferretdb', 'atomicity.spec.mjs'),
  path.join('dev-database', 'ferretdb', 'retryable-writes.spec.mjs'),
  path.join('dev-database', 'ferretdb', 'push-modifiers.spec.mjs'),
  path.join('dev-database', 'ferretdb', 'pull-conditions.spec.mjs'),
];
/**
 * The provisioning scripts' and the development database's own tests (Node's test runner), real
 * Kafka/database checks included. The files run side by side (each starts its own servers on free
 * ports): one at a time, the machine's processors were idle for a third of this step.
 */
function runInfraSpec() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', `--test-concurrency=${INFRA_SPECS.length}`, ...INFRA_SPECS.map((spec) => path.join(ROOT, spec))], {
      cwd: ROOT,
      env: { ...process.env, INFRA_INTEGRATION: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      process.stdout.write(c);
    });
    registerCleanup(() => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    child.on('exit', (code) => {
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
      resolve({ code: code ?? 1, passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') });
    });
  });
}
let infraSpec = { code: 0, passed: 0, failed: 0, skipped: 0 };
/** The whole run (CI) also audits the runtime dependencies; one check, counted like a test. */
let audit = { status: 'skipped' };
if (!jestArgs.length) {
  audit = await auditRuntimeDependencies();
  log(`audit: ${audit.status}: ${audit.message}`);
}
const resultsFile = path.join(os.tmpdir(), `parley-jest-${process.pid}.json`);

let exitCode = 1;
try {
  await buildApps({ log });
  const chromium = ensureChromium(log);
  if (!jestArgs.length) {
    log(`infra: running the provisioning and database tests (${INFRA_SPECS.join(', ')})…`);
    infraSpec = await runInfraSpec();
  }
  const dataDir = path.join(ROOT, '.data', `test-${process.pid}`);
  registerCleanup(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  // Safety net, runs after everything else stopped: any server a test started under this run's
  // data directory (its command line names it) and left behind is stopped too.
  registerCleanup(async () => {
    const { spawnSync } = await import('node:child_process');
    if (spawnSync('pkill', ['-TERM', '-f', dataDir]).status === 0) {
      log('stopped servers a test left running');
      await new Promise((r) => setTimeout(r, 5000));
      spawnSync('pkill', ['-KILL', '-f', dataDir]);
    }
  });
  const infra = await startInfrastructure({
    dataDir,
    kafkaPort: await freePort(),
    kafkaControllerPort: await freePort(),
    mongoPort: await freePort(),
    // No test kills this broker (fault tests start their own): on a loaded machine its controller
    // fenced it after 4 s without a processed heartbeat ("controller event queue overloaded"), and
    // every group rebalanced while partitions had no leader.
    brokerSessionTimeoutMs: 30_000,
    log,
  });
  registerCleanup(() => infra.stop());
  log(`kafka ${infra.kafka.bootstrap}, database ${infra.mongo.uri} (${infra.mongo.kind})`);

  const jestBin = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(process.execPath, [jestBin, '--ci', `--maxWorkers=${workers}`, '--json', `--outputFile=${resultsFile}`, ...jestArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      PARLEY_TEST_KAFKA_BROKERS: infra.kafka.bootstrap,
      PARLEY_TEST_MONGODB_URI: infra.mongo.uri,
      PARLEY_TEST_DATA_DIR: dataDir,
      CHROMIUM_PATH: chromium,
    },
  });
  registerCleanup(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  exitCode = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  if (exitCode !== 0) printAppCrashes(path.join(dataDir, 'logs'));
} catch (err) {
  console.error(`\n[test] ${err.message}\n`);
  exitCode = 1;
} finally {
  await runCleanups();
}

/**
 * After a failed run: the lines in the apps' logs that say an app died (fatal entries, and output
 * that is not a JSON log line, such as a runtime's own crash report), per log file, so a failure
 * seen only in CI shows whether an app under test crashed and why.
 */
function printAppCrashes(logsDir) {
  if (!fs.existsSync(logsDir)) return;
  const found = [];
  for (const entry of fs.readdirSync(logsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.log')) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    try {
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && (!l.startsWith('{') || l.includes('"level":"fatal"') || l.includes('"level":60')));
      if (lines.length) found.push({ name: path.relative(logsDir, file), lines, fatal: lines.some((l) => l.startsWith('{')) });
    } catch (err) {
      console.log(`[test] could not read ${file}: ${err.message}`);
    }
  }
  // Crashes first: a fatal entry says more than a runtime warning.
  found.sort((a, b) => Number(b.fatal) - Number(a.fatal));
  let budget = 200;
  for (const { name, lines } of found) {
    if (budget <= 0) break;
    const shown = lines.slice(-Math.min(15, budget));
    budget -= shown.length;
    console.log(`\n[test] ${name}: ${lines.length} fatal or non-JSON log line(s), the last ${shown.length}:\n${shown.map((l) => '  ' + l.slice(0, 600)).join('\n')}`);
  }
}

/** The ten slowest test files and tests of the run, so that the suite's time can be watched and kept in budget. */
function printSlowest(results) {
  const files = results.testResults.map((f) => ({ name: path.relative(ROOT, f.name), ms: f.endTime - f.startTime, tests: f.assertionResults ?? [] }));
  const tests = files.flatMap((f) => f.tests.map((t) => ({ name: `${f.name}: ${t.title}`, ms: t.duration ?? 0 })));
  const top = (rows) => rows.sort((a, b) => b.ms - a.ms).slice(0, 10).map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.name.slice(0, 150)}`).join('\n');
  log(`slowest test files:\n${top(files)}`);
  log(`slowest tests:\n${top(tests)}`);
}

/** The file durations of a full run, for `npm run test:durations` (test/durations.json orders a fresh machine's run). */
function keepDurations(results) {
  const ms = Object.fromEntries(results.testResults.map((f) => [path.relative(ROOT, f.name).split(path.sep).join('/'), f.endTime - f.startTime]));
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '.cache', 'test-durations.json'), JSON.stringify({ finishedAt: new Date().toISOString(), ms }));
}

let passed = infraSpec.passed + (audit.status === 'passed' ? 1 : 0);
let failed = infraSpec.failed + (audit.status === 'failed' ? 1 : 0);
let skipped = infraSpec.skipped;
if (audit.status === 'failed' && exitCode === 0) exitCode = 1;
if (infraSpec.code !== 0 && exitCode === 0) exitCode = infraSpec.code;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  skipped += results.numPendingTests ?? 0;
  printSlowest(results);
  if (!jestArgs.length) keepDurations(results);
  fs.rmSync(resultsFile, { force: true });
}
if (exitCode !== 0 && failed === 0) failed = 1; // the run itself failed (infrastructure, build, jest crash)
if (skipped > 0) log(`${skipped} skipped (each says why above)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
