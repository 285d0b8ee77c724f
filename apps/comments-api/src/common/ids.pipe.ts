import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ProblemException } from '@parley/platform';

export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$/;
export const COMMENT_ID_PATTERN = /^[a-f0-9]{24}$/;
/** User ids are the host site's `sub` claims: 1–200 characters, no whitespace or slashes. */
export const USER_ID_PATTERN = /^[A-Za-z0-9._:@|+~-]{1,200}$/;

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
      throw invalid('userId', 'invalid-user-id', 'Invalid user id', 'must be 1–200 characters: letters, digits, . _ : @ | + ~ -');
    }
    return value;
  }
}

/** Path parameters as documented in OpenAPI (with the patterns the pipes enforce). */
export const ApiCommentIdParam = () => ApiParam({ name: 'id', description: 'Comment id', schema: { type: 'string', pattern: COMMENT_ID_PATTERN.source, example: '665f1c2e8a1b2c3d4e5f6a7b' } });
export const ApiArticleIdParam = () => ApiParam({ name: 'articleId', description: 'The host site\u2019s article id', schema: { type: 'string', pattern: ARTICLE_ID_PATTERN.source, example: 'climate-2026-11-26' } });
export const ApiUserIdParam = () => ApiParam({ name: 'userId', description: 'The host site\u2019s user id (JWT sub)', schema: { type: 'string', pattern: USER_ID_PATTERN.source, example: 'user-123' } });
