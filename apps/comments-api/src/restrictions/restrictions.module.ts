import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RestrictionsController } from './restrictions.controller';
import { RestrictionsService } from './restrictions.service';
import { Premoderation } from './premoderation';
import { UserFlags, UserFlagsSchema } from './schemas/user-flags.schema';
import { UserRestriction, UserRestrictionSchema } from './schemas/user-restriction.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: UserRestriction.name, schema: UserRestrictionSchema },
      { name: UserFlags.name, schema: UserFlagsSchema },
    ]),
  ],
  controllers: [RestrictionsController],
  providers: [RestrictionsService, Premoderation],
  exports: [RestrictionsService, Premoderation],
})
export class RestrictionsModule {}

