import type { OpenAPIObject } from '@nestjs/swagger';
import { internalRoutes } from './internal-routes';
import { MergedOpenApi } from './merged-openapi';

const own = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 'Parley comments API', version: '1' },
  paths: { '/v1/comments/{id}': { get: { responses: {}, tags: ['comments'] } } },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: { Problem: { type: 'object', properties: { type: { type: 'string' } } } },
  },
  tags: [],
});

const worker: OpenAPIObject = {
  openapi: '3.0.0',
  info: { title: 'worker', version: '1' },
  paths: {
    '/v1/rule-sets/{version}': {
      get: {
        operationId: 'get',
        responses: { '200': { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
      },
    },
    '/v1/rule-sets': { get: { operationId: 'list', responses: {}, security: [] } },
    '/health': { get: { responses: {} } },
  },
  components: { schemas: { Problem: { type: 'object', properties: { other: { type: 'number' } } } } },
};

describe('MergedOpenApi', () => {
  it('adds the served paths of the other apps, renaming clashing schemas and their references', async () => {
    const routes = internalRoutes({ 'moderation-worker': 'http://w:3001' });
    const requested: string[] = [];
    const merged = await new MergedOpenApi(routes, {
      fetchDocument: async (url) => {
        requested.push(url);
        return worker;
      },
    }).merge(own());
    expect(requested).toEqual(['http://w:3001/docs-json']);
    expect(Object.keys(merged.paths).sort()).toEqual(['/v1/comments/{id}', '/v1/rule-sets', '/v1/rule-sets/{version}']);
    // An operation keeps the security its app documents (none here); one without gets the bearer scheme.
    expect(merged.paths['/v1/rule-sets']!.get!.security).toEqual([]);
    const op = merged.paths['/v1/rule-sets/{version}']!.get!;
    expect(op.tags).toEqual(['moderation-worker']);
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(op.operationId).toBe('ModerationWorker_get');
    expect((op.responses['200'] as { content: Record<string, { schema: unknown }> }).content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/ModerationWorkerProblem',
    });
    expect(merged.components!.schemas!.Problem).toEqual(own().components!.schemas!.Problem);
    expect(merged.components!.schemas!.ModerationWorkerProblem).toEqual(worker.components!.schemas!.Problem);
    expect(merged.tags!.map((t) => t.name)).toContain('moderation-worker');
  });

  it('leaves out an app that does not answer, names it, and asks again later', async () => {
    const routes = internalRoutes({ 'moderation-worker': 'http://w:3001' });
    let calls = 0;
    const merger = new MergedOpenApi(routes, {
      retryMs: 0,
      fetchDocument: async () => {
        calls += 1;
        if (calls === 1) throw new Error('ECONNREFUSED');
        return worker;
      },
    });
    const first = await merger.merge(own());
    expect(Object.keys(first.paths)).toEqual(['/v1/comments/{id}']);
    expect((first as unknown as Record<string, unknown>)['x-parley-unavailable']).toEqual(['moderation-worker']);
    const second = await merger.merge(own());
    expect(Object.keys(second.paths)).toContain('/v1/rule-sets/{version}');
    expect((second as unknown as Record<string, unknown>)['x-parley-unavailable']).toBeUndefined();
  });

  it('returns the document unchanged without other apps', async () => {
    const doc = own();
    expect(await new MergedOpenApi([]).merge(doc)).toBe(doc);
  });
});
