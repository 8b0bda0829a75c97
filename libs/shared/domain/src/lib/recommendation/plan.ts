import { applyCourse, ChosenSession, chooseSession, Closes, gainOf, RecContext, RecCourse, RecGap, Recommendation, recommend, workingLevels } from './recommend';

export interface PlanBudget {
  /** The plan tries to reach at least this many JP (the yearly minimum, 20). */
  minJp: number;
  /** And never goes above this many (configurable cap). */
  maxJp: number;
  /** At most this many courses. */
  maxCourses?: number;
}

export interface PlanItem {
  courseId: string;
  code: string;
  title: string;
  jp: number;
  session: ChosenSession;
  /** Gain on the residual levels left by the items before it (no double counting). */
  weightedGain: number;
  closes: Closes[];
  provisional: boolean;
}

export interface ProposedPlan {
  items: PlanItem[];
  totalJp: number;
  weightedGain: number;
  /** Weighted gap still open after the plan. */
  residualWeightedGap: number;
  /** Which construction won: the ratio-greedy set or the single best course. */
  strategy: 'GREEDY' | 'SINGLE_BEST';
  /** JP still missing to the yearly minimum after the plan (0 when reached). */
  jpShortOfMinimum: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function residual(gaps: readonly RecGap[], levels: ReadonlyMap<string, { level: number }>, boost: number): number {
  return round(gaps.reduce((s, g) => {
    const l = levels.get(g.key)?.level;
    return l === undefined ? s : s + g.weight * Math.max(0, g.requiredLevel - l) * (g.essential ? boost : 1);
  }, 0));
}

/**
 * The year's development plan (competency-model.md §8.4): pick courses greedily by weighted gain per
 * JP, recomputing the residual gaps after each pick so two courses on one competency never count
 * twice, within the JP budget and without overlapping sessions; then compare with the single course
 * that closes most weighted gap and keep the better (the standard fix that bounds ratio-greedy for
 * budgeted coverage). Prerequisite paths are not planned implicitly: their first course is.
 */
export function proposePlan(gaps: readonly RecGap[], courses: readonly RecCourse[], ctx: RecContext, budget: PlanBudget): ProposedPlan {
  const boost = ctx.essentialBoost ?? 1.5;
  const maxCourses = budget.maxCourses ?? 8;
  const start = workingLevels(gaps, ctx);
  const first = recommend(gaps, courses, ctx).recommendations.filter((r) => r.path.length === 0 && r.jp <= budget.maxJp);
  const byId = new Map(courses.map((c) => [c.id, c]));

  // Greedy with residual levels.
  const items: PlanItem[] = [];
  let levels = start;
  let jp = 0;
  const busy = [...ctx.busy];
  const pool = new Map(first.map((r) => [r.courseId, r]));
  while (items.length < maxCourses) {
    let best: { r: Recommendation; g: ReturnType<typeof gainOf>; score: number; session: ChosenSession } | null = null;
    for (const r of pool.values()) {
      if (jp + r.jp > budget.maxJp) continue;
      const course = byId.get(r.courseId) as RecCourse;
      // Another session of the same course when the first choice clashes with a course already planned.
      const session = chooseSession(course.sessions, { asOf: ctx.asOf, busy }).session;
      if (!session) continue;
      const g = gainOf(course, gaps, levels, boost);
      if (g.weighted <= 0) continue;
      const score = (g.weighted / Math.max(r.jp, 0.01)) * (session.waitlistOnly ? (ctx.waitlistPenalty ?? 0.5) : 1);
      const better = !best || score > best.score || (score === best.score && (g.weighted > best.g.weighted
        || (g.weighted === best.g.weighted && (session.startsAt < best.session.startsAt
          || (session.startsAt === best.session.startsAt && (r.jp < best.r.jp || (r.jp === best.r.jp && r.code < best.r.code)))))));
      if (better) best = { r, g, score, session };
    }
    if (!best) break;
    items.push({ courseId: best.r.courseId, code: best.r.code, title: best.r.title, jp: best.r.jp, session: best.session, weightedGain: best.g.weighted, closes: best.g.closes, provisional: best.g.provisional });
    levels = applyCourse(levels, byId.get(best.r.courseId) as RecCourse);
    jp += best.r.jp;
    busy.push({ startsAt: best.session.startsAt, endsAt: best.session.endsAt, title: best.r.title });
    pool.delete(best.r.courseId);
  }
  const greedyGain = round(items.reduce((s, i) => s + i.weightedGain, 0));

  // The single course with the largest weighted gain (ratio ignored).
  const single = [...first].sort((a, b) => b.weightedGain - a.weightedGain || a.jp - b.jp || a.code.localeCompare(b.code))[0];
  if (single && single.weightedGain > greedyGain) {
    const after = applyCourse(start, byId.get(single.courseId) as RecCourse);
    return {
      items: [{ courseId: single.courseId, code: single.code, title: single.title, jp: single.jp, session: single.session, weightedGain: single.weightedGain, closes: single.closes, provisional: single.provisional }],
      totalJp: single.jp, weightedGain: single.weightedGain, residualWeightedGap: residual(gaps, after, boost), strategy: 'SINGLE_BEST',
      jpShortOfMinimum: Math.max(0, budget.minJp - single.jp),
    };
  }
  return {
    items, totalJp: jp, weightedGain: greedyGain, residualWeightedGap: residual(gaps, levels, boost), strategy: 'GREEDY',
    jpShortOfMinimum: Math.max(0, budget.minJp - jp),
  };
}

/**
 * "If I complete these courses, my gaps become …": the levels each gap would reach, by the same
 * rules as the scoring (entry levels respected, no level lowered).
 */
export function whatIfCourses(gaps: readonly RecGap[], courses: readonly Pick<RecCourse, 'links'>[], ctx: Pick<RecContext, 'assumeUnknownAsLowest'> = {}): Array<RecGap & { projectedLevel: number | null; projectedGap: number | null }> {
  let levels = workingLevels(gaps, ctx);
  // Prerequisite order is the caller's: apply in the order given.
  for (const c of courses) levels = applyCourse(levels, c);
  return gaps.map((g) => {
    const l = levels.get(g.key)?.level ?? null;
    return { ...g, projectedLevel: l, projectedGap: l === null ? null : Math.max(0, g.requiredLevel - l) };
  });
}
