import type { FrameworkStatus } from '@kompeten/shared/contract';
import { KOMPETEN_NAMESPACE, nameUuid } from './case-identifiers';
import {
  EXTENSION_KEY, ITEM_TYPE, type CFAssociation, type CFDocument, type CFItem, type CFItemTypeDef, type CFPackage, type CFRubric,
  type ItemKind, type LinkUri,
} from './case-types';
import type { FrameworkSnapshot, SnapshotCompetency, SnapshotLevel } from './framework-snapshot';

export type CaseVersion = '1.1' | '1.0';

export interface CaseExportOptions {
  /** PUBLIC_BASE_URL: every `uri` must resolve to our (future) CASE endpoints (design §2.3). */
  baseUrl: string;
  caseVersion: CaseVersion;
}

const ADOPTION_STATUS: Record<FrameworkStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Adopted', RETIRED: 'Deprecated' };

/** Heading that separates a level description from its indicators in rubric text (read back on import). */
export const RUBRIC_INDICATOR_HEADING = 'Indikator perilaku:';

const ITEM_TYPE_DESCRIPTION: Record<ItemKind, string> = {
  cluster: 'Kelompok kompetensi',
  competency: 'Kompetensi',
  level: 'Level kecakapan kompetensi beserta uraiannya',
  indicator: 'Indikator perilaku pada satu level kompetensi',
};
const ITEM_KINDS: ItemKind[] = ['cluster', 'competency', 'level', 'indicator'];

/** Item-type identifiers are the same in every export of every installation. */
export const itemTypeIdentifier = (kind: ItemKind): string => nameUuid(KOMPETEN_NAMESPACE, `item-type:${ITEM_TYPE[kind]}`);
export const indicatorIdentifier = (levelIdentifier: string, index: number): string => nameUuid(levelIdentifier, `indicator:${index}`);

export function rubricLevelText(l: Pick<SnapshotLevel, 'description' | 'indicators'>): string {
  return l.indicators.length ? `${l.description}\n\n${RUBRIC_INDICATOR_HEADING}\n${l.indicators.map((i) => `- ${i}`).join('\n')}` : l.description;
}

/**
 * A framework version as one CFPackage (design §9.1/§9.3): groups → "Competency Cluster" items,
 * competencies → "Competency", defined levels → "Proficiency Level" (hasSkillLevel from the competency
 * and isChildOf it, for 1.0 consumers), indicators → "Behavioral Indicator" under their level, plus
 * one CFRubric per competency as the scale view. Deterministic: same data, same bytes.
 */
