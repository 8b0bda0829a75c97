import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '@kompeten/api/organisation';
import { NotificationModule } from '@kompeten/api/notification';
import { FrameworkEntity } from './entities/framework.entity';
import { CompetencyGroupEntity } from './entities/group.entity';
import { CompetencyEntity, CompetencyLevelEntity } from './entities/competency.entity';
import { PositionRequirementEntity, PositionStandardEntity } from './entities/standard.entity';
import { AssessmentEntity, CompetencyPolicyEntity, EmployeeCompetencyEntity } from './entities/assessment.entity';
import { COMPETENCY_LINKS_APPLIED } from './entities/links';
import { FrameworkService } from './framework.service';
import { StandardService } from './standard.service';
import { AssessmentService } from './assessment.service';
import { GapService } from './gap.service';
import { PolicyService } from './policy.service';
import { SheetService } from './sheet.service';
import { AssessmentController, CompetencyController, FrameworkController, PolicyController, StandardController } from './competency.controller';
import { FrameworkExchangeController } from './exchange/exchange.controller';
import { FrameworkExchangeService } from './exchange/exchange.service';
import { AssessmentImportController } from './assessment-import.controller';
import { AssessmentImportService } from './assessment-import.service';
import { AssessmentExpiryJobs } from './expiry.jobs';

@Module({
  imports: [
    OrganisationModule,
    NotificationModule,
    TypeOrmModule.forFeature([
      FrameworkEntity, CompetencyGroupEntity, CompetencyEntity, CompetencyLevelEntity, PositionStandardEntity,
      PositionRequirementEntity, AssessmentEntity, EmployeeCompetencyEntity, CompetencyPolicyEntity,
    ]),
  ],
  controllers: [AssessmentImportController, FrameworkController, CompetencyController, StandardController, AssessmentController, PolicyController, FrameworkExchangeController],
  providers: [FrameworkService, StandardService, AssessmentService, GapService, PolicyService, SheetService, FrameworkExchangeService, AssessmentImportService, AssessmentExpiryJobs],
  exports: [FrameworkService, StandardService, AssessmentService, GapService, PolicyService],
})
export class CompetencyModule {
  static readonly links = COMPETENCY_LINKS_APPLIED;
}
