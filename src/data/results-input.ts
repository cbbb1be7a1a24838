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
import type {ResultLike} from './queries.js';
import {jsonCell, type RawRow} from './read/cells.js';
import type {TextEncoding} from './read/decode.js';
import {locateFile, locateText, slicing, type Located, type SliceOptions, type TableColumns} from './read/locate.js';
import type {ResultIssue, ResultIssueCode} from './read/issues.js';
import {localToday, type DecimalMark} from './read/numbers.js';
import {Clock, runSliced, runSync, type Work} from './read/slice.js';
import type {Separator} from './read/text.js';
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

export interface ReadResultsOptions extends SliceOptions {
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
  const s = slicing(options);
  const work =
    input instanceof ArrayBuffer || ArrayBuffer.isView(input)
      ? await locateFile(input, RESULTS_TABLE, o, s).then(({located, encoding}) =>
          fromLocated(located, encoding, ds, o, s.clock, s.progress),
        )
      : fromValue(input, ds, o, s.clock, s.progress);
  const out = await runSliced(work, s.clock, s.pause);
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

function* fromText(
  raw: string,
  encoding: TextEncoding | null,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  const at = yield* locateText(raw, encoding, RESULTS_TABLE, o.separator, clock, progress);
  return yield* fromLocated(at, encoding, ds, o, clock, progress);
}

/** What a results header is, for the front the two readers share (src/data/read/locate.ts). */
const RESULTS_TABLE: TableColumns<Header> = {
  headerOf,
  findHeader: (rows) => findHeader(rows),
  duplicateColumn,
  missing: (cells) => ({column: missingColumns(cells).join(', '), expected: 'target_id|unit_id+indicator_id|value'}),
};

/** A located file: its one problem, its JSON, or its table's rows checked (text: progress 0.4-1). */
function* fromLocated(
  at: Located<Header>,
  encoding: TextEncoding | null,
  ds: ReaderDataset,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadResultsOutput> {
  if ('problem' in at) {
    const {kind, code, value, info, ...extra} = at.problem;
    return failed(o.file, kind, code, value, info, extra);
  }
  if ('json' in at) {
    const out = yield* fromJson(at.json, ds, o, clock, progress);
    out.info.encoding = encoding;
    return out;
  }
  const {rows, header, info, unclosedAt} = at;
  if (info.format === 'xlsx') {
    const checked = yield* checkRows(
      rows,
      header,
      ds,
      {file: o.file, kind: 'xlsx', units: o.units, today: o.today},
      clock,
      progress,
    );
    return output(checked, info);
  }
  const checked = yield* checkRows(
    rows,
    header,
    ds,
    {
      file: o.file,
      kind: 'csv',
      units: o.units,
      today: o.today,
      decimalFallback: info.separator === ';' ? ',' : null,
      countCells: true,
    },
    clock,
    (s) => progress(0.4 + 0.6 * s),
  );
  if (unclosedAt)
    checked.issues.push({
      file: o.file,
      line: unclosedAt,
      kind: 'csv',
      column: '',
      code: 'unclosed_quote',
      value: '',
      expected: '',
    });
  return output(checked, info);
}

function output(checked: Checked, info: Omit<ReadResultsInfo, 'decimal' | 'total' | 'empty'>): ReadResultsOutput {
  return {
    rows: checked.rows,
    issues: checked.issues,
    info: {...info, decimal: checked.decimal, total: checked.total, empty: checked.empty},
  };
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

function mergeByLine(a: ResultIssue[], b: ResultIssue[]): ResultIssue[] {
  return b.length ? [...a, ...b].sort((x, y) => x.line - y.line) : a;
}
