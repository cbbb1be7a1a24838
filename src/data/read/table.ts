/**
 * The one table reader: `readTable(kind, input, options)` takes a file's bytes, its text or rows already parsed, and
 * gives the kind's rows and every problem, each with its line (or item) and column. The pipeline is written once —
 * bytes → located text or workbook (src/data/read/locate.ts) → header → rows → checked rows and problems, sliced
 * between tasks, with progress — and a kind says only what is its own, the way src/data/columns.ts declares the
 * dataset: its columns (other names, whether one may be named twice, which hold numbers), which are needed, what
 * JSON of it looks like, and the checks of one row. Results (src/data/results-input.ts) and a page's targets
 * (src/data/targets/input.ts) are two kinds. No zod and no DOM: this runs in the widget, in the builder and in Node.
 */
import {cellText, columnName, isEmptyCell, jsonCell, type Cell, type RawRow} from './cells.js';
import type {TextEncoding} from './decode.js';
import {
  locateFile,
  locateText,
  slicing,
  type Located,
  type SliceOptions,
  type TableColumns,
  type TableInfo,
} from './locate.js';
import type {ResultIssue} from './issues.js';
import {
  DecimalVote,
  localToday,
  numberText,
  oneYearAfter,
  readNumber,
  type DecimalMark,
  type NumberText,
} from './numbers.js';
import {Clock, runSliced, runSync, type Work} from './slice.js';
import type {Separator} from './text.js';

/**
 * The most rows (or JSON items) one input gives, whether by address, file or property: enough for every target of
 * every unit many times over, and few enough that reading them stays within the page's budget (200,000 rows of CSV
 * read in about a second, in slices of 25 ms). Past it the input is not read: one problem says how many and the limit.
 */
export const MAX_TABLE_ROWS = 250_000;

/** The largest value taken as plausible: no plan counts more than a billion of anything. */
export const MAX_VALUE = 1e9;

