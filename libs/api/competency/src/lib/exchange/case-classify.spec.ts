import { classifyItems, kindFromTypeLabel, type SkillLink } from './case-classify';
import { buildChildGraph } from './case-graph';
import type { CFPackage } from './case-types';
import { assoc, item, pkg, uuid } from './testing/mini-package';

const u = uuid;

function classify(p: CFPackage): Record<string, string> {
  const { graph } = buildChildGraph(p);
  const skills: SkillLink[] = (p.CFAssociations ?? []).filter((a) => a.associationType === 'hasSkillLevel')
    .map((a, index) => ({ competency: a.originNodeURI.identifier, level: a.destinationNodeURI.identifier, seq: a.sequenceNumber ?? 0, index }));
  const kinds = classifyItems(p, graph, skills);
  return Object.fromEntries((p.CFItems ?? []).map((i) => [nameOf(i.identifier), kinds.get(i.identifier) ?? '?']));
}
const names = ['g', 'c', 'l1', 'l2', 'i1', 'x', 'y', 'z', 'leaf', 'inner'];
const nameOf = (id: string) => names.find((n) => u(n) === id) ?? id;

describe('item classification', () => {
  it('maps CFItemType labels and their synonyms', () => {
    expect(kindFromTypeLabel('Competency Cluster')).toBe('cluster');
    expect(kindFromTypeLabel('Kelompok Kompetensi')).toBe('cluster');
    expect(kindFromTypeLabel('competency')).toBe('competency');
    expect(kindFromTypeLabel('Kompetensi')).toBe('competency');
    expect(kindFromTypeLabel('Proficiency Level')).toBe('level');
    expect(kindFromTypeLabel('Behavioural Indicator')).toBe('indicator');
    expect(kindFromTypeLabel('Indikator Perilaku')).toBe('indicator');
    expect(kindFromTypeLabel('Learning Objective')).toBeNull();
    expect(kindFromTypeLabel(undefined)).toBeNull();
  });

  it('uses the type first, also via CFItemTypeURI and CFDefinitions', () => {
    const defId = '99999999-9999-4999-8999-999999999999';
    const p = pkg([
      item('g', { CFItemType: 'Competency Cluster' }),
      item('c', { CFItemTypeURI: { title: 'Competency', identifier: u('t'), uri: 'https://x.org/t' } }),
      item('l1', { CFItemTypeURI: { title: '', identifier: defId, uri: 'https://x.org/d' } }),
    ], [assoc('isChildOf', 'g', 'doc'), assoc('isChildOf', 'c', 'g'), assoc('isChildOf', 'l1', 'c')], {
      CFDefinitions: { CFItemTypes: [{ identifier: defId, uri: 'https://x.org/d', title: 'Proficiency Level', description: '', hierarchyCode: '3', lastChangeDateTime: '2026-01-01T00:00:00Z' }] },
    });
    // An empty CFItemTypeURI title falls through to the CFDefinitions entry only when the title is absent;
    // '' is a label we do not know, so structure decides: a leaf under a competency is a competency.
    expect(classify(p)).toEqual({ g: 'cluster', c: 'competency', l1: 'competency' });
    const p2 = { ...p, CFItems: (p.CFItems ?? []).map((i) => (i.identifier === u('l1') ? { ...i, CFItemTypeURI: { identifier: defId, uri: 'https://x.org/d' } as never } : i)) };
    expect(classify(p2)).toEqual({ g: 'cluster', c: 'competency', l1: 'level' });
  });

  it('falls back to structure: hasSkillLevel, children of levels, inner nodes and leaves', () => {
    const p = pkg([item('g'), item('c'), item('l1'), item('l2'), item('i1'), item('x'), item('leaf'), item('inner')], [
      assoc('isChildOf', 'g', 'doc'), assoc('isChildOf', 'c', 'g'), assoc('hasSkillLevel', 'c', 'l1', 1), assoc('isChildOf', 'l1', 'c'),
      assoc('isChildOf', 'l2', 'x'), assoc('isChildOf', 'i1', 'l1'), assoc('isChildOf', 'x', 'g'),
      assoc('isChildOf', 'inner', 'doc'), assoc('isChildOf', 'leaf', 'inner'),
    ]);
    const typed = { ...p, CFItems: (p.CFItems ?? []).map((i) => (i.identifier === u('l2') ? { ...i, CFItemType: 'Level' } : i)) };
    expect(classify(typed)).toEqual({ g: 'cluster', c: 'competency', l1: 'level', l2: 'level', i1: 'indicator', x: 'competency', leaf: 'competency', inner: 'cluster' });
  });

  it('treats an item with no type and no clue as a competency', () => {
    expect(classify(pkg([item('z')], []))).toEqual({ z: 'competency' });
  });
});
