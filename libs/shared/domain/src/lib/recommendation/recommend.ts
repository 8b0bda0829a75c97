/*
 * Gap-to-course recommendation (competency-model.md §8): pure and deterministic, shared by the API
 * (one or two queries fetch the inputs) and the web app (what-if). Competencies are identified by a
 * stable key (the competency lineage), so courses linked to one version of a competency close the gap
 * measured against another version of it.
 */

export interface RecGap {
  /** Competency lineage. */
  key: string;
  code: string;
  name: string;
  requiredLevel: number;
  /** Effective current level; null when unassessed or expired. */
  currentLevel: number | null;
  /** Unknown levels: why (so the UI can say "assess first" or "assessment expired"). */
  unknown?: 'UNASSESSED' | 'EXPIRED';
  weight: number;
  essential: boolean;
}

export interface RecLink {
  key: string;
  /** Level reached on completion. */
  targetLevel: number;
  /** The course assumes at least this level (null = none). */
  minEntryLevel: number | null;
}

export interface RecSession {
  id: string;
  /** ISO timestamps. */
  startsAt: string;
  endsAt: string;
  seatsLeft: number;
  waitlist: boolean;
  /** Open for requests now (status open and inside the registration window). */
  registrationOpen: boolean;
}

export type RecPrerequisite = { kind: 'COURSE'; courseId: string } | { kind: 'COMPETENCY'; key: string; minLevel: number };

export interface RecCourse {
  id: string;
  code: string;
  title: string;
  jp: number;
  links: RecLink[];
  prerequisites: RecPrerequisite[];
  /** Open to the employee's unit, jabatan type and golongan. */
  inAudience: boolean;
  sessions: RecSession[];
}

export interface RecContext {
  /** ISO timestamp "now"; sessions must start after it. */
  asOf: string;
  /** Courses completed whose certificate is still valid (an expired one makes the course a candidate again). */
  completedValid: ReadonlySet<string>;
  /** Courses with an active enrollment (requested, approved, confirmed, waitlisted, attended). */
  enrolled: ReadonlySet<string>;
  /** The employee's confirmed sessions: a recommended session must not overlap them. */
  busy: ReadonlyArray<{ startsAt: string; endsAt: string; title: string }>;
  /** Off by default: treat unknown levels as level 1 and mark what follows "provisional". */
  assumeUnknownAsLowest?: boolean;
  /** Weight multiplier of essential competencies (α, default 1.5). */
  essentialBoost?: number;
  /** Score multiplier when only a waitlist place is available (default 0.5). */
  waitlistPenalty?: number;
}

export type ExclusionReason =
  | 'COMPLETED_VALID' | 'ALREADY_ENROLLED' | 'NOT_IN_AUDIENCE' | 'NO_GAIN' | 'TOO_ADVANCED'
  | 'PREREQUISITE_MISSING' | 'NO_OPEN_SESSION' | 'TIME_CLASH' | 'SESSION_FULL';

export interface Closes {
  key: string;
  code: string;
  name: string;
  from: number;
  to: number;
  required: number;
  essential: boolean;
}

export interface ChosenSession {
  id: string;
  startsAt: string;
  endsAt: string;
  seatsLeft: number;
  waitlistOnly: boolean;
}

export interface Recommendation {
  courseId: string;
  code: string;
  title: string;
  jp: number;
  session: ChosenSession;
  /** Σ w · gain (· α for essential), capped at the required level. */
  weightedGain: number;
  /** weightedGain ÷ JP (× waitlist penalty); the ranking key. */
  score: number;
  closes: Closes[];
  provisional: boolean;
  /** When a prerequisite was missing: the courses to take first, in order, then this one. */
  path: Array<{ courseId: string; code: string; title: string; jp: number; session: ChosenSession }>;
}

export interface Exclusion {
  courseId: string;
  code: string;
  title: string;
  reason: ExclusionReason;
  /** What blocked it: the clashing session title, the missing prerequisite code… */
  detail: string | null;
}

