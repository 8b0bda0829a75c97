export * from './lib/organisation.module';
export * from './lib/demo-placeholder';
