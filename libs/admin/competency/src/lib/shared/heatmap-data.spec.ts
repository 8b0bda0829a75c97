import type { Heatmap } from '@kompeten/shared/contract';
import { belowShare, buildHeatmap } from './heatmap-data';

describe('buildHeatmap', () => {
  const h: Heatmap = {
    rootUnitId: 'u0',
    groupBy: 'unit',
    groups: [{ id: 'u0', name: 'Bidang', employees: 4 }, { id: 'u1', name: 'Seksi', employees: 3 }],
    competencies: [{ code: 'M.01', name: 'Integritas', kind: 'MANAJERIAL' }, { code: 'M.02', name: 'Kerja Sama', kind: 'MANAJERIAL' }],
    cells: [
      { groupId: 'u1', competencyCode: 'M.01', employees: 3, below: 1, unassessed: 0, meanGap: 0.33 },
      { groupId: 'u0', competencyCode: 'M.02', employees: 4, below: 2, unassessed: 1, meanGap: 0.67 },
      { groupId: 'gone', competencyCode: 'M.02', employees: 1, below: 1, unassessed: 0, meanGap: 1 },
    ],
  };

  it('places cells by group and competency, in reading order', () => {
    const m = buildHeatmap(h);
    expect(m.xCodes).toEqual(['M.01', 'M.02']);
    expect(m.yNames).toEqual(['Bidang', 'Seksi']);
    expect(m.points.map((p) => [p.x, p.y, p.share])).toEqual([[1, 0, 50], [0, 1, 33]]);
  });

  it('gives 0 % for an empty group', () => {
    expect(belowShare({ below: 0, employees: 0 })).toBe(0);
  });
});
