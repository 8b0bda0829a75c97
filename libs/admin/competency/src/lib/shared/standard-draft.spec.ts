import type { Competency, LevelDescriptor, PositionStandard } from '@kompeten/shared/contract';
import { draftRows, nearestLevel, requirementsOf } from './standard-draft';

const levels = (defined: number[]): LevelDescriptor[] =>
  [1, 2, 3, 4, 5].map((level) => ({ level, defined: defined.includes(level), title: '', description: '', indicators: [] }));
const comp = (id: string, defined: number[]): Competency => ({
  id, frameworkId: 'f', groupId: 'g', code: id, name: id, definition: '', kind: 'TEKNIS', sortOrder: 0, levels: levels(defined), caseIdentifier: id,
});

describe('standard draft', () => {
  const standard: PositionStandard = {
    id: 's', frameworkId: 'f', positionId: 'p', positionType: null, functionalLevel: null, name: 'SKJ', effectiveFrom: '2025-01-01', effectiveTo: null,
    requirements: [{ competencyId: 'a', requiredLevel: 1, weight: 2, essential: true, code: 'a', name: 'a', kind: 'TEKNIS' }],
  };

  it('pre-fills from the standard in force and snaps to defined levels', () => {
    const rows = draftRows([comp('a', [2, 3, 4, 5]), comp('b', [1, 2, 3, 4, 5])], standard);
    expect(rows[0]).toEqual(expect.objectContaining({ included: true, requiredLevel: 2, weight: 2, essential: true, levels: [2, 3, 4, 5] }));
    expect(rows[1]).toEqual(expect.objectContaining({ included: false, requiredLevel: 2, weight: 1, essential: false }));
  });

  it('picks the nearest defined level, lower on a tie', () => {
    expect(nearestLevel(5, [1, 2, 3, 4])).toBe(4);
    expect(nearestLevel(3, [2, 4])).toBe(2);
    expect(nearestLevel(3, [])).toBe(3);
  });

  it('sends only included rows', () => {
    const rows = draftRows([comp('a', [1, 2, 3]), comp('b', [1, 2, 3])], standard);
    expect(requirementsOf(rows)).toEqual([{ competencyId: 'a', requiredLevel: 1, weight: 2, essential: true }]);
  });
});
