import type { Competency, CompetencyGroup } from '@kompeten/shared/contract';
import { frameworkTree, groupOptions } from './framework-tree';

const g = (id: string, parentId: string | null, sortOrder: number): CompetencyGroup => ({ id, frameworkId: 'f', parentId, code: id, name: id, kind: 'TEKNIS', sortOrder });
const c = (id: string, groupId: string, sortOrder: number): Competency => ({
  id, frameworkId: 'f', groupId, code: id, name: id, definition: '', kind: 'TEKNIS', sortOrder, levels: [], caseIdentifier: id,
});

describe('frameworkTree', () => {
  it('nests groups and sorts competencies', () => {
    const tree = frameworkTree([g('b', null, 1), g('a', null, 0), g('a1', 'a', 0)], [c('x2', 'a', 2), c('x1', 'a', 1), c('y', 'a1', 0)]);
    expect(tree.map((n) => n.group.id)).toEqual(['a', 'b']);
    expect(tree[0].competencies.map((x) => x.id)).toEqual(['x1', 'x2']);
    expect(tree[0].children[0].competencies.map((x) => x.id)).toEqual(['y']);
    expect(groupOptions(tree).map((o) => [o.id, o.level])).toEqual([['a', 0], ['a1', 1], ['b', 0]]);
  });
});
