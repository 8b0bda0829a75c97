import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Employee, EmployeeHistoryEntry, EmployeeSummary, FieldError, Page } from '@kompeten/shared/contract';
import { displayName, GOLONGAN, normaliseNameQuery, normaliseNip } from '@kompeten/shared/domain';
import { AuditService, notFound, outOfScope, Principal, resolveSort, versionConflict } from '@kompeten/api/core';
import { ScopeService } from './scope/scope.service';
import { CreateEmployeeDto, EmployeeListQueryDto, UpdateEmployeeDto } from './dto/employee.dto';
import { employeeFieldProblems } from './employee-rules';
import { changedSince } from './changed-since';
import { duplicate, invalidFields, likeEscape } from './problems';

export interface EmployeeRow {
  id: string; nip: string; name: string; front_title: string | null; back_title: string | null; gender: Employee['gender'];
  birth_date: string; birth_place: string | null; golongan: string; employment_type: Employee['employmentType'];
  status: Employee['status']; unit_id: string; unit_name: string; position_id: string | null; position_name: string | null;
  position_type: Employee['positionType']; supervisor_id: string | null; s_name: string | null; s_front: string | null;
  s_back: string | null; email: string | null; phone: string | null; version: number; created_at: Date; updated_at: Date;
}

const FROM = `FROM employee e JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id`;
const SELECT = `SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.gender, to_char(e.birth_date, 'YYYY-MM-DD') AS birth_date,
  e.birth_place, e.golongan, e.employment_type, e.status, e.unit_id, u.name AS unit_name, e.position_id, p.name AS position_name,
  p.type AS position_type, e.supervisor_id, s.name AS s_name, s.front_title AS s_front, s.back_title AS s_back,
  e.email, e.phone, e.version, e.created_at, e.updated_at
  ${FROM} LEFT JOIN employee s ON s.id = e.supervisor_id`;

// Golongan sorts by rank (I/a … IV/e, then PPPK I … XVII), not alphabetically.
const GOLONGAN_RANK = `array_position(ARRAY[${GOLONGAN.map((g) => `'${g.code}'`).join(',')}]::text[], e.golongan)`;
const SORT = { name: 'e.name', nip: 'e.nip', golongan: GOLONGAN_RANK, unit: 'u.name' };

export const toSummary = (r: EmployeeRow): EmployeeSummary => ({
  id: r.id, nip: r.nip, displayName: displayName(r.name, r.front_title, r.back_title), name: r.name, golongan: r.golongan,
  employmentType: r.employment_type, status: r.status, unitId: r.unit_id, unitName: r.unit_name,
  positionId: r.position_id, positionName: r.position_name, positionType: r.position_type,
});

export const toEmployee = (r: EmployeeRow): Employee => ({
  ...toSummary(r),
  frontTitle: r.front_title, backTitle: r.back_title, gender: r.gender, birthDate: r.birth_date, birthPlace: r.birth_place,
  supervisorId: r.supervisor_id, supervisorName: r.s_name ? displayName(r.s_name, r.s_front, r.s_back) : null,
  email: r.email, phone: r.phone, version: r.version, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
});

