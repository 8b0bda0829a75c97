import type { EntityManager } from 'typeorm';
import type { CompetencyKind, FrameworkStatus } from '@kompeten/shared/contract';
import { notFound } from '@kompeten/api/core';

/**
 * One framework version as plain data, in export order. Both exporters (CASE, CSV/XLSX) work on
 * this, so they stay pure functions that unit tests can run without a database.
 */
export interface SnapshotLevel {
  level: number;
  defined: boolean;
  title: string;
  description: string;
  indicators: string[];
  caseIdentifier: string;
}

export interface SnapshotCompetency {
  id: string;
  groupId: string;
  lineageId: string;
  code: string;
  name: string;
  definition: string;
  kind: CompetencyKind;
  sortOrder: number;
  caseIdentifier: string;
  levels: SnapshotLevel[];
}

export interface SnapshotGroup {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: CompetencyKind;
  sortOrder: number;
  caseIdentifier: string;
}

export interface FrameworkSnapshot {
  id: string;
  code: string;
  name: string;
  description: string | null;
  version: number;
  status: FrameworkStatus;
  sourceUrl: string | null;
  caseIdentifier: string;
  /** The agency that owns the framework, else the product (CASE requires a creator). */
  creator: string;
  updatedAt: Date;
  groups: SnapshotGroup[];
  competencies: SnapshotCompetency[];
}

export const DEFAULT_CREATOR = 'Kompeten';

const bySortThenCode = <T extends { sortOrder: number; code: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/**
 * Groups parents-first (depth-first in sort order) and competencies in the order of their groups,
 * so every export of the same data is byte-identical.
 */
export function orderSnapshot(s: FrameworkSnapshot): FrameworkSnapshot {
  const children = new Map<string | null, SnapshotGroup[]>();
  for (const g of s.groups) {
    const key = g.parentId && s.groups.some((p) => p.id === g.parentId) ? g.parentId : null;
    children.set(key, [...(children.get(key) ?? []), g]);
  }
  const groups: SnapshotGroup[] = [];
  const walk = (parent: string | null) => {
    for (const g of [...(children.get(parent) ?? [])].sort(bySortThenCode)) {
      groups.push(g);
      walk(g.id);
    }
  };
  walk(null);
  const rank = new Map(groups.map((g, i) => [g.id, i]));
  const competencies = [...s.competencies]
    .sort((a, b) => (rank.get(a.groupId) ?? 0) - (rank.get(b.groupId) ?? 0) || bySortThenCode(a, b))
    .map((c) => ({ ...c, levels: [...c.levels].sort((a, b) => a.level - b.level) }));
  return { ...s, groups, competencies };
}

export async function loadSnapshot(em: EntityManager, frameworkId: string): Promise<FrameworkSnapshot> {
  const [f]: {
    id: string; code: string; name: string; description: string | null; version: number; status: FrameworkStatus;
    source_url: string | null; case_identifier: string; updated_at: Date; agency_name: string | null;
  }[] = await em.query(
    `SELECT f.id, f.code, f.name, f.description, f.version, f.status, f.source_url, f.case_identifier, f.updated_at, a.name AS agency_name
       FROM competency_framework f LEFT JOIN agency a ON a.id = f.agency_id WHERE f.id = $1`, [frameworkId]);
  if (!f) throw notFound('Kamus kompetensi');
  const groups: { id: string; parent_id: string | null; code: string; name: string; kind: CompetencyKind; sort_order: number; case_identifier: string }[] =
    await em.query(`SELECT id, parent_id, code, name, kind, sort_order, case_identifier FROM competency_group WHERE framework_id = $1`, [frameworkId]);
  const comps: {
    id: string; group_id: string; lineage_id: string; code: string; name: string; definition: string; kind: CompetencyKind;
    sort_order: number; case_identifier: string; levels: SnapshotLevel[] | null;
  }[] = await em.query(
    `SELECT c.id, c.group_id, c.lineage_id, c.code, c.name, c.definition, c.kind, c.sort_order, c.case_identifier,
            (SELECT json_agg(json_build_object('level', l.level, 'defined', l.defined, 'title', l.title, 'description', l.description,
                                               'indicators', l.indicators, 'caseIdentifier', l.case_identifier) ORDER BY l.level)
               FROM competency_level l WHERE l.competency_id = c.id) AS levels
       FROM competency c WHERE c.framework_id = $1`, [frameworkId]);
  return orderSnapshot({
    id: f.id, code: f.code, name: f.name, description: f.description, version: f.version, status: f.status, sourceUrl: f.source_url,
    caseIdentifier: f.case_identifier, creator: f.agency_name ?? DEFAULT_CREATOR, updatedAt: f.updated_at,
    groups: groups.map((g) => ({ id: g.id, parentId: g.parent_id, code: g.code, name: g.name, kind: g.kind, sortOrder: g.sort_order, caseIdentifier: g.case_identifier })),
    competencies: comps.map((c) => ({
      id: c.id, groupId: c.group_id, lineageId: c.lineage_id, code: c.code, name: c.name, definition: c.definition, kind: c.kind,
      sortOrder: c.sort_order, caseIdentifier: c.case_identifier, levels: c.levels ?? [],
    })),
  });
}
