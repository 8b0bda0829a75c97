import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // Global, not per project: in a multi-project run Jest reads the timeout from here. Integration
  // specs seed a demo province in beforeAll, which takes seconds on a busy 2-core machine.
  testTimeout: 60_000,
});