export interface RecommendationResult {
  recommendations: Recommendation[];
  excluded: Exclusion[];
  /** Competencies that must be assessed first (unknown level, not assumed). */
  assessFirst: RecGap[];
  /** Gaps no course in the catalog can close (a catalog hole). */
  uncovered: RecGap[];
}

const EPS = 0.01;
const byCode = (a: { code: string; key: string }, b: { code: string; key: string }) => a.code.localeCompare(b.code) || a.key.localeCompare(b.key);
const round = (n: number) => Math.round(n * 1000) / 1000;
const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The levels the scoring works from: known levels, or level 1 (provisional) where the option asks for it. */
export function workingLevels(gaps: readonly RecGap[], ctx: Pick<RecContext, 'assumeUnknownAsLowest'>): Map<string, { level: number; assumed: boolean }> {
  const m = new Map<string, { level: number; assumed: boolean }>();
  for (const g of gaps) {
    if (g.currentLevel !== null) m.set(g.key, { level: g.currentLevel, assumed: false });
    else if (ctx.assumeUnknownAsLowest) m.set(g.key, { level: 1, assumed: true });
  }
  return m;
}

/**
 * What one course adds to the levels `from`: per gap competency the level reached, capped at the
 * requirement (no reward above the standard), zero where the entry level is above the current one.
 */
export function gainOf(course: Pick<RecCourse, 'links'>, gaps: readonly RecGap[], from: ReadonlyMap<string, { level: number; assumed: boolean }>, boost = 1.5) {
  const closes: Closes[] = [];
  let weighted = 0;
  let provisional = false;
  let blockedByEntry = 0;
  let touching = 0;
  for (const g of gaps) {
    const cur = from.get(g.key);
    const link = course.links.find((l) => l.key === g.key);
    if (!cur || !link || cur.level >= g.requiredLevel) continue;
    touching++;
    if (link.minEntryLevel !== null && link.minEntryLevel > cur.level) {
      blockedByEntry++;
      continue;
    }
    const reached = Math.min(g.requiredLevel, Math.max(cur.level, link.targetLevel));
    const gain = reached - cur.level;
    if (gain <= 0) continue;
    weighted += g.weight * gain * (g.essential ? boost : 1);
    provisional ||= cur.assumed;
    closes.push({ key: g.key, code: g.code, name: g.name, from: cur.level, to: reached, required: g.requiredLevel, essential: g.essential });
  }
  closes.sort(byCode);
  return { weighted: round(weighted), closes, provisional, tooAdvanced: touching > 0 && blockedByEntry === touching };
}

/** Levels after completing a course: the virtual levels of a plan or a what-if. */
export function applyCourse(levels: ReadonlyMap<string, { level: number; assumed: boolean }>, course: Pick<RecCourse, 'links'>): Map<string, { level: number; assumed: boolean }> {
  const next = new Map(levels);
  for (const l of course.links) {
    const cur = next.get(l.key);
    if (!cur) continue;
    if (l.minEntryLevel !== null && l.minEntryLevel > cur.level) continue;
    if (l.targetLevel > cur.level) next.set(l.key, { level: l.targetLevel, assumed: cur.assumed });
  }
  return next;
}

/**
 * The session to offer: the earliest open one that starts after `asOf` (and after `notBefore`, for a
 * path), does not clash with the employee's confirmed sessions, preferring one with a free seat over
 * a waitlist place.
 */
export function chooseSession(sessions: readonly RecSession[], ctx: Pick<RecContext, 'asOf' | 'busy'>, notBefore?: string):
  { session: ChosenSession | null; reason: 'NO_OPEN_SESSION' | 'TIME_CLASH' | 'SESSION_FULL' | null; detail: string | null } {
  const open = sessions.filter((s) => s.registrationOpen && s.startsAt > ctx.asOf && (!notBefore || s.startsAt >= notBefore))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  if (!open.length) return { session: null, reason: 'NO_OPEN_SESSION', detail: null };
  const free = open.filter((s) => !ctx.busy.some((b) => overlaps(s, b)));
  if (!free.length) return { session: null, reason: 'TIME_CLASH', detail: ctx.busy.find((b) => overlaps(open[0], b))?.title ?? null };
  const seat = free.find((s) => s.seatsLeft > 0);
  if (seat) return { session: { id: seat.id, startsAt: seat.startsAt, endsAt: seat.endsAt, seatsLeft: seat.seatsLeft, waitlistOnly: false }, reason: null, detail: null };
  const wait = free.find((s) => s.waitlist);
  if (wait) return { session: { id: wait.id, startsAt: wait.startsAt, endsAt: wait.endsAt, seatsLeft: 0, waitlistOnly: true }, reason: null, detail: null };
  return { session: null, reason: 'SESSION_FULL', detail: null };
}

