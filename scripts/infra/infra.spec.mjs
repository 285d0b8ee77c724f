// Tests for the infra helpers, with Node's built-in runner (jest only collects *.spec.ts):
//   node --test scripts/infra/infra.spec.mjs
// The slow end-to-end checks (real Kafka + MongoDB/FerretDB, needs java/mvn/go or
// a warm .cache) run only with INFRA_INTEGRATION=1. The development database's own tests are in
// dev-database/ferretdb/*.spec.mjs.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assertPortFree, freePort, isPortFree, startOnFreePort } from './ports.mjs';
import { processInfo, spawnDetached, stopLeftovers, tailFile } from './process-group.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const tmpDirs = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-infra-'));
  tmpDirs.push(dir);
  return dir;
};
after(() => tmpDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

describe('ports', () => {
  it('finds a free port below the ephemeral range and reports it busy while listened on', async () => {
    const port = await freePort();
    assert.ok(port >= 20000 && port < 32000, `${port} is below the kernel's ephemeral range`);
    assert.equal(await isPortFree(port), true);
    const server = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await assert.rejects(assertPortFree(port, 'kafka', 'set KAFKA_PORT'), /kafka: port \d+ is already in use — set KAFKA_PORT/);
    } finally {
      server.close();
    }
  });
});

describe('process-group', () => {
  it('logs to a file and stops the whole group', async () => {
    const dir = tmp();
    const logFile = path.join(dir, 'out.log');
    // A shell that starts a grandchild: stopping must take down both.
    const server = spawnDetached({
      command: 'sh',
      args: ['-c', 'echo hello; sleep 300 & echo "child $!"; wait'],
      logFile,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const grandchild = Number(/child (\d+)/.exec(fs.readFileSync(logFile, 'utf8'))[1]);
    assert.ok(isAlive(grandchild));
    await server.stop({ graceMs: 2000 });
    assert.equal(server.isRunning(), false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(isAlive(grandchild), false);
    assert.match(tailFile(logFile, 2), /hello\nchild \d+/);
  });

  it('waits for a server that ignores SIGTERM until the SIGKILL ends it, even when nothing else keeps the script running', async () => {
    // The server's handle is unref'd (a server must not keep its starter alive); a stop that
    // outlasts its grace period then had nothing left to wait on, and Node ended the script with
    // exit code 13 (an unsettled top-level await) before the stop returned.
    const script = `
      import { spawnDetached } from ${JSON.stringify(path.join(here, 'process-group.mjs'))};
      const server = spawnDetached({ command: process.execPath, args: ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"],
        logFile: ${JSON.stringify(path.join(tmp(), 'stubborn.log'))} });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await server.stop({ graceMs: 300 });
      console.log('stopped', server.isRunning());
    `;
    const { code, stdout } = await new Promise((resolve) => {
      const child = execFile(process.execPath, ['--input-type=module', '-e', script], (err, stdout) => resolve({ code: err ? err.code : 0, stdout }));
      void child;
    });
    assert.equal(code, 0, 'the script ends normally');
    assert.equal(stdout.trim(), 'stopped false');
  });

  it('kills registered servers when the owning script exits, crashes or is interrupted', async () => {
    for (const ending of ['return', 'throw', 'SIGINT']) {
      const script = `
        import { startServer } from ${JSON.stringify(path.join(here, 'start-server.mjs'))};
        const s = await startServer({ name: 'sleeper', command: 'sleep', args: ['300'],
          logFile: ${JSON.stringify(path.join(tmp(), 'sleep.log'))}, probe: async () => true });
        console.log(s.pid);
        await new Promise((resolve) => setTimeout(resolve, 1000)); // time for the test to see it alive
        if (${JSON.stringify(ending)} === 'throw') throw new Error('boom');
        if (${JSON.stringify(ending)} === 'SIGINT') setInterval(() => {}, 1000);
      `;
      const child = execFile(process.execPath, ['--input-type=module', '-e', script]);
      const pid = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(Number(d))));
      assert.ok(isAlive(pid), `${ending}: sleeper should run`);
      if (ending === 'SIGINT') child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
      assert.equal(isAlive(pid), false, `${ending}: sleeper should be gone`);
    }
  });
});

/**
 * Two detached process groups that log when SIGTERM reaches them and when they exit (300 ms
 * later, as an app leaving its consumer groups would): an "app" and a "server".
 */
async function appAndServer(dir) {
  const start = (name) => {
    const script = `process.on('SIGTERM', () => { require('fs').appendFileSync(${JSON.stringify(path.join(dir, 'events'))}, '${name} term ' + Date.now() + '\\n'); setTimeout(() => { require('fs').appendFileSync(${JSON.stringify(path.join(dir, 'events'))}, '${name} exit ' + Date.now() + '\\n'); process.exit(0); }, 300); }); setInterval(() => {}, 1000); console.log('up');`;
    const child = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    child.unref();
    return new Promise((resolve) =>
      child.stdout.once('data', () => {
        child.stdout.destroy();
        resolve(child.pid);
      }),
    );
  };
  const [app, server] = [await start('app'), await start('server')];
  // whatever a failed test leaves running
  after(() => [app, server].forEach((pid) => isAlive(pid) && process.kill(-pid, 'SIGKILL')));
  const events = () => Object.fromEntries(fs.readFileSync(path.join(dir, 'events'), 'utf8').trim().split('\n').map((l) => l.split(' ')).map(([who, what, at]) => [`${who} ${what}`, Number(at)]));
  return { app, server, events };
}

describe('stopping in waves: the apps before Kafka and the database', () => {
  it('stopLeftovers stops the groups recorded as first, and waits for them, before the others', async () => {
    const dir = tmp();
    const { app, server, events } = await appAndServer(dir);
    const runDir = path.join(dir, 'run');
    fs.mkdirSync(runDir);
    // as an earlier start recorded them: the server first (started first), the app marked first
    fs.writeFileSync(path.join(runDir, 'processes.json'), JSON.stringify({ owner: { pid: 999999, start: '0', cmd: 'gone' }, processes: [processInfo(server), { ...processInfo(app), first: true }] }));
    assert.deepEqual((await stopLeftovers({ runDir })).sort(), [app, server].sort());
    const e = events();
    assert.ok(e['server term'] >= e['app exit'], `the server was signalled ${e['server term'] - e['app exit']} ms after the app exited`);
    assert.equal(isAlive(app) || isAlive(server), false);
  });

  it('the guardian stops the groups it was told are first, and waits for them, before the others', async () => {
    const dir = tmp();
    const { app, server, events } = await appAndServer(dir);
    const guardian = spawn(process.execPath, [path.join(here, 'guardian.mjs'), '5000'], { stdio: ['pipe', 'ignore', 'ignore'] });
    guardian.stdin.write(`+${server}\n+${app} first\n`);
    guardian.stdin.end(); // the script that started them is gone
    await new Promise((resolve) => guardian.once('exit', resolve));
    const e = events();
    assert.ok(e['server term'] >= e['app exit'], `the server was signalled ${e['server term'] - e['app exit']} ms after the app exited`);
    assert.equal(isAlive(app) || isAlive(server), false);
  });
});

describe('infrastructure (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION }, () => {
  const cacheDir = path.join(repoRoot, '.cache');

  it('starts Kafka, survives SIGKILL + restart on the same data dir', { timeout: 300_000 }, async () => {
    const { startKafka } = await import('./kafka.mjs');
    const { kafkaApiVersions } = await import('./kafka-protocol.mjs');
    let options;
    let kafka = await startOnFreePort(async (port) => startKafka((options = { cacheDir, dataDir: tmp(), port, controllerPort: await freePort(), log() {} })));
    assert.equal(kafka.bootstrap, `127.0.0.1:${options.port}`);
    await assert.rejects(startKafka(options), /already in use/);
    kafka.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    kafka = await startKafka(options);
    assert.ok((await kafkaApiVersions({ port: options.port })) > 0);
    await kafka.stop();
    assert.equal(await isPortFree(options.port), true);
  });

  it('starts a MongoDB-compatible server that answers ping, restartable', { timeout: 300_000 }, async (t) => {
    const { resolveMongo } = await import('./mongo.mjs');
    const { mongoPing } = await import('./mongo-wire.mjs');
    let options;
    let mongo = await startOnFreePort((port) => resolveMongo((options = { cacheDir, dataDir: tmp(), port, log() {} })));
    const { port } = options;
    assert.equal(mongo.uri, process.env.MONGODB_URI ?? `mongodb://127.0.0.1:${port}/`);
    if (mongo.kind === 'external') return t.skip('MONGODB_URI names an external MongoDB: there is no server of ours to kill and restart');
    mongo.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    mongo = await resolveMongo(options);
    assert.equal((await mongoPing({ port })).ok, 1);
    await mongo.stop();
  });
});
