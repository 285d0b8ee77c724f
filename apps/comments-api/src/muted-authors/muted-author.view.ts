import { ApiProperty } from '@nestjs/swagger';

export class MutedAuthorView {
  @ApiProperty({ example: 'a_Qm9iIHRoZSBidWlsZGVy', description: 'The public author id (as `authorId` in comment listings).' }) authorId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Bob', description: 'The name given when muting, if any.' }) authorName!: string | null;
  @ApiProperty({ example: '2026-12-05T12:00:00.000Z' }) mutedAt!: string;
}

export class MutedAuthorList {
  @ApiProperty({ type: [MutedAuthorView], description: 'Most recently muted first.' }) items!: MutedAuthorView[];
  @ApiProperty({ example: 200, description: 'How many authors one reader may mute.' }) limit!: number;
}
