// Starting a background server and proving it is ready: spawn it detached,
// register it for cleanup, poll a protocol-level probe, and on failure kill it
// and report the tail of its log.
import { registerCleanup, spawnDetached, tailFile } from './process-group.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Formats a duration in milliseconds like "4.1 s". */
export const formatDuration = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Spawns `command` detached (output appended to `logFile`) and waits until
 * `probe()` resolves truthy. The server is stopped automatically when this
 * process exits. Returns { pid, logFile, startedInMs, stop(), kill(signal = 'SIGKILL') }.
 */
export async function startServer({ name, command, args, cwd, logFile, probe, timeoutMs = 60_000, graceMs = 15_000 }) {
  const started = Date.now();
  const server = spawnDetached({ command, args, cwd, logFile });
  const stop = () => {
    unregister();
    return server.stop({ graceMs });
  };
  const unregister = registerCleanup(stop);

  try {
    await waitUntilReady({ name, server, logFile, timeoutMs, probe });
  } catch (error) {
    server.kill('SIGKILL');
    await stop();
    throw error;
  }
  return {
    pid: server.pid,
    logFile,
    startedInMs: Date.now() - started,
    stop,
    kill: (signal = 'SIGKILL') => server.kill(signal),
  };
}

/**
 * Resolves once `probe()` resolves truthy. Rejects if `server` (a spawnDetached
 * handle, optional) exits first or `timeoutMs` elapses; the error shows the last 40 log lines.
 */
export async function waitUntilReady({ name, probe, server, logFile, timeoutMs = 60_000, intervalMs = 250 }) {
  const deadline = Date.now() + timeoutMs;
  const logTail = () => (logFile ? ` Last lines of ${logFile}:\n${tailFile(logFile, 40)}` : '');
  let lastError;
  while (Date.now() < deadline) {
    if (server && !server.isRunning()) {
      const { code, signal, error } = await server.exited;
      const how = error ? error.message : `exit code ${code ?? signal}`;
      throw new Error(`${name} exited during startup (${how}).${logTail()}`);
    }
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  const detail = lastError ? ` (last probe error: ${lastError.message})` : '';
  throw new Error(`${name} not ready after ${timeoutMs / 1000} s${detail}.${logTail()}`);
}
