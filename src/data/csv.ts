/**
 * RFC 4180 CSV parsing and writing. Our own because d3-dsv (Vega's loader) compiles row functions with
 * `new Function`, which a strict Content-Security-Policy forbids, and because type guessing would turn
 * unit codes such as "08" into numbers.
 */
import {csvCell, quoteOnly} from './csv-cell.js';

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  /** Cells by column name. */
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file} line ${line}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into rows of cells, each with the line it starts on. */
export function parseRows(text: string, file = 'csv', separator: ',' | ';' = ','): {cells: string[]; line: number}[] {
  const rows: {cells: string[]; line: number}[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(file, quoteLine, 'a quoted field is never closed (missing ")');
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          value += ch;
          i++;
        }
        if (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          throw new CsvSyntaxError(
            file,
            line,
            `unexpected text after a closing quote (expected ${separator} or end of line)`,
          );
        }
      } else {
        while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"')
            throw new CsvSyntaxError(
              file,
              line,
              'a quote inside an unquoted field (quote the whole field and double the ")',
            );
          value += text[i++];
        }
      }
      cells.push(value);
      if (text[i] === separator) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    // Skip blank lines (a lone empty cell), which spreadsheets leave at the end.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({cells, line: start});
  }
  return rows;
}

/** Parses CSV with a header row into records keyed by column name (`;`-separated with `separator: ';'`). */
export function parseCsv(text: string, file = 'csv', separator: ',' | ';' = ','): CsvTable {
  const rows = parseRows(text, file, separator);
  if (rows.length === 0) throw new CsvSyntaxError(file, 1, 'the file is empty (expected a header row)');
  const header = rows[0].cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new CsvSyntaxError(file, 1, 'the header has an empty column name');
    if (seen.has(h)) throw new CsvSyntaxError(file, 1, `the header names column "${h}" twice`);
    seen.add(h);
  }
  const records = rows.slice(1).map(({cells, line}) => {
    if (cells.length !== header.length) {
      throw new CsvSyntaxError(file, line, `${cells.length} fields, expected ${header.length} (as in the header)`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => (values[h] = cells[k]));
    return {line, values};
  });
  return {header, records};
}

/**
 * Writes rows as RFC 4180 CSV (CRLF line ends), columns in the given order. A file for people to open: text that a
 * spreadsheet would run as a formula gets a leading `'` (csv-cell.ts). `formulas: 'keep'` writes every cell as it
 * is, for files only programs read (the dataset's own tables, which must read back byte for byte). `separator: ';'`
 * writes what a spreadsheet with a decimal comma (Vietnamese settings) reads in columns.
 */
export function toCsv(
  columns: string[],
  rows: Record<string, unknown>[],
  options: {formulas?: 'quote' | 'keep'; separator?: ',' | ';'} = {},
): string {
  const sep = options.separator ?? ',';
  const write = options.formulas === 'keep' ? quoteOnly : csvCell;
  const cell = (v: unknown) => write(v, sep);
  const lines = [columns.map(cell).join(sep)];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(sep));
  return lines.join('\r\n') + '\r\n';
}
