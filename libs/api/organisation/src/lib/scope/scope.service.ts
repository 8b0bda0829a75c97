import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hasRole, notFound, outOfScope, Principal } from '@kompeten/api/core';

/** A SQL condition with its positional parameters, numbered from the `from` the caller passed. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

type Who = Pick<Principal, 'roles' | 'employeeId' | 'scopeUnitIds'>;

/** Units inside the HR officer's subtrees: one prefix match on the materialised path per scope root. */
const HR_UNITS = (n: number) => `SELECT hu.id FROM unit hu JOIN unit hs ON hu.path LIKE hs.path || '%' WHERE hs.id = ANY($${n}::uuid[])`;
/** Direct and indirect reports (UNION, not UNION ALL, so a bad cycle in the data cannot loop forever). */
const REPORTS = (n: number) =>
  `WITH RECURSIVE r AS (SELECT id FROM employee WHERE supervisor_id = $${n}::uuid
     UNION SELECT c.id FROM employee c JOIN r ON c.supervisor_id = r.id) SELECT id FROM r`;

/**
 * Who sees what (used by every domain): ADMIN everything; HR officers the unit subtrees they are
 * assigned; supervisors their direct and indirect reports; everyone himself. All checks are single
 * set-based statements so list queries stay one query.
 */
@Injectable()
export class ScopeService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Condition on an employee row alias; parameters are numbered from `from` ($from, $from+1 …). */
  employeeVisibilitySql(p: Who, alias: string, from = 1): SqlCondition {
    if (hasRole(p, 'ADMIN')) return { sql: 'TRUE', params: [] };
    const parts: string[] = [];
    const params: unknown[] = [];
    const next = (v: unknown) => { params.push(v); return from + params.length - 1; };
    if (p.employeeId) parts.push(`${alias}.id = $${next(p.employeeId)}::uuid`);
    if (hasRole(p, 'HR_OFFICER') && p.scopeUnitIds.length) parts.push(`${alias}.unit_id IN (${HR_UNITS(next(p.scopeUnitIds))})`);
    if (hasRole(p, 'SUPERVISOR') && p.employeeId) parts.push(`${alias}.id IN (${REPORTS(next(p.employeeId))})`);
    return { sql: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
  }

  /** Same as employeeVisibilitySql (name used by the competency domain). */
  employeeFilterSql(p: Who, alias: string, from = 1): SqlCondition {
    return this.employeeVisibilitySql(p, alias, from);
  }

  /** Condition on a unit row alias: ADMIN all, HR his subtrees, others none. */
  unitVisibilitySql(p: Who, alias: string, from = 1): SqlCondition {
    if (hasRole(p, 'ADMIN')) return { sql: 'TRUE', params: [] };
    if (hasRole(p, 'HR_OFFICER') && p.scopeUnitIds.length) {
      return { sql: `EXISTS (SELECT 1 FROM unit hs WHERE hs.id = ANY($${from}::uuid[]) AND ${alias}.path LIKE hs.path || '%')`, params: [p.scopeUnitIds] };
    }
    return { sql: 'FALSE', params: [] };
  }

  /** 404 when the employee does not exist, 403 OUT_OF_SCOPE when the caller may not see him. */
  async assertEmployeeVisible(p: Who, employeeId: string, em: EntityManager = this.ds.manager): Promise<void> {
    const vis = this.employeeVisibilitySql(p, 'e', 2);
    const [row] = await em.query(`SELECT ${vis.sql} AS visible FROM employee e WHERE e.id = $1`, [employeeId, ...vis.params]);
    if (!row) throw notFound('Pegawai');
    if (!row.visible) throw outOfScope();
  }

  /** Whether the employee's unit lies in the caller's HR subtrees (role not checked here). */
  async isInHrScope(p: Who, employeeId: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    if (!p.scopeUnitIds.length) return false;
    const rows = await em.query(`SELECT 1 FROM employee e WHERE e.id = $1 AND e.unit_id IN (${HR_UNITS(2)})`, [employeeId, p.scopeUnitIds]);
    return rows.length > 0;
  }

  /** Whether the employee reports to the caller, directly or indirectly. */
  async isReport(p: Who, employeeId: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    if (!p.employeeId) return false;
    const rows = await em.query(`SELECT 1 WHERE $1::uuid IN (${REPORTS(2)})`, [employeeId, p.employeeId]);
    return rows.length > 0;
  }

  /** Whether the unit lies in the caller's HR subtrees, or the caller is ADMIN. */
  async managesUnit(p: Who, unitId: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    if (hasRole(p, 'ADMIN')) return true;
    if (!hasRole(p, 'HR_OFFICER') || !p.scopeUnitIds.length) return false;
    const rows = await em.query(`SELECT 1 FROM unit u WHERE u.id = $1 AND u.id IN (${HR_UNITS(2)})`, [unitId, p.scopeUnitIds]);
    return rows.length > 0;
  }

  /** For HR writes: 404 when the unit does not exist, 403 OUT_OF_SCOPE outside the caller's subtrees. */
  async assertUnitManaged(p: Who, unitId: string, em: EntityManager = this.ds.manager): Promise<void> {
    const rows = await em.query(`SELECT 1 FROM unit WHERE id = $1`, [unitId]);
    if (!rows.length) throw notFound('Unit kerja');
    if (!(await this.managesUnit(p, unitId, em))) throw outOfScope('Unit kerja ini di luar cakupan Anda');
  }

  /**
   * For reads of unit-level data: ADMIN and HR within subtrees; anyone else only his own unit
   * (the rows he then sees are still limited by employeeVisibilitySql).
   */
  async assertUnitVisible(p: Who, unitId: string, em: EntityManager = this.ds.manager): Promise<void> {
    const rows = await em.query(`SELECT 1 FROM unit WHERE id = $1`, [unitId]);
    if (!rows.length) throw notFound('Unit kerja');
    if (await this.managesUnit(p, unitId, em)) return;
    if (p.employeeId) {
      const own = await em.query(`SELECT 1 FROM employee WHERE id = $1 AND unit_id = $2`, [p.employeeId, unitId]);
      if (own.length) return;
    }
    throw outOfScope('Unit kerja ini di luar cakupan Anda');
  }
}
