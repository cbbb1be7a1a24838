/**
 * From rows of cells to results: finding the header, deciding the file's decimal mark, and checking each row
 * against the dataset. Good rows become results, bad ones issues with their line and column: one bad row among
 * thousands does not throw the file away.
 */
import type {Dataset, Target} from '../schema.js';
import type {ResultLike} from '../queries.js';
import {resolveUnits} from '../units.js';
import {cellText, columnName, isEmptyCell, type Cell, type RawRow} from './cells.js';
import {
  DecimalVote,
  numberText,
  oneYearAfter,
  parseDateText,
  readNumber,
  type DecimalMark,
  type NumberText,
} from './numbers.js';
import type {Clock, Work} from './slice.js';
import type {ResultIssue, ResultIssueCode} from './issues.js';

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

/** Other names a column goes by: the dataset's own `notes`. */
const ALIASES: Record<string, Column> = {notes: 'note'};
/** Columns that may appear once: two `value` columns leave no way to tell which one is meant. */
const ONCE: Column[] = ['target_id', 'unit_id', 'indicator_id', 'target_year', 'value', 'as_of'];

/** The largest value taken as plausible: no plan counts more than a billion of anything. */
export const MAX_VALUE = 1e9;

/** A header cell as a column name: trimmed, lower case, spaces and hyphens as underscores ("Target ID" → target_id). */
export function columnKey(c: Cell | undefined): string {
  return cellText(c)
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface Header {
  /** Position of the header in the rows. */
  index: number;
  columns: Partial<Record<Column, number>>;
  width: number;
}

/** Whether a row names the columns needed: value, and target_id or unit_id + indicator_id. */
export function headerOf(cells: Cell[]): Header['columns'] | null {
  const columns: Header['columns'] = {};
  cells.forEach((c, k) => {
    const key = columnKey(c);
    const name = (RESULT_COLUMNS as readonly string[]).includes(key) ? (key as Column) : ALIASES[key];
    if (name && columns[name] === undefined) columns[name] = k;
  });
  const ok =
    columns.value !== undefined &&
    (columns.target_id !== undefined || (columns.unit_id !== undefined && columns.indicator_id !== undefined));
  return ok ? columns : null;
}

/** The header among the first rows (a title or a blank line may stand above it), or null. */
export function findHeader(rows: RawRow[], within = 10): Header | null {
  for (let k = 0; k < Math.min(rows.length, within); k++) {
    const columns = headerOf(rows[k].cells);
    if (columns) return {index: k, columns, width: rows[k].cells.length};
  }
  return null;
}

/** Which required columns a row lacks, for the message. */
export function missingColumns(cells: Cell[]): string[] {
  const keys = new Set(cells.map(columnKey));
  const missing: string[] = [];
  if (!keys.has('target_id') && !(keys.has('unit_id') && keys.has('indicator_id'))) missing.push('target_id');
  if (!keys.has('value')) missing.push('value');
  return missing;
}

/** A column named twice among those that may appear once, or null. */
export function duplicateColumn(cells: Cell[]): string | null {
  const seen = new Set<string>();
  for (const c of cells) {
    const key = columnKey(c);
    const name = ALIASES[key] ?? key;
    if (!ONCE.includes(name as Column)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

export interface CheckOptions {
  file: string;
  kind: ResultIssue['kind'];
  /** Unit ids the chart shows; results for targets of other units are reported. */
  units?: string[];
  today: string;
  /** When the values give no evidence: the decimal mark to assume (a `;` file comes from a decimal-comma locale). */
  decimalFallback?: DecimalMark | null;
  /** Delimited text: a row with more non-empty cells than the header is reported (its columns have shifted). */
  countCells?: boolean;
}

export interface Checked {
  rows: ResultLike[];
  issues: ResultIssue[];
  decimal: DecimalMark | null;
  /** Data rows (below the header, not blank). */
  total: number;
  /** Rows of a template not filled in (no value, no date). */
  empty: number;
}

/** Checks the rows below a header against the dataset. `progress` gets the share done. */
export function* checkRows(
  rows: RawRow[],
  header: Header,
  ds: ReaderDataset,
  options: CheckOptions,
  clock: Clock,
  progress: (share: number) => void = () => {},
): Work<Checked> {
  const {file, kind} = options;
  const col = header.columns;
  const issues: ResultIssue[] = [];
  const out: ResultLike[] = [];
  const body = rows.slice(header.index + 1);

  // The file's decimal mark, from the values written as text that can be read only one way.
  const vote = new DecimalVote();
  const shapes: (NumberText | null)[] = new Array(body.length);
  if (col.value !== undefined)
    for (let k = 0; k < body.length; k++) {
      const c = body[k].cells[col.value];
      if (typeof c === 'string' && c.trim()) {
        const t = numberText(c);
        shapes[k] = t;
        vote.add(t.shape);
      }
      if (clock.due()) {
        progress((0.25 * k) / body.length);
        yield;
      }
    }
  const decimal = vote.decide(options.decimalFallback ?? null);

  const byId = new Map(ds.targets.map((t) => [t.target_id, t]));
  // A unit as the widget reads it: unit_id, slug, alias or 2025 code, with the predecessors of a 2025 province.
  const unitsOf = (key: string) => resolveUnits(ds, key)?.members.map((u) => u.unit_id);
  const chartUnits = options.units?.flatMap((u) => unitsOf(u) ?? [u]);
  const chartUnitNames = (options.units ?? []).map((u) => resolveUnits(ds, u)?.unit.name ?? u).join(', ');
  const indicatorIds = new Set(ds.indicators.map((i) => i.indicator_id));
  const latest = oneYearAfter(options.today);
  /** Line of the first row of each target and date. */
  const seen = new Map<Target, Map<string, number>>();
  let total = 0;
  let empty = 0;

  // Lists for messages and the unit + indicator index, made when first needed.
  let knownIds: string | undefined;
  let knownUnits: string | undefined;
  let knownIndicators: string | undefined;
  let byUnitIndicator: Map<string, Target[]> | undefined;

  // Per-row helpers made once (not per row: 200,000 closures are felt).
  let line = 0;
  let cells: Cell[] = [];
  const at = (c: Column) => (col[c] === undefined ? undefined : cells[col[c]!]);
  const text = (c: Column) => cellText(at(c));
  const issue = (column: string, code: ResultIssueCode, value = '', expected = '') => {
    const i: ResultIssue = {file, line, kind, column, code, value, expected};
    const index = col[column as Column];
    if (kind === 'xlsx' && index !== undefined) i.cell = `${columnName(index)}${line}`;
    issues.push(i);
  };

  // The checks of one row, in a plain function (not in the generator) so that the engine optimizes it.
  const checkRow = (shape: NumberText | null): void => {
    const before = issues.length;

    if (options.countCells && cells.length > header.width && cells.slice(header.width).some((c) => !isEmptyCell(c))) {
      issue('', 'field_count', String(cells.length), String(header.width));
      return;
    }
    // A row of the template not yet filled in: no value means no data yet, not an error.
    if (isEmptyCell(at('value')) && isEmptyCell(at('as_of'))) {
      empty++;
      return;
    }

    // Which target.
    let target: Target | undefined;
    const tid = text('target_id');
    if (tid) {
      target = byId.get(tid);
      if (!target) issue('target_id', 'unknown_target', tid, (knownIds ??= examples(ds, chartUnits)));
    } else {
      const unit = text('unit_id') ? unitsOf(text('unit_id')) : undefined;
      const ind = text('indicator_id');
      if (!text('unit_id')) issue('target_id', 'required');
      else if (!unit)
        issue('unit_id', 'unknown_unit', text('unit_id'), (knownUnits ??= ds.units.map((u) => u.unit_id).join(', ')));
      else if (!indicatorIds.has(ind))
        issue('indicator_id', 'unknown_indicator', ind, (knownIndicators ??= [...indicatorIds].join(', ')));
      else {
        const year = text('target_year');
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
        const inLatest = matches.filter((t) => t.period === period);
        if (inLatest.length === 1) target = inLatest[0];
        else if (inLatest.length === 0)
          issue(
            'indicator_id',
            'unknown_indicator',
            ind,
            [...new Set(ds.targets.filter((t) => unit.includes(t.unit_id)).map((t) => t.indicator_id))].join(', '),
          );
        else issue('indicator_id', 'ambiguous', ind, inLatest.map((t) => t.target_id).join(', '));
      }
    }
    if (target && chartUnits && !chartUnits.includes(target.unit_id))
      issue(tid ? 'target_id' : 'unit_id', 'other_unit', target.target_id, chartUnitNames);

    // The value.
    const measure = target?.measure;
    const cell = at('value');
    let value: number | null = null;
    if (isEmptyCell(cell)) issue('value', 'required');
    else if (typeof cell === 'string') {
      const r = readNumber(shape ?? numberText(cell), decimal, possible(measure));
      if (r.ok) value = r.value;
      else if (r.code === 'ambiguous_number') issue('value', r.code, cell.trim(), r.readings.join('|'));
      else if (r.code === 'mixed_decimal') issue('value', r.code, cell.trim(), decimal ?? '');
      else issue('value', 'not_number', cell.trim());
    } else if ('error' in cell!) issue('value', 'excel_error', cell.error);
    else if (cell!.format === 'date') issue('value', 'date_in_value', cellText(cell));
    else if (Number.isNaN(cell!.num)) issue('value', 'not_number', cellText(cell));
    else value = cell!.format === 'percent' ? Number((cell!.num * 100).toPrecision(15)) : cell!.num;
    if (value !== null) {
      const shown = typeof cell === 'string' ? shorten(cell.trim()) : cellText(cell);
      if (!Number.isFinite(value) || Math.abs(value) > MAX_VALUE) issue('value', 'too_large', shown, String(MAX_VALUE));
      else if (value < 0) issue('value', 'negative', shown);
      else if (measure === 'percent' && value > 100) issue('value', 'over_100', shown);
      else if (measure === 'count' && !Number.isInteger(value)) issue('value', 'not_integer', shown);
    }

    // The date.
    const dateCell = at('as_of');
    let asOf: string | null = null;
    if (!isEmptyCell(dateCell)) {
      let iso: string | undefined;
      if (typeof dateCell === 'string') iso = parseDateText(dateCell.trim());
      else if (!('error' in dateCell!) && dateCell!.format === 'date') iso = dateCell!.date;
      if (iso === undefined) issue('as_of', 'not_date', cellText(dateCell));
      else if (iso > latest) issue('as_of', 'future_date', cellText(dateCell), latest);
      else asOf = iso;
    }

    const url = text('source_url');
    if (url && !/^https?:\/\/\S+$/i.test(url)) issue('source_url', 'bad_url', url);

    if (issues.length === before && target && value !== null) {
      let dates = seen.get(target);
      if (!dates) seen.set(target, (dates = new Map()));
      const first = dates.get(asOf ?? '');
      if (first !== undefined) {
        issue(tid ? 'target_id' : 'indicator_id', 'duplicate', target.target_id, String(first));
        return;
      }
      dates.set(asOf ?? '', line);
      out.push({
        result_id: `${file}#${line}`,
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
        source_title: text('source_title') || null,
        published_on: null,
        quote: null,
        source_kind: 'page',
        notes: text('note') || null,
      });
    }
  };

  for (let k = 0; k < body.length; k++) {
    if (clock.due()) {
      progress(0.25 + (0.75 * k) / body.length);
      yield;
    }
    ({line, cells} = body[k]);
    if (allEmpty(cells)) continue;
    total++;
    checkRow(shapes[k] ?? null);
  }
  progress(1);
  return {rows: out, issues, decimal, total, empty};
}

function allEmpty(cells: Cell[]): boolean {
  for (let k = 0; k < cells.length; k++) if (!isEmptyCell(cells[k])) return false;
  return true;
}

/** What a target's value can be: a count is whole, a percentage at most 100 (undefined: anything). */
function possible(measure: Target['measure'] | undefined): ((v: number) => boolean) | undefined {
  if (measure === 'count') return Number.isInteger;
  if (measure === 'percent') return (v) => v <= 100;
  return undefined;
}

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