/** A header cell as a column name: trimmed, NFC, lower case, spaces and hyphens as "_" ("Target ID" → target_id). */
export function columnKey(c: Cell | undefined): string {
  return cellText(c)
    .replace(/^\ufeff/, '')
    .trim()
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** One column of a kind. */
export interface ColumnSpec {
  /** Other names it goes by (compared as {@link columnKey} makes them). */
  aliases?: readonly string[];
  /** Whether it may be named once only (two `value` columns leave no way to tell which is meant); default true. */
  once?: boolean;
  /**
   * A number column: its cells written as text vote on the file's decimal mark. A function splits a cell holding
   * two numbers ("3 - 5") into its parts, or gives null.
   */
  number?: true | ((cell: string) => readonly string[] | null);
}

/** One problem of a table: where (file, line or item, column, cell) and what (a code, the value, what was expected). */
export interface TableIssue<Code extends string = string> extends Omit<ResultIssue, 'code'> {
  code: Code;
}

/** Where a run of rows comes from, and what a kind's checks may use. */
export interface Run<Group, Options> {
  file: string;
  kind: TableIssue['kind'];
  /** A table (CSV, TSV, workbook) rather than JSON items. */
  table: boolean;
  /** Today as YYYY-MM-DD, and the latest date taken (a year after it). */
  today: string;
  latest: string;
  /** The file's decimal mark, decided from its numbers (null: none needed, or none could be told). */
  decimal: DecimalMark | null;
  /** The JSON group's context (a plan's fields); undefined for a table. */
  group: Group | undefined;
  options: Options;
  /** Adds a problem that is not of a row's cell (an attribute, a whole file). */
  push(issue: TableIssue): void;
}

/**
 * A kind of table: a declaration the one reader follows. `C`: its column names; `Row`: what a good row becomes;
 * `Group`: the context of a JSON group of items; `Options`: what the caller gives beside the file.
 */
export interface TableKind<C extends string, Row, Group = undefined, Options = object> {
  /** The file's name in messages when none is given ("results"). */
  file: string;
  /** The columns, in the order JSON items are read. */
  columns: Record<C, ColumnSpec>;
  /** Whether a header names the columns needed. */
  needs(has: (c: C) => boolean): boolean;
  /** What a header lacks: the columns, and the `expected` of the `missing_column` problem. */
  missing(has: (c: C) => boolean): {column: string; expected: string};
  /** JSON: its items, in groups with a context (a plan's fields), or null when it is not JSON of this kind. */
  json(value: unknown): {group: Group; items: unknown[]}[] | null;
  /**
   * The checks of a run of rows (a table, or one JSON group): made once per run, called once per row. Returns the
   * good row, 'empty' for a row left empty on purpose (a template not filled in), or null when the row has problems
   * (reported through the reader).
   */
  rows(run: Run<Group, Options>): (r: RowReader<C>) => Row | 'empty' | null;
}

/** What the reader takes, for every kind. */
export interface ReadTableOptions extends SliceOptions {
  /** The file's name in messages ("ket-qua.csv"); default the kind's. */
  file?: string;
  /** Workbooks: the sheet to read; default the first visible one. */
  sheet?: string;
  /** Today as YYYY-MM-DD; default the local date. */
  today?: string;
  /** Delimited text: the separator to use instead of detecting it. */
  separator?: Separator;
}

export interface TableReadInfo extends TableInfo {
  decimal: DecimalMark | null;
  /** Data rows (or items) read, blank ones not counted. */
  total: number;
  /** Rows left empty on purpose: not rows, not problems. */
  empty: number;
}

export interface TableRead<Row> {
  /** The good rows, in file order. */
  rows: Row[];
  /** Every problem, in file order. A problem of the whole file comes alone, with no rows. */
  issues: TableIssue[];
  info: TableReadInfo;
}

/** What a row is read through: its cells by column, and its problems reported with its line and column. */
export class RowReader<C extends string> {
  line = 0;
  cells: Cell[] = [];
  /** The row's index in the body (for the shapes the decimal vote read). */
  index = 0;
  constructor(
    private readonly col: Partial<Record<C, number>>,
    private readonly issues: TableIssue[],
    private readonly run: Run<unknown, unknown>,
    private readonly shapes: Map<C, (NumberText | undefined)[]>,
  ) {}
  /** The cell of a column (undefined when the header has no such column). */
  at(c: C): Cell | undefined {
    const k = this.col[c];
    return k === undefined ? undefined : this.cells[k];
  }
  /** A cell's text: trimmed, NFC. */
  text(c: C): string {
    return cellText(this.at(c)).normalize('NFC');
  }
  empty(c: C): boolean {
    return isEmptyCell(this.at(c));
  }
  /** A cell as written, for a message. */
  shown(c: C): string {
    const cell = this.at(c);
    return typeof cell === 'string' ? cell.trim() : cellText(cell);
  }
  /** How many problems there are so far (a row's checks compare before and after). */
  get count(): number {
    return this.issues.length;
  }
  issue(column: C | '', code: string, value = '', expected = ''): void {
    const {file, kind} = this.run;
    const i: TableIssue = {file, line: this.line, kind, column, code, value, expected};
    const index = column ? this.col[column] : undefined;
    if (kind === 'xlsx' && index !== undefined) i.cell = `${columnName(index)}${this.line}`;
    this.issues.push(i);
  }
  /**
   * A number of a cell, read with the file's decimal mark ("5.300" people: five thousand three hundred), or null
   * and a problem. `possible` tells which reading fits (a count is whole); `part`: one of a cell's two numbers.
   */
  number(c: C, possible?: (v: number) => boolean, part?: string): number | null {
    const cell = this.at(c);
    if (cell === undefined) return null;
    if (typeof cell === 'string') {
      const raw = (part ?? cell).trim();
      const shape = (part === undefined && this.shapes.get(c)?.[this.index]) || numberText(raw);
      const decimal = this.run.decimal;
      const r = readNumber(shape, decimal, possible);
      if (r.ok) return r.value;
      if (r.code === 'ambiguous_number') this.issue(c, r.code, raw, r.readings.join('|'));
      else if (r.code === 'mixed_decimal') this.issue(c, r.code, raw, decimal ?? '');
      else this.issue(c, 'not_number', raw);
      return null;
    }
    if ('error' in cell) this.issue(c, 'excel_error', cell.error);
    else if ('formula' in cell) this.issue(c, 'uncalculated_formula', cellText(cell));
    else if (cell.format === 'date') this.issue(c, 'date_in_value', cellText(cell));
    else if (Number.isNaN(cell.num)) this.issue(c, 'not_number', cellText(cell));
    else return cell.format === 'percent' ? Number((cell.num * 100).toPrecision(15)) : cell.num;
    return null;
  }
  /** Whether a value fits its measure (a problem when not); `negative`: a value below zero is allowed. */
  plausible(c: C, v: number, measure: string | undefined, shown: string, negative = false): boolean {
    const before = this.issues.length;
    if (!Number.isFinite(v) || Math.abs(v) > MAX_VALUE) this.issue(c, 'too_large', shown, String(MAX_VALUE));
    else if (v < 0 && !negative) this.issue(c, 'negative', shown);
    else if (measure === 'percent' && v > 100) this.issue(c, 'over_100', shown);
    else if (measure === 'count' && !Number.isInteger(v)) this.issue(c, 'not_integer', shown);
    return this.issues.length === before;
  }
  /** A date of a cell read by `read`, at most a year after today (null and a problem when not). */
  date(c: C, read: (cell: Cell) => string | undefined): string | null {
    const cell = this.at(c);
    if (isEmptyCell(cell)) return null;
    const iso = read(cell!);
    if (iso === undefined) this.issue(c, 'not_date', this.shown(c));
    else if (iso > this.run.latest) this.issue(c, 'future_date', this.shown(c), this.run.latest);
    else return iso;
    return null;
  }
}

/** What a number's possible values are: a count is whole, a percentage at most 100 (undefined: anything). */
export function possible(measure: string | undefined): ((v: number) => boolean) | undefined {
  if (measure === 'count') return Number.isInteger;
  if (measure === 'percent') return (v) => v <= 100;
  return undefined;
}

export const isUrl = (s: string): boolean => /^https?:\/\/\S+$/i.test(s);

// ——— the header a kind declares ———

interface Header<C extends string> {
  index: number;
  columns: Partial<Record<C, number>>;
  width: number;
}

interface Front<C extends string> extends TableColumns<Header<C>> {
  of(c: Cell | undefined): C | undefined;
}

const fronts = new WeakMap<object, Front<string>>();

/** The header functions of a kind (made once per kind). */
function frontOf<C extends string>(kind: TableKind<C, unknown, unknown, never>): Front<C> {
  const known = fronts.get(kind);
  if (known) return known as Front<C>;
  const names = new Map<string, C>();
  for (const [name, spec] of Object.entries(kind.columns) as [C, ColumnSpec][]) {
    names.set(name, name);
    for (const a of spec.aliases ?? []) if (!names.has(columnKey(a))) names.set(columnKey(a), name);
  }
  const of = (c: Cell | undefined) => names.get(columnKey(c));
  const named = (cells: Cell[]) => {
    const columns: Partial<Record<C, number>> = {};
    cells.forEach((c, k) => {
      const name = of(c);
      if (name && columns[name] === undefined) columns[name] = k;
    });
    return columns;
  };
  const headerOf = (cells: Cell[]) => {
    const columns = named(cells);
    return kind.needs((c) => columns[c] !== undefined) ? columns : null;
  };
  const front: Front<C> = {
    of,
    headerOf,
    findHeader: (rows) => {
      for (let k = 0; k < Math.min(rows.length, 10); k++) {
        const columns = headerOf(rows[k].cells);
        if (columns) return {index: k, columns, width: rows[k].cells.length};
      }
      return null;
    },
    duplicateColumn: (cells) => {
      const seen = new Set<string>();
      for (const c of cells) {
        const name = of(c);
        if (!name || kind.columns[name].once === false) continue;
        if (seen.has(name)) return name;
        seen.add(name);
      }
      return null;
    },
    missing: (cells) => {
      const columns = named(cells);
      return kind.missing((c) => columns[c] !== undefined);
    },
  };
  fronts.set(kind, front as Front<string>);
  return front;
}

/** The column a header cell or a JSON key names in a kind, or undefined. */
export function columnOf<C extends string>(
  kind: TableKind<C, unknown, unknown, never>,
  c: Cell | undefined,
): C | undefined {
  return frontOf(kind).of(c);
}

// ——— the pipeline ———

type AnyKind<C extends string, Row, G, O> = TableKind<C, Row, G, O>;

interface Resolved<O> {
  file: string;
  today: string;
  sheet?: string;
  separator?: Separator;
  options: O;
}

const resolve = <O>(kind: {file: string}, o: O & ReadTableOptions): Resolved<O> => ({
  file: o.file ?? kind.file,
  today: o.today ?? localToday(),
  sheet: o.sheet,
  separator: o.separator,
  options: o,
});

const isBytes = (input: unknown): input is ArrayBuffer | ArrayBufferView =>
  input instanceof ArrayBuffer || ArrayBuffer.isView(input);

/**
 * Reads a table of a kind: good rows are returned, bad ones are problems. Never rejects for a bad file (only for a
 * programming error); the work is shared out between tasks (see `yieldEvery`).
 *
 * @example
 *   const {rows, issues} = await readTable(RESULTS, bytes, {file: 'ket-qua.xlsx', ds, units: ['51']});
 */
export async function readTable<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  input: ArrayBuffer | ArrayBufferView | string | unknown,
  options: O & ReadTableOptions,
): Promise<TableRead<Row>> {
  const o = resolve(kind, options);
  const s = slicing(options);
  const work = isBytes(input)
    ? await locateFile(input, frontOf(kind), o, s).then(({located, encoding}) =>
        fromLocated(kind, located, encoding, o, s.clock, s.progress),
      )
    : fromValue(kind, input, o, s.clock, s.progress);
  const out = await runSliced(work, s.clock, s.pause);
  options.onProgress?.(1);
  return out;
}

