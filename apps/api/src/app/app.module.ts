import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AuthGuard, CoreModule } from '@kompeten/api/core';
import { IdentityModule } from '@kompeten/api/identity';
import { OrganisationModule } from '@kompeten/api/organisation';
import { CompetencyModule } from '@kompeten/api/competency';
import { NotificationModule } from '@kompeten/api/notification';
import { HealthController } from './health.controller';
import { loggerOptions } from './logger';

/** The domain modules, in one list shared by the server, the CLI and the schema-drift test. */
export const DOMAIN_MODULES = [IdentityModule, OrganisationModule, CompetencyModule, NotificationModule];

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  /** Directory of the built web app, served at `/` (absent in API-only runs). */
  staticDir?: string;
}

@Module({})
export class AppModule {
  static forRoot(opts: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(opts.config)),
        CoreModule.forRoot(opts),
        ThrottlerModule.forRoot([{ name: 'login', ttl: 60_000, limit: opts.config.LOGIN_IP_LIMIT_PER_MINUTE }]),
        ...(opts.staticDir ? [ServeStaticModule.forRoot({ rootPath: opts.staticDir, exclude: ['/api/{*path}'] })] : []),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
