import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '@parley/platform';

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

/** Answers 405 problem+json with `Allow` when the path exists but not for this method. */
export function methodNotAllowed(routes: Route[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    const allowed = new Set<string>();
    for (const r of routes) if (r.pattern.test(req.path)) for (const m of r.methods) allowed.add(m);
    if (!allowed.size || allowed.has(req.method)) return next();
    const allow = [...allowed].sort().join(', ');
    res
      .status(405)
      .set('Allow', allow)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ type: PROBLEM_BASE + 'method-not-allowed', title: 'Method Not Allowed', status: 405, detail: `${req.method} is not supported here; use ${allow}`, instance: req.path }));
  };
}
