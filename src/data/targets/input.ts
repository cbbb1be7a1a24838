/**
 * Targets supplied by the page that embeds the widget: a plan that is not in the dataset, given by the publishing
 * site as a file (`targets="plan.csv"`: CSV, TSV, `.xlsx` or JSON), inline (`<script type="application/json"
 * data-targets>`) or as a property, one row per target with its verbatim quote, and optionally the result reported
 * beside it. Read by the same layers as results files (src/data/read/: bytes sniffed, UTF-16 and separators
 * detected, legacy encodings refused, vi-VN numbers such as 5.300 and 72,5 decided per file); bad rows are issues
 * with their line and column, good rows are kept. `pagePlanDataset` (src/data/targets/page-plan.ts) turns the rows into a
 * small dataset the views draw. No zod and no DOM: this runs in the widget, in the builder and in Node.
 */
import {cellText, columnName, isEmptyCell, jsonCell, type Cell, type RawRow} from '../read/cells.js';
import type {TextEncoding} from '../read/decode.js';
import {locateFile, locateText, slicing, type Located, type SliceOptions, type TableColumns} from '../read/locate.js';
import type {ResultIssue, ResultIssueCode} from '../read/issues.js';
import {
  DecimalVote,
  isoDate,
  localToday,
  numberText,
  oneYearAfter,
  parseDateText,
  readNumber,
  type DecimalMark,
} from '../read/numbers.js';
import {Clock, runSliced, runSync, type Work} from '../read/slice.js';
import type {Separator} from '../read/text.js';
import {columnKey, MAX_VALUE} from '../read/table.js';
import type {Comparator, Measure} from '../constants.js';
import {COMPARATORS, MEASURES, RECURRENCES} from '../constants.js';

export {fetchResults as fetchTargets, type FetchedResults as FetchedTargets} from '../read/fetch.js';

/** The plan's columns: the same for every row of a plan (a table may fill them on a plan's first row only). */
export const PLAN_COLUMNS = [
  'plan_title',
  'plan_issuer',
  'plan_document',
  'plan_date',
  'plan_url',
  'plan_span',
  'plan_unit',
] as const;

/** The columns a targets table may have, in the order a template lists them (the plan's last); others are ignored. */
export const TARGET_COLUMNS = [
  'label',
  'value',
  'value_max',
  'comparator',
  'measure',
  'counted',
  'target_year',
  'recurrence',
  'section',
  'quote',
  'result',
  'result_as_of',
  'result_source',
  'result_source_url',
  ...PLAN_COLUMNS,
] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];
type PlanColumn = (typeof PLAN_COLUMNS)[number];

/**
 * Other names a column goes by, after `columnKey` (lower case, spaces and hyphens as "_"): the Vietnamese headers
 * an office writes, the dataset's own names, and the short plan keys of the JSON object form.
 */
const ALIASES: Record<string, TargetColumn> = {
  chỉ_tiêu: 'label',
  nội_dung: 'label',
  giá_trị: 'value',
  mức: 'value',
  giá_trị_tối_đa: 'value_max',
  so_sánh: 'comparator',
  đơn_vị_tính: 'measure',
  đơn_vị_đo: 'measure',
  đối_tượng_đếm: 'counted',
  năm: 'target_year',
  year: 'target_year',
  thời_hạn: 'target_year',
  lặp_lại: 'recurrence',
  mục: 'section',
  trích_dẫn: 'quote',
  nguyên_văn: 'quote',
  kết_quả: 'result',
  result_value: 'result',
  tính_đến: 'result_as_of',
  nguồn_kết_quả: 'result_source',
  title: 'plan_title',
  tên_kế_hoạch: 'plan_title',
  issuer: 'plan_issuer',
  cơ_quan_ban_hành: 'plan_issuer',
  document: 'plan_document',
  document_no: 'plan_document',
  số_văn_bản: 'plan_document',
  date: 'plan_date',
  issued_on: 'plan_date',
  ngày_ban_hành: 'plan_date',
  url: 'plan_url',
  source_url: 'plan_url',
  span: 'plan_span',
  period: 'plan_span',
  giai_đoạn: 'plan_span',
  unit: 'plan_unit',
  đơn_vị: 'plan_unit',
  địa_phương: 'plan_unit',
};

/** A header cell as a targets column, or undefined. */
export function targetColumnOf(c: Cell | undefined): TargetColumn | undefined {
  const key = columnKey(c).normalize('NFC');
  return (TARGET_COLUMNS as readonly string[]).includes(key) ? (key as TargetColumn) : ALIASES[key];
}

/** Problems that only targets have; the others are the results reader's (src/data/read/issues.ts). */
export type TargetOnlyIssueCode =
  /** Not one of >=, >, =, <=, range or their words (expected: the valid ones). */
  | 'bad_comparator'
  /** Not one of the measures or their words (expected: the valid ones). */
  | 'bad_measure'
  /** Not a year between 1990 and 2100. */
  | 'bad_year'
  /** Not once, annual or continuous, or their words. */
  | 'bad_recurrence'
  /** A range without its upper bound. */
  | 'no_max'
  /** An upper bound below the lower one (expected: the lower one). */
  | 'max_below'
  /** An upper bound on a target whose comparator is not "range" (expected: the comparator). */
  | 'max_not_range'
  /** A plan span that is not "YYYY" or "YYYY-YYYY". */
  | 'bad_span';
