import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RestrictionsController } from './restrictions.controller';
import { RestrictionsService } from './restrictions.service';
import { UserRestriction, UserRestrictionSchema } from './schemas/user-restriction.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: UserRestriction.name, schema: UserRestrictionSchema }])],
  controllers: [RestrictionsController],
  providers: [RestrictionsService],
  exports: [RestrictionsService],
})
export class RestrictionsModule {}

