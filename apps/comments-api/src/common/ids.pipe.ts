import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { articleKey, AuthedRequest, DEFAULT_SITE_ID, ProblemException } from '@parley/platform';

export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$/;
export const COMMENT_ID_PATTERN = /^[a-f0-9]{24}$/;
/**
 * User ids: the host site's `sub` claim (1–200 characters, no whitespace or slashes), on a site
 * other than the default one prefixed with `<site>/` (see AuthenticatedUser.id).
 */
export const USER_ID_PATTERN = /^([a-z0-9][a-z0-9-]{0,39}\/)?[A-Za-z0-9._:@|+~-]{1,200}$/;

function invalid(field: string, slug: string, title: string, message: string): ProblemException {
  return new ProblemException(400, slug, title, `${field} ${message}`, { errors: [{ field, message }] });
}

/** Article ids come from the host site: 1–200 URL-safe characters. */
@Injectable()
export class ArticleIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !ARTICLE_ID_PATTERN.test(value)) {
      throw invalid('articleId', 'invalid-article-id', 'Invalid article id', 'must be 1–200 characters: letters, digits, . _ : ~ - (not starting with a symbol)');
    }
    return value;
  }
}

/**
 * The `:articleId` path parameter as the key of the article within the caller's site
 * (articleKey): the host's id on the default site, `<site>/<id>` on the others, so a site
 * only ever reaches its own articles. Validated like ArticleIdPipe.
 */
export const SiteArticleId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const id = new ArticleIdPipe().transform((req.params as Record<string, string>).articleId);
  return articleKey(req.site ?? DEFAULT_SITE_ID, id);
});

@Injectable()
export class CommentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !COMMENT_ID_PATTERN.test(value)) {
      throw invalid('id', 'invalid-comment-id', 'Invalid comment id', 'must be a 24-character lowercase hexadecimal comment id');
    }
    return value;
  }
}

@Injectable()
export class UserIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !USER_ID_PATTERN.test(value)) {
      throw invalid('userId', 'invalid-user-id', 'Invalid user id', 'must be 1–200 characters: letters, digits, . _ : @ | + ~ - (after a site prefix `<site>/` on sites other than the default one)');
    }
    return value;
  }
}

/** Path parameters as documented in OpenAPI (with the patterns the pipes enforce). */
export const ApiCommentIdParam = () => ApiParam({ name: 'id', description: 'Comment id', schema: { type: 'string', pattern: COMMENT_ID_PATTERN.source, example: '665f1c2e8a1b2c3d4e5f6a7b' } });
export const ApiArticleIdParam = () => ApiParam({ name: 'articleId', description: 'The host site\u2019s article id', schema: { type: 'string', pattern: ARTICLE_ID_PATTERN.source, example: 'climate-2026-11-26' } });
export const ApiUserIdParam = () => ApiParam({ name: 'userId', description: 'The host site\u2019s user id (JWT sub)', schema: { type: 'string', pattern: USER_ID_PATTERN.source, example: 'user-123' } });
