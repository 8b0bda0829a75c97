export * from './lib/home/home.page';
export * from './lib/org.routes';
export * from './lib/employee.routes';
export * from './lib/data/units.service';
export * from './lib/data/employees.service';
export * from './lib/employees/employee-picker';
export * from './lib/data/positions.service';
