import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Competency, CompetencyFramework, CompetencyGroup, FrameworkDetail } from '@kompeten/shared/contract';
import { AuditService, notFound, Principal, ProblemException, versionConflict } from '@kompeten/api/core';
import { FrameworkEntity } from './entities/framework.entity';
import { CompetencyGroupEntity } from './entities/group.entity';
import { CompetencyEntity, CompetencyLevelEntity } from './entities/competency.entity';
import { CompetencyDto, CreateFrameworkDto, GroupDto, LevelDto, UpdateFrameworkDto } from './dto/framework.dto';

const FRAMEWORK_SELECT = `
  SELECT f.*, (SELECT count(*)::int FROM competency c WHERE c.framework_id = f.id) AS competency_count,
         (EXISTS (SELECT 1 FROM position_standard s WHERE s.framework_id = f.id)
          OR EXISTS (SELECT 1 FROM competency_assessment a WHERE a.framework_id = f.id)) AS in_use
    FROM competency_framework f`;

interface FrameworkRow {
  id: string; code: string; name: string; description: string | null; version: number; status: CompetencyFramework['status'];
  agency_id: string | null; published_at: Date | null; previous_version_id: string | null; case_identifier: string;
  competency_count: number; in_use: boolean; updated_at: Date; row_version: number;
}

const toFramework = (r: FrameworkRow): CompetencyFramework & { rowVersion: number } => ({
  id: r.id, code: r.code, name: r.name, description: r.description, version: r.version, status: r.status,
  agencyId: r.agency_id, publishedAt: r.published_at?.toISOString() ?? null, previousVersionId: r.previous_version_id,
  inUse: r.in_use, caseIdentifier: r.case_identifier, competencyCount: r.competency_count, updatedAt: r.updated_at.toISOString(),
  rowVersion: r.row_version,
});

