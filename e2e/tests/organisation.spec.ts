import { expect, test } from '@playwright/test';
import { choose, DEMO, signIn, signOut } from './support/ui';

// Foundation journey: HR creates a unit and an employee, finds him by NIP; an employee of another
// unit is refused the new employee's page.
test('HR officer creates a unit and an employee, finds him by NIP; a stranger is refused', async ({ page }) => {
  const suffix = Date.now().toString().slice(-3);
  const unitName = `Seksi Uji Coba ${suffix}`;
  // Valid NIP: born 1995-03-14, TMT CPNS 2020-02, female, sequence from the clock.
  const nip = `199503142020022${suffix}`.slice(0, 18);

  await signIn(page, DEMO.hr);
  await page.goto('/org/units');
  await page.getByText('Badan Kepegawaian Daerah', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Tambah subunit' }).last().click();
  const unitDialog = page.getByRole('dialog');
  await unitDialog.getByLabel('Nama').fill(unitName);
  await unitDialog.getByLabel('Kode').fill(`UJI-${suffix}`);
  await choose(page, 'Jenis unit', /Seksi/);
  await unitDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(unitDialog).toBeHidden();
  await expect(page.getByText(unitName).first()).toBeVisible();

  await page.goto('/employees');
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('NIP').fill(nip);
  await dialog.getByLabel('Nama', { exact: true }).fill('Rahmawati Uji Coba');
  await choose(page, 'Jenis pegawai', 'PNS');
  await choose(page, 'Golongan/pangkat', /III\/a/);
  await choose(page, 'Unit kerja', unitName);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/employees');
  await page.getByLabel('Cari nama atau NIP').fill(nip);
  const link = page.getByRole('link', { name: /Rahmawati Uji Coba/ }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/employees\/[0-9a-f-]{36}/);
  const detailUrl = page.url();
  await expect(page.getByText('Rahmawati Uji Coba').first()).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO.employee);
  await page.goto(detailUrl);
  await expect(page.getByText(/di luar cakupan akses Anda|di luar unit kerja yang Anda kelola/i).first()).toBeVisible();
  await expect(page.getByText('Rahmawati Uji Coba')).toHaveCount(0);
});
