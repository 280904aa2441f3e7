import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics.service';

/** The Prometheus registry, injectable everywhere (modules feed its counters with one call). */
@Global()
@Module({ providers: [Metrics], exports: [Metrics] })
export class MetricsRegistryModule {}
