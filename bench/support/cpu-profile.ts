import fs from 'node:fs';
import path from 'node:path';

/** One V8 CPU profile (`node --cpu-prof`): the call tree, the sampled node ids and the time between samples (µs). */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives, coarsely: an npm package, a file of ours, node's own code, or V8 (GC, idle, program). */
function areaOf(url: string): string {
  if (!url) return '(V8: garbage collector, program)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  // The apps are bundled without module names: every function of apps/ and libs/ is in main.js.
  if (url.includes('/dist/apps/')) return 'our code (apps/, libs/)';
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
  // (The nearest caller outside node's own modules when there is one: a socket write is charged
  // to the driver that wrote, not to node's stream code.)
  const callerWithUrl = (id: number) => {
    let nearest: CpuProfile['nodes'][number]['callFrame'] | undefined;
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) {
      const frame = byId.get(p)!.callFrame;
      if (!frame.url) continue;
      nearest ??= frame;
      if (!frame.url.startsWith('node:')) return frame;
    }
    return nearest;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const area = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const caller = !url && !V8_OWN.has(functionName) ? callerWithUrl(id) : undefined;
    if (caller && /node:inspector|cpu-profile-preload/.test(caller.url)) continue; // the profiler itself (starting, stopping)
    total += us;
    const a = areaOf(caller ? caller.url : url);
    area.set(a, (area.get(a) ?? 0) + us);
    const f = caller ? `${functionName} (native) ← ${caller.functionName || '(anonymous)'} · ${a}` : `${functionName || '(anonymous)'} · ${a}`;
    // (runMicrotasks and other native entry points are charged to whoever is nearest above them.)
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

// `npx ts-node --transpile-only bench/support/cpu-profile.ts <file.cpuprofile>...`: the same
// summary for profiles kept from a run (BENCH_CPU_PROFILE_DIR).
if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const s = summariseCpuProfile(file);
    const line = ([name, ms]: [string, number]) => `${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / s.totalMs).toFixed(1).padStart(5)} %  ${name}`;
    console.log(
      `\n${file}: ${(s.totalMs / 1000).toFixed(1)} s busy\n\nby area\n${s.byArea.slice(0, 14).map(line).join('\n')}\n\nby function\n${s.byFunction.slice(0, 25).map(line).join('\n')}`,
    );
  }
}
