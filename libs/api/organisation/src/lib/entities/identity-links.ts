import { JoinColumn, ManyToOne } from 'typeorm';
import { AppUserEntity, UserUnitScopeEntity } from '@kompeten/api/identity';
import { EmployeeEntity } from './employee.entity';
import { UnitEntity } from './unit.entity';

/*
 * Foreign keys from identity tables to organisation tables. They are declared here, not in the
 * identity entities, because identity must not depend on organisation (organisation already imports
 * identity). Applying the relation decorators at load time puts them in the entity metadata, so the
 * schema-drift check knows them; they exist whenever both modules are loaded (the app, the CLI, and
 * tests that load OrganisationModule).
 */
ManyToOne(() => EmployeeEntity, { onDelete: 'SET NULL' })(AppUserEntity.prototype, 'employee');
JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'app_user_employee_id_fkey' })(AppUserEntity.prototype, 'employee');
ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })(UserUnitScopeEntity.prototype, 'unit');
JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'user_unit_scope_unit_id_fkey' })(UserUnitScopeEntity.prototype, 'unit');

export const IDENTITY_LINKS_APPLIED = true;
