/**
 * The front of the one table reader (src/data/read/table.ts; its kinds: results, src/data/results-input.ts, and a
 * page's targets, src/data/targets/input.ts):
 * from bytes, text or a workbook to the rows of a table and its header, or to the one problem that stops a file
 * before any row is read (not UTF-8, empty, HTML, a JSON syntax error, no header, a column named twice, a CSV opened
 * in Excel in one column). What a header is, each reader says (`TableColumns`); what a row means, each reader checks.
 */
import {CsvCursor} from './delimited.js';
import {isEmptyCell, type Cell, type RawRow} from './cells.js';
import {
  decodeText,
  isHtml,
  legacyBytes,
  legacyLetters,
  looksWindows1258,
  sniffBytes,
  type TextEncoding,
} from './decode.js';
import type {FileIssueCode} from './issues.js';
import {Clock, nextTask, runSliced, type Work} from './slice.js';
import {detectSeparator, jsonErrorAt, type Separator} from './text.js';
import type {WorkbookRead} from './xlsx.js';

/** What a reader knows of its own header. */
export interface TableColumns<H extends {index: number}> {
  /** The columns a row names, or null when it lacks those needed. */
  headerOf: (cells: Cell[]) => object | null;
  /** The header among the first rows, or null. */
  findHeader: (rows: RawRow[]) => H | null;
  /** A column named twice among those that may appear once, or null. */
  duplicateColumn: (cells: Cell[]) => string | null;
  /** What a row that is not a header lacks: the columns, and the `expected` of the message. */
  missing: (cells: Cell[]) => {column: string; expected: string};
}

/** How the file was read, as far as the front goes. */
export interface TableInfo {
  format: 'csv' | 'tsv' | 'xlsx' | 'json';
  encoding: TextEncoding | null;
  separator: Separator | null;
  sheet?: string;
  sheets?: string[];
}

/** The one problem of a whole file: its issue's fields, and what was known of the file. */
export interface FileProblem {
  kind: 'csv' | 'xlsx';
  code: FileIssueCode;
  value: string;
  info: Partial<TableInfo> & Pick<TableInfo, 'format'>;
  line?: number;
  column?: string;
  expected?: string;
  cell?: string;
}

export type Located<H> =
  | {problem: FileProblem}
  /** Text that is JSON: the reader's own JSON path takes it. */
  | {json: unknown}
  /** A table: its rows (the header's among them, at `header.index`) and, for text, an unclosed quote's line. */
  | {rows: RawRow[]; header: H; info: TableInfo; unclosedAt: number | null};

const problem = (p: FileProblem): {problem: FileProblem} => ({problem: p});

/** Decoded bytes, then as text; bytes that are not text in a known encoding are the problem. */
export function* locateBytes<H extends {index: number}>(
  bytes: Uint8Array,
  encoding: TextEncoding,
  columns: TableColumns<H>,
  separator: Separator | undefined,
  clock: Clock,
  progress: (s: number) => void,
): Work<Located<H>> {
  let text = yield* decodeText(bytes, encoding, clock);
  // UTF-8 for its first 64 kB (see sniffBytes), then Windows-1258's letters.
  if (text === null && encoding === 'utf-8' && looksWindows1258(bytes)) {
    encoding = 'windows-1258';
    text = yield* decodeText(bytes, encoding, clock);
  }
  if (text === null)
    return encoding.startsWith('utf-16')
      ? problem({kind: 'csv', code: 'unsupported_file', value: 'binary', info: {format: 'csv', encoding}})
      : problem({kind: 'csv', code: 'legacy_encoding', value: legacyBytes(bytes), info: {format: 'csv'}});
  return yield* locateText(text, encoding, columns, separator, clock, progress);
}

/**
 * Text: JSON when it starts as JSON, otherwise delimited (the separator detected, or given), its rows read in slices
 * (progress 0-0.4) until the header is found among the first rows.
 */
export function* locateText<H extends {index: number}>(
  raw: string,
  encoding: TextEncoding | null,
  columns: TableColumns<H>,
  given: Separator | undefined,
  clock: Clock,
  progress: (s: number) => void,
): Work<Located<H>> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const base = {encoding};
  if (!text.trim()) return problem({kind: 'csv', code: 'empty', value: '', info: {...base, format: 'csv'}});
  const legacy = legacyLetters(text);
  if (legacy) return problem({kind: 'csv', code: 'legacy_encoding', value: legacy, info: {...base, format: 'csv'}});
  if (isHtml(text))
    return problem({kind: 'csv', code: 'unsupported_file', value: 'html', info: {...base, format: 'csv'}});
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') {
    try {
      return {json: JSON.parse(text)};
    } catch (e) {
      const {line, near} = jsonErrorAt(text, e as Error);
      // A line of the text, not an item: counted as lines are ('csv').
      return problem({kind: 'csv', code: 'json_syntax', value: near, info: {...base, format: 'json'}, line});
    }
  }
  const score = (cells: Cell[]) => {
    const h = columns.headerOf(cells);
    return h ? Object.keys(h).length : 0;
  };
  const {separator, skip, header, other} = detectSeparator(text, score, given);
  const info: TableInfo = {...base, format: separator === '\t' ? 'tsv' : 'csv', separator};
  const cursor = new CsvCursor(text, separator);
  if (skip) cursor.next();
  const rows: RawRow[] = [];
  for (let row = cursor.next(); row; row = cursor.next()) {
    rows.push(row);
    if (clock.due()) {
      progress((0.4 * cursor.pos) / text.length);
      yield;
    }
  }
  const first = rows.find((r) => !r.cells.every(isEmptyCell));
  if (!first) {
    if (cursor.unclosedAt)
      return problem({kind: 'csv', code: 'unclosed_quote', value: '', info, line: cursor.unclosedAt});
    return problem({kind: 'csv', code: 'empty', value: '', info});
  }
  if (!header && other)
    return problem({kind: 'csv', code: 'wrong_separator', value: other, info, line: first.line, expected: separator});
  const found = header ? columns.findHeader(rows) : null;
  if (!found) return missing(columns, 'csv', first, info);
  const twice = columns.duplicateColumn(rows[found.index].cells);
  if (twice)
    return problem({
      kind: 'csv',
      code: 'duplicate_column',
      value: '',
      info,
      line: rows[found.index].line,
      column: twice,
    });
  return {rows, header: found, info, unclosedAt: cursor.unclosedAt || null};
}

