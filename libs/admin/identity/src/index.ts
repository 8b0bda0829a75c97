export * from './lib/login/login.page';
export * from './lib/change-password/change-password.page';
export * from './lib/admin.routes';
