import http from 'node:http';
import https from 'node:https';
import { ForbiddenDestinationError, guardedLookup, resolveAllowed } from './ssrf-guard';

export interface WebhookResponse {
  statusCode: number | null;
  error: string | null;
  retryAfter: string | null;
  /** The destination was refused (SSRF guard): never retried. */
  forbidden: boolean;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one webhook with node:http(s) over keep-alive connection pools, connecting only to
 * addresses the SSRF guard accepted. The guard is the socket's DNS `lookup`, so it runs for every
 * new connection and the checked address is the one connected to; a pooled connection is reused
 * only for the same host and port (the agent's pool key) and stays connected to that checked
 * address, so reusing it cannot reach anything the guard refused — a later DNS answer (rebinding)
 * only matters for the next new connection, which is checked again. Requests to the operator's
 * own NOTIFY_WEBHOOK_URLS (trusted: no guard) use separate pools, so a connection opened without
 * the check is never reused by a checked request to the same host. IP literals are checked per
 * request. Redirects are not followed. The dispatcher caps requests per endpoint and per replica;
 * the pools allow that many connections, so requests never queue inside an agent.
 */
export class WebhookHttpClient {
  private readonly agents: Record<'guarded' | 'trusted', { http: http.Agent; https: https.Agent }>;
  private readonly lookupAllowed: ReturnType<typeof guardedLookup>;
  private readonly lookupAny: ReturnType<typeof guardedLookup>;

  constructor(private readonly opts: { timeoutMs: number; maxSockets: number; allowPrivate: boolean }) {
    const agentOpts = { keepAlive: true, maxSockets: opts.maxSockets, maxFreeSockets: Math.min(opts.maxSockets, 256), timeout: opts.timeoutMs };
    this.agents = {
      guarded: { http: new http.Agent(agentOpts), https: new https.Agent(agentOpts) },
      trusted: { http: new http.Agent(agentOpts), https: new https.Agent(agentOpts) },
    };
    this.lookupAllowed = guardedLookup(opts.allowPrivate);
    this.lookupAny = guardedLookup(true);
  }

  /** Checks a URL's destination now (used when a subscription is created or changed). */
  async checkDestination(url: string): Promise<void> {
    await resolveAllowed(new URL(url).hostname, this.opts.allowPrivate);
  }

  async post(url: string, headers: Record<string, string>, body: string, trusted = false): Promise<WebhookResponse> {
    const u = new URL(url);
    const isHttps = u.protocol === 'https:';
    try {
      // IP literals skip the lookup function, so they are checked here.
      if (!trusted && /^[\d.]+$|^\[/.test(u.hostname)) await resolveAllowed(u.hostname, this.opts.allowPrivate);
    } catch (err) {
      return { statusCode: null, error: (err as Error).message, retryAfter: null, forbidden: err instanceof ForbiddenDestinationError };
    }
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const done = (r: WebhookResponse) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          resolve(r);
        }
      };
      const req = (isHttps ? https : http).request(
        {
          method: 'POST',
          protocol: u.protocol,
          hostname: u.hostname.replace(/^\[|\]$/g, ''),
          port: u.port || (isHttps ? 443 : 80),
          path: `${u.pathname}${u.search}`,
          agent: this.agents[trusted ? 'trusted' : 'guarded'][isHttps ? 'https' : 'http'],
          lookup: trusted ? this.lookupAny : this.lookupAllowed,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (res) => {
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_RESPONSE_BYTES) res.destroy();
          });
          const finish = () => {
            const code = res.statusCode ?? null;
            const ok = code !== null && code >= 200 && code < 300;
            done({ statusCode: code, error: ok ? null : `HTTP ${code}`, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, forbidden: false });
          };
          res.on('end', finish);
          res.on('close', finish);
          res.on('error', finish);
        },
      );
      const timer = setTimeout(() => {
        req.destroy(new Error(`timed out after ${this.opts.timeoutMs} ms`));
      }, this.opts.timeoutMs);
      req.on('error', (err) => done({ statusCode: null, error: err.message, retryAfter: null, forbidden: err instanceof ForbiddenDestinationError || (err as { code?: string }).code === 'EFORBIDDENDEST' }));
      req.end(body);
    });
  }

  close() {
    for (const a of Object.values(this.agents)) {
      a.http.destroy();
      a.https.destroy();
    }
  }
}
