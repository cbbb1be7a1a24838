/**
 * Results supplied by the page that embeds the widget: one reader for the `results` attribute (a URL), the
 * property (an array), the inline `<script type="application/json">`, and the builder's paste and upload.
 *
 * It takes CSV and TSV (the separator `,` `;` or tab detected), UTF-8 with or without BOM and UTF-16 with BOM
 * (Excel's "Unicode Text"), `.xlsx` workbooks (the first sheet, or the one named), JSON, and arrays of objects,
 * and tells them apart by their bytes, never by a file name. It keeps the good rows and lists the bad ones, each
 * with its line (or item) and column; a file it cannot read at all gives no rows and one issue saying why.
 * No zod and no DOM here: this runs in the widget, whose bundle stays small and CSP-safe, and in Node.
 */
import {CsvCursor} from './read/delimited.js';
import type {ResultLike} from './queries.js';
import {isEmptyCell, type Cell, type RawRow} from './read/cells.js';
import {decodeText, isHtml, legacyBytes, legacyLetters, sniffBytes, type TextEncoding} from './read/decode.js';
import type {ResultIssue, ResultIssueCode} from './read/issues.js';
import {localToday, type DecimalMark} from './read/numbers.js';
import {Clock, nextTask, runSliced, runSync, type Work} from './read/slice.js';
import {detectSeparator, jsonErrorAt, type Separator} from './read/text.js';
import {
  checkRows,
  duplicateColumn,
  findHeader,
  headerOf,
  missingColumns,
  RESULT_COLUMNS,
  type Checked,
  type Header,
  type ReaderDataset,
} from './read/table.js';
import type {WorkbookRead} from './read/xlsx.js';

export {RESULT_COLUMNS, MAX_VALUE, type ReaderDataset} from './read/table.js';
export {FILE_ISSUES, type ResultIssue, type ResultIssueCode} from './read/issues.js';
export {
  fetchResults,
  ResultsFetchError,
  MAX_RESULTS_BYTES,
  RESULTS_TIMEOUT_MS,
  type FetchedResults,
  type FetchResultsOptions,
  type ResultsFetchErrorCode,
} from './read/fetch.js';

export type {Separator};

/** What the reader accepts: a file's bytes, its text, or rows already parsed (an array, or {"results": [...]}). */
export type ResultsInput = Uint8Array | ArrayBuffer | string | unknown[] | {results: unknown[]};

