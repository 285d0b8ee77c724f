/** What the Transparency Database answered to one request of the multiple-statements API. */
export type SubmitOutcome =
  /** 201: every statement was stored; the Database's uuid (and id) per statement, in request order. */
  | { kind: 'accepted'; results: Array<{ puid: string; uuid: string | null; id: number | string | null }> }
  /** 422: some PUIDs were already stored (by an earlier request); nothing of this request was stored. */
  | { kind: 'duplicates'; puids: string[] }
  /** 422: these statements (by index in the request) failed validation; nothing was stored. */
  | { kind: 'invalid'; errorsByIndex: Map<number, Record<string, string[]>> }
  /** Anything else: refused as a whole (auth, limits, server error, network); worth trying again later. */
  | { kind: 'failed'; status: number | null; error: string };

export interface TransparencyDatabaseOptions {
  url: string;
  token: string;
  timeoutMs: number;
}

/**
 * The DSA Transparency Database's API for providers (`POST /api/v1/statements`, up to 100
 * statements, bearer token). The Database stores all of a request or none of it: a field error
 * or an already known PUID refuses the whole request with 422.
 */
export class TransparencyDatabaseClient {
  constructor(private readonly opts: TransparencyDatabaseOptions) {}

  async submit(statements: ReadonlyArray<Record<string, unknown>>): Promise<SubmitOutcome> {
    let res: Response;
    try {
      res = await fetch(this.opts.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.opts.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ statements }),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (err) {
      return { kind: 'failed', status: null, error: `request failed: ${(err as Error).message}` };
    }
    const text = await res.text().catch(() => '');
    type Body = { statements?: unknown; errors?: unknown; message?: unknown };
    let body: Body | null = null;
    try {
      const parsed: unknown = text ? JSON.parse(text) : null;
      body = parsed && typeof parsed === 'object' ? (parsed as Body) : null;
    } catch {
      body = null;
    }
    if (res.status === 200 || res.status === 201) {
      type Returned = { puid?: unknown; uuid?: unknown; id?: unknown };
      const returned: Returned[] = Array.isArray(body?.statements) ? (body.statements as Returned[]).filter((s) => s && typeof s === 'object') : [];
      const byPuid = new Map(returned.filter((s) => typeof s.puid === 'string').map((s) => [s.puid as string, s]));
      return {
        kind: 'accepted',
        results: statements.map((s, i) => {
          const r: Returned = byPuid.get(String(s.puid)) ?? returned[i] ?? {};
          return { puid: String(s.puid), uuid: typeof r.uuid === 'string' ? r.uuid : null, id: typeof r.id === 'number' || typeof r.id === 'string' ? r.id : null };
        }),
      };
    }
    if (res.status === 422 && body && typeof body.errors === 'object' && body.errors) {
      const errors = body.errors as Record<string, unknown>;
      const existing = errors.existing_puids;
      if (Array.isArray(existing) && existing.length) return { kind: 'duplicates', puids: existing.map(String) };
      const byIndex = new Map<number, Record<string, string[]>>();
      for (const [key, value] of Object.entries(errors)) {
        // `statement_3: { field: [..] }` (per statement) or `statements.3.field: [..]` (Laravel's dotted keys)
        const m = /^statements?[._](\d+)(?:\.(.+))?$/.exec(key);
        if (!m) continue;
        const index = Number(m[1]);
        const entry = byIndex.get(index) ?? {};
        if (m[2]) entry[m[2]] = toMessages(value);
        else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [f, v] of Object.entries(value)) entry[f] = toMessages(v);
        else entry['statement'] = toMessages(value);
        byIndex.set(index, entry);
      }
      if (byIndex.size) return { kind: 'invalid', errorsByIndex: byIndex };
    }
    const detail = typeof body?.message === 'string' ? body.message : text.slice(0, 300);
    return { kind: 'failed', status: res.status, error: `HTTP ${res.status}${detail ? `: ${detail}` : ''}` };
  }
}

function toMessages(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [String(v)];
}
