/**
 * One CSV cell as the package writes it (RFC 4180 quoting), made safe to open in a spreadsheet. A text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
 * (`=HYPERLINK(…)` runs when the file is opened); as OWASP's "CSV Injection" advice says, it gets a leading `'`, which
 * those programs show as text. A number stays a number: a JavaScript number, or text that is a plain decimal number
 * (`-3`, `+2,5`, `-12.5%`), is written as it is; so is a lone `=` or `-` (the dataset's comparator `=`, a dash for
 * "none"), which has nothing to run, so that the dataset's own CSV files read back as they were written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?%?$/;

export function csvCell(v: unknown, separator: ',' | ';' = ','): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v !== 'number' && s.length > 1 && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return quoteOnly(s, separator);
}

/** One CSV cell with RFC 4180 quoting only, as it is (for files that only programs read). */
export function quoteOnly(v: unknown, separator: ',' | ';' = ','): string {
  const s = v === null || v === undefined ? '' : String(v);
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
