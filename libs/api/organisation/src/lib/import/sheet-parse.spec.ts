import { Workbook } from 'exceljs';
import { cellText, parseCsv, parseXlsx } from './sheet-parse';

describe('sheet parsing', () => {
  it('detects ; or , and strips the BOM', () => {
    expect(parseCsv(Buffer.from('\uFEFFnip;nama\n1;"Siti; S.E."\n'))).toEqual([['nip', 'nama'], ['1', 'Siti; S.E.']]);
    expect(parseCsv(Buffer.from('nip,nama\r\n1,"Dr. Budi, M.Si."\r\n'))).toEqual([['nip', 'nama'], ['1', 'Dr. Budi, M.Si.']]);
  });

  it('reads XLSX cells as text: dates as YYYY-MM-DD, long numbers without exponent, rich text', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['nip', 'tanggal_lahir', 'nama']);
    ws.addRow(['198609262015051001', new Date(Date.UTC(1986, 8, 26)), { richText: [{ text: 'Siti ' }, { text: 'Aminah' }] }]);
    const sheet = await parseXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet).toEqual([['nip', 'tanggal_lahir', 'nama'], ['198609262015051001', '1986-09-26', 'Siti Aminah']]);
    expect(cellText(12345)).toBe('12345');
    expect(cellText(null)).toBe('');
  });
});
