import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FUNCTIONAL_LEVELS, type FunctionalLevel, type Page, type Position, type PositionType } from '@kompeten/shared/contract';
import { AuditService, notFound, outOfScope, Principal, resolveSort, versionConflict } from '@kompeten/api/core';
import { ScopeService } from './scope/scope.service';
import { CreatePositionDto, PositionListQueryDto, UpdatePositionDto } from './dto/position.dto';
import { changedSince } from './changed-since';
import { duplicate, invalidFields, likeEscape } from './problems';

interface PositionRow {
  id: string; unit_id: string; code: string; name: string; type: PositionType; functional_level: FunctionalLevel | null;
  grade: number; version: number; holder_count: number;
}

const SELECT = `SELECT p.id, p.unit_id, p.code, p.name, p.type, p.functional_level, p.grade, p.version,
  (SELECT count(*)::int FROM employee e WHERE e.position_id = p.id AND e.status IN ('ACTIVE', 'ON_LEAVE')) AS holder_count
  FROM position p JOIN unit u ON u.id = p.unit_id`;

const SORT = { code: 'p.code', name: 'p.name', grade: 'p.grade', type: 'p.type', unit: 'u.name' };

const toPosition = (r: PositionRow): Position => ({
  id: r.id, unitId: r.unit_id, code: r.code, name: r.name, type: r.type, functionalLevel: r.functional_level,
  grade: r.grade, holderCount: r.holder_count, version: r.version,
});

/** Jenjang is required for jabatan fungsional (and must belong to its kind), and absent otherwise. */
export function functionalLevelProblem(type: PositionType, level: FunctionalLevel | null | undefined): string | null {
  const allowed = (FUNCTIONAL_LEVELS as Record<string, readonly string[]>)[type];
  if (allowed) {
    if (!level) return `wajib diisi untuk ${type}: ${allowed.join(', ')}`;
    if (!allowed.includes(level)) return `jenjang ${level} tidak berlaku untuk ${type}; pilih ${allowed.join(', ')}`;
    return null;
  }
  return level ? `hanya diisi untuk jabatan fungsional` : null;
}

@Injectable()
export class PositionsService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService, private readonly audit: AuditService) {}

  async list(p: Principal, q: PositionListQueryDto): Promise<Page<Position>> {
    const sort = resolveSort(q.sort, SORT, 'code');
    const vis = this.scope.unitVisibilitySql(p, 'u');
    const params: unknown[] = [...vis.params];
    const where = [vis.sql];
    const add = (v: unknown) => { params.push(v); return `$${params.length}`; };
    if (q.unitId) where.push(`p.unit_id = ${add(q.unitId)}`);
    if (q.type) where.push(`p.type = ${add(q.type)}`);
    if (q.q) { const t = add(`%${likeEscape(q.q.trim())}%`); where.push(`(p.name ILIKE ${t} OR p.code ILIKE ${t})`); }
    const w = where.join(' AND ');
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM position p JOIN unit u ON u.id = p.unit_id WHERE ${w}`, params);
    const rows: PositionRow[] = await this.ds.query(
      `${SELECT} WHERE ${w} ORDER BY ${sort.column} ${sort.dir}, p.id LIMIT ${add(q.limit)} OFFSET ${add(q.offset)}`, params);
    return { items: rows.map(toPosition), total, limit: q.limit, offset: q.offset };
  }

  async get(p: Principal, id: string): Promise<Position> {
    const row = await this.row(this.ds.manager, id);
    if (!row) throw notFound('Jabatan');
    if (!(await this.scope.managesUnit(p, row.unit_id))) throw outOfScope('Jabatan ini di luar cakupan Anda');
    return toPosition(row);
  }

  async create(p: Principal, dto: CreatePositionDto): Promise<Position> {
    const problem = functionalLevelProblem(dto.type, dto.functionalLevel);
    if (problem) throw invalidFields([{ field: 'functionalLevel', message: problem }]);
    return this.ds.transaction(async (em) => {
      await this.assertUnit(p, em, dto.unitId);
      await this.assertCodeFree(em, dto.code);
      const [{ id }] = await em.query(
        `INSERT INTO position (unit_id, code, name, type, functional_level, grade) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.unitId, dto.code, dto.name, dto.type, dto.functionalLevel ?? null, dto.grade],
      );
      const after = toPosition(await this.mustRow(em, id));
      await this.audit.record(em, p, { action: 'CREATE', entity: 'position', entityId: id, after });
      return after;
    });
  }

  async update(p: Principal, id: string, dto: UpdatePositionDto): Promise<Position> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT 1 FROM position WHERE id = $1 FOR UPDATE`, [id]);
      const row = await this.row(em, id);
      if (!row) throw notFound('Jabatan');
      await this.scope.assertUnitManaged(p, row.unit_id, em);
      if (row.version !== dto.version) throw versionConflict(await changedSince(em, 'position', id, dto.version));
      const type = dto.type ?? row.type;
      const level = dto.functionalLevel !== undefined ? dto.functionalLevel : dto.type ? null : row.functional_level;
      const problem = functionalLevelProblem(type, level);
      if (problem) throw invalidFields([{ field: 'functionalLevel', message: problem }]);
      if (dto.unitId && dto.unitId !== row.unit_id) await this.assertUnit(p, em, dto.unitId);
      if (dto.code && dto.code !== row.code) await this.assertCodeFree(em, dto.code);
      await em.query(
        `UPDATE position SET unit_id = $2, code = $3, name = $4, type = $5, functional_level = $6, grade = $7,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.unitId ?? row.unit_id, dto.code ?? row.code, dto.name ?? row.name, type, level, dto.grade ?? row.grade],
      );
      const after = toPosition(await this.mustRow(em, id));
      await this.audit.record(em, p, { action: 'UPDATE', entity: 'position', entityId: id, before: toPosition(row), after });
      return after;
    });
  }

  private async assertUnit(p: Principal, em: EntityManager, unitId: string): Promise<void> {
    const u = await em.query(`SELECT 1 FROM unit WHERE id = $1`, [unitId]);
    if (!u.length) throw invalidFields([{ field: 'unitId', message: 'unit kerja tidak ditemukan' }]);
    await this.scope.assertUnitManaged(p, unitId, em);
  }

  private async row(em: EntityManager, id: string): Promise<PositionRow | undefined> {
    return (await em.query(`${SELECT} WHERE p.id = $1`, [id]))[0];
  }

  private async mustRow(em: EntityManager, id: string): Promise<PositionRow> {
    const row = await this.row(em, id);
    if (!row) throw notFound('Jabatan');
    return row;
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if ((await em.query(`SELECT 1 FROM position WHERE code = $1`, [code])).length) throw duplicate('code', 'kode jabatan sudah dipakai');
  }
}
