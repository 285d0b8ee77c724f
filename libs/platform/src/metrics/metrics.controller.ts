import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../auth/auth.guard';

let defaultsCollected = false;

/** Prometheus metrics of this process (default registry) in the text exposition format. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor() {
    if (!defaultsCollected) {
      collectDefaultMetrics({ prefix: 'parley_process_' });
      defaultsCollected = true;
    }
  }

  @Public()
  @Get()
  @Header('content-type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
