/**
 * RFC 4180 CSV parsing and writing. Our own because d3-dsv (Vega's loader) compiles row functions with
 * `new Function`, which a strict Content-Security-Policy forbids, and because type guessing would turn
 * unit codes such as "08" into numbers.
 */

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

/** What is wrong with the quoting of a CSV field. */
export type CsvProblem = 'unclosed_quote' | 'text_after_quote' | 'quote_in_field';

export class CsvSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
    readonly code?: CsvProblem,
  ) {
    super(`${file} line ${line}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads delimited text one record at a time, so that a caller can share the work out between tasks (the results
 * reader does, for files of 200,000 rows). Quoted fields may hold separators, doubled quotes and line breaks;
 * CRLF and a leading BOM are fine; blank lines are skipped.
 *
 * `strict` (the dataset's own files): a stray quote throws a {@link CsvSyntaxError}. Otherwise (files written by
 * people's spreadsheets) a quote inside an unquoted field and text after a closing quote are kept as text, as
 * Excel reads them, and a quote that is never closed ends the reading: `unclosedAt` then holds its line.
 */
export class CsvCursor {
  /** Position of the next character to read. */
  pos = 0;
  /** Physical line (1-based) of that character. */
  line = 1;
  /** Line of a quote never closed (lenient mode); 0 if none. */
  unclosedAt = 0;
  private readonly sep: number;

  constructor(
    readonly text: string,
    readonly separator = ',',
    readonly strict = true,
    readonly file = 'csv',
  ) {
    if (separator.length !== 1 || separator === '"' || separator === '\n' || separator === '\r')
      throw new Error(`bad csv separator: ${JSON.stringify(separator)}`);
    this.sep = separator.charCodeAt(0);
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next non-blank record with the line it starts on, or null at the end of the text. */
  next(): {cells: string[]; line: number} | null {
    const {text, sep} = this;
    const n = text.length;
    while (this.pos < n) {
      const start = this.line;
      const cells: string[] = [];
      let i = this.pos;
      for (;;) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          const quoteLine = this.line;
          let out = '';
          i++;
          for (;;) {
            const q = text.indexOf('"', i);
            if (q < 0) {
              if (this.strict)
                throw new CsvSyntaxError(
                  this.file,
                  quoteLine,
                  'a quoted field is never closed (missing ")',
                  'unclosed_quote',
                );
              this.unclosedAt = quoteLine;
              this.countLines(i, n);
              this.pos = n;
              return null;
            }
            this.countLines(i, q);
            out += text.slice(i, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              out += '"';
              i = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          const c = text.charCodeAt(i);
          if (i < n && c !== sep && c !== LF && c !== CR) {
            if (this.strict)
              throw new CsvSyntaxError(
                this.file,
                this.line,
                `unexpected text after a closing quote (expected ${this.separator === '\t' ? 'a tab' : this.separator} or end of line)`,
                'text_after_quote',
              );
            const j = this.fieldEnd(i);
            out += text.slice(i, j);
            i = j;
          }
          value = out;
        } else {
          const j = this.fieldEnd(i);
          if (this.strict) {
            const q = text.indexOf('"', i);
            if (q >= 0 && q < j)
              throw new CsvSyntaxError(
                this.file,
                this.line,
                'a quote inside an unquoted field (quote the whole field and double the ")',
                'quote_in_field',
              );
          }
          value = text.slice(i, j);
          i = j;
        }
        cells.push(value);
        const c = text.charCodeAt(i);
        if (c === sep && i < n) {
          i++;
          continue;
        }
        if (c === CR) i++;
        if (text.charCodeAt(i) === LF) i++;
        if (c === CR || c === LF) this.line++;
        break;
      }
      this.pos = i;
      // Skip blank lines (a lone empty cell), which spreadsheets leave at the end.
      if (!(cells.length === 1 && cells[0] === '')) return {cells, line: start};
    }
    return null;
  }

  /** End of an unquoted field starting at i: the next separator, line break or the end. */
  private fieldEnd(i: number): number {
    const {text, sep} = this;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === sep || c === LF || c === CR) break;
      i++;
    }
    return i;
  }

  private countLines(from: number, to: number): void {
    for (let k = this.text.indexOf('\n', from); k >= 0 && k < to; k = this.text.indexOf('\n', k + 1)) this.line++;
  }
}

/** Splits CSV text into rows of cells, each with the line it starts on. */
export function parseRows(text: string, file = 'csv'): {cells: string[]; line: number}[] {
  const rows: {cells: string[]; line: number}[] = [];
  const cursor = new CsvCursor(text, ',', true, file);
  for (let row = cursor.next(); row; row = cursor.next()) rows.push(row);
  return rows;
}

/** Parses CSV with a header row into records keyed by column name. */
export function parseCsv(text: string, file = 'csv'): CsvTable {
  const rows = parseRows(text, file);
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

function quoteCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows as RFC 4180 CSV (CRLF line ends), columns in the given order. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(quoteCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => quoteCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
