import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssessmentSheet, CompetencyKind, LevelDescriptor, TeamMemberGap } from '@kompeten/shared/contract';
import { hasRole, notFound, outOfScope, Principal } from '@kompeten/api/core';
import { ScopeService } from '@kompeten/api/organisation';
import { EFFECTIVE_STANDARD_SQL } from './standard.service';

/** The supervisor's views: the assessment sheet of one report and the team overview. */
@Injectable()
export class SheetService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly scope: ScopeService) {}

  async sheet(p: Principal, employeeId: string): Promise<AssessmentSheet> {
    await this.scope.assertEmployeeVisible(p, employeeId);
    const rows: {
      employee_name: string; position_name: string | null; standard_id: string | null; competency_id: string | null; code: string; name: string;
      kind: CompetencyKind; definition: string; required_level: number; essential: boolean; level: number | null; valid_until: string | null;
      self_level: number | null; self_at: string | null; levels: LevelDescriptor[] | null;
    }[] = await this.ds.query(
      `SELECT e.name AS employee_name, pos.name AS position_name, std.id AS standard_id,
              c.id AS competency_id, c.code, c.name, c.kind, c.definition, r.required_level, r.essential,
              ec.level, to_char(ec.valid_until, 'YYYY-MM-DD') AS valid_until,
              self.level AS self_level, to_char(self.assessed_at, 'YYYY-MM-DD') AS self_at,
              (SELECT json_agg(json_build_object('level', l.level, 'defined', l.defined, 'title', l.title,
                                                 'description', l.description, 'indicators', l.indicators) ORDER BY l.level)
                 FROM competency_level l WHERE l.competency_id = c.id) AS levels
         FROM employee e
         LEFT JOIN position pos ON pos.id = e.position_id
         LEFT JOIN LATERAL (SELECT ${EFFECTIVE_STANDARD_SQL('pos')} AS id) std ON true
         LEFT JOIN position_requirement r ON r.standard_id = std.id
         LEFT JOIN competency c ON c.id = r.competency_id
         LEFT JOIN employee_competency ec ON ec.employee_id = e.id AND ec.lineage_id = c.lineage_id
         LEFT JOIN LATERAL (SELECT a.level, a.assessed_at FROM competency_assessment a
                             WHERE a.employee_id = e.id AND a.lineage_id = c.lineage_id AND a.method = 'SELF' AND a.status = 'FINAL'
                             ORDER BY a.assessed_at DESC, a.created_at DESC LIMIT 1) self ON true
        WHERE e.id = $1
        ORDER BY array_position(ARRAY['MANAJERIAL','SOSIAL_KULTURAL','TEKNIS'], c.kind), c.sort_order, c.code`, [employeeId]);
    if (!rows.length) throw notFound('Pegawai');
    const today = new Date().toISOString().slice(0, 10);
    return {
      employeeId, employeeName: rows[0].employee_name, positionName: rows[0].position_name, standardId: rows[0].standard_id,
      rows: rows.filter((r) => r.competency_id).map((r) => {
        const expired = r.level !== null && !!r.valid_until && r.valid_until < today;
        return {
          competencyId: r.competency_id as string, code: r.code, name: r.name, kind: r.kind, definition: r.definition,
          requiredLevel: r.required_level, essential: r.essential,
          currentLevel: expired ? null : r.level,
          currentStatus: r.level === null ? 'UNASSESSED' : expired ? 'EXPIRED' : r.level >= r.required_level ? 'MET' : 'BELOW',
          lastSelfLevel: r.self_level, lastSelfAt: r.self_at, levels: r.levels ?? [],
        };
      }),
    };
  }

  /** Every report of the signed-in supervisor (direct and indirect) with gap counts and JPM, in one query. */
  async team(p: Principal): Promise<TeamMemberGap[]> {
    if (!p.employeeId || !hasRole(p, 'SUPERVISOR')) throw outOfScope('Hanya atasan yang memiliki tim');
    const rows: { id: string; name: string; nip: string; position_name: string | null; required: number; assessed: number; below: number; expired: number; num: string | null; den: string | null }[] =
      await this.ds.query(
        `WITH RECURSIVE team AS (
           SELECT id FROM employee WHERE supervisor_id = $1
           UNION SELECT e.id FROM employee e JOIN team t ON e.supervisor_id = t.id)
         SELECT e.id, e.name, e.nip, pos.name AS position_name,
                count(r.competency_id)::int AS required,
                count(*) FILTER (WHERE ec.level IS NOT NULL AND (ec.valid_until IS NULL OR ec.valid_until >= current_date))::int AS assessed,
                count(*) FILTER (WHERE ec.level < r.required_level AND (ec.valid_until IS NULL OR ec.valid_until >= current_date))::int AS below,
                count(*) FILTER (WHERE ec.valid_until < current_date)::int AS expired,
                sum(r.weight * least(ec.level, r.required_level)) FILTER (WHERE ec.level IS NOT NULL AND (ec.valid_until IS NULL OR ec.valid_until >= current_date)) AS num,
                sum(r.weight * r.required_level) FILTER (WHERE ec.level IS NOT NULL AND (ec.valid_until IS NULL OR ec.valid_until >= current_date)) AS den
           FROM team JOIN employee e ON e.id = team.id
           LEFT JOIN position pos ON pos.id = e.position_id
           LEFT JOIN LATERAL (SELECT ${EFFECTIVE_STANDARD_SQL('pos')} AS id) std ON true
           LEFT JOIN position_requirement r ON r.standard_id = std.id
           LEFT JOIN competency c ON c.id = r.competency_id
           LEFT JOIN employee_competency ec ON ec.employee_id = e.id AND ec.lineage_id = c.lineage_id
          WHERE e.status IN ('ACTIVE', 'ON_LEAVE')
          GROUP BY e.id, e.name, e.nip, pos.name
          ORDER BY e.name`, [p.employeeId]);
    return rows.map((r) => ({
      employeeId: r.id, name: r.name, nip: r.nip, positionName: r.position_name, required: r.required, assessed: r.assessed, below: r.below, expired: r.expired,
      // The same no-compensation JPM as the pure function (Σ w·min(C,R) ÷ Σ w·R over assessed).
      jpm: r.den && Number(r.den) > 0 ? Math.round((Number(r.num) / Number(r.den)) * 10000) / 100 : null,
    }));
  }
}
