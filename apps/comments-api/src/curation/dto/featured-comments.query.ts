import { PageQuery } from '../../comments/dto/list-comments.query';

/** limit and cursor (from the previous page's nextCursor) of the featured tab. */
export class FeaturedCommentsQuery extends PageQuery {}