@Injectable()
export class EmployeesService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService, private readonly audit: AuditService) {}

  async list(p: Principal, q: EmployeeListQueryDto): Promise<Page<EmployeeSummary>> {
    const sort = resolveSort(q.sort, SORT, 'name');
    const vis = this.scope.employeeVisibilitySql(p, 'e');
    const params: unknown[] = [...vis.params];
    const where = [vis.sql];
    const add = (v: unknown) => { params.push(v); return `$${params.length}`; };
    if (q.q?.trim()) {
      const digits = normaliseNip(q.q.trim());
      if (/^\d+$/.test(digits)) {
        where.push(`e.nip LIKE ${add(likeEscape(digits) + '%')}`);
      } else {
        const norm = normaliseNameQuery(q.q);
        const tokens = norm.split(' ').filter(Boolean);
        if (tokens.length) {
          // Every word must occur (any order); the trigram similarity also forgives small typos.
          const all = tokens.map((t) => `lower(e.name) LIKE ${add(`%${likeEscape(t)}%`)}`).join(' AND ');
          where.push(`((${all}) OR lower(e.name) % ${add(norm)})`);
        }
      }
    }
    if (q.unitId) {
      where.push(q.includeSubunits === false
        ? `e.unit_id = ${add(q.unitId)}`
        : `u.path LIKE (SELECT path FROM unit WHERE id = ${add(q.unitId)}) || '%'`);
    }
    if (q.positionType) where.push(`p.type = ${add(q.positionType)}`);
    if (q.golongan) where.push(`e.golongan = ${add(q.golongan)}`);
    if (q.status) where.push(`e.status = ${add(q.status)}`);
    if (q.employmentType) where.push(`e.employment_type = ${add(q.employmentType)}`);
    const w = where.join(' AND ');
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total ${FROM} WHERE ${w}`, params);
    const rows: EmployeeRow[] = await this.ds.query(
      `${SELECT} WHERE ${w} ORDER BY ${sort.column} ${sort.dir}, e.id LIMIT ${add(q.limit)} OFFSET ${add(q.offset)}`, params);
    return { items: rows.map(toSummary), total, limit: q.limit, offset: q.offset };
  }

  async me(p: Principal): Promise<Employee> {
    if (!p.employeeId) throw notFound('Data pegawai untuk akun Anda');
    return this.load(this.ds.manager, p.employeeId);
  }

  async get(p: Principal, id: string): Promise<Employee> {
    await this.scope.assertEmployeeVisible(p, id);
    return this.load(this.ds.manager, id);
  }

  async history(p: Principal, id: string): Promise<EmployeeHistoryEntry[]> {
    await this.scope.assertEmployeeVisible(p, id);
    const rows: { id: string; unit_id: string; unit_name: string; position_id: string | null; position_name: string | null; effective_from: string; effective_to: string | null; reason: string | null }[] =
      await this.ds.query(
        `SELECT h.id, h.unit_id, u.name AS unit_name, h.position_id, p.name AS position_name,
                to_char(h.effective_from, 'YYYY-MM-DD') AS effective_from, to_char(h.effective_to, 'YYYY-MM-DD') AS effective_to, h.reason
           FROM employee_history h JOIN unit u ON u.id = h.unit_id LEFT JOIN position p ON p.id = h.position_id
          WHERE h.employee_id = $1 ORDER BY h.effective_from DESC, h.created_at DESC`, [id]);
    return rows.map((r) => ({
      id: r.id, unitId: r.unit_id, unitName: r.unit_name, positionId: r.position_id, positionName: r.position_name,
      effectiveFrom: r.effective_from, effectiveTo: r.effective_to, reason: r.reason,
    }));
  }

  async create(p: Principal, dto: CreateEmployeeDto): Promise<Employee> {
    const nip = normaliseNip(dto.nip);
    const errors = employeeFieldProblems({ ...dto, nip });
    return this.ds.transaction(async (em) => {
      errors.push(...(await this.referenceProblems(em, { unitId: dto.unitId, positionId: dto.positionId, supervisorId: dto.supervisorId })));
      if (errors.length) throw invalidFields(errors);
      await this.scope.assertUnitManaged(p, dto.unitId, em);
      if ((await em.query(`SELECT 1 FROM employee WHERE nip = $1`, [nip])).length) throw duplicate('nip', 'NIP sudah terdaftar');
      const [{ id }] = await em.query(
        `INSERT INTO employee (nip, name, front_title, back_title, gender, birth_date, birth_place, golongan, employment_type, status,
                               unit_id, position_id, supervisor_id, email, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [nip, dto.name, dto.frontTitle ?? null, dto.backTitle ?? null, dto.gender, dto.birthDate, dto.birthPlace ?? null, dto.golongan,
          dto.employmentType, dto.status ?? 'ACTIVE', dto.unitId, dto.positionId ?? null, dto.supervisorId ?? null, dto.email ?? null, dto.phone ?? null],
      );
      await em.query(
        `INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason) VALUES ($1, $2, $3, current_date, $4)`,
        [id, dto.unitId, dto.positionId ?? null, 'Data awal pegawai'],
      );
      const after = await this.load(em, id);
      await this.audit.record(em, p, { action: 'CREATE', entity: 'employee', entityId: id, after });
      return after;
    });
  }

  async update(p: Principal, id: string, dto: UpdateEmployeeDto): Promise<Employee> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT 1 FROM employee WHERE id = $1 FOR UPDATE`, [id]);
      const before = await this.load(em, id);
      if (!(await this.scope.managesUnit(p, before.unitId, em))) throw outOfScope();
      if (before.version !== dto.version) throw versionConflict(await changedSince(em, 'employee', id, dto.version));
      const next = {
        name: dto.name ?? before.name,
        frontTitle: dto.frontTitle !== undefined ? dto.frontTitle : before.frontTitle,
        backTitle: dto.backTitle !== undefined ? dto.backTitle : before.backTitle,
        gender: dto.gender ?? before.gender,
        birthDate: dto.birthDate ?? before.birthDate,
        birthPlace: dto.birthPlace !== undefined ? dto.birthPlace : before.birthPlace,
        golongan: dto.golongan ?? before.golongan,
        employmentType: dto.employmentType ?? before.employmentType,
        status: dto.status ?? before.status,
        unitId: dto.unitId ?? before.unitId,
        positionId: dto.positionId !== undefined ? dto.positionId : before.positionId,
        supervisorId: dto.supervisorId !== undefined ? dto.supervisorId : before.supervisorId,
        email: dto.email !== undefined ? dto.email : before.email,
        phone: dto.phone !== undefined ? dto.phone : before.phone,
      };
      const errors = employeeFieldProblems({ ...next, nip: before.nip });
      errors.push(...(await this.referenceProblems(em, { unitId: next.unitId, positionId: next.positionId, supervisorId: next.supervisorId, selfId: id })));
      if (errors.length) throw invalidFields(errors);
      if (next.unitId !== before.unitId) await this.scope.assertUnitManaged(p, next.unitId, em);
      await em.query(
        `UPDATE employee SET name = $2, front_title = $3, back_title = $4, gender = $5, birth_date = $6, birth_place = $7, golongan = $8,
                employment_type = $9, status = $10, unit_id = $11, position_id = $12, supervisor_id = $13, email = $14, phone = $15,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, next.name, next.frontTitle, next.backTitle, next.gender, next.birthDate, next.birthPlace, next.golongan, next.employmentType,
          next.status, next.unitId, next.positionId, next.supervisorId, next.email, next.phone],
      );
      if (next.unitId !== before.unitId || next.positionId !== before.positionId) {
        await this.recordPlacement(em, id, next.unitId, next.positionId, dto.effectiveFrom, dto.reason);
      }
      const after = await this.load(em, id);
      await this.audit.record(em, p, { action: 'UPDATE', entity: 'employee', entityId: id, before, after, reason: dto.reason ?? null });
      return after;
    });
  }

  /** Closes the open history row at the effective date and opens the new placement from it. */
  private async recordPlacement(em: EntityManager, id: string, unitId: string, positionId: string | null, effectiveFrom?: string, reason?: string): Promise<void> {
    const [{ eff }] = await em.query(`SELECT to_char(coalesce($1::date, current_date), 'YYYY-MM-DD') AS eff`, [effectiveFrom ?? null]);
    const open: { effective_from: string }[] = await em.query(
      `SELECT to_char(effective_from, 'YYYY-MM-DD') AS effective_from FROM employee_history WHERE employee_id = $1 AND effective_to IS NULL`, [id]);
    if (open[0] && open[0].effective_from > eff) {
      throw invalidFields([{ field: 'effectiveFrom', message: `tidak boleh sebelum TMT penempatan sekarang (${open[0].effective_from})` }]);
    }
    await em.query(`UPDATE employee_history SET effective_to = $2 WHERE employee_id = $1 AND effective_to IS NULL`, [id, eff]);
    await em.query(
      `INSERT INTO employee_history (employee_id, unit_id, position_id, effective_from, reason) VALUES ($1, $2, $3, $4, $5)`,
      [id, unitId, positionId, eff, reason ?? 'Perpindahan unit/jabatan'],
    );
  }

  /** Unit, position and supervisor exist; the supervisor is not the employee nor one of his reports (no cycle). */
  private async referenceProblems(em: EntityManager, r: { unitId: string; positionId?: string | null; supervisorId?: string | null; selfId?: string }): Promise<FieldError[]> {
    const [row] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM unit WHERE id = $1) AS unit,
              ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM position WHERE id = $2)) AS position,
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM employee WHERE id = $3)) AS supervisor,
              ($4::uuid IS NOT NULL AND $3::uuid IS NOT NULL AND $4::uuid IN (
                 WITH RECURSIVE up AS (SELECT id, supervisor_id FROM employee WHERE id = $3
                   UNION SELECT e.id, e.supervisor_id FROM employee e JOIN up ON e.id = up.supervisor_id)
                 SELECT id FROM up)) AS cycle`,
      [r.unitId, r.positionId ?? null, r.supervisorId ?? null, r.selfId ?? null],
    );
    const errors: FieldError[] = [];
    if (!row.unit) errors.push({ field: 'unitId', message: 'unit kerja tidak ditemukan' });
    if (!row.position) errors.push({ field: 'positionId', message: 'jabatan tidak ditemukan' });
    if (!row.supervisor) errors.push({ field: 'supervisorId', message: 'atasan tidak ditemukan' });
    else if (r.supervisorId && r.supervisorId === r.selfId) errors.push({ field: 'supervisorId', message: 'atasan tidak boleh pegawai itu sendiri' });
    else if (row.cycle) errors.push({ field: 'supervisorId', message: 'atasan tidak boleh bawahan (langsung atau tidak langsung) pegawai ini' });
    return errors;
  }

  async load(em: EntityManager, id: string): Promise<Employee> {
    const rows: EmployeeRow[] = await em.query(`${SELECT} WHERE e.id = $1`, [id]);
    if (!rows[0]) throw notFound('Pegawai');
    return toEmployee(rows[0]);
  }
}
