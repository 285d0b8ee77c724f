import fs from 'node:fs';
import path from 'node:path';

/** One V8 CPU profile (`node --cpu-prof`): the call tree, the sampled node ids and the time between samples (µs). */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * The module a line of a webpack bundle belongs to (the apps are bundled: every app function's
 * url is dist/apps/<app>/main.js; the bundle marks each module with a `/***\/ "./path":` line).
 */
function bundleModules(file: string): (line: number) => string {
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return () => path.basename(file);
  }
  const starts: Array<[number, string]> = [];
  lines.forEach((l, i) => {
    const m = /^\/\*\*\*\/ "([^"]+)":/.exec(l);
    if (m) starts.push([i, m[1]!.replace(/^\.\//, '')]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = path.basename(file);
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]![0] <= line) {
        found = starts[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Where a frame's code lives, coarsely: an npm package, a file of ours, node's own code, or V8 (GC, idle, program). */
function areaOf(url: string, line: number, modulesOf: (url: string) => (line: number) => string): string {
  if (!url) return '(V8: garbage collector, program)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (url.includes('/dist/apps/')) return modulesOf(url)(line);
  return url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  byArea: Array<[string, number]>;
  byFunction: Array<[string, number]>;
}

/** Self time (ms) of a profile by area and by function, busiest first; idle time kept apart. */
export function summariseCpuProfile(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  // Native functions (socket writes, the HTTP parser, …) have no url: their time is charged to
  // the area of the nearest JavaScript caller, and named after both.
  const V8_OWN = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);
  const callerWithUrl = (id: number) => {
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) if (byId.get(p)!.callFrame.url) return byId.get(p)!.callFrame;
    return undefined;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const bundles = new Map<string, (line: number) => string>();
  const modulesOf = (url: string) => {
    if (!bundles.has(url)) bundles.set(url, bundleModules(url.replace(/^file:\/\//, '')));
    return bundles.get(url)!;
  };
  const area = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const caller0 = !url ? callerWithUrl(id) : undefined;
    if (caller0?.url.startsWith('node:inspector')) continue; // the profiler itself (starting, stopping)
    total += us;
    const caller = !url && !V8_OWN.has(functionName) ? callerWithUrl(id) : undefined;
    const a = caller ? areaOf(caller.url, caller.lineNumber, modulesOf) : areaOf(url, lineNumber, modulesOf);
    area.set(a, (area.get(a) ?? 0) + us);
    const f = caller ? `${functionName} (native) ← ${caller.functionName || '(anonymous)'} · ${a}` : `${functionName || '(anonymous)'} · ${a}`;
    fn.set(f, (fn.get(f) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].map(([k, v]) => [k, v / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, idleMs: idle / 1000, byArea: sorted(area), byFunction: sorted(fn) };
}

/** The profiles bench/support/cpu-profile-preload.js wrote (`<pid>.cpuprofile`) for the given process ids. */
export function profilesOf(dir: string, pids: Map<number, string>): Array<{ name: string; file: string }> {
  if (!fs.existsSync(dir)) return [];
  const out: Array<{ name: string; file: string }> = [];
  for (const f of fs.readdirSync(dir)) {
    const m = /^(\d+)\.cpuprofile$/.exec(f);
    if (m && pids.has(Number(m[1]))) out.push({ name: pids.get(Number(m[1]))!, file: path.join(dir, f) });
  }
  return out;
}
