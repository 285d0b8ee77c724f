import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldErrorView {
  @ApiProperty({ example: 'body' }) field!: string;
  @ApiProperty({ example: 'body must be a string' }) message!: string;
}

/** RFC 9457 problem details; problem types may add extension members (e.g. `until`, `closedAt`). */
export class ProblemView {
  @ApiProperty({ example: 'https://parley.dev/problems/bad-request' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiPropertyOptional({ example: 'Invalid request: body: body must be a string' }) detail?: string;
  @ApiPropertyOptional({ example: '/v1/articles/climate-2026/comments' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'Validation failures, one per field and rule.' }) errors?: FieldErrorView[];
}

const PROBLEMS: Record<number, { description: string; example: Record<string, unknown> }> = {
  400: {
    description: 'Invalid input: a field, parameter or JSON body is malformed (`errors` names each field).',
    example: { type: 'https://parley.dev/problems/bad-request', title: 'Bad Request', status: 400, detail: 'Invalid request: body: body must be a string', errors: [{ field: 'body', message: 'body must be a string' }] },
  },
  401: {
    description: 'No bearer token, or an invalid or expired one.',
    example: { type: 'https://parley.dev/problems/unauthorized', title: 'Authentication required', status: 401, detail: 'Send a bearer token issued by the host site: Authorization: Bearer <jwt>' },
  },
  403: {
    description: 'Not allowed: missing role, not your comment, article closed, or your account is banned/suspended (with `reason` and `until`).',
    example: { type: 'https://parley.dev/problems/user-suspended', title: 'Your account is suspended', status: 403, detail: 'You cannot post until 2026-12-01T00:00:00.000Z: repeated insults', reason: 'repeated insults', until: '2026-12-01T00:00:00.000Z' },
  },
  404: {
    description: 'Not found (or not visible to you).',
    example: { type: 'https://parley.dev/problems/comment-not-found', title: 'Comment not found', status: 404, detail: 'No visible comment with id 665f1c2e8a1b2c3d4e5f6a7b' },
  },
  409: {
    description: 'Conflicts with the current state (e.g. already reported, comment deleted).',
    example: { type: 'https://parley.dev/problems/already-reported', title: 'Already reported', status: 409, detail: 'You have already reported this comment' },
  },
  410: {
    description: 'Gone: a link or token that worked until a deadline has expired (e.g. a complaint link after the six-month window).',
    example: { type: 'https://parley.dev/problems/complaint-link-expired', title: 'Complaint link expired', status: 410, detail: 'Decisions can be contested within six months of being informed of them' },
  },
  413: {
    description: 'The request body is larger than the limit.',
    example: { type: 'https://parley.dev/problems/payload-too-large', title: 'Payload Too Large', status: 413, detail: 'request entity too large' },
  },
  422: {
    description: 'Well-formed but not applicable (e.g. a parent comment on another article, a reply too deep).',
    example: { type: 'https://parley.dev/problems/invalid-parent', title: 'Invalid parent comment', status: 422, detail: 'parentId must reference a visible comment on the same article', errors: [{ field: 'parentId', message: 'must reference a visible comment on the same article' }] },
  },
  429: {
    description: 'Rate limit exceeded; retry after the number of seconds in `Retry-After`.',
    example: { type: 'https://parley.dev/problems/rate-limited', title: 'Too Many Requests', status: 429, detail: 'Too many requests; retry in 42 s', retryAfter: 42 },
  },
  503: {
    description: 'A service this answer needs (e.g. moderation-worker for a draft check) cannot be reached right now; retry later.',
    example: { type: 'https://parley.dev/problems/check-unavailable', title: 'Check unavailable', status: 503, detail: 'The guidelines check is not available right now; the comment can still be posted.' },
  },
};

/** Declares problem+json error responses of a route in the OpenAPI document (429 always). */
export function ApiProblems(...statuses: number[]) {
  const all = [...new Set([...statuses, 429])].sort();
  return applyDecorators(
    ApiExtraModels(ProblemView, FieldErrorView),
    ...all.map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status]!.description,
        headers: status === 429 ? { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } : undefined,
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) }, example: PROBLEMS[status]!.example } },
      }),
    ),
  );
}