/** Frameworks, their groups, competencies and level descriptors; versioning and publication. */
@Injectable()
export class FrameworkService {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly audit: AuditService) {}

  async list(): Promise<CompetencyFramework[]> {
    const rows: FrameworkRow[] = await this.ds.query(`${FRAMEWORK_SELECT} ORDER BY f.code, f.version DESC`);
    return rows.map(toFramework);
  }

  async get(id: string, em: EntityManager = this.ds.manager): Promise<FrameworkDetail & { rowVersion: number }> {
    const rows: FrameworkRow[] = await em.query(`${FRAMEWORK_SELECT} WHERE f.id = $1`, [id]);
    if (!rows[0]) throw notFound('Kamus kompetensi');
    const groups = await em.find(CompetencyGroupEntity, { where: { frameworkId: id }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const comps = await em.find(CompetencyEntity, { where: { frameworkId: id }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const levels: CompetencyLevelEntity[] = comps.length
      ? await em.createQueryBuilder(CompetencyLevelEntity, 'l').where('l.competency_id IN (:...ids)', { ids: comps.map((c) => c.id) }).orderBy('l.level').getMany()
      : [];
    return {
      ...toFramework(rows[0]),
      groups: groups.map((g): CompetencyGroup => ({ id: g.id, frameworkId: g.frameworkId, parentId: g.parentId, code: g.code, name: g.name, kind: g.kind, sortOrder: g.sortOrder })),
      competencies: comps.map((c): Competency => ({
        id: c.id, frameworkId: c.frameworkId, groupId: c.groupId, code: c.code, name: c.name, definition: c.definition, kind: c.kind,
        sortOrder: c.sortOrder, caseIdentifier: c.caseIdentifier,
        levels: levels.filter((l) => l.competencyId === c.id).map((l) => ({ level: l.level, defined: l.defined, title: l.title, description: l.description, indicators: l.indicators })),
      })),
    };
  }

  async create(actor: Principal, dto: CreateFrameworkDto): Promise<CompetencyFramework> {
    return this.ds.transaction(async (em) => {
      const dup = await em.query(`SELECT 1 FROM competency_framework WHERE lower(code) = lower($1)`, [dto.code]);
      if (dup.length) throw new ProblemException(409, 'DUPLICATE', 'Kode kamus sudah dipakai', { errors: [{ field: 'code', message: 'sudah dipakai' }] });
      const f = await em.save(em.create(FrameworkEntity, { ...dto, description: dto.description ?? null, sourceUrl: dto.sourceUrl ?? null, caseIdentifier: randomUUID(), status: 'DRAFT', version: 1 }));
      await this.audit.record(em, actor, { action: 'CREATE', entity: 'competency_framework', entityId: f.id, after: dto });
      return this.get(f.id, em);
    });
  }

  async update(actor: Principal, id: string, dto: UpdateFrameworkDto): Promise<CompetencyFramework> {
    return this.ds.transaction(async (em) => {
      const before = await this.editable(em, id);
      if (before.rowVersion !== dto.rowVersion) throw versionConflict(['name', 'description'].filter((k) => k in dto));
      await em.update(FrameworkEntity, { id }, { name: dto.name ?? before.name, description: dto.description ?? before.description });
      await this.audit.record(em, actor, { action: 'UPDATE', entity: 'competency_framework', entityId: id, before: { name: before.name, description: before.description }, after: dto });
      return this.get(id, em);
    });
  }

  async publish(actor: Principal, id: string): Promise<CompetencyFramework> {
    return this.ds.transaction(async (em) => {
      const f = await this.lock(em, id);
      if (f.status !== 'DRAFT') throw new ProblemException(409, 'CONFLICT', 'Hanya draf yang dapat diterbitkan');
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM competency WHERE framework_id = $1`, [id]);
      if (!n) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kamus tanpa kompetensi tidak dapat diterbitkan');
      // The previous published version of the same code retires when its successor is published.
      await em.query(`UPDATE competency_framework SET status = 'RETIRED' WHERE code = $1 AND status = 'PUBLISHED' AND id <> $2`, [f.code, id]);
      await em.update(FrameworkEntity, { id }, { status: 'PUBLISHED', publishedAt: new Date() });
      await this.audit.record(em, actor, { action: 'PUBLISH', entity: 'competency_framework', entityId: id, after: { version: f.version } });
      return this.get(id, em);
    });
  }

  async retire(actor: Principal, id: string): Promise<CompetencyFramework> {
    return this.ds.transaction(async (em) => {
      const f = await this.lock(em, id);
      if (f.status !== 'PUBLISHED') throw new ProblemException(409, 'CONFLICT', 'Hanya kamus terbit yang dapat dipensiunkan');
      await em.update(FrameworkEntity, { id }, { status: 'RETIRED' });
      await this.audit.record(em, actor, { action: 'RETIRE', entity: 'competency_framework', entityId: id });
      return this.get(id, em);
    });
  }

  /** Copies a version into a new draft: same lineage per competency, new ids, so old assessments still map. */
  async newVersion(actor: Principal, id: string): Promise<CompetencyFramework> {
    return this.ds.transaction(async (em) => {
      const src = await this.lock(em, id);
      const draft = await em.query(`SELECT id FROM competency_framework WHERE code = $1 AND status = 'DRAFT'`, [src.code]);
      if (draft.length) throw new ProblemException(409, 'CONFLICT', 'Sudah ada draf versi baru untuk kamus ini', { errors: [{ field: 'id', message: `draf ${draft[0].id} sudah ada` }] });
      const [{ v }] = await em.query(`SELECT max(version) + 1 AS v FROM competency_framework WHERE code = $1`, [src.code]);
      const f = await em.save(em.create(FrameworkEntity, {
        code: src.code, name: src.name, description: src.description, sourceUrl: src.sourceUrl, agencyId: src.agencyId,
        version: v, status: 'DRAFT', previousVersionId: src.id, caseIdentifier: randomUUID(),
      }));
      // Set-based copy of the tree: groups (parents remapped), competencies (lineage kept), levels.
      await em.query(
        `CREATE TEMP TABLE _gmap ON COMMIT DROP AS SELECT id AS old_id, gen_random_uuid() AS new_id FROM competency_group WHERE framework_id = $1`, [src.id]);
      await em.query(
        `INSERT INTO competency_group (id, framework_id, parent_id, code, name, kind, sort_order, case_identifier)
         SELECT m.new_id, $1::uuid, pm.new_id, g.code, g.name, g.kind, g.sort_order, gen_random_uuid()
           FROM competency_group g JOIN _gmap m ON m.old_id = g.id LEFT JOIN _gmap pm ON pm.old_id = g.parent_id`, [f.id]);
      await em.query(
        `CREATE TEMP TABLE _cmap ON COMMIT DROP AS SELECT id AS old_id, gen_random_uuid() AS new_id FROM competency WHERE framework_id = $1`, [src.id]);
      await em.query(
        `INSERT INTO competency (id, framework_id, group_id, lineage_id, code, name, definition, kind, sort_order, case_identifier)
         SELECT m.new_id, $1::uuid, gm.new_id, c.lineage_id, c.code, c.name, c.definition, c.kind, c.sort_order, gen_random_uuid()
           FROM competency c JOIN _cmap m ON m.old_id = c.id JOIN _gmap gm ON gm.old_id = c.group_id`, [f.id]);
      await em.query(
        `INSERT INTO competency_level (competency_id, level, defined, title, description, indicators, case_identifier)
         SELECT m.new_id, l.level, l.defined, l.title, l.description, l.indicators, gen_random_uuid()
           FROM competency_level l JOIN _cmap m ON m.old_id = l.competency_id`);
      await this.audit.record(em, actor, { action: 'NEW_VERSION', entity: 'competency_framework', entityId: f.id, after: { from: src.id, version: v } });
      return this.get(f.id, em);
    });
  }

  async addGroup(actor: Principal, frameworkId: string, dto: GroupDto): Promise<CompetencyGroup> {
    return this.ds.transaction(async (em) => {
      await this.editable(em, frameworkId);
      if (dto.parentId) await this.groupIn(em, frameworkId, dto.parentId, 'parentId');
      const g = await em.save(em.create(CompetencyGroupEntity, { ...dto, parentId: dto.parentId ?? null, sortOrder: dto.sortOrder ?? 0, frameworkId, caseIdentifier: randomUUID() }));
      await this.audit.record(em, actor, { action: 'CREATE', entity: 'competency_group', entityId: g.id, after: dto });
      return { id: g.id, frameworkId, parentId: g.parentId, code: g.code, name: g.name, kind: g.kind, sortOrder: g.sortOrder };
    });
  }

  async addCompetency(actor: Principal, frameworkId: string, dto: CompetencyDto): Promise<Competency> {
    return this.ds.transaction(async (em) => {
      await this.editable(em, frameworkId);
      const group = await this.groupIn(em, frameworkId, dto.groupId, 'groupId');
      const c = await em.save(em.create(CompetencyEntity, {
        frameworkId, groupId: dto.groupId, lineageId: randomUUID(), code: dto.code, name: dto.name, definition: dto.definition,
        kind: group.kind, sortOrder: dto.sortOrder ?? 0, caseIdentifier: randomUUID(),
      }));
      await this.writeLevels(em, c.id, dto.levels);
      await this.audit.record(em, actor, { action: 'CREATE', entity: 'competency', entityId: c.id, after: dto });
      return (await this.get(frameworkId, em)).competencies.find((x) => x.id === c.id) as Competency;
    });
  }

  async updateCompetency(actor: Principal, id: string, dto: CompetencyDto): Promise<Competency> {
    return this.ds.transaction(async (em) => {
      const c = await em.findOneBy(CompetencyEntity, { id });
      if (!c) throw notFound('Kompetensi');
      await this.editable(em, c.frameworkId);
      const group = await this.groupIn(em, c.frameworkId, dto.groupId, 'groupId');
      const before = (await this.get(c.frameworkId, em)).competencies.find((x) => x.id === id);
      await em.update(CompetencyEntity, { id }, { groupId: dto.groupId, code: dto.code, name: dto.name, definition: dto.definition, kind: group.kind, sortOrder: dto.sortOrder ?? c.sortOrder });
      await em.delete(CompetencyLevelEntity, { competencyId: id });
      await this.writeLevels(em, id, dto.levels);
      await this.audit.record(em, actor, { action: 'UPDATE', entity: 'competency', entityId: id, before, after: dto });
      return (await this.get(c.frameworkId, em)).competencies.find((x) => x.id === id) as Competency;
    });
  }

  async deleteCompetency(actor: Principal, id: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const c = await em.findOneBy(CompetencyEntity, { id });
      if (!c) throw notFound('Kompetensi');
      await this.editable(em, c.frameworkId);
      await em.delete(CompetencyLevelEntity, { competencyId: id });
      await em.delete(CompetencyEntity, { id });
      await this.audit.record(em, actor, { action: 'DELETE', entity: 'competency', entityId: id, before: { code: c.code, name: c.name } });
    });
  }

  private async writeLevels(em: EntityManager, competencyId: string, levels: LevelDto[]): Promise<void> {
    const seen = new Set<number>();
    levels.forEach((l, i) => {
      if (seen.has(l.level)) throw new ProblemException(400, 'VALIDATION_FAILED', `Level ${l.level} ganda`, { errors: [{ field: `levels[${i}].level`, message: 'level ganda' }] });
      seen.add(l.level);
      if (l.defined && !l.description.trim()) throw new ProblemException(400, 'VALIDATION_FAILED', `Deskripsi level ${l.level} wajib diisi`, { errors: [{ field: `levels[${i}].description`, message: 'wajib diisi untuk level yang didefinisikan' }] });
    });
    if (![...seen].length || !levels.some((l) => l.defined)) {
      throw new ProblemException(400, 'VALIDATION_FAILED', 'Minimal satu level harus didefinisikan', { errors: [{ field: 'levels', message: 'minimal satu level didefinisikan' }] });
    }
    // Every level 1–5 gets a row, undefined ones included, so "defined" is explicit.
    const rows = [1, 2, 3, 4, 5].map((level) => {
      const l = levels.find((x) => x.level === level);
      return { competencyId, level, defined: !!l?.defined, title: l?.defined ? l.title : '', description: l?.defined ? l.description : '', indicators: l?.defined ? l.indicators.filter((s) => s.trim()) : [], caseIdentifier: randomUUID() };
    });
    await em.insert(CompetencyLevelEntity, rows);
  }

  private async lock(em: EntityManager, id: string): Promise<FrameworkEntity> {
    const f = await em.getRepository(FrameworkEntity).createQueryBuilder('f').setLock('pessimistic_write').where('f.id = :id', { id }).getOne();
    if (!f) throw notFound('Kamus kompetensi');
    return f;
  }

  /** Only drafts change: a published version is frozen (assessments and standards point at it). */
  private async editable(em: EntityManager, id: string): Promise<FrameworkEntity> {
    const f = await this.lock(em, id);
    if (f.status !== 'DRAFT') {
      throw new ProblemException(HttpStatus.CONFLICT, 'CONFLICT', 'Kamus yang sudah terbit tidak dapat diubah; buat versi baru (POST …/new-version) lalu ubah drafnya');
    }
    return f;
  }

  private async groupIn(em: EntityManager, frameworkId: string, groupId: string, field: string): Promise<CompetencyGroupEntity> {
    const g = await em.findOneBy(CompetencyGroupEntity, { id: groupId, frameworkId });
    if (!g) throw new ProblemException(400, 'VALIDATION_FAILED', 'Kelompok tidak ada di kamus ini', { errors: [{ field, message: 'kelompok tidak ditemukan di kamus ini' }] });
    return g;
  }
}
