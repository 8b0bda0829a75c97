import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CompetencyKind, PositionStandard } from '@kompeten/shared/contract';
import { AuditService, notFound, Principal, ProblemException } from '@kompeten/api/core';
import { PositionRequirementEntity, PositionStandardEntity } from './entities/standard.entity';
import { CreateStandardDto, GenerateDefaultsDto, StandardQueryDto } from './dto/standard.dto';
import { DEFAULT_REQUIRED_LEVELS } from './reference';


/**
 * The standard in force for a position on a date: its own standard first, else the template of
 * its jabatan type and jenjang. Used by the gap query and the heat-map (one definition).
 */
export const EFFECTIVE_STANDARD_SQL = (positionAlias: string, dateExpr = 'current_date') => `(
  SELECT ps.id FROM position_standard ps
   WHERE ps.effective_from <= ${dateExpr} AND (ps.effective_to IS NULL OR ps.effective_to >= ${dateExpr})
     AND (ps.position_id = ${positionAlias}.id
          OR (ps.position_id IS NULL AND ps.position_type = ${positionAlias}.type
              AND ps.functional_level IS NOT DISTINCT FROM ${positionAlias}.functional_level))
   ORDER BY (ps.position_id IS NOT NULL) DESC, ps.effective_from DESC
   LIMIT 1)`;

