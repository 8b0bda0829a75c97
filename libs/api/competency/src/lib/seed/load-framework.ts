import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RefFramework, RefGroup } from '../reference';

/**
 * Inserts a framework from reference data as published version 1, unless a framework with that code
 * exists (reference data is upserted at every start; an installation's own edits are new versions).
 * Returns the id of the framework with that code (latest published, else latest).
 */
export async function loadReferenceFramework(em: EntityManager, ref: RefFramework, agencyId: string | null = null): Promise<string> {
  const existing: { id: string }[] = await em.query(
    `SELECT id FROM competency_framework WHERE code = $1 ORDER BY (status = 'PUBLISHED') DESC, version DESC LIMIT 1`, [ref.code]);
  if (existing.length) return existing[0].id;
  const frameworkId = randomUUID();
  await em.query(
    `INSERT INTO competency_framework (id, code, name, description, version, status, agency_id, published_at, source_url, case_identifier)
     VALUES ($1, $2, $3, $4, 1, 'PUBLISHED', $5, now(), $6, $7)`,
    [frameworkId, ref.code, ref.name, ref.description, agencyId, ref.sourceUrl, randomUUID()]);
  const groups: unknown[][] = [];
  const comps: unknown[][] = [];
  const levels: unknown[][] = [];
  const walk = (g: RefGroup, parentId: string | null, order: number) => {
    const gid = randomUUID();
    groups.push([gid, frameworkId, parentId, g.code, g.name, g.kind, order, randomUUID()]);
    g.competencies.forEach((c, i) => {
      const cid = randomUUID();
      comps.push([cid, frameworkId, gid, randomUUID(), c.code, c.name, c.definition, g.kind, i, randomUUID()]);
      for (const l of c.levels) levels.push([cid, l.level, l.defined, l.title, l.description, JSON.stringify(l.indicators), randomUUID()]);
    });
    (g.children ?? []).forEach((child, i) => walk(child, gid, i));
  };
  ref.groups.forEach((g, i) => walk(g, null, i));
  await insertRows(em, 'competency_group', ['id', 'framework_id', 'parent_id', 'code', 'name', 'kind', 'sort_order', 'case_identifier'], groups);
  await insertRows(em, 'competency', ['id', 'framework_id', 'group_id', 'lineage_id', 'code', 'name', 'definition', 'kind', 'sort_order', 'case_identifier'], comps);
  await insertRows(em, 'competency_level', ['competency_id', 'level', 'defined', 'title', 'description', 'indicators', 'case_identifier'], levels);
  return frameworkId;
}

/** Multi-row INSERT in chunks: one round trip per 500 rows instead of one per row. */
export async function insertRows(em: EntityManager, table: string, cols: string[], rows: unknown[][], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const values = part.map((r) => `(${r.map((v) => { params.push(v); return `$${params.length}`; }).join(', ')})`).join(', ');
    await em.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values}`, params);
  }
}
