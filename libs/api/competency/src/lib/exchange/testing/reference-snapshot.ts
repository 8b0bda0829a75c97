import type { RefFramework, RefGroup } from '../../reference';
import { KOMPETEN_NAMESPACE, nameUuid } from '../case-identifiers';
import { orderSnapshot, type FrameworkSnapshot, type SnapshotCompetency, type SnapshotGroup } from '../framework-snapshot';

/**
 * A shipped reference framework as a snapshot, without a database (unit specs). Identifiers are
 * derived from the codes, so the fixture is the same on every run.
 */
export function referenceSnapshot(ref: RefFramework, status: FrameworkSnapshot['status'] = 'PUBLISHED'): FrameworkSnapshot {
  const id = (name: string) => nameUuid(KOMPETEN_NAMESPACE, `${ref.code}:${name}`);
  const groups: SnapshotGroup[] = [];
  const competencies: SnapshotCompetency[] = [];
  const walk = (g: RefGroup, parentId: string | null, order: number) => {
    const gid = id(`group:${g.code}`);
    groups.push({ id: gid, parentId, code: g.code, name: g.name, kind: g.kind, sortOrder: order, caseIdentifier: id(`case:group:${g.code}`) });
    g.competencies.forEach((c, i) => competencies.push({
      id: id(`comp:${c.code}`), groupId: gid, lineageId: id(`lineage:${c.code}`), code: c.code, name: c.name, definition: c.definition, kind: g.kind,
      sortOrder: i, caseIdentifier: id(`case:comp:${c.code}`),
      levels: c.levels.map((l) => ({ ...l, indicators: [...l.indicators], caseIdentifier: id(`case:level:${c.code}:${l.level}`) })),
    }));
    (g.children ?? []).forEach((child, i) => walk(child, gid, i));
  };
  ref.groups.forEach((g, i) => walk(g, null, i));
  return orderSnapshot({
    id: id('framework'), code: ref.code, name: ref.name, description: ref.description, version: 1, status, sourceUrl: ref.sourceUrl,
    caseIdentifier: id('case:framework'), creator: 'Kompeten', updatedAt: new Date('2026-01-15T03:00:00.000Z'), groups, competencies,
  });
}
