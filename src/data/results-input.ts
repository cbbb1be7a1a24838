/**
 * Results supplied by the page that embeds the widget (a CSV or JSON file, inline JSON, or the `results`
 * property): validated against the dataset, each problem located by line (CSV) or item (JSON) and column.
 * No zod here: this runs in the widget, whose bundle stays small and CSP-safe.
 */
import {parseRows, CsvSyntaxError} from './csv.js';
import type {Dataset, Target} from './schema.js';
import type {ResultLike} from './queries.js';
import {resolveUnits} from './units.js';

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

export type ResultIssueCode =
  | 'not_number'
  | 'not_date'
  | 'required'
  | 'unknown_target'
  | 'unknown_unit'
  | 'unknown_indicator'
  | 'ambiguous'
  | 'missing_column'
  | 'negative'
  | 'bad_url'
  | 'syntax'
  | 'not_array';

export interface ResultIssue {
  file: string;
  /** CSV: physical line (header = 1). JSON: item number (1-based); 0 for the whole file. */
  line: number;
  kind: 'csv' | 'json';
  column: string;
  code: ResultIssueCode;
  value: string;
  expected: string;
}

/** Thrown with every issue found; the widget renders them in the reader's language. */
export class ResultsError extends Error {
  constructor(readonly issues: ResultIssue[]) {
    const i = issues[0];
    super(
      `${i.file} ${i.kind === 'csv' ? 'line' : 'item'} ${i.line}${i.column ? `, column ${i.column}` : ''}: ${i.code} "${i.value}"`,
    );
    this.name = 'ResultsError';
  }
}

type Raw = Record<string, unknown>;

/** Parses a results file. `file` names it in messages; JSON is detected by content. */
export function parseResults(
  text: string,
  ds: Pick<Dataset, 'targets' | 'units' | 'indicators'>,
  file = 'results',
): ResultLike[] {
  const trimmed = text.replace(/^\ufeff/, '').trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new ResultsError([
        {file, line: 0, kind: 'json', column: '', code: 'syntax', value: (e as Error).message, expected: ''},
      ]);
    }
    return resultsFromObjects(json, ds, file);
  }
  let rows;
  try {
    rows = parseRows(text, file);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      throw new ResultsError([
        {
          file,
          line: e.line,
          kind: 'csv',
          column: '',
          code: 'syntax',
          value: e.message.replace(/^.*? line \d+: /, ''),
          expected: '',
        },
      ]);
    }
    throw e;
  }
  if (!rows.length) return [];
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  const records = rows
    .slice(1)
    .map(({cells, line}) => ({line, raw: Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ''])) as Raw}));
  const missing: string[] = [];
  if (!header.includes('value')) missing.push('value');
  if (!header.includes('target_id') && !(header.includes('unit_id') && header.includes('indicator_id')))
    missing.push('target_id');
  if (missing.length) {
    throw new ResultsError([
      {
        file,
        line: 1,
        kind: 'csv',
        column: missing.join(', '),
        code: 'missing_column',
        value: '',
        // Language-neutral: the message around it is in the reader's language.
        expected: 'target_id / unit_id + indicator_id, value',
      },
    ]);
  }
  return validate(records, ds, file, 'csv');
}

export function resultsFromObjects(
  json: unknown,
  ds: Pick<Dataset, 'targets' | 'units' | 'indicators'>,
  file = 'results',
): ResultLike[] {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as Raw).results)
      ? ((json as Raw).results as unknown[])
      : null;
  if (!list)
    throw new ResultsError([{file, line: 0, kind: 'json', column: '', code: 'not_array', value: '', expected: ''}]);
  return validate(
    list.map((raw, k) => ({line: k + 1, raw: (raw && typeof raw === 'object' ? raw : {}) as Raw})),
    ds,
    file,
    'json',
  );
}

const NUM = /^-?\d+([.,]\d+)?%?$/;

