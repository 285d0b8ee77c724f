// Polls a readiness probe for a freshly spawned server, failing fast (with the
// server's log tail) if the process dies or the deadline passes.
import { tailFile } from './process-group.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `probe()` resolves truthy. Rejects if `server` (a spawnDetached
 * handle) exits first or `timeoutMs` elapses; the error shows the last 40 log lines.
 */
export async function waitUntilReady({ name, probe, server, logFile, timeoutMs = 60_000, intervalMs = 250 }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (server && !server.isRunning()) {
      const { code, signal, error } = await server.exited;
      const how = error ? error.message : `exit code ${code ?? signal}`;
      throw new Error(`${name} exited during startup (${how}). Last lines of ${logFile}:\n${tailFile(logFile, 40)}`);
    }
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  const detail = lastError ? ` (last probe error: ${lastError.message})` : '';
  throw new Error(
    `${name} not ready after ${timeoutMs / 1000} s${detail}. Last lines of ${logFile}:\n${tailFile(logFile, 40)}`,
  );
}
