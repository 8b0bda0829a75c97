import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Kompeten#2026';
/** Demo accounts (docs/demo-accounts.md): fixed NIPs, the same on every run. */
export const DEMO = {
  hr: '198503122010012003',
  hrKesehatan: '198207152009031004',
  supervisor: '197604182002121001',
  employee: '199308242019032011',
};

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('NIP atau nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.clear());
}

/** Picks an option of a mat-select by its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  // Opened from the keyboard, as a keyboard user would (the floating label covers an empty trigger).
  const box = page.getByRole('combobox', { name: label });
  await box.focus();
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await listbox.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).first().click();
  await expect(listbox).toBeHidden();
}
