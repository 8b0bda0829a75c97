import { DEMO_TECHNICAL_FRAMEWORK, NATIONAL_FRAMEWORK } from '../reference';
import { toCasePackage } from './case-export';
import { FALLBACK_GROUP_CODE, planCaseImport, splitRubricText, storedIdentifier } from './case-import';
import type { CFPackage } from './case-types';
import type { FrameworkSnapshot } from './framework-snapshot';
import type { ImportModel } from './import-model';
import { assoc, item, pkg, uuid } from './testing/mini-package';
import { referenceSnapshot } from './testing/reference-snapshot';

const BASE = 'https://kompeten.example.go.id';

/** What a plan of our own export must contain: the snapshot, keyed by CASE identifiers. */
function expectedModel(s: FrameworkSnapshot, withLevelIds = true): ImportModel {
  const groups = new Map(s.groups.map((g) => [g.id, g]));
  return {
    framework: { caseIdentifier: s.caseIdentifier, code: s.code, name: s.name, description: s.description, sourceUrl: null },
    groups: s.groups.map((g) => ({
      key: g.caseIdentifier, caseIdentifier: g.caseIdentifier, code: g.code, name: g.name, kind: g.kind,
      parentKey: g.parentId ? groups.get(g.parentId)?.caseIdentifier ?? null : null, sortOrder: g.sortOrder,
    })),
    competencies: s.competencies.map((c) => ({
      caseIdentifier: c.caseIdentifier, code: c.code, name: c.name, definition: c.definition, groupKey: groups.get(c.groupId)?.caseIdentifier as string,
      sortOrder: c.sortOrder,
      levels: c.levels.filter((l) => l.defined).map((l) => ({
        level: l.level, defined: true, title: l.title, description: l.description, indicators: l.indicators, caseIdentifier: withLevelIds ? l.caseIdentifier : null,
      })),
    })),
  };
}

