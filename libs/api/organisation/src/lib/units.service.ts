import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Agency, Unit, UnitTreeNode } from '@kompeten/shared/contract';
import { AuditService, fieldProblem, hasRole, notFound, outOfScope, Principal, versionConflict } from '@kompeten/api/core';
import { ScopeService } from './scope/scope.service';
import { CreateUnitDto, MoveUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { changedSince } from './changed-since';
import { duplicate } from './problems';

interface UnitRow {
  id: string; agency_id: string; parent_id: string | null; code: string; name: string; kind: Unit['kind'];
  depth: number; path: string; version: number; employee_count: number;
}

// "Active" here means still serving in the unit: on leave counts, retired or moved does not.
const SELECT = `SELECT u.id, u.agency_id, u.parent_id, u.code, u.name, u.kind, u.depth, u.path, u.version,
  (SELECT count(*)::int FROM employee e WHERE e.unit_id = u.id AND e.status IN ('ACTIVE', 'ON_LEAVE')) AS employee_count
  FROM unit u`;

const toUnit = (r: UnitRow): Unit => ({
  id: r.id, agencyId: r.agency_id, parentId: r.parent_id, code: r.code, name: r.name, kind: r.kind,
  depth: r.depth, employeeCount: r.employee_count, version: r.version,
});

@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService, private readonly audit: AuditService) {}

  async agencies(): Promise<Agency[]> {
    return this.ds.query(`SELECT id, code, name FROM agency ORDER BY name`);
  }

  /** The visible units as a forest: HR officers get their subtrees as roots, ADMIN every root. */
  async tree(p: Principal): Promise<UnitTreeNode[]> {
    const vis = this.scope.unitVisibilitySql(p, 'u');
    const rows: UnitRow[] = await this.ds.query(`${SELECT} WHERE ${vis.sql} ORDER BY u.depth, u.code`, vis.params);
    const nodes = new Map(rows.map((r) => [r.id, { ...toUnit(r), children: [] as UnitTreeNode[] }]));
    const roots: UnitTreeNode[] = [];
    for (const n of nodes.values()) {
      const parent = n.parentId ? nodes.get(n.parentId) : undefined;
      (parent ? parent.children : roots).push(n);
    }
    return roots;
  }

  async get(p: Principal, id: string, em: EntityManager = this.ds.manager): Promise<Unit> {
    const row = await this.row(em, id);
    if (!row) throw notFound('Unit kerja');
    if (!(await this.scope.managesUnit(p, id, em))) throw outOfScope('Unit kerja ini di luar cakupan Anda');
    return toUnit(row);
  }

  async create(p: Principal, dto: CreateUnitDto): Promise<Unit> {
    return this.ds.transaction(async (em) => {
      let agencyId: string;
      let parent: UnitRow | undefined;
      if (dto.parentId) {
        parent = await this.row(em, dto.parentId);
        if (!parent) throw fieldProblem('parentId', 'unit induk tidak ditemukan');
        await this.scope.assertUnitManaged(p, parent.id, em);
        agencyId = parent.agency_id;
      } else {
        if (!hasRole(p, 'ADMIN')) throw outOfScope('Hanya admin yang dapat membuat unit akar (OPD)');
        const agencies: { id: string }[] = await em.query(`SELECT id FROM agency`);
        if (agencies.length !== 1) throw fieldProblem('parentId', 'wajib diisi: unit akar hanya dapat dibuat bila terdapat tepat satu instansi');
        agencyId = agencies[0].id;
      }
      await this.assertCodeFree(em, agencyId, dto.code);
      const id = randomUUID();
      await em.query(
        `INSERT INTO unit (id, agency_id, parent_id, code, name, kind, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, agencyId, parent?.id ?? null, dto.code, dto.name, dto.kind, `${parent?.path ?? '/'}${id}/`, parent ? parent.depth + 1 : 0],
      );
      const after = toUnit(await this.mustRow(em, id));
      await this.audit.record(em, p, { action: 'CREATE', entity: 'unit', entityId: id, after });
      return after;
    });
  }

  async update(p: Principal, id: string, dto: UpdateUnitDto): Promise<Unit> {
    return this.ds.transaction(async (em) => {
      const row = await this.row(em, id, true);
      if (!row) throw notFound('Unit kerja');
      await this.scope.assertUnitManaged(p, id, em);
      if (row.version !== dto.version) throw versionConflict(await changedSince(em, 'unit', id, dto.version));
      if (dto.code !== undefined && dto.code !== row.code) await this.assertCodeFree(em, row.agency_id, dto.code);
      await em.query(
        `UPDATE unit SET code = coalesce($2, code), name = coalesce($3, name), kind = coalesce($4, kind),
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.code ?? null, dto.name ?? null, dto.kind ?? null],
      );
      const before = toUnit(row);
      const after = toUnit(await this.mustRow(em, id));
      await this.audit.record(em, p, { action: 'UPDATE', entity: 'unit', entityId: id, before, after });
      return after;
    });
  }

  /** Moves a unit with its whole subtree: one UPDATE rewrites the path prefix and depth of every descendant. */
  async move(p: Principal, id: string, dto: MoveUnitDto): Promise<Unit> {
    return this.ds.transaction(async (em) => {
      const unit = await this.row(em, id);
      if (!unit) throw notFound('Unit kerja');
      // Serialise tree moves per agency: two concurrent moves could otherwise interleave path rewrites.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('unit-tree:' || $1))`, [unit.agency_id]);
      const [moving, target] = [await this.row(em, id, true), await this.row(em, dto.newParentId, true)];
      if (!moving) throw notFound('Unit kerja');
      await this.scope.assertUnitManaged(p, id, em);
      if (!target) throw fieldProblem('newParentId', 'unit tujuan tidak ditemukan');
      if (target.path.startsWith(moving.path)) throw fieldProblem('newParentId', 'unit tidak dapat dipindahkan ke dalam dirinya sendiri atau ke unit bawahannya');
      if (target.agency_id !== moving.agency_id) throw fieldProblem('newParentId', 'unit tujuan berada di instansi lain');
      await this.scope.assertUnitManaged(p, target.id, em);
      const newPath = `${target.path}${moving.id}/`;
      await em.query(
        `UPDATE unit SET path = $2 || substr(path, length($1) + 1),
                depth = depth + $3,
                parent_id = CASE WHEN id = $4 THEN $5::uuid ELSE parent_id END,
                version = CASE WHEN id = $4 THEN version + 1 ELSE version END,
                updated_at = CASE WHEN id = $4 THEN now() ELSE updated_at END
          WHERE path LIKE $1 || '%'`,
        [moving.path, newPath, target.depth + 1 - moving.depth, moving.id, target.id],
      );
      const after = toUnit(await this.mustRow(em, id));
      await this.audit.record(em, p, { action: 'MOVE', entity: 'unit', entityId: id, before: toUnit(moving), after, reason: dto.reason ?? null });
      return after;
    });
  }

  private async row(em: EntityManager, id: string, lock = false): Promise<UnitRow | undefined> {
    // FOR UPDATE cannot be combined with the aggregate subquery's table, so lock the row alone first.
    if (lock) await em.query(`SELECT 1 FROM unit WHERE id = $1 FOR UPDATE`, [id]);
    const rows: UnitRow[] = await em.query(`${SELECT} WHERE u.id = $1`, [id]);
    return rows[0];
  }

  private async mustRow(em: EntityManager, id: string): Promise<UnitRow> {
    const row = await this.row(em, id);
    if (!row) throw notFound('Unit kerja');
    return row;
  }

  private async assertCodeFree(em: EntityManager, agencyId: string, code: string): Promise<void> {
    const dup = await em.query(`SELECT 1 FROM unit WHERE agency_id = $1 AND code = $2`, [agencyId, code]);
    if (dup.length) throw duplicate('code', 'kode unit sudah dipakai di instansi ini');
  }
}