export interface ReadResultsOptions {
  /** The file's name in messages ("results.csv"); default "results". */
  file?: string;
  /** Workbooks: the sheet to read (the URL fragment of `results.xlsx#Sheet2`); default the first visible one. */
  sheet?: string;
  /** Unit ids or slugs the chart shows: a result for a target of another unit is reported (`other_unit`). */
  units?: string[];
  /** Today as YYYY-MM-DD (a date more than a year after it is reported); default the local date. */
  today?: string;
  /** Delimited text: the separator to use instead of detecting it (a header that fits another one is reported). */
  separator?: Separator;
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

export interface ReadResultsInfo {
  format: 'csv' | 'tsv' | 'xlsx' | 'json';
  /** Text decoded from bytes; null for a string, an array or a workbook. */
  encoding: TextEncoding | null;
  /** Delimited text: the separator found (or given). */
  separator: Separator | null;
  /** The decimal mark the file's values were read with; null if none was needed or none could be told. */
  decimal: DecimalMark | null;
  /** Workbooks: the sheet read. */
  sheet?: string;
  /** Workbooks: every sheet, in order. */
  sheets?: string[];
  /** Data rows (or items) read, blank ones not counted. */
  total: number;
  /** Rows left empty (a template's targets without a value or date): not results, not issues. */
  empty: number;
}

export interface ReadResultsOutput {
  /** The good rows, in file order. */
  rows: ResultLike[];
  /** Every problem, in file order. A problem of the whole file comes alone, with no rows. */
  issues: ResultIssue[];
  info: ReadResultsInfo;
}

interface Resolved {
  file: string;
  sheet?: string;
  units?: string[];
  today: string;
  separator?: Separator;
}

const resolve = (o: ReadResultsOptions): Resolved => ({
  file: o.file ?? 'results',
  sheet: o.sheet,
  units: o.units,
  today: o.today ?? localToday(),
  separator: o.separator,
});

/**
 * Reads results and checks them against the dataset: good rows are returned, bad ones are issues. Never rejects
 * for a bad file (only for a programming error); work is shared out between tasks (see `yieldEvery`).
 *
 * @example
 *   const {rows, issues} = await readResults(bytes, ds, {file: 'ket-qua.xlsx', units: ['51']});
 */
export async function readResults(
  input: ResultsInput,
  ds: ReaderDataset,
  options: ReadResultsOptions = {},
): Promise<ReadResultsOutput> {
  const o = resolve(options);
  const clock = new Clock(options.sliceMs ?? 25);
  let share = 0;
  const progress = (s: number) => (share = s);
  const pause = async () => {
    options.onProgress?.(share);
    await (options.yieldEvery ?? nextTask)();
  };
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const bytes =
      input instanceof ArrayBuffer
        ? new Uint8Array(input)
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const sniffed = sniffBytes(bytes);
    if (sniffed.kind === 'xlsx') {
      const {readWorkbook} = await import('./read/xlsx.js');
      const book = await runSliced(readWorkbook(bytes, o.sheet, clock), clock, pause);
      const out = await runSliced(fromWorkbook(book, ds, o, clock, progress), clock, pause);
      options.onProgress?.(1);
      return out;
    }
    if (sniffed.kind !== 'text') {
      const fail: Record<string, [ResultIssueCode, string]> = {
        legacy: ['legacy_encoding', sniffed.kind === 'legacy' ? sniffed.value : ''],
        unsupported: ['unsupported_file', sniffed.kind === 'unsupported' ? sniffed.value : ''],
        empty: ['empty', ''],
      };
      const [code, value] = fail[sniffed.kind];
      return failed(o.file, 'csv', code, value, {format: 'csv', encoding: null});
    }
    const out = await runSliced(fromBytes(bytes, sniffed.encoding, ds, o, clock, progress), clock, pause);
    options.onProgress?.(1);
    return out;
  }
  const out = await runSliced(fromValue(input, ds, o, clock, progress), clock, pause);
  options.onProgress?.(1);
  return out;
}

/**
 * The same reading in one go, for text and parsed rows (not workbooks, whose reader is loaded on demand): for
 * Node tools and tests. The widget and the builder use {@link readResults}.
 */
export function readResultsSync(
  input: string | unknown[] | {results: unknown[]},
  ds: ReaderDataset,
  options: Omit<ReadResultsOptions, 'onProgress' | 'yieldEvery' | 'sliceMs'> = {},
): ReadResultsOutput {
  return runSync(fromValue(input, ds, resolve(options), new Clock(), () => {}));
}

/** Results as the objects the builder writes into a snippet (and the widget reads back the same). */
export function resultsToInline(rows: ResultLike[]): Record<string, string | number>[] {
  return rows.map((r) => {
    const o: Record<string, string | number> = {target_id: r.target_id!, value: r.value};
    if (r.as_of) o.as_of = r.as_of;
    if (r.source_title) o.source_title = r.source_title;
    if (r.source_url) o.source_url = r.source_url;
    if (r.notes) o.note = r.notes;
    return o;
  });
}

