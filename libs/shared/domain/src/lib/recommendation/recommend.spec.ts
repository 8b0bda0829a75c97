import { dateRange, explain } from './explain';
import { proposePlan, whatIfCourses } from './plan';
import { RecContext, RecCourse, RecGap, recommend, RecSession } from './recommend';

// Hand-made cases for competency-model.md §8 and its edge cases (§10).
const gap = (key: string, required: number, current: number | null, o: Partial<RecGap> = {}): RecGap =>
  ({ key, code: key.toUpperCase(), name: `Kompetensi ${key.toUpperCase()}`, requiredLevel: required, currentLevel: current, weight: 1, essential: false, ...o });
let sid = 0;
/** A session `day` days after 2027-01-01 (WIB 08.00–16.00 UTC+7), `len` days long. */
const session = (day: number, o: Partial<RecSession> = {}, len = 1): RecSession => {
  const start = new Date(Date.UTC(2027, 0, 1 + day, 1));
  const end = new Date(Date.UTC(2027, 0, day + len, 9));
  return { id: `s${++sid}`, startsAt: start.toISOString(), endsAt: end.toISOString(), seatsLeft: 10, waitlist: true, registrationOpen: true, ...o };
};
const course = (id: string, jp: number, links: Array<[string, number, number?]>, o: Partial<RecCourse> = {}): RecCourse => ({
  id, code: id.toUpperCase(), title: `Pelatihan ${id.toUpperCase()}`, jp, inAudience: true, prerequisites: [],
  links: links.map(([key, targetLevel, minEntryLevel]) => ({ key, targetLevel, minEntryLevel: minEntryLevel ?? null })),
  sessions: [session(10)], ...o,
});
const ctx = (o: Partial<RecContext> = {}): RecContext => ({ asOf: '2027-01-01T00:00:00.000Z', completedValid: new Set(), enrolled: new Set(), busy: [], ...o });

describe('recommend: score and ranking', () => {
  it('scores weighted gain closed per JP, capped at the required level, essential weighted up', () => {
    const r = recommend([gap('a', 3, 1, { weight: 2 }), gap('b', 3, 2, { essential: true })], [
      course('x', 10, [['a', 5]]), // a: 1→3 (capped at 3, not 5): 2 × 2 = 4 → 0.4/JP
      course('y', 4, [['b', 3]]), // b: 2→3 essential: 1 × 1.5 = 1.5 → 0.375/JP
    ], ctx()).recommendations;
    expect(r.map((x) => [x.code, x.weightedGain, x.score])).toEqual([['X', 4, 0.4], ['Y', 1.5, 0.375]]);
    expect(r[0].closes).toEqual([{ key: 'a', code: 'A', name: 'Kompetensi A', from: 1, to: 3, required: 3, essential: false }]);
  });

  it('never rewards surplus and never offsets one competency with another', () => {
    const r = recommend([gap('a', 3, 3), gap('b', 2, 1)], [course('x', 5, [['a', 5], ['b', 2]])], ctx()).recommendations;
    expect(r[0].closes.map((c) => c.key)).toEqual(['b']);
    expect(r[0].weightedGain).toBe(1);
  });

  it('breaks ties by larger gain, then earlier session, then fewer JP, then course code', () => {
    const gaps = [gap('a', 5, 1)];
    // p and q: same score 0.2; q gains more → first. r and s: same score, same gain; s earlier → first.
    const r = recommend(gaps, [
      course('p', 5, [['a', 2]]), course('q', 10, [['a', 3]]),
      course('r', 20, [['a', 5]], { sessions: [session(30)] }), course('s', 20, [['a', 5]], { sessions: [session(20)] }),
      course('u', 20, [['a', 5]], { code: 'B-U', sessions: [session(20)] }),
    ], ctx()).recommendations;
    expect(r.map((x) => x.code)).toEqual(['B-U', 'S', 'R', 'Q', 'P']);
  });

  it('is deterministic: the same data in another order gives the same list', () => {
    const gaps = [gap('a', 4, 1), gap('b', 3, 1, { weight: 2 }), gap('c', 2, 1, { essential: true })];
    const courses = [course('k1', 8, [['a', 2], ['b', 2]]), course('k2', 8, [['b', 3]]), course('k3', 3, [['c', 2]]), course('k4', 8, [['a', 4]]), course('k5', 8, [['a', 2]])];
    const a = recommend(gaps, courses, ctx());
    const b = recommend([...gaps].reverse(), [...courses].reverse(), ctx());
    expect(b).toEqual(a);
  });

  it('halves the score of a course that only has a waitlist place, and keeps it', () => {
    const r = recommend([gap('a', 3, 2)], [
      course('full', 2, [['a', 3]], { sessions: [session(5, { seatsLeft: 0 })] }),
      course('free', 2, [['a', 3]]),
    ], ctx()).recommendations;
    expect(r.map((x) => [x.code, x.score, x.session.waitlistOnly])).toEqual([['FREE', 0.5, false], ['FULL', 0.25, true]]);
  });
});

