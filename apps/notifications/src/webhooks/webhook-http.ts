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
 * POSTs one webhook with node:http(s), connecting only to addresses the SSRF guard accepted
 * (the guard runs as the socket's DNS lookup, so the checked address is the one connected to).
 * Redirects are not followed. Keep-alive agents cap the sockets per endpoint.
 */
export class WebhookHttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly lookupAllowed: ReturnType<typeof guardedLookup>;
  private readonly lookupAny: ReturnType<typeof guardedLookup>;

  constructor(private readonly opts: { timeoutMs: number; maxSocketsPerHost: number; allowPrivate: boolean }) {
    const agentOpts = { keepAlive: true, maxSockets: opts.maxSocketsPerHost, maxFreeSockets: opts.maxSocketsPerHost, timeout: opts.timeoutMs };
    this.httpAgent = new http.Agent(agentOpts);
    this.httpsAgent = new https.Agent(agentOpts);
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
          agent: isHttps ? this.httpsAgent : this.httpAgent,
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
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
