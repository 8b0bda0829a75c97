import type { GapRow } from '@kompeten/shared/contract';
import { simulate } from './what-if';

const row = (id: string, required: number, current: number | null, status: GapRow['status'], weight = 1, essential = false): GapRow => ({
  competencyId: id, code: id, name: id, kind: 'MANAJERIAL', requiredLevel: required, weight, essential, currentLevel: current,
  lastKnownLevel: current, gap: current === null ? null : Math.max(0, required - current), difference: null,
  weightedGap: null, status, priority: 'NONE', assessedAt: null, validUntil: null, method: null,
});

describe('what-if simulation', () => {
  const rows = [row('a', 3, 2, 'BELOW'), row('b', 3, 3, 'MET'), row('c', 2, null, 'UNASSESSED')];

  it('without overrides reproduces the current gaps (unknowns stay unknown)', () => {
    const r = simulate(rows, new Map());
    expect(r.openGaps).toBe(1);
    expect(r.jpm).toBeCloseTo((2 + 3) / 6 * 100, 2);
    expect(r.rows[2].status).toBe('UNASSESSED');
  });

  it('closing a gap and assessing the unknown raises JPM to 100 and meets the standard', () => {
    const r = simulate(rows, new Map([['a', 3], ['c', 2]]));
    expect(r.openGaps).toBe(0);
    expect(r.jpm).toBe(100);
    expect(r.meetsStandard).toBe(true);
    expect(r.category).toBe('O');
  });

  it('a level above the requirement earns nothing extra', () => {
    expect(simulate(rows, new Map([['a', 5]])).jpm).toBe(simulate(rows, new Map([['a', 3]])).jpm);
  });
});
