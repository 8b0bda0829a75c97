import type { EntityManager } from 'typeorm';

/** METHOD_PRIORITY of libs/shared/domain as a SQL expression: position in this array = priority 1…7. */
const METHOD_RANK = `array_position(ARRAY['SELF','TRAINING_COMPLETION','PRIOR_LEARNING','SUPERVISOR','FEEDBACK_360','TEST','ASSESSMENT_CENTER'], a.method)`;
const DAY = `(a.assessed_at - date '1900-01-01')`;
const LVL = `coalesce(a.level, -1)`;
/** Recording time as a number, so a same-day correction by the same method supersedes the earlier one. */
const REC = `extract(epoch FROM a.created_at)`;

const POLICY_KEYS = {
  LATEST: [DAY, METHOD_RANK, REC, LVL],
  HIGHEST: [LVL, DAY, METHOD_RANK, REC],
  METHOD_PRIORITY: [METHOD_RANK, DAY, REC, LVL],
} as const;

export type LevelPolicyName = keyof typeof POLICY_KEYS;

/**
 * Rewrites the employee_competency cache for the given employees (all their competencies) with one
 * set-based statement — the SQL twin of `effectiveLevel()` in libs/shared/domain (a test checks
 * they agree). Valid assessments win over expired ones; among valid ones the policy decides; among
 * expired ones the latest, so the last known level can still be shown.
 */
export async function refreshCurrentLevels(em: EntityManager, employeeIds: string[], policy: LevelPolicyName = 'LATEST', countSelf = false): Promise<void> {
  if (!employeeIds.length) return;
  const valid = `(a.valid_until IS NULL OR a.valid_until >= current_date)`;
  const keys = POLICY_KEYS[policy].map((k, i) => `CASE WHEN ${valid} THEN ${k} ELSE ${POLICY_KEYS.LATEST[i]} END DESC`);
  await em.query(`DELETE FROM employee_competency WHERE employee_id = ANY($1::uuid[])`, [employeeIds]);
  await em.query(
    `INSERT INTO employee_competency (employee_id, lineage_id, level, source_assessment_id, method, assessed_at, valid_until, updated_at)
     SELECT DISTINCT ON (a.employee_id, a.lineage_id)
            a.employee_id, a.lineage_id, a.level, a.id, a.method, a.assessed_at, a.valid_until, now()
       FROM competency_assessment a
      WHERE a.employee_id = ANY($1::uuid[]) AND a.status = 'FINAL' AND a.level IS NOT NULL AND ($2 OR a.method <> 'SELF')
      ORDER BY a.employee_id, a.lineage_id, ${valid} DESC, ${keys.join(', ')}, a.id`,
    [employeeIds, countSelf],
  );
}