describe('CASE import plan', () => {
  it.each([NATIONAL_FRAMEWORK, DEMO_TECHNICAL_FRAMEWORK])('reads our own 1.1 export back exactly (%#)', (ref) => {
    const snap = referenceSnapshot(ref);
    const plan = planCaseImport(toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.1' }));
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.model).toEqual(expectedModel(snap));
  });

  it('reads a CASE 1.0 export (levels by isChildOf, no extensions) with the same content', () => {
    const snap = referenceSnapshot(NATIONAL_FRAMEWORK);
    const plan = planCaseImport(toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.0' }));
    expect(plan.errors).toEqual([]);
    const expected = expectedModel(snap);
    // Without our extension the framework code is derived, and kinds are guessed from the group names.
    expect(plan.model.framework.code).toBeNull();
    expect(plan.model.groups.map((g) => g.kind)).toEqual(expected.groups.map((g) => g.kind));
    expect(plan.model.competencies).toEqual(expected.competencies);
  });

  it('takes levels from the rubric when the package has no level items', () => {
    const snap = referenceSnapshot(NATIONAL_FRAMEWORK);
    const p = toCasePackage(snap, { baseUrl: BASE, caseVersion: '1.1' });
    const keep = new Set(['Competency Cluster', 'Competency']);
    const ids = new Set((p.CFItems ?? []).filter((i) => keep.has(i.CFItemType ?? '')).map((i) => i.identifier));
    const stripped: CFPackage = {
      ...p, CFItems: (p.CFItems ?? []).filter((i) => ids.has(i.identifier)),
      CFAssociations: (p.CFAssociations ?? []).filter((a) => ids.has(a.originNodeURI.identifier) && a.associationType === 'isChildOf'),
    };
    const plan = planCaseImport(stripped);
    expect(plan.errors).toEqual([]);
    expect(plan.model.competencies).toEqual(expectedModel(snap, false).competencies);
  });

  it('rejects duplicate identifiers', () => {
    const plan = planCaseImport(pkg([item('a'), item('a'), { ...item('b'), identifier: uuid('doc') }], []));
    expect(plan.errors).toEqual([
      { field: '/CFItems/1/identifier', message: expect.stringContaining('identifier ganda') },
      { field: '/CFItems/2/identifier', message: expect.stringContaining('sama dengan identifier CFDocument') },
    ]);
  });

  it('rejects a cycle naming its items', () => {
    const plan = planCaseImport(pkg([item('a', { humanCodingScheme: 'A' }), item('b', { humanCodingScheme: 'B' })], [
      assoc('isChildOf', 'a', 'doc'), assoc('isChildOf', 'b', 'a'), assoc('isChildOf', 'a', 'b', 2),
    ]));
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0].field).toMatch(/^\/CFAssociations\/\d$/);
    expect(plan.errors[0].message).toContain(`${uuid('a')} (A)`);
    expect(plan.errors[0].message).toContain(`${uuid('b')} (B)`);
    expect(plan.errors[0].message).toContain('siklus');
  });

  it('attaches orphans and homeless competencies to a fallback group, with warnings', () => {
    const plan = planCaseImport(pkg([
      item('c1', { CFItemType: 'Competency', humanCodingScheme: 'C1' }), item('c2', { CFItemType: 'Competency', humanCodingScheme: 'C2' }),
    ], [assoc('isChildOf', 'c1', 'doc', 1)]));
    expect(plan.errors).toEqual([]);
    expect(plan.model.groups).toEqual([expect.objectContaining({ code: FALLBACK_GROUP_CODE, kind: 'TEKNIS', parentKey: null })]);
    expect(plan.model.competencies.map((c) => [c.code, c.groupKey, c.sortOrder])).toEqual([['C1', plan.model.groups[0].key, 0], ['C2', plan.model.groups[0].key, 1]]);
    const messages = plan.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain(`kompetensi ${uuid('c2')} (C2) tidak punya induk`);
    expect(messages).toContain('2 kompetensi tanpa kelompok');
    expect(messages).toContain('tidak punya level yang didefinisikan');
  });

  it('reports levels outside the scale, duplicate codes and ignored associations', () => {
    const plan = planCaseImport(pkg([
      item('g', { CFItemType: 'Kelompok', fullStatement: 'Kompetensi Teknis Kepegawaian' }),
      item('c', { CFItemType: 'Competency', humanCodingScheme: 'T.01' }),
      item('d', { CFItemType: 'Competency', humanCodingScheme: 't.01' }),
      item('l', { CFItemType: 'Proficiency Level', listEnumeration: '7' }),
    ], [
      assoc('isChildOf', 'g', 'doc'), assoc('isChildOf', 'c', 'g', 1), assoc('isChildOf', 'd', 'g', 2), assoc('hasSkillLevel', 'c', 'l', 1),
      assoc('isRelatedTo', 'c', 'd'), assoc('ext:mirip', 'c', 'd'), assoc('isRelatedTo', 'd', 'c'),
    ]));
    expect(plan.errors).toEqual([
      { field: '/CFItems/3/listEnumeration', message: expect.stringContaining('level 7 di luar skala 1–5') },
      { field: '/CFItems/2/humanCodingScheme', message: expect.stringContaining('kode kompetensi t.01 ganda') },
    ]);
    expect(plan.model.groups[0].kind).toBe('TEKNIS');
    expect(plan.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      '1 asosiasi ext:mirip tidak didukung dan diabaikan', '2 asosiasi isRelatedTo tidak didukung dan diabaikan',
    ]));
  });

  it('adapts codes our editor would refuse and warns about unknown kinds', () => {
    const plan = planCaseImport(pkg([
      item('g', { CFItemType: 'Domain', humanCodingScheme: 'Ranah Satu' }),
      item('c', { CFItemType: 'Skill', humanCodingScheme: 'CCSS Math 1', fullStatement: 'Menjumlah' }),
    ], [assoc('isChildOf', 'g', 'doc'), assoc('isChildOf', 'c', 'g')]));
    expect(plan.model.groups[0]).toMatchObject({ code: 'Ranah-Satu', kind: 'TEKNIS' });
    expect(plan.model.competencies[0]).toMatchObject({ code: 'CCSS-Math-1', name: 'Menjumlah', definition: 'Menjumlah' });
    expect(plan.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      'kode Ranah Satu disesuaikan menjadi Ranah-Satu', expect.stringContaining('tidak diketahui; dianggap TEKNIS'),
    ]));
  });

  it('stores stable CASE 1.1 identifiers for non-conformant ones (lenient in, strict out)', () => {
    const odd = '00000000-0000-0000-0000-000000000001';
    const p = pkg([item('c', { identifier: odd.toUpperCase(), CFItemType: 'Competency', humanCodingScheme: 'C1' })], []);
    const plan = planCaseImport(p);
    const id = plan.model.competencies[0].caseIdentifier as string;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).toBe(storedIdentifier(odd));
    expect(planCaseImport(p).model.competencies[0].caseIdentifier).toBe(id);
    expect(plan.model.framework.caseIdentifier).toBe(uuid('doc'));
    expect(plan.warnings.map((w) => w.message)).toContain('1 identifier tidak memenuhi pola CASE 1.1 dan diganti identifier turunan yang tetap');
  });

  it('imports an untyped standards tree: inner nodes become nested groups, leaves competencies', () => {
    const plan = planCaseImport(pkg([
      item('a', { humanCodingScheme: 'H.A', abbreviatedStatement: 'Geometri' }), item('b', { humanCodingScheme: 'H.A.PF' }),
      item('c1', { humanCodingScheme: 'H.A.PF.1' }), item('c2', { humanCodingScheme: 'H.A.PF.2' }),
    ], [assoc('isChildOf', 'a', 'doc'), assoc('isChildOf', 'b', 'a'), assoc('isChildOf', 'c2', 'b', 2), assoc('isChildOf', 'c1', 'b', 1)]));
    expect(plan.errors).toEqual([]);
    expect(plan.model.groups.map((g) => [g.code, g.name, g.parentKey, g.kind])).toEqual([['H.A', 'Geometri', null, 'TEKNIS'], ['H.A.PF', 'Uraian b', uuid('a'), 'TEKNIS']]);
    expect(plan.model.competencies.map((c) => [c.code, c.groupKey, c.sortOrder, c.levels])).toEqual([['H.A.PF.1', uuid('b'), 0, []], ['H.A.PF.2', uuid('b'), 1, []]]);
    // One warning for the unknown kind of the top group (the sub-group inherits it), one per competency without levels.
    expect(plan.warnings.filter((w) => w.message.includes('dianggap TEKNIS'))).toHaveLength(1);
    expect(plan.warnings.filter((w) => w.message.includes('tidak punya level'))).toHaveLength(2);
  });

  it('splits rubric text back into description and indicators', () => {
    expect(splitRubricText('Uraian.\n\nIndikator perilaku:\n- satu\n- dua')).toEqual({ description: 'Uraian.', indicators: ['satu', 'dua'] });
    expect(splitRubricText('Hanya uraian')).toEqual({ description: 'Hanya uraian', indicators: [] });
  });
});
