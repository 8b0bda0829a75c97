import { HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FrameworkStatus } from '@kompeten/shared/contract';
import { notFound, ProblemException } from '@kompeten/api/core';
import type { ExchangeIssue, ImportAction, ImportFramework } from './import-model';

export interface FrameworkRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  version: number;
  status: FrameworkStatus;
  agency_id: string | null;
  source_url: string | null;
  previous_version_id: string | null;
  case_identifier: string;
}

export interface ImportTarget {
  action: ImportAction;
  frameworkId: string;
  /** The version lineage is taken from (a draft's predecessor, or the version a new draft replaces). */
  previousId: string | null;
  /** True when the framework row was written by this import (new framework or version). */
  fresh: boolean;
  /** True when the name, description or source of an existing draft changed. */
  headerChanged: boolean;
}

export interface TargetOptions {
  frameworkId?: string;
  code?: string;
  name?: string;
}

const SELECT = `SELECT id, code, name, description, version, status, agency_id, source_url, previous_version_id, case_identifier FROM competency_framework`;

/**
 * Where an import goes (brief §2): an existing DRAFT is updated in place; a PUBLISHED or RETIRED
 * version is never mutated (assessments and standards point at it) — a new DRAFT version is created
 * from it, or the draft that already exists for that code is updated; otherwise a new framework.
 * The target is found by `frameworkId`, else by the CFDocument identifier, else by `code`.
 */
export async function resolveTarget(em: EntityManager, fw: ImportFramework, opts: TargetOptions, warnings: ExchangeIssue[]): Promise<ImportTarget> {
  let found: FrameworkRow | undefined;
  if (opts.frameworkId) {
    [found] = await em.query(`${SELECT} WHERE id = $1 FOR UPDATE`, [opts.frameworkId]);
    if (!found) throw notFound('Kamus kompetensi');
  } else if (fw.caseIdentifier) {
    [found] = await em.query(`${SELECT} WHERE case_identifier = $1 FOR UPDATE`, [fw.caseIdentifier]);
  }
  if (!found && opts.code) {
    [found] = await em.query(`${SELECT} WHERE lower(code) = lower($1) ORDER BY (status = 'DRAFT') DESC, version DESC LIMIT 1 FOR UPDATE`, [opts.code]);
  }
  if (found) return intoExisting(em, found, fw, opts, warnings);

  const code = opts.code ?? fw.code ?? (fw.caseIdentifier ? `CASE-${fw.caseIdentifier.slice(0, 8).toUpperCase()}` : null);
  const name = opts.name ?? fw.name;
  if (!code || !name) {
    throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Sebutkan kamus tujuan: frameworkId, atau code dan name untuk kamus baru', {
      errors: [...(!code ? [{ field: 'code', message: 'wajib untuk kamus baru (atau isi frameworkId)' }] : []), ...(!name ? [{ field: 'name', message: 'wajib untuk kamus baru' }] : [])],
    });
  }
  const taken = await em.query(`SELECT id FROM competency_framework WHERE lower(code) = lower($1) LIMIT 1`, [code]);
  if (taken.length) {
    throw new ProblemException(HttpStatus.CONFLICT, 'DUPLICATE',
      `Kode kamus ${code} sudah dipakai kamus lain dengan identifier CASE berbeda; impor ke kamus itu (frameworkId=${taken[0].id}) atau pakai kode lain (code=…)`,
      { errors: [{ field: 'code', message: 'sudah dipakai' }] });
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO competency_framework (id, code, name, description, version, status, source_url, case_identifier) VALUES ($1, $2, $3, $4, 1, 'DRAFT', $5, $6)`,
    [id, code, name, fw.description ?? null, fw.sourceUrl ?? null, fw.caseIdentifier ?? randomUUID()]);
  return { action: 'NEW_FRAMEWORK', frameworkId: id, previousId: null, fresh: true, headerChanged: false };
}

async function intoExisting(em: EntityManager, f: FrameworkRow, fw: ImportFramework, opts: TargetOptions, warnings: ExchangeIssue[]): Promise<ImportTarget> {
  if (f.status === 'DRAFT') {
    const headerChanged = await updateHeader(em, f, fw, opts);
    return { action: 'UPDATE_DRAFT', frameworkId: f.id, previousId: f.previous_version_id, fresh: false, headerChanged };
  }
  const [draft]: FrameworkRow[] = await em.query(`${SELECT} WHERE code = $1 AND status = 'DRAFT' FOR UPDATE`, [f.code]);
  if (draft) {
    warnings.push({ field: 'frameworkId', message: `kamus ${f.code} versi ${f.version} sudah terbit; impor diterapkan ke draf versi ${draft.version} yang sudah ada` });
    const headerChanged = await updateHeader(em, draft, fw, opts);
    return { action: 'UPDATE_DRAFT', frameworkId: draft.id, previousId: draft.previous_version_id ?? f.id, fresh: false, headerChanged };
  }
  const [{ v }] = await em.query(`SELECT max(version) + 1 AS v FROM competency_framework WHERE code = $1`, [f.code]);
  const id = randomUUID();
  await em.query(
    `INSERT INTO competency_framework (id, code, name, description, version, status, agency_id, previous_version_id, source_url, case_identifier)
     VALUES ($1, $2, $3, $4, $5, 'DRAFT', $6, $7, $8, $9)`,
    [id, f.code, opts.name ?? fw.name ?? f.name, fw.description !== undefined ? fw.description : f.description, v, f.agency_id, f.id,
      fw.sourceUrl !== undefined ? fw.sourceUrl : f.source_url, randomUUID()]);
  warnings.push({ field: 'frameworkId', message: `kamus ${f.code} versi ${f.version} sudah terbit dan tidak diubah; dibuat draf versi ${v}` });
  return { action: 'NEW_VERSION', frameworkId: id, previousId: f.id, fresh: true, headerChanged: false };
}

/** Name, description and source from the file; nothing is written when they are the same. */
async function updateHeader(em: EntityManager, f: FrameworkRow, fw: ImportFramework, opts: TargetOptions): Promise<boolean> {
  const name = opts.name ?? fw.name ?? f.name;
  const description = fw.description !== undefined ? fw.description : f.description;
  const sourceUrl = fw.sourceUrl !== undefined ? fw.sourceUrl : f.source_url;
  if (name === f.name && description === f.description && sourceUrl === f.source_url) return false;
  await em.query(`UPDATE competency_framework SET name = $2, description = $3, source_url = $4 WHERE id = $1`, [f.id, name, description, sourceUrl]);
  return true;
}
