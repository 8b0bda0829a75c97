import { COMPETENCY_KINDS, type CompetencyKind } from '@kompeten/shared/contract';
import { KOMPETEN_NAMESPACE, nameUuid } from './case-identifiers';
import { classifyItems, type SkillLink } from './case-classify';
import { RUBRIC_INDICATOR_HEADING } from './case-export';
import { buildChildGraph, endpointResolver, findCycles, primaryParent, treeOrder } from './case-graph';
import { EXTENSION_KEY, type CFItem, type CFPackage, type ItemKind } from './case-types';
import {
  CODE_PATTERN, LEVEL_MAX, LEVEL_MIN, type ExchangeIssue, type ImportCompetency, type ImportGroup, type ImportLevel, type ImportPlan,
} from './import-model';

const NAME_MAX = 200;
const STRICT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The identifier we store: the file's when it meets the CASE 1.1 pattern, else a stable one derived
 * from it. We accept 0000…0001-style ids on import but promise strict ones on export; deriving keeps
 * a re-import of the same file matching the same rows.
 */
export const storedIdentifier = (id: string): string => {
  const lower = id.toLowerCase();
  return STRICT_ID.test(lower) ? lower : nameUuid(KOMPETEN_NAMESPACE, `case-id:${lower}`);
};

/** Group for competencies that sit directly under the document or have no parent at all. */
export const FALLBACK_GROUP_CODE = 'LAINNYA';

/**
 * CFPackage (already valid against the lenient schema) → format-neutral import model (design §9.2
 * steps 2–5). Pure: no database, so every rule is unit-tested. Errors make the import fail as a whole;
 * warnings describe what was adapted (orphans re-attached, extra parents or unknown associations ignored).
 */