export type TargetIssueCode = ResultIssueCode | TargetOnlyIssueCode;

/** One problem of a targets file: where (file, line or item, column, cell) and what, as for results. */
export interface TargetIssue extends Omit<ResultIssue, 'code'> {
  code: TargetIssueCode;
}

/** A plan's metadata, as given: by the attributes (`plan-title`…), by a JSON object, or by plan columns. */
export interface PlanFields {
  title?: string | null;
  issuer?: string | null;
  document?: string | null;
  /** Date of issue: YYYY-MM-DD or dd/mm/yyyy. */
  date?: string | null;
  url?: string | null;
  /** "2021-2025" or "2026". */
  span?: string | null;
  /** The unit the plan is for, as its name is written ("tỉnh Quảng Trị", "xã Hải Phú"). */
  unit?: string | null;
}

/** A plan's metadata, read. */
export interface PlanMeta {
  title: string | null;
  issuer: string | null;
  document: string | null;
  /** ISO date of issue. */
  date: string | null;
  url: string | null;
  /** First and last year the plan covers; null when neither it, its title nor an attribute says. */
  span: [number, number] | null;
  unit: string | null;
}

/** A target as the page gave it, read and checked. */
export interface PageTarget {
  /** Where it came from: the line (CSV, TSV), row (workbook) or item (JSON). */
  line: number;
  /** What is measured, as the page words it ("Xã, phường tổ chức tuyên truyền"). */
  label: string;
  value: number;
  value_max: number | null;
  comparator: Comparator;
  measure: Measure;
  /** For a count: what is counted ("người dân"); null otherwise. */
  counted: string | null;
  /** The deadline: the row's own year, else the last year of the plan's span. */
  target_year: number;
  recurrence: (typeof RECURRENCES)[number];
  section: string | null;
  /** The sentence of the plan that states the target, verbatim (NFC). */
  quote: string;
  result: {value: number; as_of: string | null; source_title: string | null; source_url: string | null} | null;
  plan: PlanMeta;
}

/** What the reader accepts: a file's bytes, its text, or rows already parsed (an array, or an object with targets). */
export type TargetsInput = Uint8Array | ArrayBuffer | string | unknown[] | Record<string, unknown>;

export interface ReadTargetsOptions extends SliceOptions {
  /** The file's name in messages ("plan.csv"); default "targets". */
  file?: string;
  /** Workbooks: the sheet to read; default the first visible one. */
  sheet?: string;
  /** Today as YYYY-MM-DD (a result date more than a year after it is reported); default the local date. */
  today?: string;
  /** The plan's metadata given by the element's attributes: what the file leaves empty. */
  plan?: PlanFields;
  /** Delimited text: the separator to use instead of detecting it. */
  separator?: Separator;
}

export interface ReadTargetsInfo {
  format: 'csv' | 'tsv' | 'xlsx' | 'json';
  encoding: TextEncoding | null;
  separator: Separator | null;
  decimal: DecimalMark | null;
  sheet?: string;
  sheets?: string[];
  /** Data rows (or items) read, blank ones not counted. */
  total: number;
}

export interface ReadTargetsOutput {
  /** The good rows, in file order. */
  targets: PageTarget[];
  /** Every problem, in file order; a problem of the whole file comes alone, with no rows. */
  issues: TargetIssue[];
  info: ReadTargetsInfo;
}

interface Resolved {
  file: string;
  sheet?: string;
  today: string;
  plan: PlanFields;
  separator?: Separator;
}

const resolve = (o: ReadTargetsOptions): Resolved => ({
  file: o.file ?? 'targets',
  sheet: o.sheet,
  today: o.today ?? localToday(),
  plan: o.plan ?? {},
  separator: o.separator,
});

/**
 * Reads targets: good rows are returned, bad ones are issues. Never rejects for a bad file; long work is shared
 * out between tasks (see `yieldEvery`).
 *
 * @example
 *   const {targets, issues} = await readTargets(bytes, {file: 'ke-hoach.xlsx', plan: {title: 'Kế hoạch 45/KH-UBND'}});
 */
export async function readTargets(input: TargetsInput, options: ReadTargetsOptions = {}): Promise<ReadTargetsOutput> {
  const o = resolve(options);
  const s = slicing(options);
  const work =
    input instanceof ArrayBuffer || ArrayBuffer.isView(input)
      ? await locateFile(input, TARGETS_TABLE, o, s).then(({located, encoding}) =>
          fromLocated(located, encoding, o, s.clock, s.progress),
        )
      : fromValue(input, o, s.clock, s.progress);
  const out = await runSliced(work, s.clock, s.pause);
  options.onProgress?.(1);
  return out;
}

