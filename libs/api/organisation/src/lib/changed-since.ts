import type { EntityManager } from 'typeorm';

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'employeeCount', 'holderCount']);

/**
 * Which fields of a record changed after the version the client read, taken from the audit log
 * (every write records before/after with the new version), so a 409 can name what moved under him.
 */
export async function changedSince(em: EntityManager, entity: string, id: string, version: number): Promise<string[]> {
  const rows: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] = await em.query(
    `SELECT before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 AND (after->>'version')::int > $3`,
    [entity, id, version],
  );
  const changed = new Set<string>();
  for (const { before, after } of rows) {
    for (const k of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      if (!IGNORED.has(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])) changed.add(k);
    }
  }
  return [...changed].sort();
}
