export * from './lib/notification.module';
export * from './lib/mail/template';
export * from './lib/mail/outbox.service';
export * from './lib/mail/outbox-drain.service';
export * from './lib/mail/mail-transport';
export * from './lib/jobs/job-registry';
export * from './lib/entities/mail-outbox.entity';
export * from './lib/entities/job-run.entity';