describe('recommend: every exclusion reason', () => {
  const gaps = [gap('a', 3, 1), gap('b', 2, 1)];
  const run = (c: RecCourse, o: Partial<RecContext> = {}) => recommend(gaps, [c], ctx(o));

  it('COMPLETED_VALID, ALREADY_ENROLLED, NOT_IN_AUDIENCE', () => {
    expect(run(course('x', 5, [['a', 3]]), { completedValid: new Set(['x']) }).excluded[0].reason).toBe('COMPLETED_VALID');
    expect(run(course('x', 5, [['a', 3]]), { enrolled: new Set(['x']) }).excluded[0].reason).toBe('ALREADY_ENROLLED');
    expect(run(course('x', 5, [['a', 3]], { inAudience: false })).excluded[0].reason).toBe('NOT_IN_AUDIENCE');
  });

  it('TOO_ADVANCED when every gap it touches needs a higher entry level; NO_GAIN when it ends below the current level', () => {
    expect(run(course('x', 5, [['a', 4, 3], ['b', 3, 2]])).excluded[0].reason).toBe('TOO_ADVANCED');
    expect(run(course('x', 5, [['a', 1]])).excluded[0].reason).toBe('NO_GAIN');
    // One competency too advanced, the other still gains: recommended for the part it closes.
    const mixed = run(course('x', 5, [['a', 4, 3], ['b', 2]]));
    expect(mixed.recommendations[0].closes.map((c) => c.key)).toEqual(['b']);
  });

  it('NO_OPEN_SESSION (past, closed registration), TIME_CLASH (names the clash), SESSION_FULL (no waitlist)', () => {
    expect(run(course('x', 5, [['a', 3]], { sessions: [session(-3)] })).excluded[0].reason).toBe('NO_OPEN_SESSION');
    expect(run(course('x', 5, [['a', 3]], { sessions: [session(3, { registrationOpen: false })] })).excluded[0].reason).toBe('NO_OPEN_SESSION');
    const s = session(7, {}, 3);
    const clash = run(course('x', 5, [['a', 3]], { sessions: [s] }), { busy: [{ startsAt: s.startsAt, endsAt: s.endsAt, title: 'Latsar CPNS Angkatan II' }] });
    expect(clash.excluded[0]).toMatchObject({ reason: 'TIME_CLASH', detail: 'Latsar CPNS Angkatan II' });
    expect(run(course('x', 5, [['a', 3]], { sessions: [session(3, { seatsLeft: 0, waitlist: false })] })).excluded[0].reason).toBe('SESSION_FULL');
  });

  it('takes the next session that does not clash', () => {
    const s1 = session(3);
    const s2 = session(9);
    const r = run(course('x', 5, [['a', 3]], { sessions: [s1, s2] }), { busy: [{ startsAt: s1.startsAt, endsAt: s1.endsAt, title: 'Rapat' }] });
    expect(r.recommendations[0].session.id).toBe(s2.id);
  });

  it('PREREQUISITE_MISSING when the prerequisite cannot be taken first', () => {
    const r = recommend(gaps, [course('x', 5, [['a', 3]], { prerequisites: [{ kind: 'COURSE', courseId: 'pre' }] }), course('pre', 3, [['z', 1]], { sessions: [] })], ctx());
    expect(r.excluded.find((e) => e.courseId === 'x')).toMatchObject({ reason: 'PREREQUISITE_MISSING', detail: 'PRE' });
  });
});

