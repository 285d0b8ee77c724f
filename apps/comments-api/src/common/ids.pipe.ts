import { Injectable, PipeTransform } from '@nestjs/common';
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
