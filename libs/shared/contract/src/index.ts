export * from './lib/roles';
export * from './lib/errors';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/audit';
export * from './lib/organisation';
export * from './lib/home';
export * from './lib/competency';
