import type { CFItem, CFPackage, ItemKind } from './case-types';
import type { ChildGraph } from './case-graph';

/**
 * CFItemType labels we recognise, normalised (lowercase letters only). Frameworks from other tools
 * name the same things differently; English and Indonesian synonyms map to our four node kinds.
 */
const TYPE_SYNONYMS: Record<ItemKind, string[]> = {
  cluster: [
    'competencycluster', 'cluster', 'competencygroup', 'competencycategory', 'competencydomain', 'domain', 'category', 'strand',
    'kelompok', 'kelompokkompetensi', 'klaster', 'rumpun', 'rumpunkompetensi',
  ],
  competency: ['competency', 'competence', 'skill', 'competencystatement', 'kompetensi', 'keterampilan'],
  level: ['proficiencylevel', 'skilllevel', 'competencylevel', 'level', 'proficiency', 'levelkompetensi', 'tingkat', 'tingkatkecakapan'],
  indicator: [
    'behavioralindicator', 'behaviouralindicator', 'indicator', 'performanceindicator', 'behavior', 'behaviour', 'indikator', 'indikatorperilaku',
  ],
};

const LOOKUP = new Map<string, ItemKind>(
  (Object.entries(TYPE_SYNONYMS) as [ItemKind, string[]][]).flatMap(([kind, names]) => names.map((n) => [n, kind] as [string, ItemKind])),
);

export function kindFromTypeLabel(label: string | undefined | null): ItemKind | null {
  if (!label) return null;
  return LOOKUP.get(label.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

/** The item's type label: CFItemType, else the CFItemTypeURI title, else the CFDefinitions entry it points at. */
export function typeLabel(item: CFItem, definitions: Map<string, string>): string | null {
  return item.CFItemType ?? item.CFItemTypeURI?.title ?? (item.CFItemTypeURI ? definitions.get(item.CFItemTypeURI.identifier.toLowerCase()) ?? null : null);
}

export interface SkillLink {
  competency: string;
  level: string;
  seq: number;
  index: number;
}

/**
 * Classifies every item (design §9.2 step 4): by CFItemType first; where the type is missing or
 * unknown, by structure — hasSkillLevel targets are levels and their origins competencies, children
 * of levels are indicators, items with level children are competencies, other inner nodes are
 * clusters and leaves are competencies (an item with no type and no clue is a competency).
 */
export function classifyItems(pkg: CFPackage, graph: ChildGraph, skills: SkillLink[]): Map<string, ItemKind> {
  const definitions = new Map((pkg.CFDefinitions?.CFItemTypes ?? []).map((t) => [t.identifier.toLowerCase(), t.title]));
  const kinds = new Map<string, ItemKind>();
  const untyped: string[] = [];
  for (const item of pkg.CFItems ?? []) {
    const id = item.identifier.toLowerCase();
    const k = kindFromTypeLabel(typeLabel(item, definitions));
    if (k) kinds.set(id, k);
    else untyped.push(id);
  }
  const open = new Set(untyped);
  const settle = (id: string, k: ItemKind) => {
    if (open.has(id)) {
      kinds.set(id, k);
      open.delete(id);
    }
  };
  for (const s of skills) {
    settle(s.level, 'level');
    settle(s.competency, 'competency');
  }
  const childrenOf = (id: string) => (graph.children.get(id) ?? []).map((e) => e.child);
  // Children of levels are indicators, also below levels that were found only by structure.
  for (const id of [...kinds.keys()].filter((i) => kinds.get(i) === 'level')) {
    for (const c of childrenOf(id)) settle(c, 'indicator');
  }
  for (const id of [...open]) {
    const kids = childrenOf(id);
    if (kids.length && kids.some((c) => kinds.get(c) === 'level')) settle(id, 'competency');
    else if (kids.length) settle(id, 'cluster');
    else settle(id, 'competency');
  }
  return kinds;
}
