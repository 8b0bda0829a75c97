import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CompetencyKind } from '@kompeten/shared/contract';
import { insertRows } from '../seed/load-framework';
import { LEVEL_MAX, LEVEL_MIN, zeroCounts, type ExchangeIssue, type ImportCounts, type ImportLevel, type ImportModel } from './import-model';
import type { ImportTarget } from './import-target';

interface GroupRow { id: string; parent_id: string | null; code: string; name: string; kind: CompetencyKind; sort_order: number; case_identifier: string }
interface CompRow {
  id: string; group_id: string; lineage_id: string; code: string; name: string; definition: string; kind: CompetencyKind; sort_order: number; case_identifier: string;
}
interface LevelRow { competency_id: string; level: number; defined: boolean; title: string; description: string; indicators: string[]; case_identifier: string }

export interface WriteResult {
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  warnings: ExchangeIssue[];
  changed: boolean;
}

/** Matches file rows to stored rows: by CASE identifier first (stable across renames), then by code. */
class Matcher<T extends { case_identifier: string; code: string }> {
  private readonly byId = new Map<string, T>();
  private readonly byCode = new Map<string, T>();
  readonly used = new Set<T>();
  constructor(rows: T[]) {
    for (const r of rows) {
      this.byId.set(r.case_identifier, r);
      this.byCode.set(r.code.toLowerCase(), r);
    }
  }
  take(caseIdentifier: string | null, code: string): T | undefined {
    const candidates = [caseIdentifier ? this.byId.get(caseIdentifier) : undefined, this.byCode.get(code.toLowerCase())];
    const hit = candidates.find((r) => r && !this.used.has(r));
    if (hit) this.used.add(hit);
    return hit;
  }
}

const sameIndicators = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * Upserts the model into the target framework (design §9.2 step 6) and counts what changed. Rows are
 * compared by content, so applying the same file twice writes nothing the second time. Rows of the
 * draft that the file does not mention are kept (an import adds and updates; deleting is an edit).
 */
export async function writeModel(em: EntityManager, model: ImportModel, target: ImportTarget): Promise<WriteResult> {
  const created = zeroCounts();
  const updated = zeroCounts();
  const unchanged = zeroCounts();
  const warnings: ExchangeIssue[] = [];
  const fid = target.frameworkId;

  // Groups, parents first.
  const storedGroups: GroupRow[] = target.fresh ? [] : await em.query(`SELECT id, parent_id, code, name, kind, sort_order, case_identifier FROM competency_group WHERE framework_id = $1`, [fid]);
  const groups = new Matcher(storedGroups);
  const groupIdByKey = new Map<string, string>();
  const groupKind = new Map<string, CompetencyKind>();
  const groupInserts: unknown[][] = [];
  const groupUpdates: GroupRow[] = [];
  for (const g of model.groups) {
    const hit = groups.take(g.caseIdentifier, g.code);
    const id = hit?.id ?? randomUUID();
    groupIdByKey.set(g.key, id);
    groupKind.set(id, g.kind);
    const parentId = g.parentKey === undefined ? hit?.parent_id ?? null : g.parentKey === null ? null : groupIdByKey.get(g.parentKey) ?? null;
    const row: GroupRow = { id, parent_id: parentId, code: g.code, name: g.name, kind: g.kind, sort_order: g.sortOrder, case_identifier: g.caseIdentifier ?? hit?.case_identifier ?? randomUUID() };
    if (!hit) {
      groupInserts.push([id, fid, row.parent_id, row.code, row.name, row.kind, row.sort_order, row.case_identifier]);
      created.groups++;
    } else if (hit.parent_id !== row.parent_id || hit.code !== row.code || hit.name !== row.name || hit.kind !== row.kind || hit.sort_order !== row.sort_order || hit.case_identifier !== row.case_identifier) {
      groupUpdates.push(row);
      updated.groups++;
    } else unchanged.groups++;
  }

  // Competencies and their five level rows.
  const storedComps: CompRow[] = target.fresh ? [] : await em.query(
    `SELECT id, group_id, lineage_id, code, name, definition, kind, sort_order, case_identifier FROM competency WHERE framework_id = $1`, [fid]);
  const storedLevels: LevelRow[] = storedComps.length
    ? await em.query(`SELECT competency_id, level, defined, title, description, indicators, case_identifier FROM competency_level WHERE competency_id = ANY($1::uuid[])`, [storedComps.map((c) => c.id)])
    : [];
  const levelsOf = new Map<string, LevelRow[]>();
  for (const l of storedLevels) levelsOf.set(l.competency_id, [...(levelsOf.get(l.competency_id) ?? []), l]);
  const lineage = await lineageSource(em, target.previousId);
  const comps = new Matcher(storedComps);
  const compInserts: unknown[][] = [];
  const compUpdates: CompRow[] = [];
  const levelRewrites: string[] = [];
  const levelInserts: unknown[][] = [];
  for (const c of model.competencies) {
    const hit = comps.take(c.caseIdentifier, c.code);
    const id = hit?.id ?? randomUUID();
    const groupId = groupIdByKey.get(c.groupKey) as string;
    const row: CompRow = {
      id, group_id: groupId, code: c.code, name: c.name, definition: c.definition, kind: groupKind.get(groupId) as CompetencyKind, sort_order: c.sortOrder,
      case_identifier: c.caseIdentifier ?? hit?.case_identifier ?? randomUUID(),
      lineage_id: hit?.lineage_id ?? lineage.take(c.caseIdentifier, c.code)?.lineage_id ?? randomUUID(),
    };
    if (!hit) {
      compInserts.push([id, fid, row.group_id, row.lineage_id, row.code, row.name, row.definition, row.kind, row.sort_order, row.case_identifier]);
      created.competencies++;
    } else if (hit.group_id !== row.group_id || hit.code !== row.code || hit.name !== row.name || hit.definition !== row.definition || hit.kind !== row.kind
      || hit.sort_order !== row.sort_order || hit.case_identifier !== row.case_identifier) {
      compUpdates.push(row);
      updated.competencies++;
    } else unchanged.competencies++;

    const { rows, changed } = compareLevels(id, c.levels, levelsOf.get(id) ?? [], { created, updated, unchanged });
    if (changed) {
      if (hit) levelRewrites.push(id);
      levelInserts.push(...rows);
    }
  }

  const notInFile = storedComps.filter((c) => !comps.used.has(c));
  if (notInFile.length) {
    warnings.push({ field: 'file', message: `${notInFile.length} kompetensi di draf tidak ada di berkas dan dibiarkan: ${notInFile.slice(0, 10).map((c) => c.code).join(', ')}${notInFile.length > 10 ? ', …' : ''}` });
  }

  await insertRows(em, 'competency_group', ['id', 'framework_id', 'parent_id', 'code', 'name', 'kind', 'sort_order', 'case_identifier'], groupInserts);
  for (const g of groupUpdates) {
    await em.query(`UPDATE competency_group SET parent_id = $2, code = $3, name = $4, kind = $5, sort_order = $6, case_identifier = $7 WHERE id = $1`,
      [g.id, g.parent_id, g.code, g.name, g.kind, g.sort_order, g.case_identifier]);
  }
  await insertRows(em, 'competency', ['id', 'framework_id', 'group_id', 'lineage_id', 'code', 'name', 'definition', 'kind', 'sort_order', 'case_identifier'], compInserts);
  for (const c of compUpdates) {
    await em.query(`UPDATE competency SET group_id = $2, code = $3, name = $4, definition = $5, kind = $6, sort_order = $7, case_identifier = $8 WHERE id = $1`,
      [c.id, c.group_id, c.code, c.name, c.definition, c.kind, c.sort_order, c.case_identifier]);
  }
  if (levelRewrites.length) await em.query(`DELETE FROM competency_level WHERE competency_id = ANY($1::uuid[])`, [levelRewrites]);
  await insertRows(em, 'competency_level', ['competency_id', 'level', 'defined', 'title', 'description', 'indicators', 'case_identifier'], levelInserts);

  const changed = groupInserts.length + groupUpdates.length + compInserts.length + compUpdates.length + levelInserts.length > 0;
  return { created, updated, unchanged, warnings, changed };
}

