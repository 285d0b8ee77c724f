import { jsonBytes, weakEtag } from './ready-pages';

describe('ready page bytes', () => {
  it('serialises like Express with json escape, and tags like Express', () => {
    const body = jsonBytes({ items: [{ body: '<script>alert("x")</script> & ü' }], nextCursor: null });
    expect(body.toString('utf8')).toBe('{"items":[{"body":"\\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e \\u0026 ü"}],"nextCursor":null}');
    // Express's ETag function (the etag package, weak) on the same bytes.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const expressEtag = require('etag') as (b: Buffer, o: { weak: boolean }) => string;
    expect(weakEtag(body)).toBe(expressEtag(body, { weak: true }));
    expect(weakEtag(jsonBytes({ a: 1 }))).not.toBe(weakEtag(body));
  });
});
