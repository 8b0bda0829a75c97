import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

const MIGRATIONS_DIR = join(process.cwd(), 'libs/api/core/src/lib/database/migrations');

/** Pending schema differences between the entities and the migrated database (empty = no drift). */
export async function pendingSchemaChanges(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query).reverse(),
  };
}

/** Writes a migration class from the pending changes and registers it in migrations/index.ts. */
export async function generateMigration(ds: DataSource, name: string): Promise<string | null> {
  const { up, down } = await pendingSchemaChanges(ds);
  if (!up.length) return null;
  const ts = Date.now();
  const cls = `${name.replace(/[^A-Za-z0-9]/g, '')}${ts}`;
  const file = `${ts}-${name}`;
  const q = (s: string) => '    await queryRunner.query(`' + s.replace(/`/g, '\\`') + '`);';
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
  writeFileSync(join(MIGRATIONS_DIR, `${file}.ts`), body);
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  index = `import { ${cls} } from './${file}';\n` + index;
  index = index.replace(/\];\s*$/, `  ${cls},\n];\n`).replace('= [  ', '= [\n  ').replace('= [];', `= [\n  ${cls},\n];`);
  writeFileSync(indexPath, index);
  return file;
}
