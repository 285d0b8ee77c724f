import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { register } from 'prom-client';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { ClassifierClient, classifierSignature, parseClassifierAnswer } from './classifier.client';

const SECRET = 'classifier-secret-0123456789';

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
}

async function server(handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void) {
  const received: Received[] = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, headers: req.headers });
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/classify`, received, close: () =>
      new Promise<void>((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      }),
  };
}

function client(url: string, timeoutMs = 300) {
  const config = Object.assign(new ModerationWorkerConfig(), { MODERATION_CLASSIFIER_URL: url, MODERATION_CLASSIFIER_SECRET: SECRET, MODERATION_CLASSIFIER_TIMEOUT_MS: timeoutMs });
  return new ClassifierClient(config);
}

async function outcomes(): Promise<Record<string, number>> {
  const metric = (await register.getMetricsAsJSON()).find((m) => m.name === 'parley_classifier_requests_total');
  return Object.fromEntries((metric?.values ?? []).map((v) => [String(v.labels.outcome), v.value]));
}

describe('ClassifierClient', () => {
  const input = { id: 'c1', body: 'Some text to classify', articleId: 'a1' };

  it('is not consulted without a URL (undefined, not null)', async () => {
    await expect(client('').classify(input)).resolves.toBeUndefined();
  });

  it('posts { id, body, articleId } signed with HMAC-SHA256 over timestamp.body and returns the score', async () => {
    const s = await server((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ score: 0.93, labels: ['toxicity'] }));
    });
    try {
      const before = (await outcomes()).ok ?? 0;
      await expect(client(s.url).classify(input)).resolves.toEqual({ score: 0.93, labels: ['toxicity'] });
      expect(s.received).toHaveLength(1);
      const { body, headers } = s.received[0]!;
      expect(JSON.parse(body)).toEqual(input);
      const ts = String(headers['x-parley-timestamp']);
      expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`;
      expect(headers['x-parley-signature']).toBe(expected);
      expect(classifierSignature(SECRET, ts, body)).toBe(expected);
      expect((await outcomes()).ok).toBe(before + 1);
    } finally {
      await s.close();
    }
  });

  it('a slow classifier times out and yields null (fallback), counted as timeout', async () => {
    const s = await server((_req, res) => {
      setTimeout(() => res.end(JSON.stringify({ score: 0.1 })), 2000).unref();
    });
    try {
      const before = (await outcomes()).timeout ?? 0;
      await expect(client(s.url, 100).classify(input)).resolves.toBeNull();
      expect((await outcomes()).timeout).toBe(before + 1);
    } finally {
      await s.close();
    }
  });

  it('a classifier that is down yields null, counted as error', async () => {
    const s = await server((_req, res) => res.end('{}'));
    const url = s.url;
    await s.close();
    const before = (await outcomes()).error ?? 0;
    await expect(client(url).classify(input)).resolves.toBeNull();
    expect((await outcomes()).error).toBe(before + 1);
  });

  it('an HTTP error answer yields null', async () => {
    const s = await server((_req, res) => {
      res.statusCode = 503;
      res.end('busy');
    });
    try {
      await expect(client(s.url).classify(input)).resolves.toBeNull();
    } finally {
      await s.close();
    }
  });

  it('an answer outside { score: 0..1, labels? } yields null, counted as invalid', async () => {
    const s = await server((_req, res) => res.end(JSON.stringify({ score: 7 })));
    try {
      const before = (await outcomes()).invalid ?? 0;
      await expect(client(s.url).classify(input)).resolves.toBeNull();
      expect((await outcomes()).invalid).toBe(before + 1);
    } finally {
      await s.close();
    }
  });
});

describe('parseClassifierAnswer', () => {
  it.each([
    [{ score: 0 }, { score: 0 }],
    [{ score: 1, labels: ['spam'] }, { score: 1, labels: ['spam'] }],
    [{ score: 0.5, labels: null }, { score: 0.5 }],
  ])('accepts %j', (value, expected) => expect(parseClassifierAnswer(value)).toEqual(expected));

  it.each([[null], ['0.5'], [[]], [{}], [{ score: -0.1 }], [{ score: 1.01 }], [{ score: Number.NaN }], [{ score: '0.5' }], [{ score: 0.5, labels: 'spam' }], [{ score: 0.5, labels: [1] }], [{ score: 0.5, labels: [''] }]])(
    'refuses %j',
    (value) => expect(parseClassifierAnswer(value)).toBeNull(),
  );
});
