import request from 'supertest';
import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { bearer, createUser } from '@kompeten/api/identity/testing';
import { NotificationModule } from './notification.module';
import { JobRegistry } from './jobs/job-registry';

const API = '/api/v1';

/** The job runner on real PostgreSQL: one run per tick whoever fires it, no overlap, every run recorded. */
describe('scheduled jobs', () => {
  let t: TestApp;
  let jobs: JobRegistry;
  let adminTok: string;
  let runs = 0;
  let release: (() => void) | null = null;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, NotificationModule]);
    jobs = t.app.get(JobRegistry);
    jobs.register({ name: 'test.count', description: 'Menghitung', everySeconds: 60, run: async () => ({ runs: ++runs }) });
    jobs.register({ name: 'test.fail', description: 'Gagal', cron: '0 3 * * *', run: async () => { throw new Error('sumber data tidak tersedia'); } });
    jobs.register({
      name: 'test.slow', description: 'Lambat', everySeconds: 10,
      run: () => new Promise((res) => { release = () => res({ done: 1 }); }),
    });
    await createUser(t.ds, { username: 'admin', roles: ['ADMIN'] });
    await createUser(t.ds, { username: 'hr', roles: ['HR_OFFICER'] });
    adminTok = await bearer(t.app, 'admin');
  });
  afterAll(() => t?.close());

  it('runs a tick once, however many instances fire for it at the same time', async () => {
    const at = new Date('2026-12-01T03:00:10Z');
    const fired = await Promise.all(Array.from({ length: 6 }, () => jobs.tick('test.count', at)));
    expect(fired.filter((r) => r !== null)).toHaveLength(1);
    expect(runs).toBe(1);
    // A late timer of the same slot (another instance, 40 s later) does not run it again…
    expect(await jobs.tick('test.count', new Date('2026-12-01T03:00:50Z'))).toBeNull();
    // …the next slot runs.
    const next = await jobs.tick('test.count', new Date('2026-12-01T03:01:05Z'));
    expect(next).toMatchObject({ job: 'test.count', tick: '2026-12-01T03:01:00.000Z', outcome: 'OK', counts: { runs: 2 }, trigger: 'SCHEDULE' });
    expect(runs).toBe(2);
  });

  it('slots cron jobs by the minute', () => {
    const def = jobs.get('test.fail');
    expect(jobs.tickOf(def, new Date('2026-12-01T20:00:00.950Z'))).toBe(jobs.tickOf(def, new Date('2026-12-01T20:00:01.020Z')));
  });

  it('records a failing run with its error', async () => {
    const r = await jobs.tick('test.fail');
    expect(r).toMatchObject({ outcome: 'FAILED', error: 'sumber data tidak tersedia' });
    expect(r?.finishedAt).not.toBeNull();
  });

  it('never overlaps two runs of one job (advisory lock): a tick that finds it busy is recorded SKIPPED, a manual run gets 409', async () => {
    const first = jobs.tick('test.slow', new Date('2026-12-01T03:00:00Z'));
    await new Promise((res) => setTimeout(res, 200));
    expect(release).not.toBeNull();
    expect(await jobs.tick('test.slow', new Date('2026-12-01T03:00:10Z'))).toMatchObject({ outcome: 'SKIPPED', error: 'previous run still running' });
    const busy = await http().post(`${API}/jobs/test.slow/run`).set('Authorization', adminTok);
    expect(busy.status).toBe(409);
    release?.();
    expect(await first).toMatchObject({ outcome: 'OK', counts: { done: 1 } });
    const rows = await t.ds.query(`SELECT outcome, count(*)::int AS n FROM job_run WHERE job = 'test.slow' GROUP BY outcome ORDER BY outcome`);
    expect(rows).toEqual([{ outcome: 'OK', n: 1 }, { outcome: 'SKIPPED', n: 2 }]);
  });

  it('lists jobs with their last run and runs one now for an administrator (audited); others are refused', async () => {
    const run = await http().post(`${API}/jobs/test.count/run`).set('Authorization', adminTok);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ job: 'test.count', trigger: 'MANUAL', outcome: 'OK', counts: { runs: 3 } });
    expect(run.body.tick).toMatch(/^manual:/);
    const list = await http().get(`${API}/jobs`).set('Authorization', adminTok);
    expect(list.status).toBe(200);
    const names = list.body.map((j: { name: string }) => j.name);
    expect(names).toEqual(expect.arrayContaining(['mail.drain', 'jobs.prune-runs', 'test.count', 'test.fail', 'test.slow']));
    expect(list.body.find((j: { name: string }) => j.name === 'test.count').lastRun.trigger).toBe('MANUAL');
    const history = await http().get(`${API}/jobs/runs?job=test.count`).set('Authorization', adminTok);
    expect(history.body.total).toBe(3);
    expect(history.body.items[0].trigger).toBe('MANUAL');
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'job' AND action = 'RUN' AND entity_id = 'test.count'`);
    expect(n).toBe(1);
    expect((await http().post(`${API}/jobs/tidak.ada/run`).set('Authorization', adminTok)).status).toBe(404);
    expect((await http().post(`${API}/jobs/BAD NAME/run`).set('Authorization', adminTok)).body.errors[0].field).toBe('name');
    const hrTok = await bearer(t.app, 'hr');
    expect((await http().get(`${API}/jobs`).set('Authorization', hrTok)).status).toBe(403);
    expect((await http().post(`${API}/jobs/test.count/run`).set('Authorization', hrTok)).status).toBe(403);
  });
});