function failed(
  file: string,
  kind: ResultIssue['kind'],
  code: ResultIssueCode,
  value: string,
  info: Partial<ReadResultsInfo> & Pick<ReadResultsInfo, 'format'>,
  extra: {line?: number; column?: string; expected?: string; cell?: string} = {},
): ReadResultsOutput {
  const issue: ResultIssue = {
    file,
    line: extra.line ?? 0,
    kind,
    column: extra.column ?? '',
    code,
    value,
    expected: extra.expected ?? '',
  };
  if (extra.cell) issue.cell = extra.cell;
  return {
    rows: [],
    issues: [issue],
    info: {encoding: null, separator: null, decimal: null, total: 0, empty: 0, ...info},
  };
}

function* fromValue(
  input: string | unknown[] | {results: unknown[]},
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  if (typeof input === 'string') return yield* fromText(input, null, ds, o, clock, progress);
  return yield* fromJson(input, ds, o, clock, progress);
}

function* fromBytes(
  bytes: Uint8Array,
  encoding: TextEncoding,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  const text = yield* decodeText(bytes, encoding, clock);
  if (text === null)
    return encoding.startsWith('utf-16')
      ? failed(o.file, 'csv', 'unsupported_file', 'binary', {format: 'csv', encoding})
      : failed(o.file, 'csv', 'legacy_encoding', legacyBytes(bytes), {format: 'csv', encoding: null});
  return yield* fromText(text, encoding, ds, o, clock, progress);
}

function* fromText(
  raw: string,
  encoding: TextEncoding | null,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const base = {encoding};
  if (!text.trim()) return failed(o.file, 'csv', 'empty', '', {...base, format: 'csv'});
  const legacy = legacyLetters(text);
  if (legacy) return failed(o.file, 'csv', 'legacy_encoding', legacy, {...base, format: 'csv'});
  if (isHtml(text)) return failed(o.file, 'csv', 'unsupported_file', 'html', {...base, format: 'csv'});
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const {line, near} = jsonErrorAt(text, e as Error);
      // A line of the text, not an item: counted as lines are ('csv').
      return failed(o.file, 'csv', 'json_syntax', near, {...base, format: 'json'}, {line});
    }
    const out = yield* fromJson(json, ds, o, clock, progress);
    out.info.encoding = encoding;
    return out;
  }

  const {separator, skip, header, other} = detectSeparator(text, resultsHeaderScore, o.separator);
  const format = separator === '\t' ? 'tsv' : 'csv';
  const info = {...base, format, separator} as const;
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
    if (cursor.unclosedAt) return failed(o.file, 'csv', 'unclosed_quote', '', info, {line: cursor.unclosedAt});
    return failed(o.file, 'csv', 'empty', '', info);
  }
  if (!header) {
    if (other) return failed(o.file, 'csv', 'wrong_separator', other, info, {line: first.line, expected: separator});
    return missing(o.file, 'csv', first, info);
  }
  const found = findHeader(rows);
  if (!found) return missing(o.file, 'csv', first, info);
  const twice = duplicateColumn(rows[found.index].cells);
  if (twice) return failed(o.file, 'csv', 'duplicate_column', '', info, {line: rows[found.index].line, column: twice});
  const checked = yield* checkRows(
    rows,
    found,
    ds,
    {
      file: o.file,
      kind: 'csv',
      units: o.units,
      today: o.today,
      decimalFallback: separator === ';' ? ',' : null,
      countCells: true,
    },
    clock,
    (s) => progress(0.4 + 0.6 * s),
  );
  if (cursor.unclosedAt)
    checked.issues.push({
      file: o.file,
      line: cursor.unclosedAt,
      kind: 'csv',
      column: '',
      code: 'unclosed_quote',
      value: '',
      expected: '',
    });
  return output(checked, info);
}

/** A results header: how many known columns it names, 0 when it lacks those needed. */
const resultsHeaderScore = (cells: Cell[]) => {
  const h = headerOf(cells);
  return h ? Object.keys(h).length : 0;
};

function output(checked: Checked, info: Omit<ReadResultsInfo, 'decimal' | 'total' | 'empty'>): ReadResultsOutput {
  return {
    rows: checked.rows,
    issues: checked.issues,
    info: {...info, decimal: checked.decimal, total: checked.total, empty: checked.empty},
  };
}

