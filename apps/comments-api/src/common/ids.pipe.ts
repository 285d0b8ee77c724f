import { Injectable, PipeTransform } from '@nestjs/common';
import { ProblemException } from '@parley/platform';

export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$/;

/** Article ids come from the host site: 1–200 URL-safe characters. */
@Injectable()
export class ArticleIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ARTICLE_ID_PATTERN.test(value)) {
      throw new ProblemException(400, 'invalid-article-id', 'Invalid article id', 'articleId must be 1–200 characters: letters, digits, . _ : ~ -', {
        errors: [{ field: 'articleId', message: 'must match ' + ARTICLE_ID_PATTERN.source }],
      });
    }
    return value;
  }
}

@Injectable()
export class CommentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-f0-9]{24}$/i.test(value)) {
      throw new ProblemException(400, 'invalid-comment-id', 'Invalid comment id', 'id must be a 24-character hexadecimal comment id', {
        errors: [{ field: 'id', message: 'must be a 24-character hexadecimal id' }],
      });
    }
    return value;
  }
}
