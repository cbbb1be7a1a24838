/**
 * Targets supplied by the page that embeds the widget: a plan that is not in the dataset, given by the publishing
 * site as a file (`targets="plan.csv"`: CSV, TSV, `.xlsx` or JSON), inline (`<script type="application/json"
 * data-targets>`) or as a property, one row per target with its verbatim quote, and optionally the result reported
 * beside it. Read by the same layers as results files (src/data/read/: bytes sniffed, UTF-16 and separators
 * detected, Windows-1258 decoded, TCVN3 and VNI refused, vi-VN numbers such as 5.300 and 72,5 decided per file); bad rows are issues
 * with their line and column, good rows are kept. `pagePlanDataset` (src/data/targets/page-plan.ts) turns the rows into a
 * small dataset the views draw. No zod and no DOM: this runs in the widget, in the builder and in Node.
 */
import type {Cell} from '../read/cells.js';
import type {TextEncoding} from '../read/decode.js';
import type {ResultIssue, ResultIssueCode} from '../read/issues.js';
import {parseDateText, parsePartialDate, type DecimalMark} from '../read/numbers.js';
import type {Separator} from '../read/text.js';
import {
  columnOf,
  isUrl,
  possible,
  readTable,
  readTableSync,
  type ReadTableOptions,
  type RowReader,
  type TableKind,
  type TableRead,
} from '../read/table.js';
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

