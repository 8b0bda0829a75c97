import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { AppConfig } from '@kompeten/api/core';
import { ORGANISATION_ENTITIES } from './entities';
import { ScopeService } from './scope/scope.service';
import { UnitsService } from './units.service';
import { PositionsService } from './positions.service';
import { EmployeesService } from './employees.service';
import { HomeService } from './home.service';
import { EmployeeImportService } from './import/employee-import.service';
import { InterruptedImportSweeper } from './import/import-jobs';
import { NotificationModule } from '@kompeten/api/notification';
import { AgenciesController, UnitsController } from './units.controller';
import { PositionsController } from './positions.controller';
import { EmployeesController } from './employees.controller';
import { HomeController } from './home.controller';
import { EmployeeImportController, ImportJobsController } from './import/employee-import.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature(ORGANISATION_ENTITIES),
    NotificationModule,
    // Uploads stay in memory (they are parsed at once) and are capped by UPLOAD_MAX_MB: multer answers 413 beyond it.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.UPLOAD_MAX_MB * 1024 * 1024, files: 1 } }),
    }),
  ],
  // The import controller comes before EmployeesController so /employees/import/* is matched first.
  controllers: [AgenciesController, UnitsController, PositionsController, EmployeeImportController, ImportJobsController, EmployeesController, HomeController],
  providers: [ScopeService, UnitsService, PositionsService, EmployeesService, HomeService, EmployeeImportService, InterruptedImportSweeper],
  exports: [ScopeService, EmployeesService, UnitsService],
})
export class OrganisationModule {}
