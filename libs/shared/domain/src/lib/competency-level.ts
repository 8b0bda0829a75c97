import type { AssessmentMethod, AssessmentStatus } from '@kompeten/shared/contract';

/** Method priority for ties on the same date (competency-model.md §7.1): stronger evidence first. */
export const METHOD_PRIORITY: Record<AssessmentMethod, number> = {
  ASSESSMENT_CENTER: 7,
  TEST: 6,
  FEEDBACK_360: 5,
  SUPERVISOR: 4,
  PRIOR_LEARNING: 3,
  TRAINING_COMPLETION: 2,
  SELF: 1,
};

export interface AssessmentEvidence {
  id: string;
  level: number | null;
  method: AssessmentMethod;
  status: AssessmentStatus;
  assessedAt: string; // ISO date or timestamp
  validUntil: string | null;
  /** When it was recorded: a same-day correction by the same method supersedes the earlier entry. */
  recordedAt?: string;
}

export type LevelPolicy = 'LATEST' | 'HIGHEST' | 'METHOD_PRIORITY';

export interface EffectiveLevel {
  level: number | null;
  status: 'ASSESSED' | 'EXPIRED' | 'UNASSESSED';
  /** The assessment the level comes from (for EXPIRED: the last one that expired). */
  sourceId: string | null;
  method: AssessmentMethod | null;
  assessedAt: string | null;
  validUntil: string | null;
}

export interface LevelPolicyOptions {
  policy?: LevelPolicy;
  /** Self-assessment alone never counts unless an administrator allows it. */
  countSelf?: boolean;
}

function compare(policy: LevelPolicy) {
  return (a: AssessmentEvidence, b: AssessmentEvidence): number => {
    const byDate = b.assessedAt.localeCompare(a.assessedAt);
    const byMethod = METHOD_PRIORITY[b.method] - METHOD_PRIORITY[a.method];
    const byRecorded = (b.recordedAt ?? '').localeCompare(a.recordedAt ?? '');
    const byLevel = (b.level ?? -1) - (a.level ?? -1);
    const byId = a.id.localeCompare(b.id);
    if (policy === 'HIGHEST') return byLevel || byDate || byMethod || byRecorded || byId;
    if (policy === 'METHOD_PRIORITY') return byMethod || byDate || byRecorded || byLevel || byId;
    return byDate || byMethod || byRecorded || byLevel || byId;
  };
}

/**
 * The current level of one employee in one competency, from its append-only assessments
 * (competency-model.md §7.1): final, not void, not self (unless allowed), a level present; expired
 * ones never count but the latest expired one is reported so the UI can show the last known level.
 */
export function effectiveLevel(assessments: readonly AssessmentEvidence[], asOf: string, opts: LevelPolicyOptions = {}): EffectiveLevel {
  const policy = opts.policy ?? 'LATEST';
  const day = asOf.slice(0, 10);
  const usable = assessments.filter((a) => a.status === 'FINAL' && a.level !== null && (opts.countSelf || a.method !== 'SELF'));
  const valid = usable.filter((a) => !a.validUntil || a.validUntil.slice(0, 10) >= day).sort(compare(policy));
  const pick = valid[0];
  if (pick) return { level: pick.level, status: 'ASSESSED', sourceId: pick.id, method: pick.method, assessedAt: pick.assessedAt, validUntil: pick.validUntil };
  const expired = usable.sort(compare('LATEST'))[0];
  if (expired) return { level: expired.level, status: 'EXPIRED', sourceId: expired.id, method: expired.method, assessedAt: expired.assessedAt, validUntil: expired.validUntil };
  return { level: null, status: 'UNASSESSED', sourceId: null, method: null, assessedAt: null, validUntil: null };
}