describe('recommend: prerequisite paths', () => {
  it('offers prerequisite first, its session ending before the course starts, and counts the bundle once', () => {
    const pre = course('dasar', 10, [['a', 2]], { sessions: [session(2, {}, 2)] });
    const adv = course('lanjut', 10, [['a', 3]], { prerequisites: [{ kind: 'COURSE', courseId: 'dasar' }], sessions: [session(1), session(20)] });
    const r = recommend([gap('a', 3, 1)], [pre, adv], ctx()).recommendations.find((x) => x.courseId === 'lanjut');
    expect(r?.path.map((p) => p.code)).toEqual(['DASAR']);
    expect((r?.session.startsAt ?? '') >= (r?.path[0].session.endsAt ?? 'z')).toBe(true);
    expect(r?.weightedGain).toBe(2); // 1→2 by dasar, 2→3 by lanjut: never 1→3 twice
    expect(r?.closes).toEqual([{ key: 'a', code: 'A', name: 'Kompetensi A', from: 1, to: 3, required: 3, essential: false }]);
  });

  it('meets a competency-level prerequisite with a course that reaches it, to depth 2 and no further', () => {
    const c1 = course('c1', 4, [['b', 2]]);
    const c2 = course('c2', 4, [['c', 2]], { prerequisites: [{ kind: 'COURSE', courseId: 'c1' }], sessions: [session(20)] });
    const c3 = course('c3', 4, [['a', 3]], { prerequisites: [{ kind: 'COURSE', courseId: 'c2' }], sessions: [session(40)] });
    const c4 = course('c4', 4, [['a', 4]], { prerequisites: [{ kind: 'COURSE', courseId: 'c3' }], sessions: [session(60)] });
    const lvl = course('lvl', 4, [['a', 4]], { prerequisites: [{ kind: 'COMPETENCY', key: 'b', minLevel: 2 }], sessions: [session(30)] });
    const r = recommend([gap('a', 4, 1), gap('b', 2, 1), gap('c', 2, 1)], [c1, c2, c3, c4, lvl], ctx());
    expect(r.recommendations.find((x) => x.courseId === 'lvl')?.path.map((p) => p.code)).toEqual(['C1']);
    expect(r.recommendations.find((x) => x.courseId === 'c3')?.path.map((p) => p.code)).toEqual(['C1', 'C2']);
    expect(r.excluded.find((x) => x.courseId === 'c4')?.reason).toBe('PREREQUISITE_MISSING');
  });
});

describe('recommend: unknown levels are not guessed', () => {
  const gaps = [gap('a', 3, null, { unknown: 'UNASSESSED' }), gap('b', 3, 2)];
  const courses = [course('x', 5, [['a', 3]]), course('y', 5, [['b', 3]])];

  it('asks to assess first by default and recommends nothing for the unknown one', () => {
    const r = recommend(gaps, courses, ctx());
    expect(r.assessFirst.map((g) => g.key)).toEqual(['a']);
    expect(r.recommendations.map((x) => x.code)).toEqual(['Y']);
  });

  it('with the option on, treats it as level 1 and marks the recommendation provisional', () => {
    const r = recommend(gaps, courses, ctx({ assumeUnknownAsLowest: true }));
    expect(r.assessFirst).toEqual([]);
    expect(r.recommendations.map((x) => [x.code, x.provisional, x.weightedGain])).toEqual([['X', true, 2], ['Y', false, 1]]);
  });

  it('reports gaps no course in the catalog develops (a catalog hole)', () => {
    expect(recommend([gap('a', 3, 1), gap('hole', 3, 1)], [course('x', 5, [['a', 3]])], ctx()).uncovered.map((g) => g.key)).toEqual(['hole']);
  });
});

