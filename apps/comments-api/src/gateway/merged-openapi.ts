import type { OpenAPIObject } from '@nestjs/swagger';
import { InternalApp, InternalRoute, routeFor } from './internal-routes';

type Json = Record<string, unknown>;

interface Fetched {
  at: number;
  doc: OpenAPIObject | null;
}

const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Rewrites every `$ref` to a renamed schema, everywhere in `value`. */
function renameRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renames));
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.replace('#/components/schemas/', '');
        out[k] = renames.has(name) ? `#/components/schemas/${renames.get(name)}` : v;
      } else out[k] = renameRefs(v, renames);
    }
    return out;
  }
  return value;
}

const pascal = (app: string) => app.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/**
 * Merges the OpenAPI documents of the apps behind `routes` into comments-api's own:
 * their paths that comments-api serves for them, their schemas (renamed `<App><Name>` when
 * comments-api already has a different schema of that name) and tags. Each operation of theirs
 * is tagged with the app that answers it and keeps the security its app documents (written
 * from the app's guard; an operation without one is documented as taking the bearer token). Each app's document is fetched from `<its URL>/docs-json` and kept for
 * `ttlMs` (an app that does not answer is tried again after `retryMs`; until then its paths
 * are left out and `x-parley-unavailable` names it).
 */
export class MergedOpenApi {
  private readonly cache = new Map<InternalApp, Fetched>();
  private readonly inFlight = new Map<InternalApp, Promise<OpenAPIObject | null>>();

  constructor(
    private readonly routes: readonly InternalRoute[],
    private readonly options: {
      ttlMs?: number;
      retryMs?: number;
      timeoutMs?: number;
      fetchDocument?: (url: string, timeoutMs: number) => Promise<unknown>;
    } = {},
  ) {}

  private async fetchDocument(app: InternalApp, baseUrl: string): Promise<OpenAPIObject | null> {
    const { ttlMs = 30_000, retryMs = 2_000, timeoutMs = 3_000 } = this.options;
    const cached = this.cache.get(app);
    if (cached && Date.now() - cached.at < (cached.doc ? ttlMs : retryMs)) return cached.doc;
    const pending = this.inFlight.get(app);
    if (pending) return pending;
    const load = (async () => {
      let doc: OpenAPIObject | null = null;
      try {
        const fetchDocument =
          this.options.fetchDocument ??
          (async (url: string, ms: number) => {
            const res = await fetch(url, { signal: AbortSignal.timeout(ms) });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            return res.json();
          });
        const body = (await fetchDocument(`${baseUrl}/docs-json`, timeoutMs)) as OpenAPIObject;
        if (body && typeof body === 'object' && body.paths) doc = body;
      } catch {
        doc = null;
      }
      this.cache.set(app, { at: Date.now(), doc });
      return doc;
    })().finally(() => this.inFlight.delete(app));
    this.inFlight.set(app, load);
    return load;
  }

  async merge(own: OpenAPIObject): Promise<OpenAPIObject> {
    const apps = new Map<InternalApp, string>();
    for (const r of this.routes) apps.set(r.app, r.baseUrl);
    if (apps.size === 0) return own;
    const merged = JSON.parse(JSON.stringify(own)) as OpenAPIObject;
    merged.components ??= {};
    merged.components.schemas ??= {};
    merged.tags ??= [];
    const securityName = Object.keys(merged.components.securitySchemes ?? {})[0];
    const unavailable: string[] = [];
    const docs = await Promise.all([...apps].map(async ([app, baseUrl]) => [app, await this.fetchDocument(app, baseUrl)] as const));
    for (const [app, doc] of docs) {
      if (!doc) {
        unavailable.push(app);
        continue;
      }
      const renames = new Map<string, string>();
      const theirSchemas = (doc.components?.schemas ?? {}) as Json;
      for (const [name, schema] of Object.entries(theirSchemas)) {
        const mine = (merged.components.schemas as Json)[name];
        if (mine !== undefined && JSON.stringify(mine) !== JSON.stringify(schema)) renames.set(name, `${pascal(app)}${name}`);
      }
      for (const [name, schema] of Object.entries(theirSchemas)) (merged.components.schemas as Json)[renames.get(name) ?? name] = renameRefs(schema, renames);
      for (const [path, item] of Object.entries(renameRefs(doc.paths, renames) as Json)) {
        if (
          !routeFor(
            this.routes.filter((r) => r.app === app),
            path.replace(/\{[^}]+\}/g, 'x'),
          )
        )
          continue; // not served here
        const operations = item as Json;
        for (const [method, op] of Object.entries(operations)) {
          if (!OPERATION_KEYS.has(method) || !op || typeof op !== 'object') continue;
          const operation = op as Json;
          operation.tags = [...new Set([...((operation.tags as string[]) ?? []), app])];
          if (securityName && operation.security === undefined) operation.security = [{ [securityName]: [] }];
          if (typeof operation.operationId === 'string') operation.operationId = `${pascal(app)}_${operation.operationId}`;
        }
        merged.paths[path] = { ...(merged.paths[path] ?? {}), ...operations };
      }
      const tags = merged.tags!;
      const tagNames = new Set<string>(tags.map((t) => t.name));
      for (const tag of [...(doc.tags ?? []), { name: app, description: `Served by ${app}, through this address` }]) {
        if (tagNames.has(tag.name)) continue;
        tags.push(tag);
        tagNames.add(tag.name);
      }
    }
    if (unavailable.length) Object.assign(merged, { 'x-parley-unavailable': unavailable });
    return merged;
  }
}