/** The same reading in one go, for text and parsed rows (not workbooks): for Node tools and tests. */
export function readTargetsSync(
  input: string | unknown[] | Record<string, unknown>,
  options: Omit<ReadTargetsOptions, 'onProgress' | 'yieldEvery' | 'sliceMs'> = {},
): ReadTargetsOutput {
  return runSync(fromValue(input, resolve(options), new Clock(), () => {}));
}

/** The inline form of some targets, as the builder writes it into a snippet (and the widget reads it back). */
export interface InlinePlan {
  title?: string;
  issuer?: string;
  document?: string;
  date?: string;
  url?: string;
  span?: string;
  unit?: string;
  targets: Record<string, string | number>[];
}

/**
 * Targets as the JSON a snippet carries: one plan `{title, …, targets: […]}`, or several `{plans: […]}`, each
 * target with only the fields it has. Reading it back gives the same targets.
 */
export function targetsToInline(targets: PageTarget[]): InlinePlan | {plans: InlinePlan[]} {
  const plans = new Map<string, InlinePlan>();
  for (const t of targets) {
    const key = planKey(t.plan);
    let p = plans.get(key);
    if (!p) {
      const m = t.plan;
      const plan: Partial<InlinePlan> = {};
      if (m.title) plan.title = m.title;
      if (m.issuer) plan.issuer = m.issuer;
      if (m.document) plan.document = m.document;
      if (m.date) plan.date = m.date;
      if (m.url) plan.url = m.url;
      if (m.span) plan.span = m.span[0] === m.span[1] ? String(m.span[0]) : `${m.span[0]}-${m.span[1]}`;
      if (m.unit) plan.unit = m.unit;
      p = {...plan, targets: []};
      plans.set(key, p);
    }
    const row: Record<string, string | number> = {label: t.label, comparator: t.comparator, value: t.value};
    if (t.value_max !== null) row.value_max = t.value_max;
    row.measure = t.measure;
    if (t.counted) row.counted = t.counted;
    row.target_year = t.target_year;
    if (t.recurrence !== 'once') row.recurrence = t.recurrence;
    if (t.section) row.section = t.section;
    row.quote = t.quote;
    if (t.result) {
      row.result = t.result.value;
      if (t.result.as_of) row.result_as_of = t.result.as_of;
      if (t.result.source_title) row.result_source = t.result.source_title;
      if (t.result.source_url) row.result_source_url = t.result.source_url;
    }
    p.targets.push(row);
  }
  const list = [...plans.values()];
  return list.length === 1 ? list[0] : {plans: list};
}

/**
 * A snippet's targets (`targetsToInline`) as a CSV in the `targets` columns, each plan's details on its first row:
 * the file a page links with `targets="…"`, which reads back as the same targets.
 */
