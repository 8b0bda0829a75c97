import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Assessment, AssessmentMethod } from '@kompeten/shared/contract';
import { AuditService, hasRole, notFound, outOfScope, Principal, ProblemException } from '@kompeten/api/core';
import { ScopeService } from '@kompeten/api/organisation';
import { AssessmentEntity } from './entities/assessment.entity';
import { CreateAssessmentsDto } from './dto/assessment.dto';
import { refreshCurrentLevels } from './current-level.sql';
import { PolicyService } from './policy.service';

const HR_METHODS: AssessmentMethod[] = ['ASSESSMENT_CENTER', 'TEST', 'FEEDBACK_360', 'PRIOR_LEARNING', 'SUPERVISOR'];

interface AssessmentRow {
  id: string; employee_id: string; competency_id: string; framework_id: string; level: number | null; method: AssessmentMethod;
  assessor_user_id: string | null; assessor_name: string | null; assessed_at: string; valid_until: string | null;
  status: Assessment['status']; note: string | null; void_reason: string | null;
}
const toAssessment = (r: AssessmentRow): Assessment => ({
  id: r.id, employeeId: r.employee_id, competencyId: r.competency_id, frameworkId: r.framework_id, level: r.level, method: r.method,
  assessorId: r.assessor_user_id, assessorName: r.assessor_name, assessedAt: r.assessed_at, validUntil: r.valid_until,
  status: r.status, note: r.note, voidReason: r.void_reason,
});

