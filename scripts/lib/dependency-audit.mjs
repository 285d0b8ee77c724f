// `npm audit --omit=dev` as a check of `npm test` (the CI run): fails on a high or critical
// advisory in a runtime dependency. Skipped, saying so, when the registry's audit endpoint cannot
// be reached (offline, or a mirror without it), so the tests still run there.
import { spawn } from 'node:child_process';
import { ROOT } from './ensure-deps.mjs';

const UNREACHABLE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|audit endpoint returned an error|Method Not Allowed|\b40[345]\b|\b5\d\d\b|network/i;

/** Resolves { status: 'passed' | 'failed' | 'skipped', message }. */
export function auditRuntimeDependencies({ timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (e) => resolve({ status: 'skipped', message: `npm audit could not run: ${e.message}` }));
    child.on('exit', () => {
      clearTimeout(timer);
      let report;
      try {
        report = JSON.parse(out);
      } catch {
        report = null;
      }
      const vulnerabilities = report?.metadata?.vulnerabilities;
      if (!vulnerabilities) {
        const reason = report?.message ?? report?.error?.summary ?? (err.trim().split('\n').pop() || 'no report');
        if (UNREACHABLE.test(`${reason} ${err}`)) return resolve({ status: 'skipped', message: `registry audit endpoint not reachable (${reason.slice(0, 120)})` });
        return resolve({ status: 'failed', message: `npm audit gave no report: ${reason.slice(0, 300)}` });
      }
      const high = vulnerabilities.high ?? 0;
      const critical = vulnerabilities.critical ?? 0;
      if (high + critical === 0) return resolve({ status: 'passed', message: `no high or critical advisories in runtime dependencies (${JSON.stringify(vulnerabilities)})` });
      const names = Object.entries(report.vulnerabilities ?? {})
        .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
        .map(([name, v]) => `${name} (${v.severity})`);
      resolve({ status: 'failed', message: `${critical} critical and ${high} high advisories in runtime dependencies: ${names.join(', ')}; run npm audit --omit=dev` });
    });
  });
}
