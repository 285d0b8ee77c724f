import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { StreamController } from './stream.controller';

@Module({ imports: [QueuesModule], controllers: [StreamController] })
export class StreamModule {}
