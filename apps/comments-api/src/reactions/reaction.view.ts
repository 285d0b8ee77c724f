import { ApiProperty } from '@nestjs/swagger';

export class ReactionView {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' }) commentId!: string;
  @ApiProperty({ example: true, description: 'Whether you now react to the comment.' }) reacted!: boolean;
  @ApiProperty({ example: 6 }) reactionCount!: number;
}