/** A header cell (or a JSON key) as a targets column, or undefined. */
export function targetColumnOf(c: Cell | undefined): TargetColumn | undefined {
  return columnOf(TARGETS, c);
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

export interface ReadTargetsOptions extends ReadTableOptions {
  /** The plan's metadata given by the element's attributes: what the file leaves empty. */
  plan?: PlanFields;
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

/**
 * Reads targets: good rows are returned, bad ones are issues. Never rejects for a bad file; long work is shared
 * out between tasks (see `yieldEvery`).
 *
 * @example
 *   const {targets, issues} = await readTargets(bytes, {file: 'ke-hoach.xlsx', plan: {title: 'Kế hoạch 45/KH-UBND'}});
 */
export async function readTargets(input: TargetsInput, options: ReadTargetsOptions = {}): Promise<ReadTargetsOutput> {
  return output(await readTable(TARGETS, input, options));
}

/** The same reading in one go, for text and parsed rows (not workbooks): for Node tools and tests. */
export function readTargetsSync(
  input: string | unknown[] | Record<string, unknown>,
  options: Omit<ReadTargetsOptions, 'onProgress' | 'yieldEvery' | 'sliceMs'> = {},
): ReadTargetsOutput {
  return output(readTableSync(TARGETS, input, options));
}

function output({rows, issues, info}: TableRead<PageTarget>): ReadTargetsOutput {
  const {empty: _empty, ...rest} = info;
  return {targets: rows, issues: issues as TargetIssue[], info: rest};
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
  return [TARGET_COLUMNS, ...rows.map((r) => TARGET_COLUMNS.map((c) => r[c]))]
    .map((cells) => cells.map(inlineCsvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

// Written here as well as in csv-cell.ts: importing that module into this chunk (the targets reader's) as well as
// the body's would split it into a chunk of its own, one more request before every widget's body. The two are kept
// the same by test/data/csv.node.test.ts.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?%?$/;

/** A CSV cell, RFC 4180 quoting, a formula-like text cell given a leading `'` (see csv-cell.ts). */
export function inlineCsvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v !== 'number' && s.length > 1 && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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

// ——— the kind ———

const once = {} as const;
/** Numbers that may be written as a range in one cell ("3 - 5"): both bounds vote on the decimal mark. */
const rangeNumber = {number: (cell: string) => rangeParts(cell)} as const;

/** What a plan's row is read with, beside the file: the plan's fields the attributes give. */
type TargetsOptions = ReadTargetsOptions;

/**
 * A page's targets: one row per target with its verbatim quote, optionally the result beside it, and the plan's
 * fields (the same for every row of a plan; a table may fill them on a plan's first row only). The other names of
 * a column are the Vietnamese headers an office writes, the dataset's own names, and the short plan keys of the JSON
 * object form.
 */
export const TARGETS: TableKind<TargetColumn, PageTarget, PlanFields, TargetsOptions> = {
  file: 'targets',
  columns: {
    label: {aliases: ['chỉ tiêu', 'nội dung']},
    value: {aliases: ['giá trị', 'mức'], ...rangeNumber},
    value_max: {aliases: ['giá trị tối đa'], ...rangeNumber},
    comparator: {aliases: ['so sánh']},
    measure: {aliases: ['đơn vị tính', 'đơn vị đo']},
    counted: {aliases: ['đối tượng đếm']},
    target_year: {aliases: ['năm', 'year', 'thời hạn']},
    recurrence: {aliases: ['lặp lại']},
    section: {aliases: ['mục']},
    quote: {aliases: ['trích dẫn', 'nguyên văn']},
    result: {aliases: ['kết quả', 'result_value'], ...rangeNumber},
    result_as_of: {aliases: ['tính đến']},
    result_source: {aliases: ['nguồn kết quả']},
    result_source_url: once,
    plan_title: {aliases: ['title', 'tên kế hoạch']},
    plan_issuer: {aliases: ['issuer', 'cơ quan ban hành']},
    plan_document: {aliases: ['document', 'document_no', 'số văn bản']},
    plan_date: {aliases: ['date', 'issued_on', 'ngày ban hành']},
    plan_url: {aliases: ['url', 'source_url']},
    plan_span: {aliases: ['span', 'period', 'giai đoạn']},
    plan_unit: {aliases: ['unit', 'đơn vị', 'địa phương']},
  },
  needs: (has) => has('label') && has('value'),
  missing: (has) => ({
    column: (['label', 'value'] as const).filter((c) => !has(c)).join(', '),
    expected: 'label|value',
  }),
  json: (json) => {
    const obj = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
    // The three forms: [rows], {…plan, targets: [rows]}, {plans: [{…plan, targets: [rows]}]}.
    if (Array.isArray(json)) return [{group: {}, items: json}];
    if (obj && Array.isArray(obj.targets)) return [{group: planFieldsOf(obj), items: obj.targets}];
    if (obj && Array.isArray(obj.plans) && obj.plans.every((p) => p && typeof p === 'object' && !Array.isArray(p)))
      // Fields beside `plans` (the unit, an issuer) are every plan's unless it gives its own.
      return (obj.plans as Record<string, unknown>[]).map((p) => ({
        group: {...planFieldsOf(obj), ...planFieldsOf(p)},
        items: Array.isArray(p.targets) ? p.targets : [],
      }));
    return null;
  },
  rows: (run) => {
    const {kind, table} = run;
    let r: RowReader<TargetColumn>;
    // Plan fields: the attributes' (or JSON plan object's), read once; a bad one is reported once.
    const planIssue = new Set<string>();
    const readPlan = (fields: PlanFields, from: 'row' | 'given'): PlanMeta => {
      const report = (column: PlanColumn, code: TargetIssueCode, value: string) => {
        const key = `${column}|${value}`;
        if (planIssue.has(key)) return;
        planIssue.add(key);
        // Attributes are named by themselves ("plan-date"), columns by their line and name.
        if (from === 'given')
          run.push({file: column.replace('_', '-'), line: 0, kind, column: '', code, value, expected: ''});
        else r.issue(column, code, value);
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
    const given = readPlan({...run.options.plan, ...run.group}, 'given');
    /** The last non-empty value of each plan column, for filling down. */
    const above: Partial<Record<PlanColumn, string>> = {};
    const seen = new Map<string, number>();

    return (row) => {
      r = row;
      // The plan: the row's own cells, filled down in a table, then what was given.
      const fields: PlanFields = {};
      for (const c of PLAN_COLUMNS) {
        let v = r.text(c);
        if (!v && table) v = above[c] ?? '';
        else if (v) above[c] = v;
        if (v) fields[c.slice(5) as keyof PlanFields] = v;
      }
      const own = readPlan(fields, 'row');
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
      const rowStart = r.count;

      const label = r.text('label').replace(/\s+/g, ' ');
      if (!label) r.issue('label', 'required');

      // Measure first: it decides how "5.300" reads (people are whole, a percentage is at most 100).
      const valueCell = r.at('value');
      const measureText = r.text('measure');
      let measure = measureText ? readMeasure(measureText) : undefined;
      if (measureText && !measure) r.issue('measure', 'bad_measure', measureText, MEASURES.join(', '));
      else if (!measure) {
        const percent =
          (typeof valueCell === 'string' && valueCell.trim().endsWith('%')) ||
          (valueCell !== undefined &&
            typeof valueCell !== 'string' &&
            'num' in valueCell &&
            valueCell.format === 'percent');
        if (percent) measure = 'percent';
        else if (r.text('counted')) measure = 'count';
        else r.issue('measure', 'required', '', MEASURES.join(', '));
      }
      const fits = possible(measure);

      // The value, the upper bound and the comparator.
      let value: number | null = null;
      let valueMax: number | null = null;
      const range = typeof valueCell === 'string' ? rangeParts(valueCell) : null;
      if (r.empty('value')) r.issue('value', 'required');
      else if (range) {
        value = r.number('value', fits, range[0]);
        valueMax = value === null ? null : r.number('value', fits, range[1]);
      } else value = r.number('value', fits);
      const hasMax = !r.empty('value_max');
      if (hasMax) {
        // "3 - 5" in the value column already gives both bounds.
        if (range) r.issue('value_max', 'max_not_range', r.shown('value_max'), '');
        else valueMax = r.number('value_max', fits);
      }
      const comparatorText = r.text('comparator');
      let comparator: Comparator | undefined = comparatorText
        ? readComparator(comparatorText)
        : hasMax || range
          ? 'range'
          : '=';
      if (comparatorText && !comparator)
        r.issue('comparator', 'bad_comparator', comparatorText, COMPARATORS.join(', '));
      if (range && comparator && comparator !== 'range') comparator = 'range';
      if (comparator && comparator !== 'range' && hasMax)
        r.issue('value_max', 'max_not_range', r.shown('value_max'), comparator);
      if (comparator === 'range' && !hasMax && !range) r.issue('value_max', 'no_max');
      if (comparator === 'range' && value !== null && valueMax !== null && valueMax < value)
        r.issue(range ? 'value' : 'value_max', 'max_below', r.shown(range ? 'value' : 'value_max'), String(value));
      // A decrease ("giảm 5% mỗi năm") is a negative annual change; nothing else is below zero.
      const decrease = measure === 'annual_change_percent';
      if (measure && value !== null) r.plausible('value', value, measure, r.shown('value'), decrease);
      if (measure && valueMax !== null && !range)
        r.plausible('value_max', valueMax, measure, r.shown('value_max'), decrease);

      // The deadline, the recurrence, the quote.
      let year: number | undefined;
      if (!r.empty('target_year')) {
        year = readYear(r.at('target_year'));
        if (!year) r.issue('target_year', 'bad_year', r.shown('target_year'));
      } else if (plan.span) year = plan.span[1];
      else r.issue('target_year', 'required');
      const recurrenceText = r.text('recurrence');
      const recurrence = recurrenceText ? readRecurrence(recurrenceText) : 'once';
      if (!recurrence) r.issue('recurrence', 'bad_recurrence', recurrenceText, RECURRENCES.join(', '));
      const quote = r.text('quote').replace(/\s+/g, ' ').trim();
      if (!quote) r.issue('quote', 'required');

      // The result, if any.
      let result: PageTarget['result'] = null;
      if (!r.empty('result')) {
        const v = r.number('result', fits);
        const asOf = r.date('result_as_of', parsePartialDate);
        const source = r.text('result_source');
        const sourceUrl = r.text('result_source_url');
        if (sourceUrl && !isUrl(sourceUrl)) r.issue('result_source_url', 'bad_url', sourceUrl);
        if (v !== null && measure && r.plausible('result', v, measure, r.shown('result')))
          result = {
            value: v,
            as_of: asOf,
            source_title: source && !isUrl(source) ? source : null,
            source_url: sourceUrl && isUrl(sourceUrl) ? sourceUrl : source && isUrl(source) ? source : null,
          };
      }

      // Any problem of the row's own cells leaves it out (one of its plan's, such as a bad date, does not).
      if (r.count > rowStart) return null;
      const key = `${planKey(plan)}|${label.toLowerCase()}|${year}|${comparator}|${value}|${valueMax}`;
      const first = seen.get(key);
      if (first !== undefined) {
        r.issue('label', 'duplicate', label, String(first));
        return null;
      }
      seen.set(key, r.line);
      return {
        line: r.line,
        label,
        value: value!,
        value_max: comparator === 'range' ? valueMax : null,
        comparator: comparator!,
        measure: measure!,
        counted: measure === 'count' ? r.text('counted') || null : null,
        target_year: year!,
        recurrence: recurrence!,
        section: r.text('section') || null,
        quote,
        result,
        plan,
      };
    };
  },
};

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

/** "3 - 5", "3–5%", "70 - 80 %": the two bounds of a range written in one cell, or null. */
function rangeParts(cell: string): [string, string] | null {
  const m = /^\s*(\d[\d.,\s]*?)\s*%?\s*[-–—]\s*(\d[\d.,\s]*?)\s*%?\s*$/.exec(cell);
  return m ? [m[1].trim(), m[2].trim()] : null;
}
