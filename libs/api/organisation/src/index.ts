export * from './lib/organisation.module';
export * from './lib/scope/scope.service';
export * from './lib/entities';
export * from './lib/units.service';
export * from './lib/employees.service';
export * from './lib/employee-rules';
export * from './lib/demo/seed-demo';
export * from './lib/demo/demo-accounts';
