import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MutedAuthorsController } from './muted-authors.controller';
import { MutedAuthorsService } from './muted-authors.service';
import { MutedAuthor, MutedAuthorSchema } from './schemas/muted-author.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: MutedAuthor.name, schema: MutedAuthorSchema }])],
  controllers: [MutedAuthorsController],
  providers: [MutedAuthorsService],
  exports: [MutedAuthorsService],
})
export class MutedAuthorsModule {}
