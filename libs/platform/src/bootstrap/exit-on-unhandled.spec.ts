import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Runs a script in a fresh Node process that installed the handlers (the real process, not a fake). */
function crash(script: string) {
  const code = `require(${JSON.stringify(path.join(__dirname, 'bootstrap-app'))}).exitOnUnhandledError('probe-app'); ${script}`;
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('exitOnUnhandledError', () => {
  it('ends the process with code 1 after one JSON fatal line carrying the stack of an unhandled rejection', () => {
    const r = crash(`Promise.reject(new Error('lost promise'));`);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'fatal', app: 'probe-app' });
    expect(entry.msg).toMatch(/^unhandled rejection: Error: lost promise\n\s+at /);
  }, 60_000);

  it('does the same for an exception thrown in a timer', () => {
    const r = crash(`setTimeout(() => { throw new TypeError('bad timer'); }, 1);`);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr.trim())).toMatchObject({ level: 'fatal', app: 'probe-app', msg: expect.stringMatching(/^uncaught exception: TypeError: bad timer/) });
  }, 60_000);
});
