// Background servers as detached process groups, plus a process-wide cleanup
// registry so nothing outlives the script that started it — whether that script
// finishes, throws, or is interrupted with Ctrl-C / SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Our process groups (leader pid → { first }: stopped before the others, see adoptGroup). */
const liveGroups = new Map();
const cleanups = new Set();
let handlersInstalled = false;
let cleaningUp = null;
const hasProcFs = fs.existsSync('/proc/self/stat');
/** Set by superviseChildren: the guardian process and the registry of our servers. */
let supervision = null;
const GUARDIAN = fileURLToPath(new URL('./guardian.mjs', import.meta.url));
/** After a signal, everything is SIGKILLed and the process exits this long after, whatever is still running. */
const SHUTDOWN_DEADLINE_MS = 25_000;

/**
 * Starts `command` in its own process group with stdout/stderr appended to `logFile`.
 * Returns { pid, exited: Promise<{ code, signal }>, isRunning(), kill(signal), stop({ graceMs }) }.
 */
export function spawnDetached({ command, args = [], cwd, env = process.env, logFile }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n=== ${new Date().toISOString()} ${command} ${args.join(' ')}\n`);
  let child;
  try {
    child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
  } finally {
    fs.closeSync(fd);
  }
  child.unref();

  let running = true;
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      running = false;
      forgetGroup(child.pid);
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      running = false;
      forgetGroup(child.pid);
      resolve({ code, signal });
    });
  });
  if (child.pid) adoptGroup(child.pid);

  return {
    pid: child.pid,
    exited,
    isRunning: () => running,
    kill: (signal = 'SIGKILL') => killGroup(child.pid, signal),
    // While stopping, the child's handle keeps this process alive: unref'd (so that a running server
    // does not keep its starter alive), a stop that outlasts its grace period would have nothing
    // left to wait on, and Node would end a script awaiting it with exit code 13.
    stop: ({ graceMs = 15_000 } = {}) => {
      child.ref();
      return stopGroup(child.pid, exited, graceMs);
    },
  };
}

/**
 * Counts the process group led by `pid` (a child spawned with `detached: true`) as ours: it is
 * stopped when this process exits, and, under superviseChildren, by the guardian and the next
 * start if this process is killed. spawnDetached does this itself; call it for other detached
 * children and `forgetGroup` when they exit. `first`: stopped, and waited for, before the groups
 * without it: the apps, so that they leave their Kafka consumer groups while the broker still runs
 * (otherwise a start on the same data waits out their sessions before its first app is ready).
 */
export function adoptGroup(pid, { first = false } = {}) {
  if (!pid) return;
  liveGroups.set(pid, { first });
  if (!supervision) return;
  supervision.tell(`+${pid}${first ? ' first' : ''}`);
  const info = processInfo(pid);
  if (info) supervision.entries.set(pid, first ? { ...info, first } : info);
  supervision.save();
}

export function forgetGroup(pid) {
  liveGroups.delete(pid);
  if (!supervision) return;
  supervision.tell(`-${pid}`);
  if (supervision.entries.delete(pid)) supervision.save();
}

/**
 * Makes sure the servers this process starts do not outlive it, even when it is killed with
 * SIGKILL: a guardian process (scripts/infra/guardian.mjs, in its own process group) holds a
 * pipe from this process and stops every group still listed when the pipe closes; and
 * `<runDir>/processes.json` records this process and its servers (pid, start time, command
 * line), so that `stopLeftovers` in the next start stops whatever survived both.
 */
export function superviseChildren({ runDir, graceMs = 15_000 }) {
  if (supervision) return;
  installHandlers();
  fs.mkdirSync(runDir, { recursive: true });
  const registryFile = path.join(runDir, 'processes.json');
  const log = fs.openSync(path.join(runDir, 'guardian.log'), 'a');
  let guardian;
  try {
    guardian = spawn(process.execPath, [GUARDIAN, String(graceMs)], { detached: true, stdio: ['pipe', log, log] });
  } finally {
    fs.closeSync(log);
  }
  guardian.unref();
  guardian.stdin.on('error', () => {}); // the guardian gone: the registry still covers us
  guardian.stdin.unref?.();
  const owner = processInfo(process.pid);
  supervision = {
    registryFile,
    entries: new Map(),
    tell: (line) => {
      if (!guardian.stdin.destroyed) guardian.stdin.write(`${line}\n`);
    },
    save: () => {
      const tmp = `${registryFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ owner, processes: [...supervision.entries.values()] }, null, 2));
      fs.renameSync(tmp, registryFile);
    },
  };
  const guardianInfo = processInfo(guardian.pid);
  if (guardianInfo) supervision.entries.set(guardian.pid, { ...guardianInfo, role: 'guardian' });
  for (const [pid, options] of liveGroups) adoptGroup(pid, options);
  supervision.save();
}