export function planCaseImport(pkg: CFPackage): ImportPlan {
  const warnings: ExchangeIssue[] = [];
  const errors: ExchangeIssue[] = [];
  const docId = pkg.CFDocument.identifier.toLowerCase();
  const plan = (): ImportPlan => {
    const framework = frameworkOf(pkg, warnings);
    const derived = [framework.caseIdentifier, ...groups.map((g) => g.caseIdentifier), ...competencies.flatMap((c) => [c.caseIdentifier, ...c.levels.map((l) => l.caseIdentifier)])]
      .filter((id): id is string => !!id && !STRICT_ID.test(id));
    if (derived.length) warnings.push({ field: '/', message: `${derived.length} identifier tidak memenuhi pola CASE 1.1 dan diganti identifier turunan yang tetap` });
    const canon = (id: string | null) => (id ? storedIdentifier(id) : null);
    return {
      model: {
        framework: { ...framework, caseIdentifier: canon(framework.caseIdentifier) },
        groups: groups.map((g) => ({ ...g, caseIdentifier: canon(g.caseIdentifier) })),
        competencies: competencies.map((c) => ({ ...c, caseIdentifier: canon(c.caseIdentifier), levels: c.levels.map((l) => ({ ...l, caseIdentifier: canon(l.caseIdentifier) })) })),
      },
      warnings, errors,
    };
  };
  const groups: ImportGroup[] = [];
  const competencies: ImportCompetency[] = [];

  // Step 2: index items; a duplicate identifier makes every association to it ambiguous.
  const items = new Map<string, { item: CFItem; index: number }>();
  (pkg.CFItems ?? []).forEach((item, index) => {
    const id = item.identifier.toLowerCase();
    const first = items.get(id);
    if (first) errors.push({ field: `/CFItems/${index}/identifier`, message: `identifier ganda ${id} (sudah dipakai di /CFItems/${first.index})` });
    else if (id === docId) errors.push({ field: `/CFItems/${index}/identifier`, message: `identifier ${id} sama dengan identifier CFDocument` });
    else items.set(id, { item, index });
  });
  if (errors.length) return plan();

  // Step 3: the isChildOf tree; a cycle has no top and cannot be imported.
  const { graph, warnings: graphWarnings } = buildChildGraph(pkg);
  warnings.push(...graphWarnings);
  const label = (id: string) => {
    const it = items.get(id)?.item;
    return it?.humanCodingScheme ? `${id} (${it.humanCodingScheme})` : id;
  };
  for (const cycle of findCycles(graph)) {
    const edge = graph.parents.get(cycle[0])?.find((e) => e.parent === cycle[1]);
    errors.push({ field: `/CFAssociations/${edge?.index ?? 0}`, message: `asosiasi isChildOf membentuk siklus: ${cycle.map(label).join(' → ')}` });
  }
  if (errors.length) return plan();

  const skills = skillLinks(pkg, items, warnings);
  otherAssociations(pkg, warnings);

  // Step 4: node kinds.
  const kinds = classifyItems(pkg, graph, skills);
  const order = treeOrder(graph);
  const rank = new Map(order.map((id, i) => [id, i]));
  const nearest = (id: string, kind: ItemKind): string | null => {
    for (let e = primaryParent(graph, id); e; e = primaryParent(graph, e.parent)) if (kinds.get(e.parent) === kind) return e.parent;
    return null;
  };
  const orphan = new Set(graph.orphans);

  // Groups, parents first (tree order), each numbered among its sibling groups.
  const groupKind = new Map<string, CompetencyKind>();
  const groupCodes = new Set<string>();
  const siblingCount = new Map<string | null, number>();
  for (const id of order.filter((i) => kinds.get(i) === 'cluster')) {
    const { item, index } = items.get(id) as { item: CFItem; index: number };
    const parentKey = nearest(id, 'cluster');
    if (orphan.has(id)) warnings.push({ field: `/CFItems/${index}`, message: `kelompok ${label(id)} tidak punya induk; dijadikan kelompok teratas` });
    const kind = extensionKind(item) ?? (parentKey ? groupKind.get(parentKey) : undefined) ?? guessKind(item);
    if (!kind) warnings.push({ field: `/CFItems/${index}`, message: `jenis kompetensi kelompok ${label(id)} tidak diketahui; dianggap TEKNIS` });
    groupKind.set(id, kind ?? 'TEKNIS');
    const code = uniqueCode(codeOf(item, `KLP-${groups.length + 1}`, `/CFItems/${index}/humanCodingScheme`, warnings), groupCodes);
    const sortOrder = siblingCount.get(parentKey) ?? 0;
    siblingCount.set(parentKey, sortOrder + 1);
    groups.push({ key: id, caseIdentifier: id, code, name: nameOf(item), kind: kind ?? 'TEKNIS', parentKey, sortOrder });
  }

  // Competencies: their group is the nearest cluster above them; nested competencies are flattened.
  const fallbackKey = nameUuid(docId, 'kompeten:fallback-group');
  const compCodes = new Map<string, number>();
  const perGroup = new Map<string, number>();
  const levelOwner = new Map<string, string>();
  const compIds = order.filter((i) => kinds.get(i) === 'competency');
  let homeless = 0;
  for (const id of compIds) {
    const { item, index } = items.get(id) as { item: CFItem; index: number };
    let groupKey = nearest(id, 'cluster');
    if (!groupKey) {
      groupKey = fallbackKey;
      homeless++;
      if (orphan.has(id)) warnings.push({ field: `/CFItems/${index}`, message: `kompetensi ${label(id)} tidak punya induk; dimasukkan ke kelompok ${FALLBACK_GROUP_CODE}` });
    }
    if (nearest(id, 'competency')) warnings.push({ field: `/CFItems/${index}`, message: `kompetensi ${label(id)} berada di bawah kompetensi lain; diratakan ke kelompoknya` });
    const code = codeOf(item, `KOMP-${compCodes.size + 1}`, `/CFItems/${index}/humanCodingScheme`, warnings);
    const dup = compCodes.get(code.toLowerCase());
    if (dup !== undefined) errors.push({ field: `/CFItems/${index}/humanCodingScheme`, message: `kode kompetensi ${code} ganda (juga di /CFItems/${dup})` });
    compCodes.set(code.toLowerCase(), index);
    const sortOrder = perGroup.get(groupKey) ?? 0;
    perGroup.set(groupKey, sortOrder + 1);
    const levels = levelsOf(id, item);
    if (!levels.some((l) => l.defined)) warnings.push({ field: `/CFItems/${index}`, message: `kompetensi ${label(id)} tidak punya level yang didefinisikan; lengkapi sebelum dipakai di standar` });
    competencies.push({ caseIdentifier: id, code, name: nameOf(item), definition: item.fullStatement.trim(), groupKey, sortOrder, levels });
  }
  if (homeless) {
    groups.push({
      key: fallbackKey, caseIdentifier: fallbackKey, code: uniqueCode(FALLBACK_GROUP_CODE, groupCodes), name: 'Kompetensi tanpa kelompok',
      kind: 'TEKNIS', parentKey: null, sortOrder: siblingCount.get(null) ?? 0,
    });
    warnings.push({ field: '/CFItems', message: `${homeless} kompetensi tanpa kelompok dimasukkan ke kelompok ${FALLBACK_GROUP_CODE} (jenis TEKNIS)` });
  }
  for (const id of order.filter((i) => kinds.get(i) === 'level' && !levelOwner.has(i))) {
    warnings.push({ field: `/CFItems/${items.get(id)?.index}`, message: `level ${label(id)} tidak terhubung ke kompetensi; diabaikan` });
  }
  for (const id of order.filter((i) => kinds.get(i) === 'indicator')) {
    const p = primaryParent(graph, id);
    if (!p || kinds.get(p.parent) !== 'level' || !levelOwner.has(p.parent)) {
      warnings.push({ field: `/CFItems/${items.get(id)?.index}`, message: `indikator ${label(id)} tidak berada di bawah level kompetensi; diabaikan` });
    }
  }
  return plan();

  // Step 5: levels from hasSkillLevel/isChildOf level items, else from the competency's rubric.
  function levelsOf(compId: string, comp: CFItem): ImportLevel[] {
    const found = new Map<string, number | null>();
    for (const s of skills.filter((x) => x.competency === compId)) found.set(s.level, s.seq);
    for (const e of graph.children.get(compId) ?? []) {
      if (kinds.get(e.child) === 'level' && !found.has(e.child)) found.set(e.child, e.seq);
    }
    const levelIds = [...found.keys()].filter((l) => !levelOwner.has(l)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    if (!levelIds.length) return rubricLevels(compId);
    const out: ImportLevel[] = [];
    levelIds.forEach((levelId, i) => {
      levelOwner.set(levelId, compId);
      const { item, index } = items.get(levelId) as { item: CFItem; index: number };
      const seq = found.get(levelId);
      const n = /^\s*\d+\s*$/.test(item.listEnumeration ?? '') ? Number(item.listEnumeration) : seq !== null && seq !== undefined && seq < Number.MAX_SAFE_INTEGER ? seq : i + 1;
      const level = checkedLevel(n, `/CFItems/${index}/listEnumeration`, comp, out);
      if (level === null) return;
      const indicators = (graph.children.get(levelId) ?? []).filter((e) => kinds.get(e.child) === 'indicator')
        .map((e) => (items.get(e.child) as { item: CFItem }).item.fullStatement.trim()).filter(Boolean);
      const title = (item.abbreviatedStatement ?? '').trim();
      let description = item.fullStatement.trim();
      if (!description && title) {
        description = title;
        warnings.push({ field: `/CFItems/${index}/fullStatement`, message: 'uraian level kosong; judul level dipakai sebagai uraian' });
      }
      if (!description) {
        errors.push({ field: `/CFItems/${index}/fullStatement`, message: `uraian level ${level} kompetensi ${comp.humanCodingScheme ?? compId} wajib diisi` });
        return;
      }
      out.push({ level, defined: true, title, description, indicators, caseIdentifier: levelId });
    });
    return out.sort((a, b) => a.level - b.level);
  }

  function rubricLevels(compId: string): ImportLevel[] {
    const resolve = endpointResolver(pkg);
    for (const [r, rubric] of (pkg.CFRubrics ?? []).entries()) {
      for (const [c, crit] of (rubric.CFRubricCriteria ?? []).entries()) {
        if (!crit.CFItemURI || resolve({ ...crit.CFItemURI }) !== compId) continue;
        const out: ImportLevel[] = [];
        const comp = (items.get(compId) as { item: CFItem }).item;
        (crit.CFRubricCriterionLevels ?? []).forEach((l, i) => {
          const n = Number.isInteger(l.score) ? (l.score as number) : l.position ?? i + 1;
          const level = checkedLevel(n, `/CFRubrics/${r}/CFRubricCriteria/${c}/CFRubricCriterionLevels/${i}/score`, comp, out);
          if (level === null) return;
          const { description, indicators } = splitRubricText(l.description ?? '');
          const title = (l.quality ?? '').trim();
          if (!description && !title) {
            errors.push({ field: `/CFRubrics/${r}/CFRubricCriteria/${c}/CFRubricCriterionLevels/${i}/description`, message: `uraian level ${level} wajib diisi` });
            return;
          }
          out.push({ level, defined: true, title, description: description || title, indicators, caseIdentifier: null });
        });
        if (out.length) return out.sort((a, b) => a.level - b.level);
      }
    }
    return [];
  }

  function checkedLevel(n: number, field: string, comp: CFItem, sofar: ImportLevel[]): number | null {
    if (!Number.isInteger(n) || n < LEVEL_MIN || n > LEVEL_MAX) {
      errors.push({ field, message: `level ${n} di luar skala ${LEVEL_MIN}–${LEVEL_MAX} (kompetensi ${comp.humanCodingScheme ?? comp.identifier})` });
      return null;
    }
    if (sofar.some((l) => l.level === n)) {
      errors.push({ field, message: `level ${n} ganda pada kompetensi ${comp.humanCodingScheme ?? comp.identifier}` });
      return null;
    }
    return n;
  }
}

function skillLinks(pkg: CFPackage, items: Map<string, unknown>, warnings: ExchangeIssue[]): SkillLink[] {
  const resolve = endpointResolver(pkg);
  const out: SkillLink[] = [];
  (pkg.CFAssociations ?? []).forEach((a, index) => {
    if (a.associationType !== 'hasSkillLevel') return;
    const competency = resolve(a.originNodeURI);
    const level = resolve(a.destinationNodeURI);
    if (!competency || !level || !items.has(competency) || !items.has(level)) {
      warnings.push({ field: `/CFAssociations/${index}`, message: 'hasSkillLevel menunjuk butir di luar paket; diabaikan' });
      return;
    }
    out.push({ competency, level, seq: a.sequenceNumber ?? Number.MAX_SAFE_INTEGER, index });
  });
  return out;
}

/** Crosswalks and sequences have no home in our model yet: say how many were left out, per type. */
function otherAssociations(pkg: CFPackage, warnings: ExchangeIssue[]): void {
  const counts = new Map<string, number>();
  for (const a of pkg.CFAssociations ?? []) {
    if (a.associationType !== 'isChildOf' && a.associationType !== 'hasSkillLevel') counts.set(a.associationType, (counts.get(a.associationType) ?? 0) + 1);
  }
  for (const [type, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    warnings.push({ field: '/CFAssociations', message: `${n} asosiasi ${type} tidak didukung dan diabaikan` });
  }
}

function frameworkOf(pkg: CFPackage, warnings: ExchangeIssue[]) {
  const doc = pkg.CFDocument;
  const ext = extension(doc.extensions);
  let code = typeof ext?.['code'] === 'string' ? (ext['code'] as string) : null;
  if (code && !CODE_PATTERN.test(code)) {
    warnings.push({ field: '/CFDocument/extensions/kompeten/code', message: `kode kamus ${code} tidak valid; kode dibuat dari identifier` });
    code = null;
  }
  return {
    caseIdentifier: doc.identifier.toLowerCase(),
    code,
    name: doc.title.trim().slice(0, NAME_MAX) || 'Kamus kompetensi impor',
    description: doc.description?.trim() || null,
    sourceUrl: doc.officialSourceURL ?? null,
  };
}

const extension = (e: Record<string, unknown> | undefined): Record<string, unknown> | null => {
  const v = e?.[EXTENSION_KEY];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
};

function extensionKind(item: CFItem): CompetencyKind | null {
  const k = extension(item.extensions)?.['kind'];
  return typeof k === 'string' && (COMPETENCY_KINDS as readonly string[]).includes(k) ? (k as CompetencyKind) : null;
}

/** Frameworks from elsewhere carry no kind: the usual ASN cluster names give it away. */
function guessKind(item: CFItem): CompetencyKind | null {
  const text = `${item.humanCodingScheme ?? ''} ${item.abbreviatedStatement ?? ''} ${item.fullStatement}`.toLowerCase();
  if (/sosial[\s_-]*kultural/.test(text)) return 'SOSIAL_KULTURAL';
  if (/manajerial/.test(text)) return 'MANAJERIAL';
  if (/teknis/.test(text)) return 'TEKNIS';
  return null;
}

function nameOf(item: CFItem): string {
  const name = (item.abbreviatedStatement ?? '').trim() || item.fullStatement.trim();
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name || item.identifier;
}

/** humanCodingScheme as our code; characters our codes do not allow become '-', with a warning. */
function codeOf(item: CFItem, fallback: string, field: string, warnings: ExchangeIssue[]): string {
  const raw = (item.humanCodingScheme ?? '').trim();
  if (!raw) {
    warnings.push({ field, message: `butir ${item.identifier} tanpa humanCodingScheme; diberi kode ${fallback}` });
    return fallback;
  }
  if (CODE_PATTERN.test(raw)) return raw;
  const fixed = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 40) || fallback;
  warnings.push({ field, message: `kode ${raw} disesuaikan menjadi ${fixed}` });
  return fixed;
}

function uniqueCode(code: string, used: Set<string>): string {
  let c = code;
  for (let n = 2; used.has(c.toLowerCase()); n++) c = `${code.slice(0, 36)}-${n}`;
  used.add(c.toLowerCase());
  return c;
}

/** Reverses case-export's rubric text: "uraian\n\nIndikator perilaku:\n- a\n- b". */
export function splitRubricText(text: string): { description: string; indicators: string[] } {
  const at = text.indexOf(RUBRIC_INDICATOR_HEADING);
  if (at < 0) return { description: text.trim(), indicators: [] };
  const indicators = text.slice(at + RUBRIC_INDICATOR_HEADING.length).split('\n').map((l) => l.replace(/^\s*[-•*]\s*/, '').trim()).filter(Boolean);
  return { description: text.slice(0, at).trim(), indicators };
}

