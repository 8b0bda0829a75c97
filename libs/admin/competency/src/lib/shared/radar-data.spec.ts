import type { GapRow } from '@kompeten/shared/contract';
import { buildRadar } from './radar-data';

function row(code: string, required: number, current: number | null, status: GapRow['status']): GapRow {
  return {
    competencyId: code, code, name: `Name ${code}`, kind: 'MANAJERIAL', requiredLevel: required, weight: 1, essential: false,
    currentLevel: current, lastKnownLevel: status === 'EXPIRED' ? 3 : current, gap: current === null ? null : Math.max(0, required - current),
    difference: null, weightedGap: null, status, priority: 'NONE', assessedAt: null, validUntil: null, method: null,
  };
}

describe('buildRadar', () => {
  it('draws only competencies with a current level and lists the rest', () => {
    const r = buildRadar([
      row('M.01', 3, 3, 'MET'),
      row('M.02', 3, null, 'UNASSESSED'),
      row('M.03', 2, 1, 'BELOW'),
      row('M.04', 3, null, 'EXPIRED'),
      row('M.05', 2, 4, 'MET'),
    ]);
    expect(r.axes.map((a) => [a.code, a.required, a.current])).toEqual([['M.01', 3, 3], ['M.03', 2, 1], ['M.05', 2, 4]]);
    expect(r.missing.map((m) => [m.code, m.status])).toEqual([['M.02', 'UNASSESSED'], ['M.04', 'EXPIRED']]);
    expect(r.drawable).toBe(true);
  });

  it('never turns an unknown level into 0', () => {
    const r = buildRadar([row('A', 2, null, 'UNASSESSED'), row('B', 2, 0 as unknown as number, 'BELOW')]);
    expect(r.axes.some((a) => a.code === 'A')).toBe(false);
  });

  it('is not drawable with fewer than three assessed competencies', () => {
    expect(buildRadar([row('A', 2, 2, 'MET'), row('B', 2, 1, 'BELOW'), row('C', 2, null, 'UNASSESSED')]).drawable).toBe(false);
  });
});
