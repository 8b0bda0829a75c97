import { randomUUID } from 'node:crypto';
import type { Assessment, AssessmentSheet, GapSummary, PositionStandard, TeamMemberGap } from '@kompeten/shared/contract';
import { effectiveLevel, gapFor, jpm } from '@kompeten/shared/domain';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { demoProvince, type DemoProvince } from './testing/demo-province';

const API = '/api/v1';
const level = (l: number, defined = true) => ({ level: l, defined, title: defined ? `Level ${l}` : '', description: defined ? `Deskripsi level ${l}` : '', indicators: defined ? [`Indikator ${l}`] : [] });

/**
 * Assessments, voids, gaps, the assessment sheet, the team view and the policy on the demo province,
 * with one controlled employee (new position, own framework) so every expected value is exact.
 */
describe('assessments, gaps and policy (real PostgreSQL, demo province)', () => {
  let d: DemoProvince;
  const http = () => d.http();
  let fwId: string;
  let c1: string; // levels 1–5, required 3, weight 2, essential
  let c2: string; // levels {2,3,5}, required 3, weight 1
  let positionId: string;
  let x: string; // the controlled employee: an indirect report of the demo supervisor
  let xTok: string;
  let dinkesEmployee: string;

  const gaps = async (tok: string, id = x, q = '') => {
    const res = await http().get(`${API}/employees/${id}/gaps${q}`).set('Authorization', tok);
    expect(res.status).toBe(200);
    return res.body as GapSummary;
  };
  const row = (g: GapSummary, code: string) => {
    const r = g.rows.find((x) => x.code === code);
    if (!r) throw new Error(`no row ${code}`);
    return r;
  };
  const assess = (tok: string, body: Record<string, unknown>) => http().post(`${API}/assessments`).set('Authorization', tok).send(body);
  const auditCount = async (action: string) => (await d.t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action]))[0].n as number;

  beforeAll(async () => {
    d = await demoProvince();
    const { t, tok } = d;
    // A framework of our own, published, so the standard and levels are known exactly.
    const fw = await http().post(`${API}/competency-frameworks`).set('Authorization', tok.hrBkd).send({ code: 'UJI-TES', name: 'Kamus uji' });
    expect(fw.status).toBe(201);
    fwId = fw.body.id;
    const g = await http().post(`${API}/competency-frameworks/${fwId}/groups`).set('Authorization', tok.hrBkd).send({ code: 'TK', name: 'Teknis uji', kind: 'TEKNIS' });
    expect(g.status).toBe(201);
    const k1 = await http().post(`${API}/competency-frameworks/${fwId}/competencies`).set('Authorization', tok.hrBkd)
      .send({ groupId: g.body.id, code: 'UT.01', name: 'Kompetensi satu', definition: 'Definisi kompetensi satu', levels: [1, 2, 3, 4, 5].map((l) => level(l)) });
    expect(k1.status).toBe(201);
    c1 = k1.body.id;
    const k2 = await http().post(`${API}/competency-frameworks/${fwId}/competencies`).set('Authorization', tok.hrBkd)
      .send({ groupId: g.body.id, code: 'UT.02', name: 'Kompetensi dua', definition: 'Definisi kompetensi dua', levels: [level(1, false), level(2), level(3), level(4, false), level(5)] });
    expect(k2.status).toBe(201);
    c2 = k2.body.id;
    expect((await http().post(`${API}/competency-frameworks/${fwId}/publish`).set('Authorization', tok.hrBkd)).status).toBe(200);

    // A new position and employee under one of the supervisor's direct reports (→ indirect report).
    const unitId = await d.unit('DISKOMINFOTIK.B1');
    const [direct] = await t.ds.query(`SELECT id FROM employee WHERE supervisor_id = $1 ORDER BY nip LIMIT 1`, [d.emp.supervisor]);
    [{ id: positionId }] = await t.ds.query(
      `INSERT INTO position (unit_id, code, name, type, functional_level, grade) VALUES ($1, 'UJI.P1', 'Pranata Uji', 'FUNGSIONAL_KEAHLIAN', 'AHLI_PERTAMA', 8) RETURNING id`, [unitId]);
    [{ id: x }] = await t.ds.query(
      `INSERT INTO employee (nip, name, gender, birth_date, golongan, employment_type, unit_id, position_id, supervisor_id)
       VALUES ('199501012020011001', 'Pegawai Uji', 'L', '1995-01-01', 'III/a', 'PNS', $1, $2, $3) RETURNING id`, [unitId, positionId, direct.id]);
    await createUser(t.ds, { username: 'pegawai-uji', roles: ['EMPLOYEE'], employeeId: x });
    xTok = await bearer(t.app, 'pegawai-uji');
    const std = await http().post(`${API}/position-standards`).set('Authorization', tok.hrBkd).send({
      frameworkId: fwId, positionId, name: 'SKJ Pranata Uji', effectiveFrom: '2026-01-01',
      requirements: [{ competencyId: c1, requiredLevel: 3, weight: 2, essential: true }, { competencyId: c2, requiredLevel: 3, weight: 1, essential: false }],
    });
    expect(std.status).toBe(201);
    const dinkes = await d.unit('DINKES');
    [{ id: dinkesEmployee }] = await t.ds.query(
      `SELECT e.id FROM employee e JOIN unit u ON u.id = e.unit_id JOIN unit r ON u.path LIKE r.path || '%' WHERE r.id = $1 AND e.id <> $2 ORDER BY e.nip LIMIT 1`, [dinkes, d.emp.hrDinkes]);
  });
  afterAll(() => d.t.close());

  it('a fresh employee is UNASSESSED everywhere: gap null, JPM null, never 0', async () => {
    const g = await gaps(d.tok.admin);
    expect(g.positionId).toBe(positionId);
    expect(g.rows.map((r) => [r.code, r.status, r.gap, r.currentLevel])).toEqual([['UT.01', 'UNASSESSED', null, null], ['UT.02', 'UNASSESSED', null, null]]);
    expect(g).toMatchObject({ jpm: null, category: null, coverage: { assessed: 0, total: 2 }, meetsStandard: false });
    expect(row(g, 'UT.01').priority).toBe('HIGH');
  });

  it('self-assessment: only for himself, and alone it never counts (UNASSESSED) until the policy allows it', async () => {
    const others = await assess(xTok, { employeeId: d.emp.employee, method: 'SELF', assessedAt: '2026-10-01', items: [{ competencyId: c1, level: 4 }] });
    expect(others.status).toBe(403);
    expect(others.body.code).toBe('OUT_OF_SCOPE');
    const own = await assess(xTok, { employeeId: x, method: 'SELF', assessedAt: '2026-10-01', items: [{ competencyId: c1, level: 4 }, { competencyId: c2, level: 3, note: 'yakin' }] });
    expect(own.status).toBe(201);
    expect((own.body as Assessment[]).map((a) => [a.method, a.level, a.status])).toEqual([['SELF', 4, 'FINAL'], ['SELF', 3, 'FINAL']]);
    // An employee cannot pick another method for himself.
    expect((await assess(xTok, { employeeId: x, method: 'SUPERVISOR', assessedAt: '2026-10-01', items: [{ competencyId: c1, level: 5 }] })).status).toBe(403);
    expect(row(await gaps(xTok), 'UT.01').status).toBe('UNASSESSED');
    const sheet = (await http().get(`${API}/employees/${x}/assessment-sheet`).set('Authorization', d.tok.supervisor)).body as AssessmentSheet;
    expect(sheet.rows.map((r) => [r.code, r.currentStatus, r.lastSelfLevel, r.lastSelfAt])).toEqual([['UT.01', 'UNASSESSED', 4, '2026-10-01'], ['UT.02', 'UNASSESSED', 3, '2026-10-01']]);
    expect(sheet.rows[1].levels.map((l) => l.defined)).toEqual([false, true, true, false, true]);

    const on = await http().put(`${API}/competency-policy`).set('Authorization', d.tok.admin).send({ countSelf: true });
    expect(on.status).toBe(200);
    expect(on.body.countSelf).toBe(true);
    const g = await gaps(xTok);
    expect(row(g, 'UT.01')).toMatchObject({ status: 'MET', currentLevel: 4, method: 'SELF', gap: 0 });
    const off = await http().put(`${API}/competency-policy`).set('Authorization', d.tok.admin).send({ countSelf: false });
    expect(off.body.countSelf).toBe(false);
    expect(row(await gaps(xTok), 'UT.01').status).toBe('UNASSESSED');
  });

  it('policy: anyone reads it, only ADMIN changes it, bad values name the field', async () => {
    const get = await http().get(`${API}/competency-policy`).set('Authorization', xTok);
    expect(get.status).toBe(200);
    expect(get.body).toMatchObject({ levelPolicy: 'LATEST', countSelf: false, jpmVariant: 'NO_COMPENSATION', purpose: 'PEMETAAN', thresholds: { PEMETAAN: { O: 90, CO: 78 } } });
    expect((await http().put(`${API}/competency-policy`).set('Authorization', d.tok.hrBkd).send({ countSelf: true })).status).toBe(403);
    const bad = await http().put(`${API}/competency-policy`).set('Authorization', d.tok.admin).send({ levelPolicy: 'NEWEST' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['levelPolicy']);
    const unknown = await http().put(`${API}/competency-policy`).set('Authorization', d.tok.admin).send({ colour: 'red' });
    expect(unknown.body.errors[0].field).toBe('colour');
    const nested = await http().put(`${API}/competency-policy`).set('Authorization', d.tok.admin).send({ thresholds: { UJI_KOMPETENSI: { MS: 80, MMS: 68 }, PEMETAAN: { O: 190, CO: 78 } } });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].field).toBe('thresholds.PEMETAAN.O');
    const audits = await d.t.ds.query(`SELECT after->>'countSelf' AS c FROM audit_log WHERE entity = 'competency_policy' ORDER BY id`);
    expect(audits.map((a: { c: string }) => a.c)).toEqual(['true', 'false']);
  });

  it('supervisor assesses an indirect report but nobody outside his team; input errors name the field', async () => {
    const before = await auditCount('ASSESS');
    const outside = await assess(d.tok.supervisor, { employeeId: dinkesEmployee, method: 'SUPERVISOR', assessedAt: '2026-11-01', items: [{ competencyId: c1, level: 2 }] });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('OUT_OF_SCOPE');
    expect((await assess(d.tok.supervisor, { employeeId: x, method: 'ASSESSMENT_CENTER', assessedAt: '2026-11-01', items: [{ competencyId: c1, level: 2 }] })).body.code).toBe('OUT_OF_SCOPE');
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await assess(d.tok.supervisor, { employeeId: x, method: 'SUPERVISOR', assessedAt: '2026-11-01', items: [{ competencyId: c1, level: 2 }], ...body });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await bad({ items: [{ competencyId: c1, level: 2 }, { competencyId: c2, level: 4 }] }, 'items[1].level');
    await bad({ items: [{ competencyId: c1, level: 6 }] }, 'items[0].level');
    await bad({ items: [{ competencyId: c1, level: 2 }, { competencyId: c1, level: 3 }] }, 'items[1].competencyId');
    await bad({ assessedAt: '2099-01-01' }, 'assessedAt');
    await bad({ assessedAt: '2026-02-30' }, 'assessedAt');
    await bad({ validUntil: '2020-01-01' }, 'validUntil');
    await bad({ colour: 'red' }, 'colour');
    await bad({ employeeId: 'not-a-uuid' }, 'employeeId');
    await bad({ items: [{ competencyId: randomUUID(), level: 2 }] }, 'items[0].competencyId');
    await bad({ method: 'TRAINING_COMPLETION' }, 'method');
    await bad({ items: [] }, 'items');
    expect(await auditCount('ASSESS')).toBe(before);

    const ok = await assess(d.tok.supervisor, { employeeId: x, method: 'SUPERVISOR', assessedAt: '2026-11-01', items: [{ competencyId: c1, level: 2 }, { competencyId: c2, level: 3 }] });
    expect(ok.status).toBe(201);
    // Default validity from the policy (36 months).
    expect((ok.body as Assessment[]).map((a) => [a.level, a.method, a.validUntil])).toEqual([[2, 'SUPERVISOR', '2029-11-01'], [3, 'SUPERVISOR', '2029-11-01']]);
    expect(await auditCount('ASSESS')).toBe(before + 1);
    const [audit] = await d.t.ds.query(`SELECT entity, entity_id, after FROM audit_log WHERE action = 'ASSESS' ORDER BY id DESC LIMIT 1`);
    expect(audit).toMatchObject({ entity: 'employee', entity_id: x, after: { method: 'SUPERVISOR', assessedAt: '2026-11-01' } });
  });

  it('gap, JPM and category follow the pure functions for the same rows', async () => {
    const g = await gaps(d.tok.supervisor);
    expect(row(g, 'UT.01')).toMatchObject({ status: 'BELOW', currentLevel: 2, gap: 1, difference: -1, weightedGap: 2, priority: 'HIGH', method: 'SUPERVISOR' });
    expect(row(g, 'UT.02')).toMatchObject({ status: 'MET', currentLevel: 3, gap: 0, priority: 'NONE' });
    // Σ w·min(C,R) / Σ w·R = (2·2 + 1·3) / (2·3 + 1·3) = 77.78 % → Kurang Optimal (< 78).
    expect(g).toMatchObject({ jpm: 77.78, category: 'KO', coverage: { assessed: 2, total: 2 }, meetsStandard: false });
    expect(g.jpm).toBe(await pureJpm(x, d.tok.admin));
  });

  /** The employee's JPM recomputed in the test from his assessment history and standard, with the shared pure functions. */
  async function pureJpm(employeeId: string, tok: string): Promise<number | null> {
    const [{ position_id }] = await d.t.ds.query(`SELECT position_id FROM employee WHERE id = $1`, [employeeId]);
    const std = (await http().get(`${API}/position-standards/for-position/${position_id}`).set('Authorization', tok)).body as PositionStandard;
    const history = (await http().get(`${API}/employees/${employeeId}/assessments`).set('Authorization', tok)).body as Assessment[];
    const lineage: { id: string; lineage_id: string }[] = await d.t.ds.query(`SELECT id, lineage_id FROM competency`);
    const lin = new Map(lineage.map((l) => [l.id, l.lineage_id]));
    const rows = std.requirements.map((r) => gapFor({
      ...r, effective: effectiveLevel(history.filter((a) => lin.get(a.competencyId) === lin.get(r.competencyId)), d.today),
    }));
    return jpm(rows);
  }

  it('JPM of demo employees equals the pure function over their fetched assessments', async () => {
    const sample: { id: string }[] = await d.t.ds.query(
      `SELECT e.id FROM employee e WHERE e.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM competency_assessment a WHERE a.employee_id = e.id) ORDER BY e.nip LIMIT 25`);
    for (const { id } of sample) {
      const g = await gaps(d.tok.admin, id);
      expect({ id, jpm: g.jpm }).toEqual({ id, jpm: await pureJpm(id, d.tok.admin) });
    }
  });

  it('history: visible to the employee, his supervisor and HR in scope; not to HR of another OPD', async () => {
    for (const tok of [xTok, d.tok.supervisor, d.tok.hrBkd, d.tok.admin]) {
      const res = await http().get(`${API}/employees/${x}/assessments`).set('Authorization', tok);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(4);
    }
    const dinkes = await http().get(`${API}/employees/${x}/assessments`).set('Authorization', d.tok.hrDinkes);
    expect(dinkes.status).toBe(403);
    expect(dinkes.body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`${API}/employees/${x}/gaps`).set('Authorization', d.tok.hrDinkes)).body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`${API}/employees/${x}/assessment-sheet`).set('Authorization', d.tok.hrDinkes)).body.code).toBe('OUT_OF_SCOPE');
    expect((await http().get(`${API}/employees/${x}/gaps`).set('Authorization', d.tok.employee)).status).toBe(403);
    expect((await http().get(`${API}/employees/${randomUUID()}/gaps`).set('Authorization', d.tok.admin)).status).toBe(404);
    expect((await http().get(`${API}/employees/nope/gaps`).set('Authorization', d.tok.admin)).status).toBe(400);
    // HR of Dinas Kesehatan does see his own OPD.
    expect((await http().get(`${API}/employees/${dinkesEmployee}/gaps`).set('Authorization', d.tok.hrDinkes)).status).toBe(200);
  });

  it('team view lists direct and indirect reports with the same counts and JPM', async () => {
    const res = await http().get(`${API}/team/gaps`).set('Authorization', d.tok.supervisor);
    expect(res.status).toBe(200);
    const team = res.body as TeamMemberGap[];
    expect(team.find((m) => m.employeeId === x)).toMatchObject({ required: 2, assessed: 2, below: 1, expired: 0, jpm: 77.78, nip: '199501012020011001' });
    const direct: { id: string }[] = await d.t.ds.query(`SELECT id FROM employee WHERE supervisor_id = $1`, [d.emp.supervisor]);
    for (const m of direct) expect(team.map((t) => t.employeeId)).toContain(m.id);
    expect(team.map((t) => t.employeeId)).not.toContain(d.emp.supervisor);
    for (const m of team.filter((t) => t.employeeId !== x).slice(0, 8)) expect(m.jpm).toBe((await gaps(d.tok.supervisor, m.employeeId)).jpm);
    expect((await http().get(`${API}/team/gaps`).set('Authorization', d.tok.employee)).status).toBe(403);
    expect((await http().get(`${API}/team/gaps`).set('Authorization', d.tok.hrBkd)).status).toBe(403);
  });

  it('void keeps the history, recomputes the current level and is audited; only the assessor, HR in scope or admin', async () => {
    const history = (await http().get(`${API}/employees/${x}/assessments`).set('Authorization', d.tok.admin)).body as Assessment[];
    const target = history.find((a) => a.method === 'SUPERVISOR' && a.competencyId === c1) as Assessment;
    expect((await http().post(`${API}/assessments/${target.id}/void`).set('Authorization', d.tok.employee).send({ reason: 'salah input level' })).status).toBe(403);
    expect((await http().post(`${API}/assessments/${target.id}/void`).set('Authorization', d.tok.hrDinkes).send({ reason: 'salah input level' })).body.code).toBe('OUT_OF_SCOPE');
    const short = await http().post(`${API}/assessments/${target.id}/void`).set('Authorization', d.tok.supervisor).send({ reason: 'x' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('reason');
    expect((await http().post(`${API}/assessments/not-a-uuid/void`).set('Authorization', d.tok.supervisor).send({ reason: 'salah input level' })).status).toBe(400);
    expect((await http().post(`${API}/assessments/${randomUUID()}/void`).set('Authorization', d.tok.supervisor).send({ reason: 'salah input level' })).status).toBe(404);
    const before = await auditCount('VOID');
    const res = await http().post(`${API}/assessments/${target.id}/void`).set('Authorization', d.tok.supervisor).send({ reason: 'salah input level' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.id, status: 'VOID', voidReason: 'salah input level', level: 2 });
    expect((await http().post(`${API}/assessments/${target.id}/void`).set('Authorization', d.tok.supervisor).send({ reason: 'salah input level' })).status).toBe(409);
    expect(await auditCount('VOID')).toBe(before + 1);
    const after = (await http().get(`${API}/employees/${x}/assessments`).set('Authorization', d.tok.admin)).body as Assessment[];
    expect(after).toHaveLength(4);
    expect(after.find((a) => a.id === target.id)?.status).toBe('VOID');
    // Only the self-assessment is left on UT.01, and it does not count.
    const g = await gaps(d.tok.admin);
    expect(row(g, 'UT.01')).toMatchObject({ status: 'UNASSESSED', currentLevel: null, gap: null });
    expect(g.jpm).toBe(100);
    expect(g.jpm).toBe(await pureJpm(x, d.tok.admin));
  });

  it('an expired assessment shows EXPIRED with the last known level and no gap', async () => {
    const res = await assess(d.tok.hrBkd, { employeeId: x, method: 'ASSESSMENT_CENTER', assessedAt: '2020-01-15', validUntil: '2023-01-15', items: [{ competencyId: c1, level: 3 }] });
    expect(res.status).toBe(201);
    const g = await gaps(d.tok.hrBkd);
    expect(row(g, 'UT.01')).toMatchObject({ status: 'EXPIRED', currentLevel: null, lastKnownLevel: 3, gap: null, weightedGap: null, validUntil: '2023-01-15', priority: 'HIGH' });
    expect(g.coverage).toEqual({ assessed: 1, total: 2 });
    const sheet = (await http().get(`${API}/employees/${x}/assessment-sheet`).set('Authorization', d.tok.hrBkd)).body as AssessmentSheet;
    expect(sheet.rows[0]).toMatchObject({ code: 'UT.01', currentStatus: 'EXPIRED', currentLevel: null });
    const team = (await http().get(`${API}/team/gaps`).set('Authorization', d.tok.supervisor)).body as TeamMemberGap[];
    expect(team.find((m) => m.employeeId === x)).toMatchObject({ required: 2, assessed: 1, expired: 1, below: 0, jpm: 100 });
    // HR of another OPD may not assess him.
    expect((await assess(d.tok.hrDinkes, { employeeId: x, method: 'TEST', assessedAt: '2026-01-15', items: [{ competencyId: c1, level: 3 }] })).body.code).toBe('OUT_OF_SCOPE');
  });

  it('new version keeps lineage: after the standard moves to v2, v1 assessments still count', async () => {
    const nv = await http().post(`${API}/competency-frameworks/${fwId}/new-version`).set('Authorization', d.tok.hrBkd);
    expect(nv.status).toBe(201);
    const v2 = nv.body.id as string;
    const detail = (await http().get(`${API}/competency-frameworks/${v2}`).set('Authorization', d.tok.hrBkd)).body;
    const v2c1 = detail.competencies.find((c: { code: string }) => c.code === 'UT.01');
    const v2c2 = detail.competencies.find((c: { code: string }) => c.code === 'UT.02');
    const put = await http().put(`${API}/competencies/${v2c1.id}`).set('Authorization', d.tok.hrBkd)
      .send({ groupId: v2c1.groupId, code: 'UT.01', name: 'Kompetensi satu (revisi)', definition: 'Definisi revisi', levels: [1, 2, 3, 4, 5].map((l) => level(l)) });
    expect(put.status).toBe(200);
    expect((await http().post(`${API}/competency-frameworks/${v2}/publish`).set('Authorization', d.tok.hrBkd)).status).toBe(200);
    const [v1] = await d.t.ds.query(`SELECT status FROM competency_framework WHERE id = $1`, [fwId]);
    expect(v1.status).toBe('RETIRED');
    // A retired version takes no new assessments.
    const old = await assess(d.tok.hrBkd, { employeeId: x, method: 'TEST', assessedAt: '2026-11-01', items: [{ competencyId: c2, level: 3 }] });
    expect(old.status).toBe(400);
    expect(old.body.errors[0].field).toBe('items[0].competencyId');
    const std = await http().post(`${API}/position-standards`).set('Authorization', d.tok.hrBkd).send({
      frameworkId: v2, positionId, name: 'SKJ Pranata Uji v2', effectiveFrom: d.today,
      requirements: [{ competencyId: v2c1.id, requiredLevel: 3, weight: 2, essential: true }, { competencyId: v2c2.id, requiredLevel: 3, weight: 1, essential: false }],
    });
    expect(std.status).toBe(201);
    const g = await gaps(d.tok.hrBkd);
    expect(g.standardId).toBe(std.body.id);
    expect(g.rows.map((r) => r.competencyId).sort()).toEqual([v2c1.id, v2c2.id].sort());
    expect(row(g, 'UT.01')).toMatchObject({ name: 'Kompetensi satu (revisi)', status: 'EXPIRED', lastKnownLevel: 3 });
    expect(row(g, 'UT.02')).toMatchObject({ status: 'MET', currentLevel: 3, method: 'SUPERVISOR' });
    expect(g.jpm).toBe(await pureJpm(x, d.tok.hrBkd));
    // Assessing on v2 now counts on the same lineage.
    expect((await assess(d.tok.hrBkd, { employeeId: x, method: 'TEST', assessedAt: d.today, items: [{ competencyId: v2c1.id, level: 4 }] })).status).toBe(201);
    expect(row(await gaps(d.tok.hrBkd), 'UT.01')).toMatchObject({ status: 'MET', currentLevel: 4, method: 'TEST' });
  });

  it('gap against a target position (career path), with a bad target named', async () => {
    const [{ position_id }] = await d.t.ds.query(`SELECT position_id FROM employee WHERE id = $1`, [d.emp.employee]);
    const g = await gaps(d.tok.hrBkd, x, `?targetPositionId=${position_id}`);
    expect(g.positionId).toBe(position_id);
    expect(g.rows.length).toBeGreaterThan(9);
    expect(g.rows.every((r) => r.status === 'UNASSESSED')).toBe(true);
    const missing = await http().get(`${API}/employees/${x}/gaps?targetPositionId=${randomUUID()}`).set('Authorization', d.tok.hrBkd);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('targetPositionId');
    const bad = await http().get(`${API}/employees/${x}/gaps?targetPositionId=abc`).set('Authorization', d.tok.hrBkd);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('targetPositionId');
  });

  it('the audit log has the assessments, voids and publications', async () => {
    const rows: { action: string; n: number }[] = await d.t.ds.query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('ASSESS', 'VOID', 'PUBLISH', 'NEW_VERSION') GROUP BY action ORDER BY action`);
    expect(rows).toEqual([{ action: 'ASSESS', n: 4 }, { action: 'NEW_VERSION', n: 1 }, { action: 'PUBLISH', n: 2 }, { action: 'VOID', n: 1 }]);
    const [pub] = await d.t.ds.query(`SELECT actor_name, entity, after FROM audit_log WHERE action = 'PUBLISH' ORDER BY id LIMIT 1`);
    expect(pub).toMatchObject({ entity: 'competency_framework', after: { version: 1 } });
    expect(pub.actor_name).toBeTruthy();
  });
});