export function inlineToCsv(inline: InlinePlan | {plans: InlinePlan[]}): string {
  const plans = 'plans' in inline ? inline.plans : [inline];
  const rows = plans.flatMap(({targets, ...plan}) =>
    targets.map((t, k): Record<string, unknown> =>
      k ? t : {...t, ...Object.fromEntries(PLAN_COLUMNS.map((c) => [c, plan[c.slice(5) as keyof typeof plan]]))},
    ),
  );
  // Written here rather than with csv.ts's toCsv: importing csv.ts into this chunk (the targets reader's) as well as
  // the body's would split it into a chunk of its own, one more request before every widget's body.
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [TARGET_COLUMNS, ...rows.map((r) => TARGET_COLUMNS.map((c) => r[c]))]
    .map((cells) => cells.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** Two targets belong to one plan when their plans' metadata are the same. */
export const planKey = (m: PlanMeta): string =>
  JSON.stringify([m.title, m.issuer, m.document, m.date, m.url, m.span, m.unit]);

// ——— reading words ———

/** A cell's words, for matching: NFC, lower case, spaces collapsed, outer punctuation dropped. */
const words = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”.,:;]+|[\s"'“”.,:;]+$/g, '');

/** The comparator of a cell: a symbol, a dataset word, or the words the plans write ("ít nhất", "trên", "khoảng"). */
export function readComparator(raw: string): Comparator | undefined {
  const w = words(raw);
  if ((COMPARATORS as readonly string[]).includes(w)) return w as Comparator;
  if (/^(≥|=>|>=)$/.test(w)) return '>=';
  if (/^(≤|=<|<=|<)$/.test(w)) return '<=';
  if (/^(ít nhất|tối thiểu|không (?:dưới|ít hơn)|(?:từ .*)?trở lên|at least|min(?:imum)?)$/.test(w)) return '>=';
  if (/^(trên|hơn|nhiều hơn|cao hơn|vượt|more than|over|above)$/.test(w)) return '>';
  if (/^(bằng|đạt|khoảng|xấp xỉ|gần|exactly|about|approximately|around|equal)$/.test(w)) return '=';
  if (/^(tối đa|không (?:quá|vượt quá|vượt|hơn)|dưới|ít hơn|at most|max(?:imum)?|under|below|less than)$/.test(w))
    return '<=';
  if (
    /^(?:khoảng )?(?:từ )?(?:(?:…|\.\.\.|x) )?(?:đến|tới)(?: (?:…|\.\.\.|y))?$|^(?:trong khoảng|between|from to|[-–—])$/.test(
      w,
    )
  )
    return 'range';
  return undefined;
}

const MEASURE_WORDS: [RegExp, Measure][] = [
  [/^(%|phần trăm|tỷ lệ|tỉ lệ|percent(?:age)?|tỷ lệ %|tỷ lệ \(%\))$/, 'percent'],
  [/^(số lượng|số|count|number)$/, 'count'],
  [/^(lần\/tháng|lần mỗi tháng|mỗi tháng|hằng tháng|hàng tháng|per month|monthly|times a month)$/, 'per_month'],
  [/^(lần\/năm|lần mỗi năm|mỗi năm|per year|yearly|times a year)$/, 'per_year'],
  [/^(%\/năm|% mỗi năm|% hằng năm|% hàng năm|tăng %\/năm|%\/year|% a year|% per year)$/, 'annual_change_percent'],
];

/** The measure of a cell: a dataset name or its words ("%", "lần/tháng", "%/năm"). */
export function readMeasure(raw: string): Measure | undefined {
  const w = words(raw);
  if ((MEASURES as readonly string[]).includes(w)) return w as Measure;
  return MEASURE_WORDS.find(([re]) => re.test(w))?.[1];
}

/** The recurrence of a cell: once (default), annual ("hằng năm"), continuous ("duy trì", "thường xuyên"). */
export function readRecurrence(raw: string): (typeof RECURRENCES)[number] | undefined {
  const w = words(raw);
  if ((RECURRENCES as readonly string[]).includes(w)) return w as (typeof RECURRENCES)[number];
  if (/^(một lần|đến năm|by|by the deadline)$/.test(w)) return 'once';
  if (/^(hằng năm|hàng năm|mỗi năm|từng năm|every year|each year|yearly)$/.test(w)) return 'annual';
  if (/^(duy trì|thường xuyên|liên tục|suốt giai đoạn|throughout|maintained|ongoing)$/.test(w)) return 'continuous';
  return undefined;
}

/** A year of a cell ("2025", "năm 2025", 2025), between 1990 and 2100. */
function readYear(c: Cell | undefined): number | undefined {
  if (c === undefined) return undefined;
  if (typeof c !== 'string')
    return 'num' in c && Number.isInteger(c.num) && c.format === 'number' ? inRange(c.num) : undefined;
  const m = /^(?:năm|year)?\s*(\d{4})$/i.exec(words(c));
  return m ? inRange(Number(m[1])) : undefined;
}
const inRange = (y: number) => (y >= 1990 && y <= 2100 ? y : undefined);

/** A plan's span: "2021-2025", "2021 – 2025", "giai đoạn 2021-2025", "2026", "năm 2026". */
export function readSpan(raw: string): [number, number] | undefined {
  const w = words(raw);
  const range = /^(?:giai đoạn|period)?\s*(\d{4})\s*[-–—]\s*(\d{4})$/.exec(w);
  if (range) {
    const [a, b] = [inRange(Number(range[1])), inRange(Number(range[2]))];
    return a && b && a <= b ? [a, b] : undefined;
  }
  const one = /^(?:năm|year)?\s*(\d{4})$/.exec(w);
  const y = one ? inRange(Number(one[1])) : undefined;
  return y ? [y, y] : undefined;
}

/** The span a plan's title states ("… giai đoạn 2021 - 2025", "… năm 2026"), if any. */
export function spanInTitle(title: string): [number, number] | undefined {
  const t = title.normalize('NFC');
  const range = /(?:giai đoạn|period|,)?\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/iu.exec(t);
  if (range && Number(range[1]) <= Number(range[2])) return [Number(range[1]), Number(range[2])];
  const year = /(?:năm|in|for)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/iu.exec(t);
  return year ? [Number(year[1]), Number(year[1])] : undefined;
}

/** A result's date: as precisely as the source gives it (YYYY, MM/YYYY, YYYY-MM, or a day). */
function readPartialDate(c: Cell): string | undefined {
  if (typeof c !== 'string') {
    if ('error' in c) return undefined;
    if (c.format === 'date' && c.date) return c.date;
    return c.format === 'number' && Number.isInteger(c.num) ? (inRange(c.num) ? String(c.num) : undefined) : undefined;
  }
  const s = c.trim();
  const full = parseDateText(s);
  if (full) return full;
  let m = /^(\d{4})$/.exec(s);
  if (m) return inRange(Number(m[1])) ? m[1] : undefined;
  m = /^(\d{4})-(\d{1,2})$/.exec(s) ?? null;
  if (m) return isoDate(Number(m[1]), Number(m[2]), 1) ? `${m[1]}-${m[2].padStart(2, '0')}` : undefined;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[2]), Number(m[1]), 1) ? `${m[2]}-${m[1].padStart(2, '0')}` : undefined;
  return undefined;
}

const isUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

// ——— files ———

function failed(
  file: string,
  kind: TargetIssue['kind'],
  code: TargetIssueCode,
  value: string,
  info: Partial<ReadTargetsInfo> & Pick<ReadTargetsInfo, 'format'>,
  extra: {line?: number; column?: string; expected?: string; cell?: string} = {},
): ReadTargetsOutput {
  const issue: TargetIssue = {
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
    targets: [],
    issues: [issue],
    info: {encoding: null, separator: null, decimal: null, total: 0, ...info},
  };
}

/** The columns named by a header row, or null when it lacks label or value. */
function headerOf(cells: Cell[]): Partial<Record<TargetColumn, number>> | null {
  const columns: Partial<Record<TargetColumn, number>> = {};
  cells.forEach((c, k) => {
    const name = targetColumnOf(c);
    if (name && columns[name] === undefined) columns[name] = k;
  });
  return columns.label !== undefined && columns.value !== undefined ? columns : null;
}

interface Header {
  index: number;
  columns: Partial<Record<TargetColumn, number>>;
  width: number;
}

function findHeader(rows: RawRow[]): Header | null {
  for (let k = 0; k < Math.min(rows.length, 10); k++) {
    const columns = headerOf(rows[k].cells);
    if (columns) return {index: k, columns, width: rows[k].cells.length};
  }
  return null;
}