function missing(
  file: string,
  kind: ResultIssue['kind'],
  first: RawRow,
  info: Partial<ReadResultsInfo> & Pick<ReadResultsInfo, 'format'>,
): ReadResultsOutput {
  return failed(file, kind, 'missing_column', '', info, {
    line: first.line,
    column: missingColumns(first.cells).join(', '),
    expected: 'target_id|unit_id+indicator_id|value',
  });
}

function* fromJson(
  json: unknown,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as {results?: unknown}).results)
      ? (json as {results: unknown[]}).results
      : null;
  const info = {format: 'json', encoding: null, separator: null} as const;
  if (!list) return failed(o.file, 'json', 'not_array', '', info);
  // Items as rows under a header of the known columns.
  const columns = RESULT_COLUMNS as readonly string[];
  const header: Header = {
    index: 0,
    columns: Object.fromEntries(columns.map((c, k) => [c, k])),
    width: columns.length,
  };
  const notObjects: ResultIssue[] = [];
  const rows: RawRow[] = [{line: 0, cells: [...columns]}];
  for (let k = 0; k < list.length; k++) {
    if (clock.due()) yield;
    const item = list[k];
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      notObjects.push({
        file: o.file,
        line: k + 1,
        kind: 'json',
        column: '',
        code: 'not_object',
        value: JSON.stringify(item ?? null).slice(0, 40),
        expected: '',
      });
      continue;
    }
    const r = item as Record<string, unknown>;
    const get = (c: string) => (c === 'note' && r.note === undefined ? r.notes : r[c]);
    rows.push({line: k + 1, cells: columns.map((c) => jsonCell(get(c)))});
  }
  const checked = yield* checkRows(
    rows,
    header,
    ds,
    {file: o.file, kind: 'json', units: o.units, today: o.today},
    clock,
    progress,
  );
  checked.issues = mergeByLine(checked.issues, notObjects);
  checked.total += notObjects.length;
  return output(checked, info);
}

function jsonCell(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return {num: v, format: 'number'};
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function mergeByLine(a: ResultIssue[], b: ResultIssue[]): ResultIssue[] {
  return b.length ? [...a, ...b].sort((x, y) => x.line - y.line) : a;
}

function* fromWorkbook(
  book: WorkbookRead,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  if (!book.ok) return failed(o.file, 'xlsx', book.code, book.value, {format: 'xlsx'}, {expected: book.expected});
  const info = {format: 'xlsx', encoding: null, separator: null, sheet: book.sheet, sheets: book.sheets} as const;
  const rows = book.rows;
  const first = rows.find((r) => !r.cells.every(isEmptyCell));
  if (!first) return failed(o.file, 'xlsx', 'empty', '', info);
  const found = findHeader(rows);
  if (!found) {
    // A CSV file opened in Excel without splitting its columns: each line stands in column A.
    const a1 = first.cells[0];
    const filled = first.cells.filter((c) => !isEmptyCell(c)).length;
    if (filled === 1 && typeof a1 === 'string') {
      const sep = [';', ',', '\t', '|'].find((s) => a1.includes(s) && headerOf(a1.split(s)));
      if (sep)
        return failed(o.file, 'xlsx', 'one_column', a1.length > 60 ? `${a1.slice(0, 57)}…` : a1, info, {
          line: first.line,
          cell: `A${first.line}`,
          expected: sep,
        });
    }
    return missing(o.file, 'xlsx', first, info);
  }
  const twice = duplicateColumn(rows[found.index].cells);
  if (twice) return failed(o.file, 'xlsx', 'duplicate_column', '', info, {line: rows[found.index].line, column: twice});
  const checked = yield* checkRows(
    rows,
    found,
    ds,
    {file: o.file, kind: 'xlsx', units: o.units, today: o.today},
    clock,
    progress,
  );
  return output(checked, info);
}
