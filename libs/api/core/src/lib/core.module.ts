import { DynamicModule, Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuditService } from './audit/audit.service';

export interface CoreOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
}

/** Config, the TypeORM DataSource, JWT signing and the audit log, shared by every domain module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(opts: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(opts.databaseUrl), autoLoadEntities: true, migrationsRun: false }),
        TypeOrmModule.forFeature([AuditLogEntity]),
        JwtModule.register({ global: true, secret: opts.jwtSecret, signOptions: { expiresIn: opts.config.ACCESS_TOKEN_TTL_SECONDS } }),
      ],
      providers: [{ provide: AppConfig, useValue: opts.config }, AuditService],
      exports: [AppConfig, AuditService, TypeOrmModule],
    };
  }
}
