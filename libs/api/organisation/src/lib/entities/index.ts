import { IDENTITY_LINKS_APPLIED } from './identity-links';
import { AgencyEntity } from './agency.entity';
import { UnitEntity } from './unit.entity';
import { PositionEntity } from './position.entity';
import { EmployeeEntity } from './employee.entity';
import { EmployeeHistoryEntity } from './employee-history.entity';
import { ImportJobEntity } from './import-job.entity';

export { AgencyEntity, UnitEntity, PositionEntity, EmployeeEntity, EmployeeHistoryEntity, ImportJobEntity, IDENTITY_LINKS_APPLIED };
export const ORGANISATION_ENTITIES = [AgencyEntity, UnitEntity, PositionEntity, EmployeeEntity, EmployeeHistoryEntity, ImportJobEntity];
