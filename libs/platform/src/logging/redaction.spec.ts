import { Writable } from 'node:stream';
import jwt from 'jsonwebtoken';
import { createRootLogger } from './logger.module';
import { REDACTED, redactLogObject, redactText, redactUri, urlOrigin } from './redaction';

const JWT = jwt.sign({ sub: 'mod-1', roles: ['moderator'] }, 's'.repeat(40), { expiresIn: '1h' });
const UNSUBSCRIBE = `${Buffer.from(JSON.stringify({ u: 'reader-1', c: 'replies' })).toString('base64url')}.${'A'.repeat(43)}`;

describe('redaction', () => {
  it('removes credential query parameters, JWTs, bearer credentials, unsubscribe tokens and URI passwords from text', () => {
    expect(redactText(`/moderation/?token=${JWT}&x=1`)).toBe(`/moderation/?token=${REDACTED}&x=1`);
    expect(redactText(`/v1/stream?access_token=abc123secret`)).toBe(`/v1/stream?access_token=${REDACTED}`);
    expect(redactText(`/v1/unsubscribe?token=${UNSUBSCRIBE}`)).toBe(`/v1/unsubscribe?token=${REDACTED}`);
    expect(redactText(`link ${UNSUBSCRIBE} in text`)).toBe(`link ${REDACTED} in text`);
    const complaint = '1798761600.' + 'q'.repeat(43);
    expect(redactText(`complain at https://news.example/c/${complaint} now`)).toBe(`complain at https://news.example/c/${REDACTED} now`);
    expect(redactText(JSON.stringify({ explanation: 'x', token: complaint }))).not.toContain(complaint);
    expect(redactText(`invalid ${JWT} seen`)).toBe(`invalid ${REDACTED} seen`);
    expect(redactText('Authorization: Bearer abc.def-ghi')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText('connect to mongodb://app:hunter2@db:27017/x failed')).toBe('connect to mongodb://app:***@db:27017/x failed');
    expect(redactUri('mongodb+srv://app:p%40ss@cluster0/')).toBe('mongodb+srv://app:***@cluster0/');
    expect(redactText('A perfectly normal message with no secrets.')).toBe('A perfectly normal message with no secrets.');
  });

  it('reduces a webhook URL to its origin', () => {
    expect(urlOrigin('https://hooks.slack.com/services/T000/B000/XXXXSECRET')).toBe('https://hooks.slack.com');
    expect(urlOrigin('not a url')).toBe('[invalid url]');
  });

  it('redacts fields named like credentials, nested values and errors, without changing the input', () => {
    const input = { user: 'u1', authorization: `Bearer ${JWT}`, nested: { token: 'plain', list: [`?token=${JWT}`] }, err: new Error(`failed for mongodb://a:pw@h/ with ${JWT}`) };
    const out = redactLogObject(input);
    expect(out).toMatchObject({ user: 'u1', authorization: REDACTED, nested: { token: REDACTED, list: [`?token=${REDACTED}`] }, err: { type: 'Error', message: `failed for mongodb://a:***@h/ with ${REDACTED}` } });
    expect(JSON.stringify(out)).not.toContain(JWT);
    expect(JSON.stringify(out)).not.toContain(':pw@');
    expect(input.nested.token).toBe('plain');
  });

  it('is applied by the root logger to fields, messages and logged errors', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) });
    const log = createRootLogger('test', 'info', sink);
    log.info({ url: `/x?token=${JWT}` }, `token was ${JWT}`);
    log.error(new Error(`bad ${UNSUBSCRIBE}`));
    log.warn({ err: new Error(`cannot reach mongodb://u:topsecret@h/`) }, 'db down');
    const all = lines.join('');
    expect(lines).toHaveLength(3);
    for (const secret of [JWT, UNSUBSCRIBE, 'topsecret']) expect(all).not.toContain(secret);
    expect(JSON.parse(lines[1]!)).toMatchObject({ msg: `bad ${REDACTED}`, err: { message: `bad ${REDACTED}` } });
  });
});
