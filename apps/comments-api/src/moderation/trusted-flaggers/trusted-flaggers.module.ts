import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TrustedFlagger, TrustedFlaggerSchema } from './trusted-flagger.schema';
import { TrustedFlaggersController } from './trusted-flaggers.controller';
import { TrustedFlaggersService } from './trusted-flaggers.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: TrustedFlagger.name, schema: TrustedFlaggerSchema }])],
  controllers: [TrustedFlaggersController],
  providers: [TrustedFlaggersService],
  exports: [TrustedFlaggersService],
})
export class TrustedFlaggersModule {}