/**
 * Stops what an earlier run that recorded `<runDir>/processes.json` (see superviseChildren)
 * left running: every recorded process that still has the same start time and command line is
 * SIGTERMed with its group, then SIGKILLed after `graceMs`. Throws when the run that wrote the
 * file is itself still alive. Returns the pids it stopped.
 */
export async function stopLeftovers({ runDir, graceMs = 15_000, log = () => {} }) {
  const registryFile = path.join(runDir, 'processes.json');
  let registry;
  try {
    registry = JSON.parse(fs.readFileSync(registryFile, 'utf8'));
  } catch {
    return [];
  }
  if (registry.owner && registry.owner.pid !== process.pid && isSameProcess(registry.owner)) {
    throw new Error(`another start (pid ${registry.owner.pid}) is running with ${path.dirname(runDir)}; stop it first (kill ${registry.owner.pid})`);
  }
  const leftovers = (registry.processes ?? []).filter(isSameProcess);
  if (leftovers.length > 0) {
    log(`stopping ${leftovers.length} process(es) an earlier start left running: ${leftovers.map((p) => `${p.pid} (${p.cmd.split(' ').slice(0, 3).join(' ')}…)`).join(', ')}`);
    // Those adopted with `first` (the apps) before the rest (Kafka, the database), as a normal stop does.
    for (const wave of stopWaves(leftovers, (p) => p.first === true)) {
      for (const p of wave) killGroup(p.pid, 'SIGTERM');
      const deadline = Date.now() + graceMs;
      while (wave.some(isSameProcess) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      for (const p of wave) if (isSameProcess(p)) killGroup(p.pid, 'SIGKILL');
      while (wave.some(isSameProcess)) await new Promise((r) => setTimeout(r, 100));
    }
  }
  fs.rmSync(registryFile, { force: true });
  return leftovers.map((p) => p.pid);
}

/** `{ pid, ppid, start, cmd }` of a live (not zombie) process, or null. `start` is its start time in clock ticks since boot. */
export function processInfo(pid) {
  if (hasProcFs) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') return null;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      return { pid, ppid: Number(fields[1]), start: fields[19], cmd };
    } catch {
      return null;
    }
  }
  const ps = spawnSync('ps', ['-o', 'ppid=,lstart=,command=', '-p', String(pid)], { encoding: 'utf8' });
  const m = /^\s*(\d+)\s+(\S+\s+\S+\s+\d+\s+\S+\s+\d+)\s+(.*)$/.exec(ps.stdout ?? '');
  return m ? { pid, ppid: Number(m[1]), start: m[2], cmd: m[3].trim() } : null;
}

/** True when `entry` ({ pid, start, cmd }) is still the same process: alive, same start time and command line. */
export function isSameProcess(entry) {
  const now = processInfo(entry.pid);
  return now !== null && now.start === entry.start && now.cmd === entry.cmd;
}

