import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { displayName } from '@kompeten/shared/domain';
import { JobRegistry, OutboxService } from '@kompeten/api/notification';
import { ASSESSMENT_EXPIRED, ASSESSMENT_EXPIRING, TEAM_ASSESSMENT_EXPIRING } from './mail-templates';

export const EXPIRY_WARNING_DAYS = 30;

interface ExpiringGroup {
  employee_id: string; supervisor_id: string | null; name: string; front_title: string | null; back_title: string | null;
  valid_until: string; competencies: string[];
}

/**
 * Assessment validity. The effective level is computed from `valid_until` on every read (gap,
 * heat-map, sheet), so an assessment counts as expired from the first day after its validity with
 * no stored flag to flip and no window in which a stale flag says "assessed". This daily job does
 * what a flag cannot: it warns employees and their supervisors 30 days ahead and tells the employee
 * when it has expired. Event keys name (employee or supervisor, validity date), so a day missed by
 * the scheduler is caught up and nothing is sent twice.
 */
@Injectable()
export class AssessmentExpiryJobs implements OnModuleInit {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly jobs: JobRegistry, private readonly outbox: OutboxService) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'competency.assessment-expiry',
      description: 'Memberi tahu pegawai dan atasan langsung tentang penilaian kompetensi yang kedaluwarsa dalam 30 hari atau sudah kedaluwarsa',
      cron: '30 6 * * *',
      run: () => this.run(),
    });
  }

  /** Current levels (one row per employee × lineage) grouped by employee and validity date. */
  private groups(fromDays: number, toDays: number): Promise<ExpiringGroup[]> {
    return this.ds.query(
      `SELECT ec.employee_id, e.supervisor_id, e.name, e.front_title, e.back_title, to_char(ec.valid_until, 'YYYY-MM-DD') AS valid_until,
              array_agg(lc.code || ' ' || lc.name ORDER BY lc.code) AS competencies
         FROM employee_competency ec
         JOIN employee e ON e.id = ec.employee_id AND e.status IN ('ACTIVE', 'ON_LEAVE')
         JOIN LATERAL (SELECT c.code, c.name FROM competency c JOIN competency_framework f ON f.id = c.framework_id
                        WHERE c.lineage_id = ec.lineage_id ORDER BY f.version DESC LIMIT 1) lc ON true
        WHERE ec.level IS NOT NULL AND ec.valid_until BETWEEN current_date + $1::int AND current_date + $2::int
        GROUP BY ec.employee_id, e.supervisor_id, e.name, e.front_title, e.back_title, ec.valid_until`,
      [fromDays, toDays]);
  }

  async run(): Promise<Record<string, number>> {
    const expiring = await this.groups(1, EXPIRY_WARNING_DAYS);
    // Expired in the last week (a longer outage than that is not worth a late "expired" mail).
    const expired = await this.groups(-7, -1);
    const counts = { employeesWarned: 0, supervisorsWarned: 0, employeesExpired: 0 };
    await this.ds.transaction(async (em) => {
      for (const g of expiring) {
        const r = await this.outbox.enqueue(em, ASSESSMENT_EXPIRING, { employeeId: g.employee_id },
          { validUntil: g.valid_until, competencies: g.competencies }, `competency.expiring:${g.employee_id}:${g.valid_until}`);
        if (r !== 'DUPLICATE') counts.employeesWarned++;
      }
      const teams = new Map<string, { supervisorId: string; validUntil: string; employees: Array<{ name: string; count: number }> }>();
      for (const g of expiring.filter((x) => x.supervisor_id)) {
        const key = `${g.supervisor_id}:${g.valid_until}`;
        const t = teams.get(key) ?? { supervisorId: g.supervisor_id as string, validUntil: g.valid_until, employees: [] };
        t.employees.push({ name: displayName(g.name, g.front_title, g.back_title), count: g.competencies.length });
        teams.set(key, t);
      }
      for (const [key, t] of teams) {
        const r = await this.outbox.enqueue(em, TEAM_ASSESSMENT_EXPIRING, { employeeId: t.supervisorId },
          { validUntil: t.validUntil, employees: t.employees }, `competency.expiring-team:${key}`);
        if (r !== 'DUPLICATE') counts.supervisorsWarned++;
      }
      for (const g of expired) {
        const r = await this.outbox.enqueue(em, ASSESSMENT_EXPIRED, { employeeId: g.employee_id },
          { validUntil: g.valid_until, competencies: g.competencies }, `competency.expired:${g.employee_id}:${g.valid_until}`);
        if (r !== 'DUPLICATE') counts.employeesExpired++;
      }
    });
    return counts;
  }
}
