/**
 * Results supplied by the page that embeds the widget: one reader for the `results` attribute (a URL), the
 * property (an array), the inline `<script type="application/json">`, and the builder's paste and upload.
 *
 * It takes CSV and TSV (the separator `,` `;` or tab detected), UTF-8 with or without BOM, UTF-16 with BOM
 * (Excel's "Unicode Text") and Windows-1258 (Excel's CSV on a Vietnamese Windows), `.xlsx` workbooks (the first sheet, or the one named), JSON, and arrays of objects,
 * and tells them apart by their bytes, never by a file name. It keeps the good rows and lists the bad ones, each
 * with its line (or item) and column; a file it cannot read at all gives no rows and one issue saying why.
 * No zod and no DOM here: this runs in the widget, whose bundle stays small and CSP-safe, and in Node.
 */
import type {Dataset, Target} from './schema.js';
import type {ResultLike} from './queries.js';
import {resolveUnits} from './units.js';
import type {TextEncoding} from './read/decode.js';
import type {ResultIssue} from './read/issues.js';
import {parsePartialDate, type DecimalMark} from './read/numbers.js';
import type {Separator} from './read/text.js';
import {
  isUrl,
  possible,
  readTable,
  readTableSync,
  type ReadTableOptions,
  type TableKind,
  type TableRead,
} from './read/table.js';

export {MAX_TABLE_ROWS, MAX_VALUE} from './read/table.js';
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

export type ReaderDataset = Pick<Dataset, 'targets' | 'units' | 'indicators'>;

/** The columns a results table may have; others are ignored. */
export const RESULT_COLUMNS = [
  'target_id',
  'unit_id',
  'indicator_id',
  'target_year',
  'value',
  'as_of',
  'source_title',
  'source_url',
  'note',
] as const;
type Column = (typeof RESULT_COLUMNS)[number];

/** What the reader accepts: a file's bytes, its text, or rows already parsed (an array, or {"results": [...]}). */
export type ResultsInput = Uint8Array | ArrayBuffer | string | unknown[] | {results: unknown[]};

export interface ReadResultsOptions extends ReadTableOptions {
  /** Unit ids or slugs the chart shows: a result for a target of another unit is reported (`other_unit`). */
  units?: string[];
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
  return output(await readTable(RESULTS, input, {...options, ds}));
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
  return output(readTableSync(RESULTS, input, {...options, ds}));
}

const output = (r: TableRead<ResultLike>) => r as ReadResultsOutput;

/** Other names a column goes by (the dataset's own `notes`); columns that may appear once. */
const once = {once: true} as const;

