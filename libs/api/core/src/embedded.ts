export * from './lib/database/embedded';
