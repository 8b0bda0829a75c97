import { randomUUID } from 'node:crypto';
import type { AssessmentMethod, AssessmentStatus } from '@kompeten/shared/contract';
import { effectiveLevel, type AssessmentEvidence, type LevelPolicy } from '@kompeten/shared/domain';
import { createTestApp, type TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { OrganisationModule } from '@kompeten/api/organisation';
import { CompetencyModule } from './competency.module';
import { refreshCurrentLevels } from './current-level.sql';
import { NATIONAL_FRAMEWORK } from './reference';
import { insertRows, loadReferenceFramework } from './seed/load-framework';

/** mulberry32: a seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261122);
const EMPLOYEES = 160;
const LINEAGES = 3; // → 480 employee × competency cases, each checked under 6 policy settings
const METHODS: AssessmentMethod[] = ['ASSESSMENT_CENTER', 'TEST', 'FEEDBACK_360', 'SUPERVISOR', 'TRAINING_COMPLETION', 'PRIOR_LEARNING', 'SELF'];
const STATUSES: AssessmentStatus[] = ['FINAL', 'FINAL', 'FINAL', 'DRAFT', 'VOID'];
const POLICIES: LevelPolicy[] = ['LATEST', 'HIGHEST', 'METHOD_PRIORITY'];

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Property: the SQL twin (refreshCurrentLevels) and the pure effectiveLevel() agree on every random
 * history — level and source for ASSESSED, the latest expired one for EXPIRED, no row for UNASSESSED —
 * for all three policies with self-assessment counted or not. Dates come from a small pool so ties
 * on date, method and level (broken by id) are frequent; validUntil hits yesterday, today and tomorrow.
 */
describe('refreshCurrentLevels (SQL) ≡ effectiveLevel (TS), property test', () => {
  let t: TestApp;
  let today: string;
  const history = new Map<string, AssessmentEvidence[]>(); // `${employee}|${lineage}`
  const employees: string[] = [];
  const lineages: { lineage: string; competency: string; framework: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule, CompetencyModule]);
    [{ today }] = await t.ds.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    const fw = await loadReferenceFramework(t.ds.manager, NATIONAL_FRAMEWORK);
    const comps: { id: string; lineage_id: string }[] = await t.ds.query(`SELECT id, lineage_id FROM competency WHERE framework_id = $1 ORDER BY code LIMIT $2`, [fw, LINEAGES]);
    lineages.push(...comps.map((c) => ({ lineage: c.lineage_id, competency: c.id, framework: fw })));
    const [{ id: agency }] = await t.ds.query(`INSERT INTO agency (code, name) VALUES ('PROP', 'Uji properti') RETURNING id`);
    const unit = randomUUID();
    await t.ds.query(`INSERT INTO unit (id, agency_id, code, name, kind, path, depth) VALUES ($1, $2, 'PROP', 'Unit uji', 'dinas', $3, 0)`, [unit, agency, `/${unit}/`]);
    const rnd = prng(SEED);
    const datePool = Array.from({ length: 6 }, () => addDays(today, -Math.floor(rnd() * 1500)));
    const untilChoices = () => {
      const r = rnd();
      if (r < 0.25) return null;
      if (r < 0.35) return addDays(today, -1);
      if (r < 0.45) return today; // still valid on its last day
      if (r < 0.5) return addDays(today, 1);
      if (r < 0.75) return addDays(today, -1 - Math.floor(rnd() * 900));
      return addDays(today, 1 + Math.floor(rnd() * 900));
    };
    const empRows: unknown[][] = [];
    const rows: unknown[][] = [];
    for (let e = 0; e < EMPLOYEES; e++) {
      const id = randomUUID();
      employees.push(id);
      empRows.push([id, `1990${String(e).padStart(14, '0')}`, `Pegawai ${e}`, 'L', '1990-01-01', 'III/a', 'PNS', unit]);
      for (const l of lineages) {
        const n = Math.floor(rnd() * 7); // 0–6 assessments, 0 = never assessed
        const list: AssessmentEvidence[] = [];
        for (let i = 0; i < n; i++) {
          const a: AssessmentEvidence = {
            id: randomUUID(),
            level: rnd() < 0.12 ? null : 1 + Math.floor(rnd() * 5),
            method: METHODS[Math.floor(rnd() * METHODS.length)],
            status: STATUSES[Math.floor(rnd() * STATUSES.length)],
            assessedAt: datePool[Math.floor(rnd() * datePool.length)],
            validUntil: untilChoices(),
          };
          list.push(a);
          rows.push([a.id, id, l.competency, l.lineage, l.framework, a.level, a.method, a.assessedAt, a.validUntil, a.status]);
        }
        history.set(`${id}|${l.lineage}`, list);
      }
    }
    await insertRows(t.ds.manager, 'employee', ['id', 'nip', 'name', 'gender', 'birth_date', 'golongan', 'employment_type', 'unit_id'], empRows);
    await insertRows(t.ds.manager, 'competency_assessment', ['id', 'employee_id', 'competency_id', 'lineage_id', 'framework_id', 'level', 'method', 'assessed_at', 'valid_until', 'status'], rows);
  });
  afterAll(() => t.close());

  it(`has ≥ 300 cases with every outcome represented (seed ${SEED})`, () => {
    expect(history.size).toBeGreaterThanOrEqual(300);
    const outcomes = new Set([...history.values()].map((h) => effectiveLevel(h, today).status));
    expect([...outcomes].sort()).toEqual(['ASSESSED', 'EXPIRED', 'UNASSESSED']);
  });

  for (const policy of POLICIES) {
    for (const countSelf of [false, true]) {
      it(`agrees for policy ${policy}, countSelf ${countSelf}`, async () => {
        await t.ds.transaction((em) => refreshCurrentLevels(em, employees, policy, countSelf));
        const cache: { employee_id: string; lineage_id: string; level: number | null; source_assessment_id: string; method: string; assessed_at: string; valid_until: string | null }[] =
          await t.ds.query(
            `SELECT employee_id, lineage_id, level, source_assessment_id, method, to_char(assessed_at, 'YYYY-MM-DD') AS assessed_at, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
               FROM employee_competency WHERE employee_id = ANY($1::uuid[])`, [employees]);
        const byKey = new Map(cache.map((c) => [`${c.employee_id}|${c.lineage_id}`, c]));
        const mismatches: unknown[] = [];
        for (const [key, list] of history) {
          const want = effectiveLevel(list, today, { policy, countSelf });
          const got = byKey.get(key);
          const expected = want.status === 'UNASSESSED' ? null
            : { level: want.level, source: want.sourceId, method: want.method, assessedAt: want.assessedAt, validUntil: want.validUntil };
          const actual = got ? { level: got.level, source: got.source_assessment_id, method: got.method, assessedAt: got.assessed_at, validUntil: got.valid_until } : null;
          if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push({ key, policy, countSelf, expected, actual, history: list });
        }
        expect(mismatches.slice(0, 3)).toEqual([]);
        expect(byKey.size).toBe([...history.values()].filter((h) => effectiveLevel(h, today, { policy, countSelf }).status !== 'UNASSESSED').length);
      });
    }
  }
});
