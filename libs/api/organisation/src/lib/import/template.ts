import { Workbook } from 'exceljs';
import { EMPLOYEE_IMPORT_COLUMNS } from '@kompeten/shared/contract';
import type { ImportColumn } from './row-validation';

export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  nip: '198609262015051001',
  nama: 'Ahmad Fauzi',
  gelar_depan: 'Dr.',
  gelar_belakang: 'S.E., M.Si.',
  jenis_kelamin: 'L',
  tanggal_lahir: '1986-09-26',
  tempat_lahir: 'Jakarta',
  golongan: 'III/c',
  jenis_pegawai: 'PNS',
  kode_unit: 'BKD.B1',
  kode_jabatan: 'BKD.B1.JF01',
  nip_atasan: '',
  email: 'ahmad.fauzi@jakarta.go.id',
  telepon: '081234567890',
};

const HELP: Record<ImportColumn, string> = {
  nip: '18 digit, tanpa spasi (wajib)',
  nama: 'Nama tanpa gelar (wajib)',
  gelar_depan: 'Mis. Dr., Ir.',
  gelar_belakang: 'Mis. S.E., M.Si.',
  jenis_kelamin: 'L atau P (wajib)',
  tanggal_lahir: 'YYYY-MM-DD atau DD-MM-YYYY; harus sama dengan digit 1–8 NIP (wajib)',
  tempat_lahir: '',
  golongan: 'PNS/CPNS: I/a–IV/e; PPPK: I–XVII (wajib)',
  jenis_pegawai: 'PNS, CPNS atau PPPK (wajib)',
  kode_unit: 'Kode unit kerja di Kompeten (wajib)',
  kode_jabatan: 'Kode jabatan di Kompeten',
  nip_atasan: 'NIP atasan langsung (sudah terdaftar atau ada di berkas ini)',
  email: '',
  telepon: '',
};

/** `;`-separated with a BOM so Indonesian-locale Excel opens it in columns and keeps UTF-8 names. */
export function csvTemplate(): Buffer {
  const line = (cells: string[]) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
  const text = [line([...EMPLOYEE_IMPORT_COLUMNS]), line(EMPLOYEE_IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c]))].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** NIP and date columns are text cells: as numbers Excel would round an 18-digit NIP. */
export async function xlsxTemplate(): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.columns = EMPLOYEE_IMPORT_COLUMNS.map((c) => ({ header: c, key: c, width: Math.max(14, c.length + 4), style: { numFmt: '@' } }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(EMPLOYEE_IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c]));
  const help = wb.addWorksheet('Petunjuk');
  help.columns = [{ header: 'kolom', key: 'k', width: 18 }, { header: 'keterangan', key: 'h', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const c of EMPLOYEE_IMPORT_COLUMNS) help.addRow([c, HELP[c]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
