import { ProblemException } from '@parley/platform';

interface Route {
  pattern: RegExp;
  methods: Set<string>;
}

/** Routes from the OpenAPI document's paths (`/v1/comments/{id}`) plus extra fixed ones. */
export function routeTable(paths: Record<string, Record<string, unknown>>, extra: Record<string, string[]> = {}): Route[] {
  const entries: Array<[string, string[]]> = [...Object.entries(paths).map(([p, ops]) => [p, Object.keys(ops)] as [string, string[]]), ...Object.entries(extra)];
  const byPattern = new Map<string, Route>();
  for (const [path, methods] of entries) {
    const source = '^' + path.split(/\{[^}]+\}/).map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+') + '/?$';
    const route = byPattern.get(source) ?? { pattern: new RegExp(source), methods: new Set<string>() };
    for (const m of methods) route.methods.add(m.toUpperCase());
    byPattern.set(source, route);
  }
  for (const r of byPattern.values()) if (r.methods.has('GET')) r.methods.add('HEAD');
  return [...byPattern.values()];
}

/**
 * For a request no route matched (bootstrapApp's `noRoute`): 405 problem+json with `Allow`
 * when the path exists for other methods, else nothing (the 404 stands). Runs only on the
 * not-found path, so matched requests pay nothing for it.
 */
export function methodNotAllowed(routes: Route[]) {
  return (method: string, path: string): ProblemException | undefined => {
    if (method === 'OPTIONS') return undefined;
    const allowed = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) for (const m of r.methods) allowed.add(m);
    if (!allowed.size || allowed.has(method)) return undefined;
    const allow = [...allowed].sort().join(', ');
    return new ProblemException(405, 'method-not-allowed', 'Method Not Allowed', `${method} is not supported here; use ${allow}`, {}, { Allow: allow });
  };
}