/** Lineage of the version this one derives from, so assessments on the old version still count. */
async function lineageSource(em: EntityManager, previousId: string | null): Promise<Matcher<{ case_identifier: string; code: string; lineage_id: string }>> {
  const rows = previousId ? await em.query(`SELECT case_identifier, code, lineage_id FROM competency WHERE framework_id = $1`, [previousId]) : [];
  return new Matcher(rows);
}

/**
 * Levels 1–5 as rows (undefined ones included, as the editor stores them) and their counts. A level
 * counts when it is defined in the file or in the database; indicators count one by one.
 */
function compareLevels(
  competencyId: string, wanted: ImportLevel[], stored: LevelRow[], counts: { created: ImportCounts; updated: ImportCounts; unchanged: ImportCounts },
): { rows: unknown[][]; changed: boolean } {
  const rows: unknown[][] = [];
  let changed = stored.length !== LEVEL_MAX - LEVEL_MIN + 1;
  for (let n = LEVEL_MIN; n <= LEVEL_MAX; n++) {
    const w = wanted.find((l) => l.level === n && l.defined);
    const s = stored.find((l) => l.level === n);
    const want = w
      ? { defined: true, title: w.title, description: w.description, indicators: w.indicators, caseIdentifier: w.caseIdentifier ?? s?.case_identifier ?? randomUUID() }
      : { defined: false, title: '', description: '', indicators: [] as string[], caseIdentifier: s?.case_identifier ?? randomUUID() };
    rows.push([competencyId, n, want.defined, want.title, want.description, JSON.stringify(want.indicators), want.caseIdentifier]);
    const had = s?.defined ? s : undefined;
    if (want.defined && !had) {
      counts.created.levels++;
      counts.created.indicators += want.indicators.length;
    } else if (want.defined && had) {
      const same = had.title === want.title && had.description === want.description && sameIndicators(had.indicators, want.indicators)
        && (!w?.caseIdentifier || had.case_identifier === want.caseIdentifier);
      if (same) counts.unchanged.levels++;
      else counts.updated.levels++;
      want.indicators.forEach((text, i) => {
        if (i >= had.indicators.length) counts.created.indicators++;
        else if (had.indicators[i] === text) counts.unchanged.indicators++;
        else counts.updated.indicators++;
      });
    } else if (!want.defined && had) counts.updated.levels++;
    const rowSame = s && s.defined === want.defined && s.title === want.title && s.description === want.description
      && sameIndicators(s.indicators, want.indicators) && s.case_identifier === want.caseIdentifier;
    if (!rowSame) changed = true;
  }
  return { rows, changed };
}
