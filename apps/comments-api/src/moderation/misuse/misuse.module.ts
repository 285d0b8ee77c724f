import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RestrictionsModule } from '../../restrictions/restrictions.module';
import { UserActionsStoreModule } from '../user-actions/user-actions-store.module';
import { MisuseMark, MisuseMarkSchema, MisuseStandingDoc, MisuseStandingSchema } from './misuse.schema';
import { MisuseService } from './misuse.service';

/** Protection against misuse (DSA Art. 23); used by decisions, notices, complaints and reports. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MisuseMark.name, schema: MisuseMarkSchema },
      { name: MisuseStandingDoc.name, schema: MisuseStandingSchema },
    ]),
    RestrictionsModule,
    UserActionsStoreModule,
  ],
  providers: [MisuseService],
  exports: [MisuseService],
})
export class MisuseModule {}
