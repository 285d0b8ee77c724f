// Cross-process lock for filling the shared download/build cache, so two
// scripts provisioning at once do not delete or half-write each other's files.
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding the lock directory `lockDir` (created atomically with
 * mkdir). A lock left behind by a dead process is taken over.
 */
export async function withCacheLock(lockDir, fn, { log = console.log, what = 'the cache' } = {}) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!ownerIsAlive(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`waiting for another process to finish preparing ${what} (${lockDir})…`);
      announced = true;
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function ownerIsAlive(lockDir) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // Just created by its owner, pid not written yet — or abandoned in between.
    const ageMs = Date.now() - fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs;
    return ageMs < 5000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
