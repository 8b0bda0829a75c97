import { DataSource } from 'typeorm';
import { createEmptyDatabase, TestDatabase } from '@kompeten/api/core/testing';
import { dataSourceOptions, MIGRATIONS } from '@kompeten/api/core';
import { pendingSchemaChanges } from '../boot/migration-generator';
import { bootFullApp } from './test-support';

describe('migrations (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createEmptyDatabase(); });
  afterAll(() => db.drop());

  const tables = async (ds: DataSource) =>
    (await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1`)).map((r: { table_name: string }) => r.table_name);

  it('go up from empty, agree with the entities (no drift), and go down to empty', async () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    const ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
    const ran = await ds.runMigrations({ transaction: 'each' });
    expect(ran).toHaveLength(MIGRATIONS.length);
    expect(await tables(ds)).toEqual(expect.arrayContaining(['app_user', 'audit_log', 'employee', 'unit']));

    const { app } = await bootFullApp(db.url);
    const drift = await pendingSchemaChanges(app.get(DataSource));
    await app.close();
    expect(drift.up).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables(ds)).toEqual([]);
    // And up again: down really restored a state the migrations can start from.
    expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    await ds.destroy();
  });
});
