// Small wrappers for running tools (java, mvn, go) to completion and for
// failing early, with a fix-it hint, when a tool is not installed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { registerCleanup } from './process-group.mjs';

/** Absolute path of `name` on PATH, or null. */
export function findExecutable(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Like findExecutable, but throws "<name> not found: <howToFix>". */
export function requireExecutable(name, howToFix) {
  const found = findExecutable(name);
  if (!found) throw new Error(`${name} not found: ${howToFix}`);
  return found;
}

/**
 * Runs a command to completion; resolves { stdout, stderr }. On failure rejects
 * with an Error that includes the command line and the tail of its output.
 * The command is killed if this process is interrupted meanwhile.
 */
export function runCommand(command, args, { cwd, env = process.env, timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        unregister();
        if (!error) return resolve({ stdout, stderr });
        const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
        const reason =
          typeof error.code === 'number'
            ? `exited with code ${error.code}`
            : error.signal
              ? `was killed (${error.signal})`
              : `failed: ${error.message}`;
        reject(new Error(`\`${command} ${args.join(' ')}\` ${reason}\n${output}`));
      },
    );
    const unregister = registerCleanup(() => child.kill());
  });
}
