import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssessmentMethod, CompetencyKind, GapRow, GapSummary, Heatmap } from '@kompeten/shared/contract';
import { gapFor, jpm, jpmCategory, meetsStandard } from '@kompeten/shared/domain';
import { notFound, Principal, ProblemException } from '@kompeten/api/core';
import { ScopeService } from '@kompeten/api/organisation';
import { EFFECTIVE_STANDARD_SQL } from './standard.service';
import { PolicyService } from './policy.service';

interface GapQueryRow {
  employee_id: string; position_id: string | null; standard_id: string | null;
  competency_id: string | null; code: string; name: string; kind: CompetencyKind; required_level: number; weight: string; essential: boolean;
  level: number | null; assessed_at: string | null; valid_until: string | null; method: AssessmentMethod | null;
}

@Injectable()
export class GapService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService, private readonly policy: PolicyService) {}

  /**
   * One employee against the standard of his position (or a target position, for career paths):
   * one query for requirements ⋈ current levels, then the pure gap functions shared with the web app.
   */
  async forEmployee(p: Principal, employeeId: string, targetPositionId?: string): Promise<GapSummary> {
    await this.scope.assertEmployeeVisible(p, employeeId);
    const rows: GapQueryRow[] = await this.ds.query(
      `SELECT e.id AS employee_id, pos.id AS position_id, std.id AS standard_id,
              c.id AS competency_id, c.code, c.name, c.kind, r.required_level, r.weight, r.essential,
              ec.level, to_char(ec.assessed_at, 'YYYY-MM-DD') AS assessed_at, to_char(ec.valid_until, 'YYYY-MM-DD') AS valid_until, ec.method
         FROM employee e
         LEFT JOIN position pos ON pos.id = coalesce($2::uuid, e.position_id)
         LEFT JOIN LATERAL (SELECT ${EFFECTIVE_STANDARD_SQL('pos')} AS id) std ON true
         LEFT JOIN position_requirement r ON r.standard_id = std.id
         LEFT JOIN competency c ON c.id = r.competency_id
         LEFT JOIN employee_competency ec ON ec.employee_id = e.id AND ec.lineage_id = c.lineage_id
        WHERE e.id = $1
        ORDER BY array_position(ARRAY['MANAJERIAL','SOSIAL_KULTURAL','TEKNIS'], c.kind), c.sort_order, c.code`,
      [employeeId, targetPositionId ?? null]);
    if (!rows.length) throw notFound('Pegawai');
    if (targetPositionId && !rows[0].position_id) throw new ProblemException(400, 'VALIDATION_FAILED', 'Jabatan tujuan tidak ditemukan', { errors: [{ field: 'targetPositionId', message: 'jabatan tidak ditemukan' }] });
    const pol = await this.policy.get();
    const today = new Date().toISOString().slice(0, 10);
    const gapRows: GapRow[] = rows.filter((r) => r.competency_id).map((r) => {
      const expired = !!r.valid_until && r.valid_until < today;
      const g = gapFor({
        competencyId: r.competency_id as string, requiredLevel: r.required_level, weight: Number(r.weight), essential: r.essential,
        effective: {
          level: r.level, status: r.level === null ? 'UNASSESSED' : expired ? 'EXPIRED' : 'ASSESSED',
          sourceId: null, method: r.method, assessedAt: r.assessed_at, validUntil: r.valid_until,
        },
      });
      return { ...g, code: r.code, name: r.name, kind: r.kind, assessedAt: r.assessed_at, validUntil: r.valid_until, method: r.method };
    });
    const value = jpm(gapRows, pol.jpmVariant);
    return {
      employeeId, positionId: rows[0].position_id, standardId: rows[0].standard_id, rows: gapRows,
      jpm: value, category: jpmCategory(value, pol.purpose, pol.thresholds),
      coverage: { assessed: gapRows.filter((r) => r.currentLevel !== null).length, total: gapRows.length },
      meetsStandard: meetsStandard(gapRows),
    };
  }

  /**
   * Unit × competency heat-map for a unit subtree in ONE set-based statement: every employee's
   * effective standard, requirements and current levels, aggregated per group and competency.
   * Competencies are grouped by lineage so versions of one competency form one column.
   */
  async heatmap(p: Principal, rootUnitId: string, groupBy: 'unit' | 'position'): Promise<Heatmap> {
    await this.scope.assertUnitVisible(p, rootUnitId);
    const vis = this.scope.employeeFilterSql(p, 'e', 2);
    const groupExpr = groupBy === 'unit'
      // The child of the root that contains the employee's unit (or the root itself).
      ? `coalesce((SELECT cu.id FROM unit cu WHERE cu.parent_id = root.id AND u.path LIKE cu.path || '%'), root.id)`
      : `pos.id`;
    const rows: { group_id: string; group_name: string; lineage_id: string; code: string; name: string; kind: CompetencyKind; employees: number; below: number; unassessed: number; mean_gap: string | null }[] =
      await this.ds.query(
        `WITH root AS (SELECT id, path FROM unit WHERE id = $1),
         emp AS (
           SELECT e.id, e.position_id, ${groupExpr} AS group_id
             FROM employee e JOIN unit u ON u.id = e.unit_id CROSS JOIN root
             LEFT JOIN position pos ON pos.id = e.position_id
            WHERE u.path LIKE root.path || '%' AND e.status IN ('ACTIVE', 'ON_LEAVE') AND ${vis.sql}),
         std AS (SELECT pos.id AS position_id, ${EFFECTIVE_STANDARD_SQL('pos')} AS standard_id
                   FROM position pos WHERE pos.id IN (SELECT DISTINCT position_id FROM emp)),
         cur AS (
           SELECT emp.group_id, c.lineage_id, r.required_level,
                  CASE WHEN ec.valid_until IS NULL OR ec.valid_until >= current_date THEN ec.level END AS level
             FROM emp JOIN std ON std.position_id = emp.position_id
             JOIN position_requirement r ON r.standard_id = std.standard_id
             JOIN competency c ON c.id = r.competency_id
             LEFT JOIN employee_competency ec ON ec.employee_id = emp.id AND ec.lineage_id = c.lineage_id)
         SELECT cur.group_id, coalesce(gu.name, gp.name) AS group_name, cur.lineage_id,
                lc.code, lc.name, lc.kind,
                count(*)::int AS employees,
                count(*) FILTER (WHERE cur.level < cur.required_level)::int AS below,
                count(*) FILTER (WHERE cur.level IS NULL)::int AS unassessed,
                round(avg(greatest(0, cur.required_level - cur.level)) FILTER (WHERE cur.level IS NOT NULL), 2) AS mean_gap
           FROM cur
           LEFT JOIN unit gu ON gu.id = cur.group_id
           LEFT JOIN position gp ON gp.id = cur.group_id
           JOIN LATERAL (SELECT c2.code, c2.name, c2.kind FROM competency c2 JOIN competency_framework f ON f.id = c2.framework_id
                          WHERE c2.lineage_id = cur.lineage_id ORDER BY f.version DESC LIMIT 1) lc ON true
          GROUP BY cur.group_id, gu.name, gp.name, cur.lineage_id, lc.code, lc.name, lc.kind`,
        [rootUnitId, ...vis.params]);
    const groups = new Map<string, { id: string; name: string; employees: number }>();
    const comps = new Map<string, { code: string; name: string; kind: CompetencyKind }>();
    for (const r of rows) {
      groups.set(r.group_id, { id: r.group_id, name: r.group_name, employees: Math.max(groups.get(r.group_id)?.employees ?? 0, r.employees) });
      comps.set(r.code, { code: r.code, name: r.name, kind: r.kind });
    }
    const kindOrder = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'];
    return {
      rootUnitId, groupBy,
      groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')),
      competencies: [...comps.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.code.localeCompare(b.code)),
      cells: rows.map((r) => ({ groupId: r.group_id, competencyCode: r.code, employees: r.employees, below: r.below, unassessed: r.unassessed, meanGap: r.mean_gap === null ? null : Number(r.mean_gap) })),
    };
  }
}