/** Ranking order: score, then larger gain, earlier session, fewer JP, course code. Total and deterministic. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  return b.score - a.score || b.weightedGain - a.weightedGain || a.session.startsAt.localeCompare(b.session.startsAt)
    || totalJp(a) - totalJp(b) || a.code.localeCompare(b.code) || a.courseId.localeCompare(b.courseId);
}

const totalJp = (r: Recommendation) => r.jp + r.path.reduce((s, p) => s + p.jp, 0);

interface Feasible {
  course: RecCourse;
  session: ChosenSession;
}

/**
 * One employee's recommendations: candidates are courses linked to a competency with a gap; every
 * course not recommended gets a reason code. Deterministic: the same inputs give the same list.
 */
export function recommend(gaps: readonly RecGap[], courses: readonly RecCourse[], ctx: RecContext): RecommendationResult {
  const boost = ctx.essentialBoost ?? 1.5;
  const penalty = ctx.waitlistPenalty ?? 0.5;
  const levels = workingLevels(gaps, ctx);
  const open = gaps.filter((g) => g.currentLevel === null ? !!ctx.assumeUnknownAsLowest && 1 < g.requiredLevel : g.currentLevel < g.requiredLevel);
  const assessFirst = ctx.assumeUnknownAsLowest ? [] : gaps.filter((g) => g.currentLevel === null).sort(byCode);
  const byId = new Map(courses.map((c) => [c.id, c]));
  const gapKeys = new Set(open.map((g) => g.key));
  const candidates = [...courses].filter((c) => c.links.some((l) => gapKeys.has(l.key))).sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  const excluded: Exclusion[] = [];
  const exclude = (c: RecCourse, reason: ExclusionReason, detail: string | null = null) => excluded.push({ courseId: c.id, code: c.code, title: c.title, reason, detail });

  /** Whether a course can be taken at all (not done, not enrolled, open to him, a session). */
  const takeable = (c: RecCourse, notBefore?: string): { ok: Feasible } | { reason: ExclusionReason; detail: string | null } => {
    if (ctx.completedValid.has(c.id)) return { reason: 'COMPLETED_VALID', detail: null };
    if (ctx.enrolled.has(c.id)) return { reason: 'ALREADY_ENROLLED', detail: null };
    if (!c.inAudience) return { reason: 'NOT_IN_AUDIENCE', detail: null };
    const s = chooseSession(c.sessions, ctx, notBefore);
    if (!s.session) return { reason: s.reason as ExclusionReason, detail: s.detail };
    return { ok: { course: c, session: s.session } };
  };

  /** Missing prerequisites given the levels and the courses planned before. */
  const missing = (c: RecCourse, lv: ReadonlyMap<string, { level: number; assumed: boolean }>, planned: ReadonlySet<string>) =>
    c.prerequisites.filter((p) => p.kind === 'COURSE'
      ? !ctx.completedValid.has(p.courseId) && !planned.has(p.courseId)
      : (lv.get(p.key)?.level ?? gaps.find((g) => g.key === p.key)?.currentLevel ?? 0) < p.minLevel);

  /**
   * A path that satisfies the prerequisites first (depth ≤ 2): for a missing course, that course (and
   * its own missing prerequisite); for a missing level, the best course that reaches it. Null if none.
   */
  const pathFor = (c: RecCourse, depth: number): Feasible[] | null => {
    let planned: Feasible[] = [];
    let lv = levels;
    for (const p of missing(c, lv, new Set())) {
      const options = p.kind === 'COURSE' ? [byId.get(p.courseId)].filter((x): x is RecCourse => !!x)
        : courses.filter((o) => o.id !== c.id && o.links.some((l) => l.key === p.key && l.targetLevel >= p.minLevel && (l.minEntryLevel === null || l.minEntryLevel <= (lv.get(p.key)?.level ?? 0))))
          .sort((a, b) => a.jp - b.jp || a.code.localeCompare(b.code));
      let found: Feasible[] | null = null;
      for (const o of options) {
        const pre = missing(o, lv, new Set(planned.map((x) => x.course.id))).length ? (depth > 1 ? pathFor(o, depth - 1) : null) : [];
        if (pre === null) continue;
        const after = pre.length ? pre[pre.length - 1].session.endsAt : planned.length ? planned[planned.length - 1].session.endsAt : undefined;
        const t = takeable(o, after);
        if ('ok' in t) { found = [...pre, t.ok]; break; }
      }
      if (!found) return null;
      planned = [...planned, ...found];
      for (const f of found) lv = applyCourse(lv, f.course);
    }
    return planned;
  };

  const recommendations: Recommendation[] = [];
  for (const c of candidates) {
    const direct = takeable(c);
    if (!('ok' in direct)) { exclude(c, direct.reason, direct.detail); continue; }
    const g = gainOf(c, open, levels, boost);
    if (g.tooAdvanced) { exclude(c, 'TOO_ADVANCED'); continue; }
    const miss = missing(c, levels, new Set());
    let path: Feasible[] = [];
    let session = direct.ok.session;
    let weighted = g.weighted;
    let closes = g.closes;
    let provisional = g.provisional;
    if (miss.length) {
      const pre = pathFor(c, 2);
      const last = pre?.[pre.length - 1];
      const after = last ? takeable(c, last.session.endsAt) : null;
      if (!pre || !after || !('ok' in after)) {
        const p = miss[0];
        exclude(c, 'PREREQUISITE_MISSING', p.kind === 'COURSE' ? byId.get(p.courseId)?.code ?? p.courseId : `${gaps.find((x) => x.key === p.key)?.code ?? p.key} level ${p.minLevel}`);
        continue;
      }
      path = pre;
      session = after.ok.session;
      // The bundle's gain: the prerequisites' own gain plus this course's on the residual levels.
      let lv = levels;
      weighted = 0;
      const all: Closes[] = [];
      for (const f of [...pre.map((x) => x.course), c]) {
        const gf = gainOf(f, open, lv, boost);
        weighted += gf.weighted;
        provisional ||= gf.provisional;
        for (const cl of gf.closes) {
          const i = all.findIndex((x) => x.key === cl.key);
          if (i >= 0) all[i] = { ...all[i], to: cl.to };
          else all.push(cl);
        }
        lv = applyCourse(lv, f);
      }
      weighted = round(weighted);
      closes = all.sort(byCode);
    }
    if (weighted <= 0) { exclude(c, 'NO_GAIN'); continue; }
    const jp = c.jp + path.reduce((s, p) => s + p.course.jp, 0);
    const waitlisted = session.waitlistOnly || path.some((p) => p.session.waitlistOnly);
    recommendations.push({
      courseId: c.id, code: c.code, title: c.title, jp: c.jp, session, weightedGain: weighted,
      score: round((weighted / Math.max(jp, EPS)) * (waitlisted ? penalty : 1)),
      closes, provisional,
      path: path.map((p) => ({ courseId: p.course.id, code: p.course.code, title: p.course.title, jp: p.course.jp, session: p.session })),
    });
  }
  recommendations.sort(compareRecommendations);
  const covered = new Set(recommendations.flatMap((r) => r.closes.map((c) => c.key)));
  const linked = new Set(courses.flatMap((c) => c.links.map((l) => l.key)));
  return {
    recommendations,
    excluded: excluded.sort((a, b) => a.code.localeCompare(b.code)),
    assessFirst,
    // A catalog hole: no course at all develops it (as opposed to courses that exist but are blocked).
    uncovered: open.filter((g) => !covered.has(g.key) && !linked.has(g.key)).sort(byCode),
  };
}