function duplicateColumn(cells: Cell[]): string | null {
  const seen = new Set<string>();
  for (const c of cells) {
    const name = targetColumnOf(c);
    if (!name) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

/** What a targets header is, for the front the two readers share (src/data/read/locate.ts). */
const TARGETS_TABLE: TableColumns<Header> = {
  headerOf,
  findHeader,
  duplicateColumn,
  missing: (cells) => {
    const names = new Set(cells.map((c) => targetColumnOf(c)));
    return {column: (['label', 'value'] as const).filter((c) => !names.has(c)).join(', '), expected: 'label|value'};
  },
};

function* fromValue(
  input: string | unknown[] | Record<string, unknown>,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadTargetsOutput> {
  if (typeof input === 'string') return yield* fromText(input, null, o, clock, progress);
  return yield* fromJson(input, o, clock, progress);
}

function* fromText(
  raw: string,
  encoding: TextEncoding | null,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadTargetsOutput> {
  const at = yield* locateText(raw, encoding, TARGETS_TABLE, o.separator, clock, progress);
  return yield* fromLocated(at, encoding, o, clock, progress);
}

/** A located file: its one problem, its JSON, or its table's rows checked (text: progress 0.4-1). */
function* fromLocated(
  at: Located<Header>,
  encoding: TextEncoding | null,
  o: Resolved,
  clock: Clock,
  progress: (s: number) => void,
): Work<ReadTargetsOutput> {
  if ('problem' in at) {
    const {kind, code, value, info, ...extra} = at.problem;
    return failed(o.file, kind, code, value, info, extra);
  }
  if ('json' in at) {
    const out = yield* fromJson(at.json, o, clock, progress);
    out.info.encoding = encoding;
    return out;
  }
  const {rows, header, info, unclosedAt} = at;
  const text = info.format !== 'xlsx';
  const checked = yield* checkTargets(
    rows.slice(header.index + 1),
    header,
    {file: o.file, kind: text ? 'csv' : 'xlsx', today: o.today, plan: o.plan, fillDown: true, countCells: text},
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
  return {
    targets: checked.targets,
    issues: checked.issues,
    info: {...info, decimal: checked.decimal, total: checked.total},
  };
}

/** The plan fields of a JSON object (`title` or `plan_title`…), as strings. */
function planFieldsOf(o: Record<string, unknown>): PlanFields {
  const out: PlanFields = {};
  for (const [k, v] of Object.entries(o)) {
    const column = targetColumnOf(k);
    if (!column || !(PLAN_COLUMNS as readonly string[]).includes(column)) continue;
    if (v === null || v === undefined || v === '') continue;
    out[column.slice(5) as keyof PlanFields] = String(v);
  }
  return out;
}

function* fromJson(json: unknown, o: Resolved, clock: Clock, progress: (s: number) => void): Work<ReadTargetsOutput> {
  const info = {format: 'json', encoding: null, separator: null} as const;
  const obj = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  // The three forms: [rows], {…plan, targets: [rows]}, {plans: [{…plan, targets: [rows]}]}.
  let groups: {plan: PlanFields; items: unknown[]}[] | null = null;
  if (Array.isArray(json)) groups = [{plan: {}, items: json}];
  else if (obj && Array.isArray(obj.targets)) groups = [{plan: planFieldsOf(obj), items: obj.targets}];
  else if (obj && Array.isArray(obj.plans) && obj.plans.every((p) => p && typeof p === 'object' && !Array.isArray(p)))
    // Fields beside `plans` (the unit, an issuer) are every plan's unless it gives its own.
    groups = (obj.plans as Record<string, unknown>[]).map((p) => ({
      plan: {...planFieldsOf(obj), ...planFieldsOf(p)},
      items: Array.isArray(p.targets) ? p.targets : [],
    }));
  if (!groups) return failed(o.file, 'json', 'not_array', '', info);
  const columns = TARGET_COLUMNS;
  const header: Header = {index: 0, columns: Object.fromEntries(columns.map((c, k) => [c, k])), width: columns.length};
  const targets: PageTarget[] = [];
  const issues: TargetIssue[] = [];
  let total = 0;
  let decimal: DecimalMark | null = null;
  // Items are numbered across plans, as they stand in the file.
  let item = 0;
  for (const g of groups) {
    const rows: RawRow[] = [];
    for (const x of g.items) {
      item++;
      if (clock.due()) yield;
      if (!x || typeof x !== 'object' || Array.isArray(x)) {
        total++;
        issues.push({
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
      const byColumn = new Map<TargetColumn, unknown>();
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
        const c = targetColumnOf(k);
        if (c && !byColumn.has(c)) byColumn.set(c, v);
      }
      rows.push({line: item, cells: columns.map((c) => jsonCell(byColumn.get(c)))});
    }
    const checked = yield* checkTargets(
      rows,
      header,
      {file: o.file, kind: 'json', today: o.today, plan: {...o.plan, ...g.plan}, fillDown: false, countCells: false},
      null,
      clock,
      progress,
    );
    targets.push(...checked.targets);
    issues.push(...checked.issues);
    total += checked.total;
    decimal ??= checked.decimal;
  }
  issues.sort((a, b) => a.line - b.line);
  return {targets, issues, info: {...info, decimal, total}};
}

// ——— rows ———

interface CheckOptions {
  file: string;
  kind: TargetIssue['kind'];
  today: string;
  /** The plan's fields where the rows leave them empty (the attributes, a JSON plan object). */
  plan: PlanFields;
  /** A table: an empty plan cell takes the value of the row above (a plan's details on its first row only). */
  fillDown: boolean;
  /** Delimited text: a row with more non-empty cells than the header is reported. */
  countCells: boolean;
}

const NUMBER_COLUMNS = ['value', 'value_max', 'result'] as const;

/** Checks the rows below a header: targets and issues. */
function* checkTargets(
  body: RawRow[],
  header: Header,
  options: CheckOptions,
  decimalFallback: DecimalMark | null,
  clock: Clock,
  progress: (share: number) => void,
): Work<{targets: PageTarget[]; issues: TargetIssue[]; decimal: DecimalMark | null; total: number}> {
  const {file, kind} = options;
  const col = header.columns;
  const issues: TargetIssue[] = [];
  const targets: PageTarget[] = [];

  // The file's decimal mark, from every number written as text that can be read only one way.
  const vote = new DecimalVote();
  for (const r of body)
    for (const c of NUMBER_COLUMNS) {
      const cell = col[c] === undefined ? undefined : r.cells[col[c]!];
      if (typeof cell !== 'string' || !cell.trim()) continue;
      const range = rangeParts(cell);
      for (const part of range ?? [cell]) vote.add(numberText(part).shape);
    }
  const decimal = vote.decide(decimalFallback);
  const latest = oneYearAfter(options.today);

  // Plan fields: the attributes' (or JSON plan object's), read once; a bad one is reported once.
  const planIssue = new Set<string>();
  const readPlan = (fields: PlanFields, line: number, from: 'row' | 'given'): PlanMeta => {
    const report = (column: PlanColumn, code: TargetIssueCode, value: string) => {
      const key = `${column}|${value}`;
      if (planIssue.has(key)) return;
      planIssue.add(key);
      // Attributes are named by themselves ("plan-date"), columns by their line and name.
      if (from === 'given')
        issues.push({file: column.replace('_', '-'), line: 0, kind, column: '', code, value, expected: ''});
      else issue(column, code, value, '', line);
    };
    const text = (v: string | null | undefined) => (v ?? '').trim().normalize('NFC') || null;
    const date = text(fields.date);
    const iso = date ? parseDateText(date) : undefined;
    if (date && !iso) report('plan_date', 'not_date', date);
    const url = text(fields.url);
    if (url && !isUrl(url)) report('plan_url', 'bad_url', url);
    const spanText = text(fields.span);
    const span = spanText ? readSpan(spanText) : undefined;
    if (spanText && !span) report('plan_span', 'bad_span', spanText);
    const title = text(fields.title);
    return {
      title,
      issuer: text(fields.issuer),
      document: text(fields.document),
      date: iso ?? null,
      url: url && isUrl(url) ? url : null,
      span: span ?? (title ? (spanInTitle(title) ?? null) : null),
      unit: text(fields.unit),
    };
  };

  let line = 0;
  let cells: Cell[] = [];
  const at = (c: TargetColumn) => (col[c] === undefined ? undefined : cells[col[c]!]);
  const str = (c: TargetColumn) => cellText(at(c)).normalize('NFC');
  function issue(column: string, code: TargetIssueCode, value = '', expected = '', where = line) {
    const i: TargetIssue = {file, line: where, kind, column, code, value, expected};
    const index = col[column as TargetColumn];
    if (kind === 'xlsx' && index !== undefined) i.cell = `${columnName(index)}${where}`;
    issues.push(i);
  }

  const given = readPlan(options.plan, 0, 'given');
  /** The last non-empty value of each plan column, for filling down. */
  const above: Partial<Record<PlanColumn, string>> = {};
  const seen = new Map<string, number>();
  let total = 0;

  /** A number of a cell for a target of `measure` (null and an issue when it is not one). */
  const number = (c: TargetColumn, cell: Cell, measure: Measure | undefined, part?: string): number | null => {
    if (typeof cell === 'string') {
      const raw = (part ?? cell).trim();
      const r = readNumber(numberText(raw), decimal, possible(measure));
      if (r.ok) return r.value;
      if (r.code === 'ambiguous_number') issue(c, r.code, raw, r.readings.join('|'));
      else if (r.code === 'mixed_decimal') issue(c, r.code, raw, decimal ?? '');
      else issue(c, 'not_number', raw);
      return null;
    }
    if ('error' in cell) {
      issue(c, 'excel_error', cell.error);
      return null;
    }
    if (cell.format === 'date') {
      issue(c, 'date_in_value', cellText(cell));
      return null;
    }
    if (Number.isNaN(cell.num)) {
      issue(c, 'not_number', cellText(cell));
      return null;
    }
    return cell.format === 'percent' ? Number((cell.num * 100).toPrecision(15)) : cell.num;
  };
  /** Whether a value fits its measure (an issue when not). */
  const plausible = (c: TargetColumn, v: number, measure: Measure, shown: string): boolean => {
    const before = issues.length;
    if (!Number.isFinite(v) || Math.abs(v) > MAX_VALUE) issue(c, 'too_large', shown, String(MAX_VALUE));
    // A decrease ("giảm 5% mỗi năm") is a negative annual change; nothing else is below zero.
    else if (v < 0 && !(measure === 'annual_change_percent' && c !== 'result')) issue(c, 'negative', shown);
    else if (measure === 'percent' && v > 100) issue(c, 'over_100', shown);
    else if (measure === 'count' && !Number.isInteger(v)) issue(c, 'not_integer', shown);
    return issues.length === before;
  };
  const shownOf = (cell: Cell | undefined) => (typeof cell === 'string' ? cell.trim() : cellText(cell));

  const checkRow = (): void => {
    if (options.countCells && cells.length > header.width && cells.slice(header.width).some((c) => !isEmptyCell(c))) {
      issue('', 'field_count', String(cells.length), String(header.width));
      return;
    }
    // The plan: the row's own cells, filled down in a table, then what was given.
    const fields: PlanFields = {};
    for (const c of PLAN_COLUMNS) {
      let v = str(c);
      if (!v && options.fillDown) v = above[c] ?? '';
      else if (v) above[c] = v;
      if (v) fields[c.slice(5) as keyof PlanFields] = v;
    }
    const own = readPlan(fields, line, 'row');
    const plan: PlanMeta = {
      title: own.title ?? given.title,
      issuer: own.issuer ?? given.issuer,
      document: own.document ?? given.document,
      date: own.date ?? given.date,
      url: own.url ?? given.url,
      span: own.span ?? given.span,
      unit: own.unit ?? given.unit,
    };
    // The row's problems start after the plan's (which do not drop it).
    const rowStart = issues.length;

    const label = str('label').replace(/\s+/g, ' ');
    if (!label) issue('label', 'required');

    // Measure first: it decides how "5.300" reads (people are whole, a percentage is at most 100).
    const valueCell = at('value');
    const measureText = str('measure');
    let measure = measureText ? readMeasure(measureText) : undefined;
    if (measureText && !measure) issue('measure', 'bad_measure', measureText, MEASURES.join(', '));
    else if (!measure) {
      const percent =
        (typeof valueCell === 'string' && valueCell.trim().endsWith('%')) ||
        (valueCell !== undefined &&
          typeof valueCell !== 'string' &&
          'num' in valueCell &&
          valueCell.format === 'percent');
      if (percent) measure = 'percent';
      else if (str('counted')) measure = 'count';
      else issue('measure', 'required', '', MEASURES.join(', '));
    }

    // The value, the upper bound and the comparator.
    let value: number | null = null;
    let valueMax: number | null = null;
    const range = typeof valueCell === 'string' ? rangeParts(valueCell) : null;
    if (isEmptyCell(valueCell)) issue('value', 'required');
    else if (range) {
      value = number('value', valueCell!, measure, range[0]);
      valueMax = value === null ? null : number('value', valueCell!, measure, range[1]);
    } else value = number('value', valueCell!, measure);
    const maxCell = at('value_max');
    if (!isEmptyCell(maxCell)) {
      // "3 - 5" in the value column already gives both bounds.
      if (range) issue('value_max', 'max_not_range', shownOf(maxCell), '');
      else valueMax = number('value_max', maxCell!, measure);
    }
    const comparatorText = str('comparator');
    let comparator: Comparator | undefined = comparatorText
      ? readComparator(comparatorText)
      : !isEmptyCell(maxCell) || range
        ? 'range'
        : '=';
    if (comparatorText && !comparator) issue('comparator', 'bad_comparator', comparatorText, COMPARATORS.join(', '));
    if (range && comparator && comparator !== 'range') comparator = 'range';
    if (comparator && comparator !== 'range' && !isEmptyCell(maxCell))
      issue('value_max', 'max_not_range', shownOf(maxCell), comparator);
    if (comparator === 'range' && isEmptyCell(maxCell) && !range) issue('value_max', 'no_max');
    if (comparator === 'range' && value !== null && valueMax !== null && valueMax < value)
      issue(range ? 'value' : 'value_max', 'max_below', range ? shownOf(valueCell) : shownOf(maxCell), String(value));
    if (measure && value !== null) plausible('value', value, measure, shownOf(valueCell));
    if (measure && valueMax !== null && !range) plausible('value_max', valueMax, measure, shownOf(maxCell));

    // The deadline, the recurrence, the quote.
    let year: number | undefined;
    const yearCell = at('target_year');
    if (!isEmptyCell(yearCell)) {
      year = readYear(yearCell);
      if (!year) issue('target_year', 'bad_year', shownOf(yearCell));
    } else if (plan.span) year = plan.span[1];
    else issue('target_year', 'required');
    const recurrenceText = str('recurrence');
    const recurrence = recurrenceText ? readRecurrence(recurrenceText) : 'once';
    if (!recurrence) issue('recurrence', 'bad_recurrence', recurrenceText, RECURRENCES.join(', '));
    const quote = str('quote').replace(/\s+/g, ' ').trim();
    if (!quote) issue('quote', 'required');

    // The result, if any.
    let result: PageTarget['result'] = null;
    const resultCell = at('result');
    const dateCell = at('result_as_of');
    if (!isEmptyCell(resultCell)) {
      const v = number('result', resultCell!, measure);
      let asOf: string | null = null;
      if (!isEmptyCell(dateCell)) {
        const iso = readPartialDate(dateCell!);
        if (iso === undefined) issue('result_as_of', 'not_date', shownOf(dateCell));
        else if (iso > latest) issue('result_as_of', 'future_date', shownOf(dateCell), latest);
        else asOf = iso;
      }
      const source = str('result_source');
      const sourceUrl = str('result_source_url');
      if (sourceUrl && !isUrl(sourceUrl)) issue('result_source_url', 'bad_url', sourceUrl);
      if (v !== null && measure && plausible('result', v, measure, shownOf(resultCell)))
        result = {
          value: v,
          as_of: asOf,
          source_title: source && !isUrl(source) ? source : null,
          source_url: sourceUrl && isUrl(sourceUrl) ? sourceUrl : source && isUrl(source) ? source : null,
        };
    }

    // Any problem of the row's own cells leaves it out (one of its plan's, such as a bad date, does not).
    if (issues.length > rowStart) return;
    const key = `${planKey(plan)}|${label.toLowerCase()}|${year}|${comparator}|${value}|${valueMax}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issue('label', 'duplicate', label, String(first));
      return;
    }
    seen.set(key, line);
    targets.push({
      line,
      label,
      value: value!,
      value_max: comparator === 'range' ? valueMax : null,
      comparator: comparator!,
      measure: measure!,
      counted: measure === 'count' ? str('counted') || null : null,
      target_year: year!,
      recurrence: recurrence!,
      section: str('section') || null,
      quote,
      result,
      plan,
    });
  };

  for (let k = 0; k < body.length; k++) {
    if (clock.due()) {
      progress(k / body.length);
      yield;
    }
    ({line, cells} = body[k]);
    if (cells.every(isEmptyCell)) continue;
    total++;
    checkRow();
  }
  progress(1);
  return {targets, issues, decimal, total};
}

/** "3 - 5", "3–5%", "70 - 80 %": the two bounds of a range written in one cell, or null. */
function rangeParts(cell: string): [string, string] | null {
  const m = /^\s*(\d[\d.,\s]*?)\s*%?\s*[-–—]\s*(\d[\d.,\s]*?)\s*%?\s*$/.exec(cell);
  return m ? [m[1].trim(), m[2].trim()] : null;
}

/** What a target's value can be: a count is whole, a percentage at most 100 (undefined: anything). */
function possible(measure: Measure | undefined): ((v: number) => boolean) | undefined {
  if (measure === 'count') return Number.isInteger;
  if (measure === 'percent') return (v) => v <= 100;
  return undefined;
}