/** A results table: one row per result of a dataset's target, named by its id or by its unit and indicator. */
export const RESULTS: TableKind<Column, ResultLike, undefined, ReadResultsOptions & {ds: ReaderDataset}> = {
  file: 'results',
  columns: {
    target_id: once,
    unit_id: once,
    indicator_id: once,
    target_year: once,
    // The widget's CSV export names its result columns so (src/export/sources.ts): filled in, it reads back.
    value: {once: true, number: true, aliases: ['result_value', 'giá trị kết quả']},
    as_of: {once: true, aliases: ['result_as_of', 'kết quả tính đến']},
    source_title: {once: false, aliases: ['result_source', 'nguồn kết quả']},
    source_url: {once: false, aliases: ['result_source_url', 'địa chỉ nguồn kết quả']},
    note: {once: false, aliases: ['notes']},
  },
  needs: (has) => has('value') && (has('target_id') || (has('unit_id') && has('indicator_id'))),
  missing: (has) => ({
    column: [
      ...(has('target_id') || (has('unit_id') && has('indicator_id')) ? [] : ['target_id']),
      ...(has('value') ? [] : ['value']),
    ].join(', '),
    expected: 'target_id|unit_id+indicator_id|value',
  }),
  json: (json) => {
    const list = Array.isArray(json)
      ? json
      : json && typeof json === 'object' && Array.isArray((json as {results?: unknown}).results)
        ? (json as {results: unknown[]}).results
        : null;
    return list && [{group: undefined, items: list}];
  },
  rows: ({file, options}) => {
    const ds = options.ds;
    const byId = new Map(ds.targets.map((t) => [t.target_id, t]));
    // A unit as the widget reads it: unit_id, slug, alias or 2025 code, with the predecessors of a 2025 province.
    const unitsOf = (key: string) => resolveUnits(ds, key)?.members.map((u) => u.unit_id);
    const chartUnits = options.units?.flatMap((u) => unitsOf(u) ?? [u]);
    const chartUnitNames = (options.units ?? []).map((u) => resolveUnits(ds, u)?.unit.name ?? u).join(', ');
    const indicatorIds = new Set(ds.indicators.map((i) => i.indicator_id));
    /** Line of the first row of each target and date. */
    const seen = new Map<Target, Map<string, number>>();
    // Lists for messages and the unit + indicator index, made when first needed.
    let knownIds: string | undefined;
    let knownUnits: string | undefined;
    let knownIndicators: string | undefined;
    let byUnitIndicator: Map<string, Target[]> | undefined;
    const matching = (unit: string[], ind: string, year: string) => {
      if (!byUnitIndicator) {
        byUnitIndicator = new Map();
        for (const t of ds.targets) {
          const key = `${t.unit_id}|${t.indicator_id}`;
          const list = byUnitIndicator.get(key);
          if (list) list.push(t);
          else byUnitIndicator.set(key, [t]);
        }
      }
      const matches = unit
        .flatMap((u) => byUnitIndicator!.get(`${u}|${ind}`) ?? [])
        .filter((t) => !year || String(t.target_year) === year);
      // Prefer the latest plan of the unit when the same indicator is in both periods.
      const period = matches
        .map((m) => m.period)
        .sort()
        .at(-1);
      return matches.filter((t) => t.period === period);
    };

    return (r) => {
      const before = r.count;
      // A row of the template not yet filled in: no value means no data yet, not an error.
      if (r.empty('value') && r.empty('as_of')) return 'empty';

      // Which target.
      let target: Target | undefined;
      const tid = r.text('target_id');
      const unitText = r.text('unit_id');
      if (tid) {
        target = byId.get(tid);
        if (!target) r.issue('target_id', 'unknown_target', tid, (knownIds ??= examples(ds, chartUnits)));
      } else {
        const unit = unitText ? unitsOf(unitText) : undefined;
        const ind = r.text('indicator_id');
        if (!unitText) r.issue('target_id', 'required');
        else if (!unit)
          r.issue('unit_id', 'unknown_unit', unitText, (knownUnits ??= ds.units.map((u) => u.unit_id).join(', ')));
        else if (!indicatorIds.has(ind))
          r.issue('indicator_id', 'unknown_indicator', ind, (knownIndicators ??= [...indicatorIds].join(', ')));
        else {
          const inLatest = matching(unit, ind, r.text('target_year'));
          if (inLatest.length === 1) target = inLatest[0];
          else if (inLatest.length === 0)
            r.issue(
              'indicator_id',
              'unknown_indicator',
              ind,
              [...new Set(ds.targets.filter((t) => unit.includes(t.unit_id)).map((t) => t.indicator_id))].join(', '),
            );
          else r.issue('indicator_id', 'ambiguous', ind, inLatest.map((t) => t.target_id).join(', '));
        }
      }
      if (target && chartUnits && !chartUnits.includes(target.unit_id))
        r.issue(tid ? 'target_id' : 'unit_id', 'other_unit', target.target_id, chartUnitNames);

      // The value.
      const measure = target?.measure;
      const cell = r.at('value');
      let value: number | null = null;
      if (r.empty('value')) r.issue('value', 'required');
      else value = r.number('value', possible(measure));
      if (value !== null)
        r.plausible('value', value, measure, typeof cell === 'string' ? shorten(cell.trim()) : r.shown('value'));

      // The date.
      // As precisely as the report gives it: a year ("2025", as annual reports and the dataset date many results),
      // a month or a day.
      const asOf = r.date('as_of', parsePartialDate);

      const url = r.text('source_url');
      if (url && !isUrl(url)) r.issue('source_url', 'bad_url', url);

      if (r.count !== before || !target || value === null) return null;
      let dates = seen.get(target);
      if (!dates) seen.set(target, (dates = new Map()));
      const first = dates.get(asOf ?? '');
      if (first !== undefined) {
        r.issue(tid ? 'target_id' : 'indicator_id', 'duplicate', target.target_id, String(first));
        return null;
      }
      dates.set(asOf ?? '', r.line);
      return {
        result_id: `${file}#${r.line}`,
        target_id: target.target_id,
        unit_id: target.unit_id,
        indicator_id: target.indicator_id,
        period: target.period,
        result_kind: 'value',
        as_of: asOf,
        value,
        measure: target.measure,
        counted: target.counted ?? null,
        counted_en: target.counted_en ?? null,
        denominator: null,
        denominator_label: null,
        denominator_label_en: null,
        source_url: url || null,
        source_title: r.text('source_title') || null,
        published_on: null,
        quote: null,
        source_kind: 'page',
        notes: r.text('note') || null,
      };
    };
  },
};

/** A few valid target ids for a message: the chart's units' first, else the dataset's. */
function examples(ds: ReaderDataset, units: string[] | undefined): string {
  const pool = units ? ds.targets.filter((t) => units.includes(t.unit_id)) : ds.targets;
  const ids = (pool.length ? pool : ds.targets).slice(0, 3).map((t) => t.target_id);
  return ids.join(', ') + (ds.targets.length > 3 ? ', …' : '');
}

/** A long value cut short for a message (a 400-digit number is named by its first digits). */
function shorten(s: string): string {
  return s.length > 24 ? `${s.slice(0, 20)}…` : s;
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