/** The same reading in one go, for text and parsed rows (not workbooks, whose reader is loaded on demand). */
export function readTableSync<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  input: unknown,
  options: O & ReadTableOptions,
): TableRead<Row> {
  return runSync(fromValue(kind, input, resolve(kind, options), new Clock(), () => {}));
}

function failed<Row>(
  file: string,
  kind: TableIssue['kind'],
  code: string,
  value: string,
  info: Partial<TableInfo> & Pick<TableInfo, 'format'>,
  extra: {line?: number; column?: string; expected?: string; cell?: string} = {},
): TableRead<Row> {
  const issue: TableIssue = {
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

function* fromValue<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  input: unknown,
  o: Resolved<O>,
  clock: Clock,
  progress: (s: number) => void,
): Work<TableRead<Row>> {
  if (typeof input !== 'string') return yield* fromJson(kind, input, o, clock, progress);
  const at = yield* locateText(input, null, frontOf(kind), o.separator, clock, progress);
  return yield* fromLocated(kind, at, null, o, clock, progress);
}

/** A located file: its one problem, its JSON, or its table's rows checked (text: progress 0.4-1). */
function* fromLocated<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  at: Located<Header<C>>,
  encoding: TextEncoding | null,
  o: Resolved<O>,
  clock: Clock,
  progress: (s: number) => void,
): Work<TableRead<Row>> {
  if ('problem' in at) {
    const {kind: k, code, value, info, ...extra} = at.problem;
    return failed(o.file, k, code, value, info, extra);
  }
  if ('json' in at) {
    const out = yield* fromJson(kind, at.json, o, clock, progress);
    out.info.encoding = encoding;
    return out;
  }
  const {rows, header, info, unclosedAt} = at;
  const text = info.format !== 'xlsx';
  const count = rows.length - header.index - 1;
  if (count > MAX_TABLE_ROWS)
    return failed(o.file, text ? 'csv' : 'xlsx', 'too_many_rows', String(count), info, {
      expected: String(MAX_TABLE_ROWS),
    });
  const checked = yield* check(
    kind,
    rows.slice(header.index + 1),
    header,
    {file: o.file, kind: text ? 'csv' : 'xlsx', table: true, group: undefined, today: o.today, options: o.options},
    info.separator === ';' ? ',' : null,
    clock,
    text ? (s) => progress(0.4 + 0.6 * s) : progress,
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
  return {rows: checked.rows, issues: checked.issues, info: {...info, ...checked.info}};
}

/** JSON of the kind: its items as rows under a header of every column, each group checked with its context. */
function* fromJson<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  json: unknown,
  o: Resolved<O>,
  clock: Clock,
  progress: (s: number) => void,
): Work<TableRead<Row>> {
  const info = {format: 'json', encoding: null, separator: null} as const;
  const groups = kind.json(json);
  if (!groups) return failed(o.file, 'json', 'not_array', '', info);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  if (count > MAX_TABLE_ROWS)
    return failed(o.file, 'json', 'too_many_rows', String(count), info, {expected: String(MAX_TABLE_ROWS)});
  const columns = Object.keys(kind.columns) as C[];
  const header: Header<C> = {
    index: 0,
    columns: Object.fromEntries(columns.map((c, k) => [c, k])) as Partial<Record<C, number>>,
    width: columns.length,
  };
  const front = frontOf(kind);
  const out: TableRead<Row> = {rows: [], issues: [], info: {...info, decimal: null, total: 0, empty: 0}};
  // Items are numbered across groups, as they stand in the file.
  let item = 0;
  for (const g of groups) {
    const rows: RawRow[] = [];
    for (const x of g.items) {
      item++;
      if (clock.due()) yield;
      if (!x || typeof x !== 'object' || Array.isArray(x)) {
        out.info.total++;
        out.issues.push({
          file: o.file,
          line: item,
          kind: 'json',
          column: '',
          code: 'not_object',
          value: JSON.stringify(x ?? null).slice(0, 40),
          expected: '',
        });
        continue;
      }
      // A column's own name first, then the first of its other names.
      const byColumn = new Map<C, unknown>();
      const entries = Object.entries(x as Record<string, unknown>);
      for (const [k, v] of entries) if (k in kind.columns && !byColumn.has(k as C)) byColumn.set(k as C, v);
      for (const [k, v] of entries) {
        const c = front.of(k);
        if (c && !byColumn.has(c)) byColumn.set(c, v);
      }
      rows.push({line: item, cells: columns.map((c) => jsonCell(byColumn.get(c)))});
    }
    const checked = yield* check(
      kind,
      rows,
      header,
      {file: o.file, kind: 'json', table: false, group: g.group, today: o.today, options: o.options},
      null,
      clock,
      progress,
    );
    for (const r of checked.rows) out.rows.push(r);
    for (const i of checked.issues) out.issues.push(i);
    out.info.total += checked.info.total;
    out.info.empty += checked.info.empty;
    out.info.decimal ??= checked.info.decimal;
  }
  out.issues.sort((a, b) => a.line - b.line);
  return out;
}

