import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';

/** A sheet as text cells; row 0 is the header (spreadsheet row 1). */
export type Sheet = string[][];

/**
 * CSV as spreadsheet programs save it: UTF-8 with or without BOM, `;` (Indonesian-locale Excel,
 * whose list separator is `;` because `,` is the decimal separator) or `,` — whichever the header
 * uses more. Throws on malformed CSV (unclosed quotes); the caller turns that into a 400.
 */
export function readCsv(buf: Buffer): Sheet {
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
}

const csvCell = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** RFC 4180 CSV with a BOM, so Excel opens the UTF-8 text (Indonesian names, "–") correctly. */
export function writeCsv(rows: Sheet): Buffer {
  return Buffer.from(`\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v).trim();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text).trim();
  }
  return '';
}

/** First worksheet as text. Throws on a file that is not an XLSX workbook. */
export async function readXlsx(buf: Buffer): Promise<Sheet> {
  const wb = new Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: Sheet = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

export interface XlsxLayout {
  sheetName: string;
  /** Column widths in characters, by header. */
  widths: Record<string, number>;
  /** Columns written as numbers when the text is an integer. */
  numeric: string[];
}

export async function writeXlsx(rows: Sheet, layout: XlsxLayout): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Kompeten';
  const ws = wb.addWorksheet(layout.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...data] = rows;
  ws.columns = header.map((h) => ({ header: h, key: h, width: layout.widths[h] ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const r of data) {
    ws.addRow(r.map((v, i) => (layout.numeric.includes(header[i]) && /^\d+$/.test(v) ? Number(v) : v)));
  }
  ws.eachRow((row, n) => { if (n > 1) row.alignment = { vertical: 'top', wrapText: true }; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
