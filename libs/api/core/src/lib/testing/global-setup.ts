import { ensureTemplate } from './test-database';

/** Jest globalSetup: builds the migrated template database once before any test file runs. */
export default async function globalSetup(): Promise<void> {
  if (!process.env['DATABASE_URL']) {
    throw new Error('DATABASE_URL is not set. Run `npm test` (it starts an embedded PostgreSQL when no DATABASE_URL is given).');
  }
  await ensureTemplate();
}
