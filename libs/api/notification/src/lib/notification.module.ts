import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './entities/mail-outbox.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { JobRunEntity } from './entities/job-run.entity';
import { OutboxService } from './mail/outbox.service';
import { MailTransport } from './mail/mail-transport';
import { OutboxDrainService } from './mail/outbox-drain.service';
import { MailLogService } from './mail/mail-log.service';
import { JobRegistry } from './jobs/job-registry';
import { JobRunsService } from './jobs/job-runs.service';
import { HousekeepingJobs } from './jobs/housekeeping.jobs';
import { JobsController, MailLogController, NotificationPreferencesController } from './notification.controller';

/**
 * Mail through the transactional outbox and the scheduled-job runner. Domain modules import it to
 * queue messages (`OutboxService.enqueue` inside their transaction) and to register jobs
 * (`JobRegistry.register` in `onModuleInit`).
 */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    TypeOrmModule.forFeature([MailOutboxEntity, NotificationPreferenceEntity, JobRunEntity]),
  ],
  controllers: [MailLogController, JobsController, NotificationPreferencesController],
  providers: [OutboxService, MailTransport, OutboxDrainService, MailLogService, JobRegistry, JobRunsService, HousekeepingJobs],
  exports: [OutboxService, JobRegistry, OutboxDrainService, MailTransport],
})
export class NotificationModule {}