/** Sends `signal` to every process in the group led by `pid`; ignores already-gone groups. */
export function killGroup(pid, signal = 'SIGTERM') {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

async function stopGroup(pid, exited, graceMs) {
  killGroup(pid, 'SIGTERM');
  const timedOut = Symbol('timeout');
  let timer;
  const outcome = await Promise.race([
    exited,
    new Promise((resolve) => (timer = setTimeout(resolve, graceMs, timedOut))),
  ]);
  clearTimeout(timer);
  // SIGKILL the group either way: it reaps stragglers if the leader exited first.
  killGroup(pid, 'SIGKILL');
  if (outcome === timedOut) await exited;
}

/** Returns the last `lines` lines of a (possibly large or missing) text file. */
export function tailFile(file, lines = 40) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return `(no log at ${file})`;
  }
  try {
    const { size } = fs.fstatSync(fd);
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8').split('\n').slice(-lines - 1).join('\n').trimEnd();
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Registers `fn` (sync or async) to run once when the process ends, is
 * interrupted or crashes. Returns a function that unregisters it.
 */
export function registerCleanup(fn) {
  installHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs (and forgets) all registered cleanups, newest first. Safe to call repeatedly. */
export function runCleanups() {
  cleaningUp ??= (async () => {
    const fns = [...cleanups].reverse();
    cleanups.clear();
    for (const fn of fns) {
      try {
        await fn();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    }
  })().finally(() => (cleaningUp = null));
  return cleaningUp;
}

/**
 * Makes SIGINT, SIGTERM and SIGHUP (and crashes) run the registered cleanups and exit; a second
 * signal, or SHUTDOWN_DEADLINE_MS without the cleanups finishing, SIGKILLs every group this
 * process started and exits at once. registerCleanup installs this too.
 */
export function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;

  const exitAfterCleanup = (code) => {
    if (cleaningUp) {
      // Second interrupt while cleaning up: stop waiting.
      killLiveGroupsSync(0);
      process.exit(code);
    }
    setTimeout(() => {
      console.error(`cleanup did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; killing what is left`);
      killLiveGroupsSync(0);
      process.exit(code);
    }, SHUTDOWN_DEADLINE_MS).unref();
    runCleanups().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => exitAfterCleanup(130));
  process.on('SIGTERM', () => exitAfterCleanup(143));
  process.on('SIGHUP', () => exitAfterCleanup(129));
  process.on('uncaughtException', (error) => {
    console.error(error);
    exitAfterCleanup(1);
  });
  process.on('unhandledRejection', (reason) => {
    console.error('Unhandled rejection:', reason);
    exitAfterCleanup(1);
  });
  // 'exit' handlers cannot await: fire the cleanups (their first, synchronous
  // step is normally a SIGTERM) and then make sure the groups are really gone.
  process.on('exit', () => {
    for (const fn of cleanups) {
      try {
        fn();
      } catch {
        // best effort
      }
    }
    cleanups.clear();
    killLiveGroupsSync(10_000);
    if (supervision) {
      supervision.tell('done');
      fs.rmSync(supervision.registryFile, { force: true });
    }
  });
}

/**
 * SIGTERMs every group this process started, those adopted `first` before the others (waiting for
 * them), waits up to `graceMs` in all, synchronously, then SIGKILLs what is left.
 */
function killLiveGroupsSync(graceMs) {
  const pids = [...liveGroups.keys()];
  if (pids.length === 0) return;
  const deadline = Date.now() + graceMs;
  for (const wave of stopWaves(pids, (pid) => liveGroups.get(pid).first)) {
    for (const pid of wave) killGroup(pid, 'SIGTERM');
    while (wave.some(isAlive) && Date.now() < deadline) sleepSync(100);
  }
  for (const pid of pids) killGroup(pid, 'SIGKILL');
}

/** The order groups are stopped in: those adopted `first` (see adoptGroup), then the others. */
function stopWaves(items, isFirst) {
  return [items.filter(isFirst), items.filter((item) => !isFirst(item))];
}

/** True if `pid` exists and is not a zombie (zombies can't be reaped from an 'exit' handler). */
function isAlive(pid) {
  if (hasProcFs) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