/** Checks the rows below a header: the file's decimal mark first (progress 0-0.25), then each row. */
function* check<C extends string, Row, G, O>(
  kind: AnyKind<C, Row, G, O>,
  body: RawRow[],
  header: Header<C>,
  where: Omit<Run<G, O>, 'decimal' | 'latest' | 'push'>,
  decimalFallback: DecimalMark | null,
  clock: Clock,
  progress: (share: number) => void,
): Work<{rows: Row[]; issues: TableIssue[]; info: Pick<TableReadInfo, 'decimal' | 'total' | 'empty'>}> {
  const col = header.columns;
  // The file's decimal mark, from the numbers written as text that can be read only one way.
  const vote = new DecimalVote();
  const shapes = new Map<C, (NumberText | undefined)[]>();
  const numbers = (Object.entries(kind.columns) as [C, ColumnSpec][]).filter(
    ([c, spec]) => spec.number && col[c] !== undefined,
  );
  for (let n = 0; n < numbers.length; n++) {
    const [c, spec] = numbers[n];
    const index = col[c]!;
    const split = typeof spec.number === 'function' ? spec.number : null;
    const cache: (NumberText | undefined)[] = new Array(body.length);
    shapes.set(c, cache);
    for (let k = 0; k < body.length; k++) {
      const cell = body[k].cells[index];
      if (typeof cell === 'string' && cell.trim()) {
        const parts = split?.(cell);
        if (parts) for (const p of parts) vote.add(numberText(p).shape);
        else vote.add((cache[k] = numberText(cell)).shape);
      }
      if (clock.due()) {
        progress((0.25 * (n + k / body.length)) / numbers.length);
        yield;
      }
    }
  }
  const issues: TableIssue[] = [];
  const run: Run<G, O> = {
    ...where,
    decimal: vote.decide(decimalFallback),
    latest: oneYearAfter(where.today),
    push: (i) => issues.push(i),
  };
  const reader = new RowReader<C>(col, issues, run as Run<unknown, unknown>, shapes);
  const ordered = (Object.keys(col) as C[]).sort((a, b) => col[a]! - col[b]!);
  const checkRow = kind.rows(run);
  const rows: Row[] = [];
  let total = 0;
  let empty = 0;
  for (let k = 0; k < body.length; k++) {
    if (clock.due()) {
      progress(0.25 + (0.75 * k) / body.length);
      yield;
    }
    const {line, cells} = body[k];
    if (allEmpty(cells)) continue;
    total++;
    reader.line = line;
    reader.cells = cells;
    reader.index = k;
    // Delimited text: a row with more non-empty cells than the header has its columns shifted.
    if (where.kind === 'csv' && cells.length > header.width && cells.slice(header.width).some((c) => !isEmptyCell(c))) {
      reader.issue('', 'field_count', String(cells.length), String(header.width));
      continue;
    }
    // A workbook's formula with no calculated value, in any column read: its value is unknown (not 0, not empty).
    if (where.kind === 'xlsx' && uncalculated(reader, ordered)) continue;
    const row = checkRow(reader);
    if (row === 'empty') empty++;
    else if (row !== null) rows.push(row);
  }
  progress(1);
  return {rows, issues, info: {decimal: run.decimal, total, empty}};
}

/**
 * Reports each cell of the header's columns (in their order) that holds a formula with no calculated value;
 * whether there was one.
 */
function uncalculated<C extends string>(reader: RowReader<C>, columns: C[]): boolean {
  let found = false;
  for (const c of columns) {
    const cell = reader.at(c);
    if (cell && typeof cell === 'object' && 'formula' in cell) {
      reader.issue(c, 'uncalculated_formula', cellText(cell));
      found = true;
    }
  }
  return found;
}

function allEmpty(cells: Cell[]): boolean {
  for (let k = 0; k < cells.length; k++) if (!isEmptyCell(cells[k])) return false;
  return true;
}
