import { Check, JoinColumn, ManyToOne } from 'typeorm';
import { EmployeeEntity, PositionEntity } from '@kompeten/api/organisation';
import { FrameworkEntity } from './framework.entity';
import { CompetencyGroupEntity } from './group.entity';
import { CompetencyEntity, CompetencyLevelEntity } from './competency.entity';
import { PositionRequirementEntity, PositionStandardEntity } from './standard.entity';
import { AssessmentEntity, EmployeeCompetencyEntity } from './assessment.entity';

/*
 * Foreign keys and checks of the competency tables, declared as metadata so the schema-drift test
 * knows them (TypeORM would otherwise propose dropping hand-written constraints).
 */
type Ctor = { prototype: object };
function fk(entity: Ctor, prop: string, target: () => Ctor, column: string, name: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL'): void {
  ManyToOne(target as () => new () => object, { onDelete })(entity.prototype, prop);
  JoinColumn({ name: column, foreignKeyConstraintName: name })(entity.prototype, prop);
}

fk(CompetencyGroupEntity, 'framework', () => FrameworkEntity, 'framework_id', 'competency_group_framework_id_fkey', 'CASCADE');
fk(CompetencyGroupEntity, 'parent', () => CompetencyGroupEntity, 'parent_id', 'competency_group_parent_id_fkey', 'CASCADE');
fk(CompetencyEntity, 'framework', () => FrameworkEntity, 'framework_id', 'competency_framework_id_fkey', 'CASCADE');
fk(CompetencyEntity, 'group', () => CompetencyGroupEntity, 'group_id', 'competency_group_id_fkey', 'RESTRICT');
fk(CompetencyLevelEntity, 'competency', () => CompetencyEntity, 'competency_id', 'competency_level_competency_id_fkey', 'CASCADE');
fk(PositionStandardEntity, 'framework', () => FrameworkEntity, 'framework_id', 'position_standard_framework_id_fkey', 'RESTRICT');
fk(PositionStandardEntity, 'position', () => PositionEntity, 'position_id', 'position_standard_position_id_fkey', 'CASCADE');
fk(PositionRequirementEntity, 'standard', () => PositionStandardEntity, 'standard_id', 'position_requirement_standard_id_fkey', 'CASCADE');
fk(PositionRequirementEntity, 'competency', () => CompetencyEntity, 'competency_id', 'position_requirement_competency_id_fkey', 'RESTRICT');
fk(AssessmentEntity, 'employee', () => EmployeeEntity, 'employee_id', 'competency_assessment_employee_id_fkey', 'CASCADE');
fk(AssessmentEntity, 'competency', () => CompetencyEntity, 'competency_id', 'competency_assessment_competency_id_fkey', 'RESTRICT');
fk(EmployeeCompetencyEntity, 'employee', () => EmployeeEntity, 'employee_id', 'employee_competency_employee_id_fkey', 'CASCADE');

Check('competency_framework_status_check', `"status" IN ('DRAFT', 'PUBLISHED', 'RETIRED')`)(FrameworkEntity);
Check('competency_group_kind_check', `"kind" IN ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS')`)(CompetencyGroupEntity);
Check('competency_kind_check', `"kind" IN ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS')`)(CompetencyEntity);
Check('competency_level_level_check', `"level" BETWEEN 1 AND 5`)(CompetencyLevelEntity);
Check('position_requirement_required_level_check', `"required_level" BETWEEN 1 AND 5 AND "weight" >= 0`)(PositionRequirementEntity);
Check('position_standard_target_check', `("position_id" IS NULL) <> ("position_type" IS NULL)`)(PositionStandardEntity);
Check('competency_assessment_level_check', `"level" IS NULL OR "level" BETWEEN 1 AND 5`)(AssessmentEntity);
Check('competency_assessment_status_check', `"status" IN ('DRAFT', 'FINAL', 'VOID')`)(AssessmentEntity);
Check('competency_assessment_method_check', `"method" IN ('ASSESSMENT_CENTER', 'TEST', 'FEEDBACK_360', 'SUPERVISOR', 'TRAINING_COMPLETION', 'PRIOR_LEARNING', 'SELF')`)(AssessmentEntity);

export const COMPETENCY_LINKS_APPLIED = true;
