export * from './lib/identity.module';
export * from './lib/auth.service';
export * from './lib/users.service';
export * from './lib/password';
export * from './lib/entities/app-user.entity';
export * from './lib/entities/user-unit-scope.entity';
export * from './lib/entities/refresh-token.entity';
