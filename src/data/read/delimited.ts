// Delimited text (CSV, TSV, `;`) as people's spreadsheets write it. Apart from ../csv.ts (the dataset's own files,
// read strictly): csv.ts is in the widget's first bundle (its CSV export), and this is needed only with results.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads delimited text one record at a time, so that a caller can share the work out between tasks (the results
 * reader does, for files of 200,000 rows). Quoted fields may hold separators, doubled quotes and line breaks;
 * CRLF and a leading BOM are fine; blank lines are skipped.
 *
 * Written for files made by people's spreadsheets: a quote inside an unquoted field and text after a closing quote
 * are kept as text, as Excel reads them, and a quote that is never closed ends the reading (`unclosedAt` then holds
 * its line).
 */
export class CsvCursor {
  /** Position of the next character to read. */
  pos = 0;
  /** Physical line (1-based) of that character. */
  line = 1;
  /** Line of a quote never closed; 0 if none. */
  unclosedAt = 0;
  private readonly sep: number;

  constructor(
    readonly text: string,
    readonly separator = ',',
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
            const j = this.fieldEnd(i);
            out += text.slice(i, j);
            i = j;
          }
          value = out;
        } else {
          const j = this.fieldEnd(i);
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
