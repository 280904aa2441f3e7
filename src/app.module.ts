import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ERROR_STATUS } from './error-status';
import { ArchiveModule } from './modules/archive/archive.module';
import { ChannelsModule } from './modules/channels';
import { ClassificationModule } from './modules/classification/classification.module';
import { ConversationsModule } from './modules/conversations';
import { EventsModule } from './modules/events';
import { FreeTextScreeningPipe } from './modules/classification/free-text-screening.pipe';
import { PolicyModule } from './modules/policy/policy.module';
import { RepliesModule } from './modules/replies';
import { MetricsModule } from './modules/metrics';
import { SubjectsModule } from './modules/subjects';
import { TemplatesDevSeedModule, TemplatesModule } from './modules/templates';
import { AuthModule } from './platform/auth/auth.module';
import { ConfigModule } from './platform/config/config.module';
import type { Clock } from './platform/clock/clock';
import { ClockModule } from './platform/clock/clock.module';
import { Settings } from './platform/config/settings';
import { DatabaseModule } from './platform/database/database.module';
import { DevAuthModule } from './platform/dev-auth';
import { AllExceptionsFilter } from './platform/errors/all-exceptions.filter';
import { ERROR_STATUS_TABLE } from './platform/errors/error-status.token';
import { createValidationPipe } from './platform/errors/validation';
import { HealthModule } from './platform/health/health.module';

/** What a caller (a test, the CLI) may swap in. */
export interface AppOptions {
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(settings: Settings, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(settings),
        ClockModule.forRoot(options.clock),
        DatabaseModule.forRoot(),
        AuthModule,
        DevAuthModule.forRoot(settings),
        HealthModule,
        SubjectsModule,
        ArchiveModule,
        PolicyModule,
        ClassificationModule,
        TemplatesModule,
        TemplatesDevSeedModule,
        ConversationsModule,
        ChannelsModule,
        RepliesModule,
        MetricsModule,
        EventsModule,
      ],
      providers: [
        { provide: ERROR_STATUS_TABLE, useValue: ERROR_STATUS },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // After validation: free text is screened before any handler can store it.
        { provide: APP_PIPE, useExisting: FreeTextScreeningPipe },
        AllExceptionsFilter,
        { provide: APP_FILTER, useExisting: AllExceptionsFilter },
      ],
    };
  }
}
