import { defineConfig } from '@playwright/test';

// Runs against the built product (dist/) on its own database; `npm test` creates that database and
// passes E2E_DATABASE_URL. Chromium is Debian's (Playwright's browser download does not work here).
const port = Number(process.env['E2E_PORT'] ?? 3210);
// E2E_BASE_URL points at an already running product (for writing tests); otherwise one is started.
const external = process.env['E2E_BASE_URL'];
const baseURL = external ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: './test-results',
  reporter: [['list'], ['json']],
  use: {
    baseURL,
    locale: 'id-ID',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: external ? undefined : {
    command: 'node dist/apps/api/main.js',
    cwd: '..',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: process.env['E2E_DATABASE_URL'] ?? '',
      PORT: String(port),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
      LOGIN_IP_LIMIT_PER_MINUTE: '1000',
    },
  },
});