/** A workbook's sheet: its header, or why not (a CSV opened in Excel stands in column A). */
export function locateWorkbook<H extends {index: number}>(book: WorkbookRead, columns: TableColumns<H>): Located<H> {
  if (!book.ok)
    return problem({kind: 'xlsx', code: book.code, value: book.value, info: {format: 'xlsx'}, expected: book.expected});
  const info: TableInfo = {format: 'xlsx', encoding: null, separator: null, sheet: book.sheet, sheets: book.sheets};
  const rows = book.rows;
  const first = rows.find((r) => !r.cells.every(isEmptyCell));
  if (!first) return problem({kind: 'xlsx', code: 'empty', value: '', info});
  const found = columns.findHeader(rows);
  if (!found) {
    // A CSV file opened in Excel without splitting its columns: each line stands in column A.
    const a1 = first.cells[0];
    if (first.cells.filter((c) => !isEmptyCell(c)).length === 1 && typeof a1 === 'string') {
      const sep = [';', ',', '\t', '|'].find((s) => a1.includes(s) && columns.headerOf(a1.split(s)));
      if (sep)
        return problem({
          kind: 'xlsx',
          code: 'one_column',
          value: a1.length > 60 ? `${a1.slice(0, 57)}…` : a1,
          info,
          line: first.line,
          cell: `A${first.line}`,
          expected: sep,
        });
    }
    return missing(columns, 'xlsx', first, info);
  }
  const twice = columns.duplicateColumn(rows[found.index].cells);
  if (twice)
    return problem({
      kind: 'xlsx',
      code: 'duplicate_column',
      value: '',
      info,
      line: rows[found.index].line,
      column: twice,
    });
  return {rows, header: found, info, unclosedAt: null};
}

function missing<H extends {index: number}>(
  columns: TableColumns<H>,
  kind: FileProblem['kind'],
  first: RawRow,
  info: TableInfo,
): {problem: FileProblem} {
  return problem({kind, code: 'missing_column', value: '', info, line: first.line, ...columns.missing(first.cells)});
}

/** How a reader shares its work out between tasks: the options both readers take, and what they make of them. */
export interface SliceOptions {
  /** Called between slices of work with the share done (0-1). */
  onProgress?: (share: number) => void;
  /**
   * Awaited between slices of work, so that a large file never holds the main thread for long; default: the next
   * task (`scheduler.yield()`, setImmediate or a MessageChannel message).
   */
  yieldEvery?: () => Promise<void>;
  /** How long a slice runs before yielding, in ms; default 25 (a long task is one over 50 ms). */
  sliceMs?: number;
}

/** A clock, the progress a reader's work reports, and the pause that reports it and yields. */
export function slicing(options: SliceOptions): {
  clock: Clock;
  progress: (s: number) => void;
  pause: () => Promise<void>;
} {
  let share = 0;
  return {
    clock: new Clock(options.sliceMs ?? 25),
    progress: (s) => (share = s),
    pause: async () => {
      options.onProgress?.(share);
      await (options.yieldEvery ?? nextTask)();
    },
  };
}

/**
 * A file's bytes, located in slices: a workbook (its reader loaded now, on demand) or text in the encoding its bytes
 * show; bytes of neither kind are the problem. `encoding` is the text's, for a reader's JSON path.
 */
export async function locateFile<H extends {index: number}>(
  input: ArrayBuffer | ArrayBufferView,
  columns: TableColumns<H>,
  o: {sheet?: string; separator?: Separator},
  s: ReturnType<typeof slicing>,
): Promise<{located: Located<H>; encoding: TextEncoding | null}> {
  const bytes =
    input instanceof ArrayBuffer
      ? new Uint8Array(input)
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const sniffed = sniffBytes(bytes);
  if (sniffed.kind === 'xlsx') {
    const {readWorkbook} = await import('./xlsx.js');
    const book = await runSliced(readWorkbook(bytes, o.sheet, s.clock), s.clock, s.pause);
    return {located: locateWorkbook(book, columns), encoding: null};
  }
  if (sniffed.kind === 'text') {
    const work = locateBytes(bytes, sniffed.encoding, columns, o.separator, s.clock, s.progress);
    return {located: await runSliced(work, s.clock, s.pause), encoding: sniffed.encoding};
  }
  const [code, value]: [FileIssueCode, string] =
    sniffed.kind === 'legacy'
      ? ['legacy_encoding', sniffed.value]
      : sniffed.kind === 'unsupported'
        ? ['unsupported_file', sniffed.value]
        : ['empty', ''];
  return {located: problem({kind: 'csv', code, value, info: {format: 'csv'}}), encoding: null};
}
