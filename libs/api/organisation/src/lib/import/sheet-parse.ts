import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';

/** A sheet as text cells; row 0 is the header (spreadsheet row 1). */
export type Sheet = string[][];

/**
 * CSV as exported by spreadsheet programs: UTF-8 with or without BOM, `;` (Indonesian-locale Excel,
 * whose list separator is `;` because the decimal separator is `,`) or `,` — whichever the header uses more.
 */
export function parseCsv(buf: Buffer): Sheet {
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Cell value as the text a user sees; dates as YYYY-MM-DD (Excel stores them as UTC midnight). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v).trim();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text).trim();
  }
  return '';
}

export async function parseXlsx(buf: Buffer): Promise<Sheet> {
  const wb = new Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const width = ws.columnCount;
  const rows: Sheet = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}
