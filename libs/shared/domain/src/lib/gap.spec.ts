import { AssessmentEvidence, effectiveLevel } from './competency-level';
import { gapFor, jpm, jpmCategory, meetsStandard, GapResult } from './gap';

const a = (id: string, level: number | null, assessedAt: string, more: Partial<AssessmentEvidence> = {}): AssessmentEvidence =>
  ({ id, level, method: 'SUPERVISOR', status: 'FINAL', assessedAt, validUntil: null, ...more });

describe('effectiveLevel', () => {
  const asOf = '2026-11-22';
  it('takes the latest final assessment by default', () => {
    expect(effectiveLevel([a('1', 2, '2025-01-01'), a('2', 3, '2026-01-01')], asOf)).toMatchObject({ level: 3, status: 'ASSESSED', sourceId: '2' });
  });
  it('breaks a same-day tie by method priority', () => {
    const r = effectiveLevel([a('1', 2, '2026-01-01', { method: 'SUPERVISOR' }), a('2', 4, '2026-01-01', { method: 'ASSESSMENT_CENTER' })], asOf);
    expect(r.sourceId).toBe('2');
  });
  it('ignores drafts, voids and "not assessable" rows', () => {
    const r = effectiveLevel([a('1', 5, '2026-06-01', { status: 'DRAFT' }), a('2', 5, '2026-06-02', { status: 'VOID' }), a('3', null, '2026-06-03'), a('4', 2, '2025-01-01')], asOf);
    expect(r).toMatchObject({ level: 2, sourceId: '4' });
  });
  it('never counts a self-assessment alone, unless allowed', () => {
    expect(effectiveLevel([a('1', 4, '2026-01-01', { method: 'SELF' })], asOf).status).toBe('UNASSESSED');
    expect(effectiveLevel([a('1', 4, '2026-01-01', { method: 'SELF' })], asOf, { countSelf: true }).level).toBe(4);
  });
  it('reports expired with the last known level, and prefers a valid older one', () => {
    expect(effectiveLevel([a('1', 3, '2023-01-01', { validUntil: '2025-12-31' })], asOf)).toMatchObject({ status: 'EXPIRED', level: 3 });
    expect(effectiveLevel([a('1', 3, '2023-01-01', { validUntil: '2025-12-31' }), a('2', 2, '2022-01-01')], asOf)).toMatchObject({ status: 'ASSESSED', level: 2 });
    expect(effectiveLevel([a('1', 3, '2023-01-01', { validUntil: asOf })], asOf).status).toBe('ASSESSED');
  });
  it('HIGHEST and METHOD_PRIORITY policies', () => {
    const list = [a('1', 4, '2024-01-01', { method: 'ASSESSMENT_CENTER' }), a('2', 2, '2026-01-01'), a('3', 5, '2023-01-01', { method: 'TEST' })];
    expect(effectiveLevel(list, asOf, { policy: 'HIGHEST' }).level).toBe(5);
    expect(effectiveLevel(list, asOf, { policy: 'METHOD_PRIORITY' }).level).toBe(4);
    expect(effectiveLevel(list, asOf).level).toBe(2);
  });
  it('unassessed when there is nothing', () => {
    expect(effectiveLevel([], asOf)).toMatchObject({ level: null, status: 'UNASSESSED' });
  });
});

const assessed = (level: number) => ({ level, status: 'ASSESSED' as const, sourceId: 'x', method: 'SUPERVISOR' as const, assessedAt: '2026-01-01', validUntil: null });
const row = (req: number, cur: number | null, weight = 1, essential = false, expired = false): GapResult =>
  gapFor({ competencyId: `c${req}${cur}${weight}`, requiredLevel: req, weight, essential,
    effective: cur === null ? { level: expired ? 2 : null, status: expired ? 'EXPIRED' : 'UNASSESSED', sourceId: null, method: null, assessedAt: null, validUntil: null } : assessed(cur) });

describe('gapFor', () => {
  it('computes a positive shortfall and the signed difference', () => {
    expect(row(3, 1)).toMatchObject({ gap: 2, difference: -2, status: 'BELOW', priority: 'HIGH', weightedGap: 2 });
    expect(row(3, 2, 1.5)).toMatchObject({ gap: 1, weightedGap: 1.5, priority: 'MEDIUM' });
    expect(row(3, 2, 1, true).priority).toBe('HIGH');
  });
  it('surplus is not a negative gap', () => {
    expect(row(2, 4)).toMatchObject({ gap: 0, difference: 2, status: 'MET', priority: 'NONE' });
  });
  it('unassessed and expired are never zero', () => {
    expect(row(3, null)).toMatchObject({ gap: null, status: 'UNASSESSED', weightedGap: null });
    expect(row(3, null, 1, false, true)).toMatchObject({ gap: null, status: 'EXPIRED', lastKnownLevel: 2 });
  });
});

describe('jpm and category', () => {
  it('does not let surplus compensate a gap', () => {
    // required 3 and 3; current 5 and 1: no-compensation = (3 + 1) / 6 = 66.67 %, not 100 %.
    expect(jpm([row(3, 5), row(3, 1)])).toBeCloseTo(66.67, 2);
    expect(jpm([row(3, 5), row(3, 1)], 'CAPPED_RATIO')).toBe(100);
  });
  it('is weighted and computed over assessed competencies only', () => {
    expect(jpm([row(4, 2, 3), row(2, 2, 1), row(5, null)])).toBeCloseTo(((3 * 2 + 1 * 2) / (3 * 4 + 1 * 2)) * 100, 2);
  });
  it('is null without assessments or with all-zero weights', () => {
    expect(jpm([row(3, null)])).toBeNull();
    expect(jpm([row(3, 2, 0)])).toBeNull();
    expect(jpm([])).toBeNull();
  });
  it('categories at the boundaries', () => {
    expect(jpmCategory(80, 'UJI_KOMPETENSI')).toBe('MS');
    expect(jpmCategory(79.99, 'UJI_KOMPETENSI')).toBe('MMS');
    expect(jpmCategory(68, 'UJI_KOMPETENSI')).toBe('MMS');
    expect(jpmCategory(67.9, 'UJI_KOMPETENSI')).toBe('KMS');
    expect(jpmCategory(90)).toBe('O');
    expect(jpmCategory(78)).toBe('CO');
    expect(jpmCategory(77.9)).toBe('KO');
    expect(jpmCategory(null)).toBeNull();
  });
  it('meets the standard only when essentials are assessed and nothing assessed is below', () => {
    expect(meetsStandard([row(3, 3, 1, true), row(2, null)])).toBe(true);
    expect(meetsStandard([row(3, null, 1, true), row(2, 2)])).toBe(false);
    expect(meetsStandard([row(3, 3, 1, true), row(2, 1)])).toBe(false);
    expect(meetsStandard([])).toBe(false);
  });
});

describe('same-day correction', () => {
  it('the later-recorded assessment of the same day and method wins, even when lower', () => {
    const r = effectiveLevel([
      a('1', 4, '2026-11-22', { recordedAt: '2026-11-22T08:00:00Z' }),
      a('2', 2, '2026-11-22', { recordedAt: '2026-11-22T09:00:00Z' }),
    ], '2026-11-22');
    expect(r).toMatchObject({ level: 2, sourceId: '2' });
  });
});
