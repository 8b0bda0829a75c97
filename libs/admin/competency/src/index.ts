export * from './lib/competency.routes';
