import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { AuthedRequest, OptionalAuth, ProblemException } from '@parley/platform';
import { ILLEGAL_CONTENT_TYPE_INFO, ILLEGAL_CONTENT_TYPES, IllegalContentType } from '@parley/moderation-rules';
import { COMMENT_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { CommentsRepository } from '../../comments/comments.repository';
import { publicAuthorId } from '../../comments/public-author-id';
import { ModerationConfig } from '../shared/moderation.config';
import { noControlChars, trimNfc } from '../shared/dto';
import { NoticesService } from './notices.service';

/** A notice of illegal content (DSA Art. 16(2)): who sends it, where the content is, why it is illegal. */
export class CreateNoticeDto {
  @ApiProperty({ example: 'Dana Jurist', maxLength: 200, description: 'The notifier\u2019s name (Art. 16(2)(c)).' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(noControlChars, { message: 'name must not contain control characters' })
  name!: string;

  @ApiProperty({ example: 'dana@lawfirm.example', maxLength: 254, description: 'Where the confirmation of receipt and the decision are sent.' })
  @Transform(trimNfc)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ example: 'The comment accuses a named person of a crime without any basis (defamation).', maxLength: 5000, description: 'Why the content is illegal (Art. 16(2)(a)).' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @Matches(noControlChars, { message: 'explanation must not contain control characters' })
  explanation!: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 20,
    example: ['665f1c2e8a1b2c3d4e5f6a7b', 'https://news.example/article#comment-665f1c2e8a1b2c3d4e5f6a7c'],
    description: 'The exact locations (Art. 16(2)(b)): comment ids, or links to comments (a link that contains the comment id).',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'locations must name at least one comment' })
  @ArrayMaxSize(20, { message: 'locations must name at most 20 comments' })
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  locations!: string[];

  @ApiProperty({ enum: ILLEGAL_CONTENT_TYPES, example: 'defamation', description: 'The type of illegal content.' })
  @IsIn(ILLEGAL_CONTENT_TYPES, { message: `illegalContentType must be one of ${ILLEGAL_CONTENT_TYPES.join(', ')}` })
  illegalContentType!: IllegalContentType;

  @ApiProperty({ example: true, description: 'Statement that the notice is accurate and complete, made in good faith (Art. 16(2)(d)); must be true.' })
  @Equals(true, { message: 'goodFaith must be true: confirm that the notice is accurate and complete and made in good faith' })
  goodFaith!: boolean;
}

const ID_IN_TEXT = /(?:^|[^a-f0-9])([a-f0-9]{24})(?![a-f0-9])/i;

/** The comment id a location names: an id, or an http(s) link containing one. */
export function commentIdOfLocation(location: string): string | null {
  const text = location.trim();
  if (COMMENT_ID_PATTERN.test(text.toLowerCase())) return text.toLowerCase();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const m = ID_IN_TEXT.exec(`${url.pathname}${url.search}${url.hash}`);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Notices of illegal content from anyone (DSA Art. 16): no account needed (a signed-in sender is
 * recorded; a banned reader can send one too), separate from readers' reports, rate-limited per
 * sender address and per e-mail. The notifier is sent a confirmation of receipt by e-mail.
 */
@ApiTags('dsa')
@Controller('v1')
export class PublicNoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly comments: CommentsRepository,
    private readonly config: ModerationConfig,
  ) {}

  @Post('notices')
  @OptionalAuth()
  @HttpCode(201)
  @ApiOperation({ summary: 'Send a notice of illegal content about one or more comments (DSA Art. 16); no account needed.' })
  @ApiCreatedResponse({ description: '`{ id, status, receivedAt, commentIds }`; a confirmation of receipt is e-mailed to the notifier.' })
  @ApiProblems(400, 404, 429)
  async create(@Body() dto: CreateNoticeDto, @Req() req: Request) {
    const errors: Array<{ field: string; message: string }> = [];
    const ids: string[] = [];
    dto.locations.forEach((loc, i) => {
      const id = commentIdOfLocation(loc);
      if (!id) errors.push({ field: `locations[${i}]`, message: 'must be a comment id or an http(s) link that contains the comment id' });
      else if (ids.includes(id)) errors.push({ field: `locations[${i}]`, message: 'names a comment already named' });
      else ids.push(id);
    });
    if (errors.length) throw new ProblemException(400, 'bad-request', 'Bad Request', 'Some locations do not name a comment', { errors });

    const items: Array<{ commentId: string; articleId: string; authorId: string; location: string }> = [];
    for (const [i, id] of ids.entries()) {
      const c = await this.comments.load(id);
      if (!c) errors.push({ field: `locations[${i}]`, message: `no comment ${id}` });
      else items.push({ commentId: id, articleId: c.articleId, authorId: c.authorId, location: dto.locations[i].trim() });
    }
    if (errors.length) throw new ProblemException(404, 'comment-not-found', 'Comment not found', 'Some locations name no comment', { errors });

    const email = dto.email.toLowerCase();
    const senderKey = publicAuthorId(`notice-sender:${req.ip ?? 'unknown'}`);
    const since = new Date(Date.now() - 3600_000);
    const recent = await this.notices.recentBySender(senderKey, email, since);
    const limits = this.config.notices;
    if (recent.byAddress >= limits.perHourPerAddress || recent.byEmail >= limits.perHourPerEmail) {
      const per = recent.byEmail >= limits.perHourPerEmail ? `${limits.perHourPerEmail} notices per e-mail address` : `${limits.perHourPerAddress} notices per network address`;
      throw new ProblemException(429, 'rate-limited', 'Too Many Requests', `At most ${per} per hour; retry later`, { retryAfter: 3600 }, { 'Retry-After': '3600' });
    }
    const user = (req as AuthedRequest).user;
    const n = await this.notices.receive({ items, reporterId: user?.id ?? null, reporterName: dto.name, reporterEmail: email, explanation: dto.explanation, illegalContentType: dto.illegalContentType, senderKey });
    return { id: n._id, status: n.status, receivedAt: new Date(n.receivedAt).toISOString(), commentIds: n.commentIds ?? [n.commentId] };
  }

  @Get('dsa/information')
  @OptionalAuth()
  @ApiOperation({ summary: 'What the service tells its users under DSA Art. 14: guidelines, automated moderation, complaints, out-of-court settlement, types of illegal content.' })
  @ApiOkResponse({ description: '`{ guidelinesUrl, automatedModeration, automatedModerationUrl, complaintProcedure, complaintUrl, outOfCourt, judicialRedress, illegalContentTypes: [{ id, label }] }`' })
  information() {
    const d = this.config.dsa;
    return {
      guidelinesUrl: d.guidelinesUrl,
      automatedModeration: d.automatedModeration,
      automatedModerationUrl: d.automatedModerationUrl,
      complaintProcedure: d.complaintProcedure,
      complaintUrl: d.complaintUrl,
      outOfCourt: d.outOfCourt,
      judicialRedress: d.judicialRedress,
      illegalContentTypes: ILLEGAL_CONTENT_TYPES.map((id) => ({ id, label: ILLEGAL_CONTENT_TYPE_INFO[id].label })),
    };
  }
}