function validate(
  records: {line: number; raw: Raw}[],
  ds: Pick<Dataset, 'targets' | 'units' | 'indicators'>,
  file: string,
  kind: 'csv' | 'json',
): ResultLike[] {
  const issues: ResultIssue[] = [];
  const out: ResultLike[] = [];
  const byId = new Map(ds.targets.map((t) => [t.target_id, t]));
  // A unit as the widget reads it: unit_id, slug or 2025 code, with the predecessors of a 2025 province.
  const unitsOf = (key: string) => resolveUnits(ds, key)?.members.map((u) => u.unit_id);
  const indicatorIds = new Set(ds.indicators.map((i) => i.indicator_id));
  for (const {line, raw} of records) {
    const cell = (c: string) => (raw[c] === undefined || raw[c] === null ? '' : String(raw[c]).trim());
    // A row of the template not yet filled in: no value means no data yet, not an error.
    if (!cell('value') && !cell('as_of')) continue;
    const issue = (column: string, code: ResultIssueCode, value: string, expected = '') =>
      issues.push({file, line, kind, column, code, value, expected});
    const before = issues.length;

    let target: Target | undefined;
    const tid = cell('target_id');
    if (tid) {
      target = byId.get(tid);
      if (!target) issue('target_id', 'unknown_target', tid, [...byId.keys()].slice(0, 3).join(', ') + ', …');
    } else {
      const unit = cell('unit_id') ? unitsOf(cell('unit_id')) : undefined;
      const ind = cell('indicator_id');
      if (!cell('unit_id')) issue('target_id', 'required', '');
      else if (!unit) issue('unit_id', 'unknown_unit', cell('unit_id'), ds.units.map((u) => u.unit_id).join(', '));
      else if (!indicatorIds.has(ind)) issue('indicator_id', 'unknown_indicator', ind, [...indicatorIds].join(', '));
      else {
        const year = cell('target_year');
        const matches = ds.targets.filter(
          (t) => unit.includes(t.unit_id) && t.indicator_id === ind && (!year || String(t.target_year) === year),
        );
        // Prefer the latest plan of the unit when the same indicator is in both periods.
        const latest = matches.filter(
          (t) =>
            t.period ===
            matches
              .map((m) => m.period)
              .sort()
              .at(-1),
        );
        if (latest.length === 1) target = latest[0];
        else if (latest.length === 0)
          issue(
            'indicator_id',
            'unknown_indicator',
            ind,
            ds.targets
              .filter((t) => unit.includes(t.unit_id))
              .map((t) => t.indicator_id)
              .filter((v, k, a) => a.indexOf(v) === k)
              .join(', '),
          );
        else issue('indicator_id', 'ambiguous', ind, latest.map((t) => t.target_id).join(', '));
      }
    }

    const rawValue = cell('value');
    let value: number | null = null;
    if (!rawValue) issue('value', 'required', '');
    else if (!NUM.test(rawValue)) issue('value', 'not_number', rawValue);
    else {
      value = Number(rawValue.replace('%', '').replace(',', '.'));
      if (value < 0) issue('value', 'negative', rawValue);
    }

    const asOf = parseDate(cell('as_of'));
    if (asOf === undefined) issue('as_of', 'not_date', cell('as_of'));
    const url = cell('source_url');
    if (url && !/^https?:\/\/\S+$/i.test(url)) issue('source_url', 'bad_url', url);

    if (issues.length === before && target && value !== null) {
      out.push({
        result_id: `${file}#${line}`,
        target_id: target.target_id,
        unit_id: target.unit_id,
        indicator_id: target.indicator_id,
        period: target.period,
        result_kind: 'value',
        as_of: asOf ?? null,
        value,
        measure: target.measure,
        counted: target.counted,
        counted_en: target.counted_en,
        denominator: null,
        denominator_label: null,
        denominator_label_en: null,
        source_url: url || null,
        source_title: cell('source_title') || null,
        published_on: null,
        quote: null,
        source_kind: 'page',
        notes: cell('note') || null,
      });
    }
  }
  if (issues.length) throw new ResultsError(issues);
  return out;
}

/** "2024-12-31" or "31/12/2024" → ISO; "" → null; anything else → undefined (invalid). */
function parseDate(s: string): string | null | undefined {
  if (!s) return null;
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [d, m, y] = [+match[1], +match[2], +match[3]];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a results file as the widget does, for tools such as the embed builder: the rows in the inline-JSON form
 * (what a snippet carries) and every problem found.
 */
export function checkResultsText(
  text: string,
  ds: Pick<Dataset, 'targets' | 'units' | 'indicators'>,
  file: string,
): {results: Record<string, string | number>[]; issues: ResultIssue[]} {
  try {
    const results = parseResults(text, ds, file).map(
      (r) =>
        Object.fromEntries(
          Object.entries({
            target_id: r.target_id,
            value: r.value,
            as_of: r.as_of,
            source_title: r.source_title,
            source_url: r.source_url,
            note: r.notes,
          }).filter(([, v]) => v !== null && v !== ''),
        ) as Record<string, string | number>,
    );
    return {results, issues: []};
  } catch (e) {
    if ((e as Error).name !== 'ResultsError') throw e;
    return {results: [], issues: (e as ResultsError).issues};
  }
}
