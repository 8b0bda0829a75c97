import { JobRegistry } from '@kompeten/api/notification';
import { demoProvince, type DemoProvince } from './testing/demo-province';

const API = '/api/v1';

/**
 * The daily validity job on the demo province: the demo employee's supervisor re-assesses two of her
 * competencies with a validity that ends in 10 days, and HR records for a never-assessed employee an
 * assessment-centre result that ended 2 days ago; the job warns her and her supervisor, tells the
 * other employee his has expired, and sends nothing twice when it runs again.
 */
describe('assessment expiry notifications', () => {
  let d: DemoProvince;
  let unassessed: string;
  const day = (offset: number) => new Date(Date.parse(`${d.today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const outbox = (template: string) => d.t.ds.query(
    `SELECT event_key, recipient_email, subject, body_text FROM mail_outbox WHERE template = $1 ORDER BY event_key`, [template]);

  beforeAll(async () => {
    d = await demoProvince();
    // Start from a province without validity dates inside the windows, so every expected row is ours.
    await d.t.ds.query(`UPDATE employee_competency SET valid_until = current_date + 400 WHERE valid_until BETWEEN current_date - 8 AND current_date + 31`);
    const sheet = await d.http().get(`${API}/employees/${d.emp.employee}/assessment-sheet`).set('Authorization', d.tok.supervisor);
    expect(sheet.status).toBe(200);
    const [a, b] = sheet.body.rows.map((r: { competencyId: string }) => r.competencyId);
    const post = (tok: string, employeeId: string, method: string, items: string[], assessedAt: string, validUntil: string) =>
      d.http().post(`${API}/assessments`).set('Authorization', tok)
        .send({ employeeId, method, assessedAt, validUntil, items: items.map((competencyId) => ({ competencyId, level: 3 })) });
    expect((await post(d.tok.supervisor, d.emp.employee, 'SUPERVISOR', [a, b], d.today, day(10))).status).toBe(201);
    [{ id: unassessed }] = await d.t.ds.query(
      `SELECT e.id FROM employee e WHERE e.position_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employee_competency ec WHERE ec.employee_id = e.id) ORDER BY e.nip LIMIT 1`);
    const other = await d.http().get(`${API}/employees/${unassessed}/assessment-sheet`).set('Authorization', d.tok.hrBkd);
    expect(other.status).toBe(200);
    expect((await post(d.tok.hrBkd, unassessed, 'ASSESSMENT_CENTER', [other.body.rows[0].competencyId], day(-400), day(-2))).status).toBe(201);
  });
  afterAll(() => d?.t.close());

  it('warns the employee and her supervisor 30 days ahead and tells her what expired, in one run, once', async () => {
    const jobs = d.t.app.get(JobRegistry);
    const first = await jobs.runNow('competency.assessment-expiry', null);
    expect(first).toMatchObject({ outcome: 'OK', counts: { employeesWarned: 1, supervisorsWarned: 1, employeesExpired: 1 } });

    const [warn] = await outbox('competency.assessment-expiring');
    expect(warn.event_key).toBe(`competency.expiring:${d.emp.employee}:${day(10)}`);
    expect(warn.subject).toMatch(/^Penilaian kompetensi Anda berakhir \d{1,2} \w+ \d{4}$/);
    expect(warn.body_text).toContain('Hasil penilaian 2 kompetensi');
    const [team] = await outbox('competency.team-assessment-expiring');
    expect(team.event_key).toBe(`competency.expiring-team:${d.emp.supervisor}:${day(10)}`);
    expect(team.body_text).toContain('Ayu Lestari, S.Kom.: 2 kompetensi');
    const [supervisorMail] = await d.t.ds.query(`SELECT email FROM employee WHERE id = $1`, [d.emp.supervisor]);
    expect(team.recipient_email).toBe(supervisorMail.email);
    const [expired] = await outbox('competency.assessment-expired');
    expect(expired.event_key).toBe(`competency.expired:${unassessed}:${day(-2)}`);

    const again = await jobs.runNow('competency.assessment-expiry', null);
    expect(again?.counts).toEqual({ employeesWarned: 0, supervisorsWarned: 0, employeesExpired: 0 });
    const [{ n }] = await d.t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE template LIKE 'competency.%'`);
    expect(n).toBe(3);
  });

  it('counts the expired assessment as "assess first" in the gap from the first day after its validity', async () => {
    const gaps = await d.http().get(`${API}/employees/${unassessed}/gaps`).set('Authorization', d.tok.hrBkd);
    expect(gaps.body.rows.filter((r: { status: string }) => r.status === 'EXPIRED')).toHaveLength(1);
    expect(gaps.body.coverage.assessed).toBe(0);
  });
});
