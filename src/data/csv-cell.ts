/**
 * One CSV cell as the package writes it (RFC 4180 quoting), made safe to open in a spreadsheet. A text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
 * (`=HYPERLINK(…)` runs when the file is opened); as OWASP's "CSV Injection" advice says, it gets a leading `'`, which
 * those programs show as text. A number stays a number: a JavaScript number, or text that is a plain decimal number
 * (`-3`, `+2,5`, `-12.5%`), is written as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?%?$/;

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v !== 'number' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