describe('proposePlan: residual greedy within a JP budget', () => {
  it('does not count a competency twice when two courses cover it, and stops when nothing is left to close', () => {
    const gaps = [gap('a', 3, 1), gap('b', 2, 1)];
    const p = proposePlan(gaps, [course('a1', 4, [['a', 3]], { sessions: [session(3)] }), course('a2', 4, [['a', 3]], { sessions: [session(9)] }), course('b1', 8, [['b', 2]], { sessions: [session(15)] })], ctx(), { minJp: 20, maxJp: 60 });
    expect(p.items.map((i) => i.code)).toEqual(['A1', 'B1']);
    expect(p).toMatchObject({ totalJp: 12, weightedGain: 3, residualWeightedGap: 0, strategy: 'GREEDY', jpShortOfMinimum: 8 });
  });

  it('respects the JP cap and never plans two overlapping sessions (takes another session instead)', () => {
    const gaps = [gap('a', 2, 1), gap('b', 2, 1), gap('c', 2, 1)];
    const same = session(5, {}, 3);
    const p = proposePlan(gaps, [
      course('x', 10, [['a', 2]], { sessions: [same] }),
      course('y', 10, [['b', 2]], { sessions: [{ ...same, id: 'clash' }, session(20)] }),
      course('z', 10, [['c', 2]]),
    ], ctx(), { minJp: 20, maxJp: 20 });
    expect(p.totalJp).toBe(20);
    expect(p.items).toHaveLength(2);
    const [i1, i2] = p.items;
    expect(i1.session.endsAt <= i2.session.startsAt || i2.session.endsAt <= i1.session.startsAt).toBe(true);
  });

  it('keeps the single best course when it closes more weighted gap than the ratio-greedy set', () => {
    // Greedy takes the cheap small course first (best ratio) and then cannot afford the big one.
    const gaps = [gap('a', 5, 1, { weight: 3 }), gap('b', 2, 1)];
    const p = proposePlan(gaps, [course('small', 1, [['b', 2]]), course('big', 20, [['a', 5]], { sessions: [session(20)] })], ctx(), { minJp: 20, maxJp: 20 });
    expect(p.strategy).toBe('SINGLE_BEST');
    expect(p.items.map((i) => i.code)).toEqual(['BIG']);
    expect(p.weightedGain).toBe(12);
  });
});

describe('what-if and explanations', () => {
  it('projects the gaps after the chosen courses with the same rules (entry levels, never lower)', () => {
    const w = whatIfCourses([gap('a', 3, 1), gap('b', 3, 2), gap('c', 3, null)], [
      { links: [{ key: 'a', targetLevel: 2, minEntryLevel: null }, { key: 'b', targetLevel: 4, minEntryLevel: 3 }] },
      { links: [{ key: 'a', targetLevel: 3, minEntryLevel: 2 }, { key: 'b', targetLevel: 1, minEntryLevel: null }] },
    ]);
    expect(w.map((g) => [g.key, g.projectedLevel, g.projectedGap])).toEqual([['a', 3, 0], ['b', 2, 1], ['c', null, null]]);
  });

  it('explains in words, in Indonesian by default, with WIB dates and seats', () => {
    const s = { id: 's', startsAt: '2027-01-12T01:00:00.000Z', endsAt: '2027-01-14T09:00:00.000Z', seatsLeft: 8, waitlistOnly: false };
    const r = { courseId: 'c', code: 'PP', title: 'Pelayanan Prima', jp: 24, session: s, weightedGain: 1, score: 0.04, provisional: false, path: [],
      closes: [{ key: 'm5', code: 'M.05', name: 'Pelayanan Publik', from: 2, to: 3, required: 3, essential: false }] };
    expect(explain(r)).toBe('menutup gap Pelayanan Publik dari level 2 ke 3 (dibutuhkan 3); sesi berikut 12–14 Januari, 8 kursi tersisa');
    expect(explain(r, 'en')).toBe('closes the Pelayanan Publik gap from level 2 to 3 (3 required); next session 12–14 January, 8 seats left');
    expect(explain({ ...r, session: { ...s, seatsLeft: 0, waitlistOnly: true }, closes: [{ ...r.closes[0], required: 4 }] }))
      .toBe('mengurangi gap Pelayanan Publik dari level 2 ke 3 (dibutuhkan 4); sesi berikut 12–14 Januari, penuh, masuk daftar tunggu');
    expect(dateRange('2027-01-30T01:00:00.000Z', '2027-02-02T09:00:00.000Z', 'id')).toBe('30 Januari – 2 Februari');
    expect(dateRange('2027-03-05T01:00:00.000Z', '2027-03-05T09:00:00.000Z', 'id')).toBe('5 Maret');
  });
});
