export * from './lib/competency.module';
export * from './lib/framework.service';
export * from './lib/standard.service';
export * from './lib/assessment.service';
export * from './lib/gap.service';
export * from './lib/policy.service';
export * from './lib/current-level.sql';
