import type { AssessmentMethod, AssessmentStatus, Heatmap } from '@kompeten/shared/contract';
import { effectiveLevel, gapFor } from '@kompeten/shared/domain';
import { demoProvince, type DemoProvince } from './testing/demo-province';

const API = '/api/v1';

interface Cell { employees: number; below: number; unassessed: number; gapSum: number; assessed: number }

/**
 * The one-query heat-map against a straightforward per-employee computation done here: each
 * employee's standard chosen in TypeScript (own standard in force, else the type template), each
 * requirement's level from the raw assessment history via effectiveLevel(), gapFor() per cell.
 */
describe('heat-map over the whole demo province (real PostgreSQL)', () => {
  let d: DemoProvince;
  let roots: { id: string; code: string; path: string }[];
  const http = () => d.http();

  beforeAll(async () => {
    d = await demoProvince();
    roots = await d.t.ds.query(`SELECT id, code, path FROM unit WHERE parent_id IS NULL ORDER BY code`);
  });
  afterAll(() => d.t.close());

  async function expected(root: { id: string; path: string }, groupBy: 'unit' | 'position'): Promise<Map<string, Cell>> {
    const { ds } = d.t;
    const employees: { id: string; path: string; position_id: string | null; type: string | null; functional_level: string | null }[] = await ds.query(
      `SELECT e.id, u.path, e.position_id, p.type, p.functional_level FROM employee e JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id
        WHERE u.path LIKE $1 || '%' AND e.status IN ('ACTIVE', 'ON_LEAVE')`, [root.path]);
    const standards: { id: string; position_id: string | null; position_type: string | null; functional_level: string | null; from: string; to: string | null }[] = await ds.query(
      `SELECT id, position_id, position_type, functional_level, to_char(effective_from, 'YYYY-MM-DD') AS from, to_char(effective_to, 'YYYY-MM-DD') AS to FROM position_standard`);
    const reqs: { standard_id: string; competency_id: string; lineage_id: string; code: string; required_level: number; weight: string; essential: boolean }[] = await ds.query(
      `SELECT r.standard_id, r.competency_id, c.lineage_id, c.code, r.required_level, r.weight, r.essential FROM position_requirement r JOIN competency c ON c.id = r.competency_id`);
    const assessments: { id: string; employee_id: string; lineage_id: string; level: number | null; method: AssessmentMethod; status: AssessmentStatus; assessed_at: string; valid_until: string | null }[] = await ds.query(
      `SELECT id, employee_id, lineage_id, level, method, status, to_char(assessed_at, 'YYYY-MM-DD') AS assessed_at, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM competency_assessment WHERE employee_id = ANY($1::uuid[])`, [employees.map((e) => e.id)]);
    const inForce = standards.filter((s) => s.from <= d.today && (!s.to || s.to >= d.today)).sort((a, b) => b.from.localeCompare(a.from));
    const history = new Map<string, typeof assessments>();
    for (const a of assessments) history.set(`${a.employee_id}|${a.lineage_id}`, [...(history.get(`${a.employee_id}|${a.lineage_id}`) ?? []), a]);
    const cells = new Map<string, Cell>();
    for (const e of employees) {
      if (!e.position_id) continue;
      const std = inForce.find((s) => s.position_id === e.position_id)
        ?? inForce.find((s) => !s.position_id && s.position_type === e.type && (s.functional_level ?? null) === (e.functional_level ?? null));
      if (!std) continue;
      const segments = e.path.split('/').filter(Boolean);
      const group = groupBy === 'position' ? e.position_id : segments[1] ?? root.id;
      for (const r of reqs.filter((x) => x.standard_id === std.id)) {
        const eff = effectiveLevel((history.get(`${e.id}|${r.lineage_id}`) ?? []).map((a) => ({
          id: a.id, level: a.level, method: a.method, status: a.status, assessedAt: a.assessed_at, validUntil: a.valid_until,
        })), d.today);
        const g = gapFor({ competencyId: r.competency_id, requiredLevel: r.required_level, weight: Number(r.weight), essential: r.essential, effective: eff });
        const key = `${group}|${r.code}`;
        const c = cells.get(key) ?? { employees: 0, below: 0, unassessed: 0, gapSum: 0, assessed: 0 };
        c.employees++;
        if (g.status === 'BELOW') c.below++;
        if (g.status === 'UNASSESSED' || g.status === 'EXPIRED') c.unassessed++;
        if (g.gap !== null) { c.assessed++; c.gapSum += g.gap; }
        cells.set(key, c);
      }
    }
    return cells;
  }

  const heatmap = async (tok: string, unitId: string, q = '') => http().get(`${API}/units/${unitId}/heatmap${q}`).set('Authorization', tok);

  for (const groupBy of ['unit', 'position'] as const) {
    it(`every cell of every OPD matches the per-employee computation (groupBy=${groupBy})`, async () => {
      let cellsChecked = 0;
      let withGaps = 0;
      for (const root of roots) {
        const res = await heatmap(d.tok.admin, root.id, `?groupBy=${groupBy}`);
        expect(res.status).toBe(200);
        const hm = res.body as Heatmap;
        expect(hm).toMatchObject({ rootUnitId: root.id, groupBy });
        const want = await expected(root, groupBy);
        const got = new Map(hm.cells.map((c) => [`${c.groupId}|${c.competencyCode}`, c]));
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [key, w] of want) {
          const c = got.get(key);
          const meanGap = w.assessed ? Math.round((w.gapSum * 100) / w.assessed) / 100 : null;
          expect({ key, employees: c?.employees, below: c?.below, unassessed: c?.unassessed, meanGap: c?.meanGap })
            .toEqual({ key, employees: w.employees, below: w.below, unassessed: w.unassessed, meanGap });
          cellsChecked++;
          if (w.below) withGaps++;
        }
        // Group and competency headers cover exactly the cells.
        expect(new Set(hm.groups.map((g) => g.id))).toEqual(new Set(hm.cells.map((c) => c.groupId)));
        expect(new Set(hm.competencies.map((c) => c.code))).toEqual(new Set(hm.cells.map((c) => c.competencyCode)));
      }
      // The demo is realistic: thousands of cells, many with gaps, some unassessed.
      expect(cellsChecked).toBeGreaterThan(groupBy === 'unit' ? 500 : 1000);
      expect(withGaps).toBeGreaterThan(100);
    });
  }

  it('scope: HR of Dinas Kesehatan sees his OPD only; a supervisor his own unit; an employee none; bad groupBy named', async () => {
    const dinkes = await d.unit('DINKES');
    const other = roots.find((r) => r.code !== 'DINKES') as { id: string };
    expect((await heatmap(d.tok.hrDinkes, dinkes)).status).toBe(200);
    const out = await heatmap(d.tok.hrDinkes, other.id);
    expect(out.status).toBe(403);
    expect(out.body.code).toBe('OUT_OF_SCOPE');
    const ownUnit = await d.unit('DISKOMINFOTIK.B1');
    const sup = await heatmap(d.tok.supervisor, ownUnit);
    expect(sup.status).toBe(200);
    // He sees his reports (and himself) only.
    const [{ n }] = await d.t.ds.query(
      `WITH RECURSIVE r AS (SELECT id FROM employee WHERE supervisor_id = $1 UNION SELECT c.id FROM employee c JOIN r ON c.supervisor_id = r.id)
       SELECT count(*)::int AS n FROM employee e JOIN unit u ON u.id = e.unit_id
        WHERE (e.id IN (SELECT id FROM r) OR e.id = $1) AND u.id = $2 AND e.status IN ('ACTIVE', 'ON_LEAVE')`, [d.emp.supervisor, ownUnit]);
    expect(Math.max(...(sup.body as Heatmap).cells.map((c) => c.employees))).toBeLessThanOrEqual(n);
    expect((await heatmap(d.tok.supervisor, dinkes)).status).toBe(403);
    expect((await heatmap(d.tok.employee, ownUnit)).status).toBe(403);
    const bad = await heatmap(d.tok.admin, dinkes, '?groupBy=agency');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('groupBy');
    expect((await heatmap(d.tok.admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
