import { expect, test } from '@playwright/test';
import type { GapSummary, TokenResponse } from '@kompeten/shared/contract';
import { DEMO, DEMO_PASSWORD, signIn, signOut } from './support/ui';

// Competency journey: a supervisor assesses a report on the keyboard sheet; the employee then sees
// the new level in his own gap table (and the API's gap summary agrees).
test('supervisor assesses a report and the employee sees his gap change', async ({ page, request }) => {
  const login = async (username: string) =>
    ((await (await request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } })).json()) as TokenResponse);
  const emp = await login(DEMO.employee);
  const auth = { Authorization: `Bearer ${emp.accessToken}` };
  const before = (await (await request.get(`/api/v1/employees/${emp.user.employeeId}/gaps`, { headers: auth })).json()) as GapSummary;
  const first = before.rows[0];
  expect(first).toBeTruthy();
  // A level different from the current one: the requirement itself, or — when already there — one
  // above it (the top level: one below).
  const target = first.currentLevel !== first.requiredLevel ? first.requiredLevel : first.requiredLevel < 5 ? first.requiredLevel + 1 : 4;
  expect(target).not.toBe(first.currentLevel);

  await signIn(page, DEMO.supervisor);
  await page.goto('/team');
  await page.getByRole('link', { name: /Nilai Ayu Lestari/ }).click();
  await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}\/assess/);
  const picker = page.getByRole('radiogroup').first();
  await expect(picker).toHaveAttribute('aria-label', new RegExp(first.code.replace('.', '\\.')));
  await picker.focus();
  await page.keyboard.press(String(target));
  await page.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(page.getByText(/penilaian telah disimpan/)).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO.employee);
  await page.goto('/employees/me/competency');
  const row = page.getByRole('row', { name: new RegExp(first.name) }).first();
  await expect(row).toContainText(`L${target}`);

  const after = (await (await request.get(`/api/v1/employees/${emp.user.employeeId}/gaps`, { headers: auth })).json()) as GapSummary;
  const changed = after.rows.find((r) => r.competencyId === first.competencyId);
  expect(changed?.currentLevel).toBe(target);
  expect(changed?.gap).toBe(Math.max(0, first.requiredLevel - target));
});