/** Append-only assessment events and the current-level cache kept in the same transaction. */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async list(p: Principal, employeeId: string): Promise<Assessment[]> {
    await this.scope.assertEmployeeVisible(p, employeeId);
    const rows: AssessmentRow[] = await this.ds.query(
      `SELECT id, employee_id, competency_id, framework_id, level, method, assessor_user_id, assessor_name,
              to_char(assessed_at, 'YYYY-MM-DD') AS assessed_at, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, status, note, void_reason
         FROM competency_assessment WHERE employee_id = $1 ORDER BY assessed_at DESC, created_at DESC`, [employeeId]);
    return rows.map(toAssessment);
  }

  /** Who may record which method: employees assess themselves, supervisors their team, HR in scope. */
  private async authorise(p: Principal, employeeId: string, method: AssessmentMethod): Promise<void> {
    if (method === 'TRAINING_COMPLETION') {
      throw new ProblemException(400, 'VALIDATION_FAILED', 'Bukti penyelesaian pelatihan dicatat otomatis saat pelatihan selesai', { errors: [{ field: 'method', message: 'tidak dapat diisi manual' }] });
    }
    if (method === 'SELF') {
      if (p.employeeId !== employeeId) throw outOfScope('Penilaian diri hanya untuk diri sendiri');
      return;
    }
    if (hasRole(p, 'ADMIN')) return;
    if (hasRole(p, 'HR_OFFICER') && HR_METHODS.includes(method) && (await this.scope.isInHrScope(p, employeeId))) return;
    if (method === 'SUPERVISOR' && hasRole(p, 'SUPERVISOR') && (await this.scope.isReport(p, employeeId))) return;
    throw outOfScope('Anda tidak berwenang menilai pegawai ini dengan metode tersebut');
  }

  async create(p: Principal, dto: CreateAssessmentsDto): Promise<Assessment[]> {
    await this.authorise(p, dto.employeeId, dto.method);
    const today = new Date().toISOString().slice(0, 10);
    if (dto.assessedAt > today) throw new ProblemException(400, 'VALIDATION_FAILED', 'Tanggal penilaian tidak boleh di masa depan', { errors: [{ field: 'assessedAt', message: 'tidak boleh di masa depan' }] });
    if (dto.validUntil && dto.validUntil < dto.assessedAt) throw new ProblemException(400, 'VALIDATION_FAILED', 'Berlaku sampai harus setelah tanggal penilaian', { errors: [{ field: 'validUntil', message: 'harus setelah tanggal penilaian' }] });
    const ids = dto.items.map((i) => i.competencyId);
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kompetensi ganda pada lembar penilaian', { errors: [{ field: `items[${dup}].competencyId`, message: 'kompetensi ganda' }] });
    return this.ds.transaction(async (em) => {
      const comps: { id: string; framework_id: string; lineage_id: string; status: string; defined: number[] }[] = await em.query(
        `SELECT c.id, c.framework_id, c.lineage_id, f.status, coalesce(array_agg(l.level) FILTER (WHERE l.defined), '{}') AS defined
           FROM competency c JOIN competency_framework f ON f.id = c.framework_id LEFT JOIN competency_level l ON l.competency_id = c.id
          WHERE c.id = ANY($1::uuid[]) GROUP BY c.id, f.status`, [ids]);
      const pol = await this.policy.get(em);
      const validUntil = dto.validUntil === undefined
        ? (await em.query(`SELECT to_char($1::date + make_interval(months => $2), 'YYYY-MM-DD') AS d`, [dto.assessedAt, pol.defaultValidityMonths]))[0].d
        : dto.validUntil;
      const rows = dto.items.map((item, i) => {
        const c = comps.find((x) => x.id === item.competencyId);
        if (!c || c.status !== 'PUBLISHED') throw new ProblemException(400, 'VALIDATION_FAILED', 'Kompetensi tidak ditemukan pada kamus yang terbit', { errors: [{ field: `items[${i}].competencyId`, message: 'tidak ditemukan pada kamus terbit' }] });
        if (item.level !== null && !c.defined.includes(item.level)) throw new ProblemException(400, 'VALIDATION_FAILED', `Level ${item.level} tidak didefinisikan`, { errors: [{ field: `items[${i}].level`, message: `level yang didefinisikan: ${c.defined.sort().join(', ')}` }] });
        return {
          employeeId: dto.employeeId, competencyId: c.id, lineageId: c.lineage_id, frameworkId: c.framework_id, level: item.level,
          method: dto.method, assessorUserId: p.id, assessorName: p.displayName, assessedAt: dto.assessedAt, validUntil,
          status: 'FINAL' as const, note: item.note ?? null,
        };
      });
      const inserted = await em.createQueryBuilder().insert().into(AssessmentEntity).values(rows).returning('id').execute();
      await refreshCurrentLevels(em, [dto.employeeId], pol.levelPolicy, pol.countSelf);
      await this.audit.record(em, p, { action: 'ASSESS', entity: 'employee', entityId: dto.employeeId, after: { method: dto.method, assessedAt: dto.assessedAt, items: dto.items } });
      const newIds = (inserted.identifiers as { id: string }[]).map((x) => x.id);
      return (await this.byIds(em, newIds));
    });
  }

  async void(p: Principal, id: string, reason: string): Promise<Assessment> {
    return this.ds.transaction(async (em) => {
      const a = await em.getRepository(AssessmentEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
      if (!a) throw notFound('Penilaian');
      const allowed = hasRole(p, 'ADMIN') || a.assessorUserId === p.id || (hasRole(p, 'HR_OFFICER') && (await this.scope.isInHrScope(p, a.employeeId)));
      if (!allowed) throw outOfScope('Hanya penilai, HR dalam cakupannya, atau admin yang dapat membatalkan penilaian');
      if (a.status === 'VOID') throw new ProblemException(HttpStatus.CONFLICT, 'CONFLICT', 'Penilaian sudah dibatalkan');
      await em.update(AssessmentEntity, { id }, { status: 'VOID', voidReason: reason, voidedAt: new Date() });
      const pol = await this.policy.get(em);
      await refreshCurrentLevels(em, [a.employeeId], pol.levelPolicy, pol.countSelf);
      await this.audit.record(em, p, { action: 'VOID', entity: 'competency_assessment', entityId: id, before: { status: a.status, level: a.level }, after: { status: 'VOID' }, reason });
      return (await this.byIds(em, [id]))[0];
    });
  }

  private async byIds(em: EntityManager, ids: string[]): Promise<Assessment[]> {
    const rows: AssessmentRow[] = await em.query(
      `SELECT id, employee_id, competency_id, framework_id, level, method, assessor_user_id, assessor_name,
              to_char(assessed_at, 'YYYY-MM-DD') AS assessed_at, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, status, note, void_reason
         FROM competency_assessment WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [ids]);
    return rows.map(toAssessment);
  }
}