export function toCasePackage(s: FrameworkSnapshot, opts: CaseExportOptions): CFPackage {
  const v11 = opts.caseVersion === '1.1';
  const base = `${opts.baseUrl.replace(/\/+$/, '')}/ims/case/${v11 ? 'v1p1' : 'v1p0'}`;
  const changed = s.updatedAt.toISOString();
  const url = (kind: string, id: string) => `${base}/${kind}/${id}`;
  const ext = (o: Record<string, unknown>) => (v11 ? { extensions: { [EXTENSION_KEY]: o } } : {});

  const doc: CFDocument = {
    identifier: s.caseIdentifier,
    uri: url('CFDocuments', s.caseIdentifier),
    ...(v11 ? { frameworkType: 'Competency', caseVersion: '1.1' as const } : {}),
    creator: s.creator,
    title: s.name,
    lastChangeDateTime: changed,
    ...(validUrl(s.sourceUrl) ? { officialSourceURL: s.sourceUrl as string } : {}),
    ...(s.description ? { description: s.description } : {}),
    language: 'id',
    version: String(s.version),
    adoptionStatus: ADOPTION_STATUS[s.status],
    ...ext({ code: s.code, version: s.version, status: s.status }),
  };
  const docLink: LinkUri = { title: s.name, identifier: s.caseIdentifier, uri: doc.uri };

  const typeLink = (kind: ItemKind): LinkUri => ({ title: ITEM_TYPE[kind], identifier: itemTypeIdentifier(kind), uri: url('CFItemTypes', itemTypeIdentifier(kind)) });
  const itemTypes: CFItemTypeDef[] = ITEM_KINDS.map((kind, i) => ({
    identifier: itemTypeIdentifier(kind), uri: url('CFItemTypes', itemTypeIdentifier(kind)), title: ITEM_TYPE[kind],
    description: ITEM_TYPE_DESCRIPTION[kind], hierarchyCode: String(i + 1), lastChangeDateTime: changed,
  }));

  const items: CFItem[] = [];
  const associations: CFAssociation[] = [];
  const links = new Map<string, LinkUri>([[s.caseIdentifier, docLink]]);
  const item = (kind: ItemKind, identifier: string, title: string, fields: Omit<CFItem, 'identifier' | 'uri' | 'lastChangeDateTime' | 'CFItemType'>) => {
    const it: CFItem = {
      identifier, uri: url('CFItems', identifier), lastChangeDateTime: changed, CFItemType: ITEM_TYPE[kind], CFItemTypeURI: typeLink(kind), language: 'id', ...fields,
    };
    items.push(it);
    links.set(identifier, { title, identifier, uri: it.uri });
  };
  const associate = (type: 'isChildOf' | 'hasSkillLevel', origin: string, destination: string, sequenceNumber: number) => {
    const identifier = nameUuid(origin, `${type}:${destination}`);
    associations.push({
      identifier, associationType: type, uri: url('CFAssociations', identifier),
      originNodeURI: links.get(origin) as LinkUri, destinationNodeURI: links.get(destination) as LinkUri, sequenceNumber, lastChangeDateTime: changed,
    });
  };

  const groupById = new Map(s.groups.map((g) => [g.id, g]));
  const compsOf = (groupId: string) => s.competencies.filter((c) => c.groupId === groupId);
  const subgroupsOf = (groupId: string | null) => s.groups.filter((g) => (g.parentId && groupById.has(g.parentId) ? g.parentId : null) === groupId);

  for (const g of s.groups) {
    item('cluster', g.caseIdentifier, g.name, { fullStatement: g.name, abbreviatedStatement: g.name, humanCodingScheme: g.code, ...ext({ kind: g.kind }) });
    const parent = g.parentId ? groupById.get(g.parentId) : undefined;
    // Groups come parents-first, so the parent's link exists. Its competencies precede its sub-groups.
    const offset = parent ? compsOf(parent.id).length : 0;
    associate('isChildOf', g.caseIdentifier, parent?.caseIdentifier ?? s.caseIdentifier, offset + subgroupsOf(parent?.id ?? null).indexOf(g) + 1);
    compsOf(g.id).forEach((c, i) => exportCompetency(c, g.caseIdentifier, i + 1));
  }

  function exportCompetency(c: SnapshotCompetency, groupIdentifier: string, seq: number): void {
    item('competency', c.caseIdentifier, c.name, {
      fullStatement: c.definition, abbreviatedStatement: c.name, humanCodingScheme: c.code, ...ext({ kind: c.kind, lineageId: c.lineageId }),
    });
    associate('isChildOf', c.caseIdentifier, groupIdentifier, seq);
    for (const l of c.levels.filter((x) => x.defined)) {
      item('level', l.caseIdentifier, l.title || `Level ${l.level}`, {
        fullStatement: l.description, ...(l.title ? { abbreviatedStatement: l.title } : {}), listEnumeration: String(l.level),
      });
      if (v11) associate('hasSkillLevel', c.caseIdentifier, l.caseIdentifier, l.level);
      associate('isChildOf', l.caseIdentifier, c.caseIdentifier, l.level);
      l.indicators.forEach((text, i) => {
        const id = indicatorIdentifier(l.caseIdentifier, i);
        item('indicator', id, text, { fullStatement: text, listEnumeration: String(i + 1) });
        associate('isChildOf', id, l.caseIdentifier, i + 1);
      });
    }
  }

  const rubrics: CFRubric[] = s.competencies.map((c) => rubric(c, url, changed, links.get(c.caseIdentifier) as LinkUri));

  return {
    CFDocument: doc,
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
    CFRubrics: rubrics,
    ...(v11 ? { extensions: { [EXTENSION_KEY]: { formatVersion: 1 } } } : {}),
  };
}

function rubric(c: SnapshotCompetency, url: (kind: string, id: string) => string, changed: string, itemLink: LinkUri): CFRubric {
  const rubricId = nameUuid(c.caseIdentifier, 'rubric');
  const criterionId = nameUuid(c.caseIdentifier, 'rubric-criterion');
  return {
    identifier: rubricId,
    uri: url('CFRubrics', rubricId),
    title: `${c.code} ${c.name}`,
    lastChangeDateTime: changed,
    CFRubricCriteria: [{
      identifier: criterionId,
      uri: url('CFRubricCriteria', criterionId),
      category: c.name,
      description: c.definition,
      CFItemURI: itemLink,
      position: 1,
      rubricId,
      lastChangeDateTime: changed,
      CFRubricCriterionLevels: c.levels.filter((l) => l.defined).map((l) => {
        const id = nameUuid(l.caseIdentifier, 'rubric-level');
        return {
          identifier: id, uri: url('CFRubricCriterionLevels', id), description: rubricLevelText(l), quality: l.title,
          score: l.level, position: l.level, rubricCriterionId: criterionId, lastChangeDateTime: changed,
        };
      }),
    }],
  };
}

function validUrl(s: string | null): boolean {
  if (!s) return false;
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}
