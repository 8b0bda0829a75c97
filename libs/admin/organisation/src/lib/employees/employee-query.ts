import { Params } from '@angular/router';
import {
  DEFAULT_PAGE_LIMIT,
  EMPLOYEE_STATUSES,
  EmployeeListQuery,
  EmployeeStatus,
  EMPLOYMENT_TYPES,
  EmploymentType,
  POSITION_TYPES,
  PositionType,
} from '@kompeten/shared/contract';

/** The list query as it appears in the address bar, so filters survive reloads and links. */
export function queryFromParams(p: Params): EmployeeListQuery {
  const str = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : undefined);
  const num = (k: string, d: number) => (Number.isFinite(+p[k]) && p[k] !== undefined ? Math.max(0, +p[k]) : d);
  const pick = <T extends string>(k: string, allowed: readonly T[]) => (allowed.includes(p[k]) ? (p[k] as T) : undefined);
  return {
    q: str('q'),
    unitId: str('unitId'),
    includeSubunits: p['includeSubunits'] !== 'false',
    positionType: pick<PositionType>('positionType', POSITION_TYPES),
    golongan: str('golongan'),
    status: pick<EmployeeStatus>('status', EMPLOYEE_STATUSES),
    employmentType: pick<EmploymentType>('employmentType', EMPLOYMENT_TYPES),
    sort: str('sort') ?? 'name',
    limit: num('limit', DEFAULT_PAGE_LIMIT) || DEFAULT_PAGE_LIMIT,
    offset: num('offset', 0),
  };
}

export function paramsFromQuery(q: EmployeeListQuery): Params {
  return {
    q: q.q || null,
    unitId: q.unitId || null,
    includeSubunits: q.unitId && q.includeSubunits === false ? 'false' : null,
    positionType: q.positionType || null,
    golongan: q.golongan || null,
    status: q.status || null,
    employmentType: q.employmentType || null,
    sort: q.sort && q.sort !== 'name' ? q.sort : null,
    limit: q.limit && q.limit !== DEFAULT_PAGE_LIMIT ? q.limit : null,
    offset: q.offset ? q.offset : null,
  };
}
