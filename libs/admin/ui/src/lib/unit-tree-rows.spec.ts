import type { UnitTreeNode } from '@kompeten/shared/contract';
import { subtreeCounts, subtreeIds, unitOptions, visibleUnitRows } from './unit-tree-rows';

function node(id: string, employeeCount: number, children: UnitTreeNode[] = []): UnitTreeNode {
  return { id, agencyId: 'a', parentId: null, code: id, name: id, kind: 'bidang', depth: 0, employeeCount, version: 1, children };
}

const tree = [node('dinas', 2, [node('bidang-a', 5, [node('seksi-1', 3)]), node('bidang-b', 1)])];

describe('unit tree helpers', () => {
  it('sums employees over the subtree', () => {
    const c = subtreeCounts(tree);
    expect(c.get('dinas')).toBe(11);
    expect(c.get('bidang-a')).toBe(8);
  });

  it('shows only expanded branches', () => {
    expect(visibleUnitRows(tree, new Set()).map((r) => r.node.id)).toEqual(['dinas']);
    const rows = visibleUnitRows(tree, new Set(['dinas']));
    expect(rows.map((r) => [r.node.id, r.level])).toEqual([['dinas', 0], ['bidang-a', 1], ['bidang-b', 1]]);
    expect(rows[1].hasChildren).toBe(true);
  });

  it('flattens for selects and lists a subtree', () => {
    expect(unitOptions(tree).map((o) => o.level)).toEqual([0, 1, 2, 1]);
    expect([...subtreeIds(tree[0].children[0])]).toEqual(['bidang-a', 'seksi-1']);
  });
});
