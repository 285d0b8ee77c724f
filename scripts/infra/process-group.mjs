// Background servers as detached process groups, plus a process-wide cleanup
// registry so nothing outlives the script that started it — whether that script
// finishes, throws, or is interrupted with Ctrl-C / SIGTERM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const liveGroups = new Set();
const cleanups = new Set();
let handlersInstalled = false;
let cleaningUp = null;
const hasProcFs = fs.existsSync('/proc/self/stat');

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
      liveGroups.delete(child.pid);
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      running = false;
      liveGroups.delete(child.pid);
      resolve({ code, signal });
    });
  });
  if (child.pid) liveGroups.add(child.pid);

  return {
    pid: child.pid,
    exited,
    isRunning: () => running,
    kill: (signal = 'SIGKILL') => killGroup(child.pid, signal),
    stop: ({ graceMs = 15_000 } = {}) => stopGroup(child.pid, exited, graceMs),
  };
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

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;

  const exitAfterCleanup = (code) => {
    if (cleaningUp) {
      // Second interrupt while cleaning up: stop waiting.
      killLiveGroupsSync(0);
      process.exit(code);
    }
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
  });
}

/** SIGTERMs every group this process started, waits up to `graceMs` synchronously, then SIGKILLs. */
function killLiveGroupsSync(graceMs) {
  const pids = [...liveGroups];
  if (pids.length === 0) return;
  for (const pid of pids) killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(isAlive) && Date.now() < deadline) sleepSync(100);
  for (const pid of pids) killGroup(pid, 'SIGKILL');
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