@Injectable()
export class StandardService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly audit: AuditService) {}

  async list(q: StandardQueryDto): Promise<PositionStandard[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.positionId) { params.push(q.positionId); where.push(`s.position_id = $${params.length}`); }
    if (q.positionType) { params.push(q.positionType); where.push(`s.position_type = $${params.length}`); }
    if (q.currentOnly) where.push(`s.effective_from <= current_date AND (s.effective_to IS NULL OR s.effective_to >= current_date)`);
    const rows: { id: string }[] = await this.ds.query(
      `SELECT s.id FROM position_standard s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY s.position_type NULLS FIRST, s.name, s.effective_from DESC LIMIT 500`, params);
    return this.load(this.ds.manager, rows.map((r) => r.id));
  }

  async get(id: string, em: EntityManager = this.ds.manager): Promise<PositionStandard> {
    const [s] = await this.load(em, [id]);
    if (!s) throw notFound('Standar kompetensi jabatan');
    return s;
  }

  /** The standard in force today for a position (own or template), or null. */
  async forPosition(positionId: string): Promise<PositionStandard | null> {
    const rows: { id: string | null }[] = await this.ds.query(`SELECT ${EFFECTIVE_STANDARD_SQL('p')} AS id FROM position p WHERE p.id = $1`, [positionId]);
    if (!rows.length) throw notFound('Jabatan');
    return rows[0].id ? this.get(rows[0].id) : null;
  }

  async create(actor: Principal, dto: CreateStandardDto): Promise<PositionStandard> {
    if (!!dto.positionId === !!dto.positionType) {
      throw new ProblemException(400, 'VALIDATION_FAILED', 'Isi salah satu: positionId (standar satu jabatan) atau positionType (templat jenis jabatan)',
        { errors: [{ field: dto.positionId ? 'positionType' : 'positionId', message: 'isi tepat salah satu dari positionId atau positionType' }] });
    }
    return this.ds.transaction(async (em) => {
      const [f] = await em.query(`SELECT status FROM competency_framework WHERE id = $1`, [dto.frameworkId]);
      if (!f) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kamus tidak ditemukan', { errors: [{ field: 'frameworkId', message: 'kamus tidak ditemukan' }] });
      if (f.status !== 'PUBLISHED') throw new ProblemException(400, 'VALIDATION_FAILED', 'Standar hanya dapat memakai kamus yang sudah terbit', { errors: [{ field: 'frameworkId', message: 'kamus belum terbit' }] });
      if (dto.positionId) {
        const p = await em.query(`SELECT 1 FROM position WHERE id = $1`, [dto.positionId]);
        if (!p.length) throw new ProblemException(400, 'VALIDATION_FAILED', 'Jabatan tidak ditemukan', { errors: [{ field: 'positionId', message: 'jabatan tidak ditemukan' }] });
      }
      await this.checkRequirements(em, dto);
      // A new standard for the same target ends the one in force the day before it starts.
      await em.query(
        `UPDATE position_standard SET effective_to = $1::date - 1
          WHERE (effective_to IS NULL OR effective_to >= $1::date) AND effective_from < $1::date
            AND ${dto.positionId ? 'position_id = $2' : 'position_id IS NULL AND position_type = $2 AND functional_level IS NOT DISTINCT FROM $3'}`,
        dto.positionId ? [dto.effectiveFrom, dto.positionId] : [dto.effectiveFrom, dto.positionType, dto.functionalLevel ?? null]);
      const clash = await em.query(
        `SELECT id FROM position_standard WHERE effective_from = $1::date AND ${dto.positionId ? 'position_id = $2' : 'position_id IS NULL AND position_type = $2 AND functional_level IS NOT DISTINCT FROM $3'}`,
        dto.positionId ? [dto.effectiveFrom, dto.positionId] : [dto.effectiveFrom, dto.positionType, dto.functionalLevel ?? null]);
      if (clash.length) throw new ProblemException(409, 'CONFLICT', 'Sudah ada standar yang berlaku mulai tanggal itu', { errors: [{ field: 'effectiveFrom', message: 'sudah ada standar mulai tanggal ini' }] });
      const s = await em.save(em.create(PositionStandardEntity, {
        frameworkId: dto.frameworkId, positionId: dto.positionId ?? null, positionType: dto.positionType ?? null,
        functionalLevel: dto.functionalLevel ?? null, name: dto.name, effectiveFrom: dto.effectiveFrom,
      }));
      await em.insert(PositionRequirementEntity, dto.requirements.map((r) => ({ ...r, standardId: s.id })));
      const after = await this.get(s.id, em);
      await this.audit.record(em, actor, { action: 'CREATE', entity: 'position_standard', entityId: s.id, after });
      return after;
    });
  }

  /** Templates for every jabatan type from the default levels (domain-asn.md §1.4), for HR to adjust. */
  async generateDefaults(actor: Principal, dto: GenerateDefaultsDto): Promise<PositionStandard[]> {
    const comps: { id: string; kind: CompetencyKind }[] = await this.ds.query(
      `SELECT c.id, c.kind FROM competency c JOIN competency_framework f ON f.id = c.framework_id WHERE f.id = $1 AND c.kind IN ('MANAJERIAL','SOSIAL_KULTURAL')`, [dto.frameworkId]);
    if (!comps.length) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kamus tidak memuat kompetensi manajerial/sosial kultural', { errors: [{ field: 'frameworkId', message: 'tidak ada kompetensi manajerial/sosial kultural' }] });
    const out: PositionStandard[] = [];
    for (const rule of DEFAULT_REQUIRED_LEVELS) {
      out.push(await this.create(actor, {
        frameworkId: dto.frameworkId, positionType: rule.positionType, functionalLevel: rule.functionalLevel ?? undefined,
        name: `Standar ${rule.positionType}${rule.functionalLevel ? ' ' + rule.functionalLevel : ''}`, effectiveFrom: dto.effectiveFrom,
        requirements: comps.map((c) => ({ competencyId: c.id, requiredLevel: c.kind === 'MANAJERIAL' ? rule.manajerial : rule.sosialKultural, weight: 1, essential: c.kind === 'MANAJERIAL' && rule.manajerial >= 3 })),
      }));
    }
    return out;
  }

  private async checkRequirements(em: EntityManager, dto: CreateStandardDto): Promise<void> {
    const ids = dto.requirements.map((r) => r.competencyId);
    const dupIndex = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dupIndex >= 0) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kompetensi ganda dalam standar', { errors: [{ field: `requirements[${dupIndex}].competencyId`, message: 'kompetensi ganda' }] });
    // A standard combines dictionaries (national managerial/socio-cultural + the agency's technical
    // one): every competency must come from a published framework; frameworkId names the primary one.
    const levels: { id: string; status: string; defined: number[] }[] = await em.query(
      `SELECT c.id, f.status, coalesce(array_agg(l.level ORDER BY l.level) FILTER (WHERE l.defined), '{}') AS defined
         FROM competency c JOIN competency_framework f ON f.id = c.framework_id LEFT JOIN competency_level l ON l.competency_id = c.id
        WHERE c.id = ANY($1::uuid[]) GROUP BY c.id, f.status`, [ids]);
    dto.requirements.forEach((r, i) => {
      const c = levels.find((x) => x.id === r.competencyId);
      if (!c || c.status !== 'PUBLISHED') throw new ProblemException(400, 'VALIDATION_FAILED', 'Kompetensi tidak ditemukan pada kamus yang terbit', { errors: [{ field: `requirements[${i}].competencyId`, message: 'tidak ditemukan pada kamus terbit' }] });
      if (!c.defined.includes(r.requiredLevel)) {
        throw new ProblemException(400, 'VALIDATION_FAILED', `Level ${r.requiredLevel} tidak didefinisikan untuk kompetensi ini`, { errors: [{ field: `requirements[${i}].requiredLevel`, message: `level yang didefinisikan: ${c.defined.join(', ') || 'tidak ada'}` }] });
      }
    });
  }

  private async load(em: EntityManager, ids: string[]): Promise<PositionStandard[]> {
    if (!ids.length) return [];
    const stds = await em.createQueryBuilder(PositionStandardEntity, 's').where('s.id IN (:...ids)', { ids }).getMany();
    const reqs: { standard_id: string; competency_id: string; required_level: number; weight: string; essential: boolean; code: string; name: string; kind: CompetencyKind }[] = await em.query(
      `SELECT r.standard_id, r.competency_id, r.required_level, r.weight, r.essential, c.code, c.name, c.kind
         FROM position_requirement r JOIN competency c ON c.id = r.competency_id
        WHERE r.standard_id = ANY($1::uuid[]) ORDER BY c.kind, c.sort_order, c.code`, [ids]);
    const byId = new Map(stds.map((s) => [s.id, s]));
    return ids.filter((id) => byId.has(id)).map((id) => {
      const s = byId.get(id) as PositionStandardEntity;
      return {
        id: s.id, frameworkId: s.frameworkId, positionId: s.positionId, positionType: s.positionType, functionalLevel: s.functionalLevel,
        name: s.name, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo,
        requirements: reqs.filter((r) => r.standard_id === id).map((r) => ({
          competencyId: r.competency_id, requiredLevel: r.required_level, weight: Number(r.weight), essential: r.essential, code: r.code, name: r.name, kind: r.kind,
        })),
      };
    });
  }
}
