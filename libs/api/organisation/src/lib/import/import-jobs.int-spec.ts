import { createTestApp, TestApp } from '@kompeten/api/core/testing';
import { IdentityModule } from '@kompeten/api/identity';
import { createUser } from '@kompeten/api/identity/testing';
import { OrganisationModule } from '../organisation.module';
import { holdImportLock, InterruptedImportSweeper, releaseImportLock } from './import-jobs';

/** An import whose process died is marked interrupted; one still running elsewhere is left alone. */
describe('interrupted imports', () => {
  let t: TestApp;
  let userId: string;
  const job = async (minutesAgo: number) => (await t.ds.query(
    `INSERT INTO import_job (kind, status, total, created_by, started_at) VALUES ('employee', 'RUNNING', 100, $1, now() - make_interval(mins => $2)) RETURNING id`,
    [userId, minutesAgo]))[0].id as string;
  const status = async (id: string) => (await t.ds.query(`SELECT status, error FROM import_job WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, OrganisationModule]);
    userId = await createUser(t.ds, { username: 'hr', roles: ['HR_OFFICER'] });
  });
  afterAll(() => t?.close());

  it('marks a job with no live lock FAILED, keeps a live one and a just-started one RUNNING', async () => {
    const dead = await job(5);
    const live = await job(5);
    const young = await job(0);
    const holder = t.ds.createQueryRunner();
    await holder.connect();
    await holdImportLock(holder, live);
    try {
      expect(await t.app.get(InterruptedImportSweeper).sweep()).toBe(1);
      expect(await status(dead)).toMatchObject({ status: 'FAILED', error: expect.stringContaining('terputus') });
      expect((await status(live)).status).toBe('RUNNING');
      expect((await status(young)).status).toBe('RUNNING');
    } finally {
      await releaseImportLock(holder, live);
      await holder.release();
    }
    // Once its process is gone (lock released), the next sweep catches it too.
    expect(await t.app.get(InterruptedImportSweeper).sweep()).toBe(1);
    expect((await status(live)).status).toBe('FAILED');
  });
});
