import { buildChildGraph, findCycles, primaryParent, treeOrder } from './case-graph';
import { assoc, item, pkg, uuid } from './testing/mini-package';

const u = uuid;

describe('isChildOf graph', () => {
  it('builds the tree with sibling order by sequenceNumber', () => {
    const { graph, warnings } = buildChildGraph(pkg([item('g'), item('b'), item('a')], [
      assoc('isChildOf', 'g', 'doc', 1), assoc('isChildOf', 'b', 'g', 2), assoc('isChildOf', 'a', 'g', 1),
    ]));
    expect(warnings).toEqual([]);
    expect(graph.roots.map((e) => e.child)).toEqual([u('g')]);
    expect(graph.children.get(u('g'))?.map((e) => e.child)).toEqual([u('a'), u('b')]);
    expect(treeOrder(graph)).toEqual([u('g'), u('a'), u('b')]);
    expect(primaryParent(graph, u('a'))?.parent).toBe(u('g'));
    expect(primaryParent(graph, u('g'))).toBeNull();
  });

  it('resolves identifiers case-insensitively and by uri', () => {
    const a = assoc('isChildOf', 'x', 'doc', 1);
    a.originNodeURI = { ...a.originNodeURI, identifier: u('x').toUpperCase() };
    const b = assoc('isChildOf', 'y', 'x', 1);
    b.destinationNodeURI = { ...b.destinationNodeURI, identifier: 'bukan-id' };
    const { graph } = buildChildGraph(pkg([item('x'), item('y')], [a, b]));
    expect(graph.roots.map((e) => e.child)).toEqual([u('x')]);
    expect(primaryParent(graph, u('y'))?.parent).toBe(u('x'));
  });

  it('keeps the first parent of a multi-parent item and reports the others', () => {
    const { graph, warnings } = buildChildGraph(pkg([item('g1'), item('g2'), item('c')], [
      assoc('isChildOf', 'g1', 'doc', 1), assoc('isChildOf', 'g2', 'doc', 2), assoc('isChildOf', 'c', 'g2', 5), assoc('isChildOf', 'c', 'g1', 3),
    ]));
    expect(primaryParent(graph, u('c'))?.parent).toBe(u('g1'));
    expect(warnings).toEqual([expect.objectContaining({ field: '/CFAssociations/2', message: expect.stringContaining('punya 2 induk') })]);
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds orphans and reports edges it cannot use', () => {
    const { graph, warnings } = buildChildGraph(pkg([item('g'), item('lost'), item('out')], [
      assoc('isChildOf', 'g', 'doc'), assoc('isChildOf', 'hantu', 'g'), assoc('isChildOf', 'out', 'luar'),
    ]));
    expect(graph.orphans.sort()).toEqual([u('lost'), u('out')].sort());
    expect(warnings.map((w) => w.field)).toEqual(['/CFAssociations/1/originNodeURI', '/CFAssociations/2/destinationNodeURI']);
    expect(treeOrder(graph)).toEqual([u('g'), u('lost'), u('out')]);
  });

  it('detects cycles, including through a second parent and self-loops', () => {
    const two = buildChildGraph(pkg([item('a'), item('b')], [assoc('isChildOf', 'a', 'b'), assoc('isChildOf', 'b', 'a')])).graph;
    expect(findCycles(two)).toEqual([[u('a'), u('b'), u('a')]]);
    const three = buildChildGraph(pkg([item('a'), item('b'), item('c')], [
      assoc('isChildOf', 'a', 'doc', 1), assoc('isChildOf', 'b', 'a'), assoc('isChildOf', 'c', 'b'), assoc('isChildOf', 'a', 'c', 9),
    ])).graph;
    const [cycle] = findCycles(three);
    expect(new Set(cycle)).toEqual(new Set([u('a'), u('b'), u('c')]));
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    const self = buildChildGraph(pkg([item('s')], [assoc('isChildOf', 's', 's')])).graph;
    expect(findCycles(self)).toEqual([[u('s'), u('s')]]);
  });

  it('accepts a diamond (multi-parent DAG) without a cycle and handles deep chains', () => {
    const diamond = buildChildGraph(pkg([item('a'), item('b'), item('c'), item('d')], [
      assoc('isChildOf', 'a', 'doc'), assoc('isChildOf', 'b', 'a'), assoc('isChildOf', 'c', 'a'), assoc('isChildOf', 'd', 'b', 1), assoc('isChildOf', 'd', 'c', 2),
    ])).graph;
    expect(findCycles(diamond)).toEqual([]);
    const n = 20000;
    const items = Array.from({ length: n }, (_, i) => item(`n${i}`));
    const assocs = Array.from({ length: n }, (_, i) => assoc('isChildOf', `n${i}`, i ? `n${i - 1}` : 'doc'));
    const deep = buildChildGraph(pkg(items, assocs)).graph;
    expect(findCycles(deep)).toEqual([]);
    expect(treeOrder(deep)).toHaveLength(n);
  });
});
