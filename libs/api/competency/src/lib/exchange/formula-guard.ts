/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with = + - @ TAB or CR is run as
 * a formula by Excel/LibreOffice when the exported file is opened. A leading apostrophe makes it
 * text. Import removes exactly that apostrophe again, so an export → import round trip is lossless.
 */
const TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}

export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && TRIGGER.test(value.slice(1)) ? value.slice(1) : value;
}
