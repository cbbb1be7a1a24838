/**
 * The researchers' API: the dataset as arquero tables, in Node (from the package's files) and in the browser
 * (from a URL). arquero compiles expressions with `new Function`, so this module is never on the widget's render path.
 */
import {from, type ColumnTable} from 'arquero';
import {parseTable} from './validate.js';
import {TABLES, type Dataset, type Indicator, type Plan, type Result, type Target} from './schema.js';
import {
  attainmentOf,
  joinResults,
  pairPeriods,
  planIndex,
  planSeries,
  reportedTargets,
  seriesChanges,
  type ResultLike,
  type TargetWithResult,
} from './queries.js';
import {unitsFor} from './units.js';

export interface LoadOptions {
  /**
   * Base URL of a dataset version (a folder holding datapackage.json and the CSVs, e.g. a copy of `dist/data/`).
   * Default: the files bundled with the package. Nothing is fetched from a third-party server unless given here.
   */
  src?: string | URL;
  /**
   * Require this dataset version: the `version` of datapackage.json (dataset 1.1.0), not the npm package's version.
   * Without `src` it must be the bundled dataset's version; a mismatch is an error, never a download.
   */
  version?: string;
}

/** The package's own data folder: data/ in the repository, dist/data/ in the built package. */
const BUNDLED = new URL('../../data/', import.meta.url);

async function readText(url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    const fsName = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    try {
      return await fs.readFile(url, 'utf8');
    } catch (e) {
      throw new Error(`could not read ${url.pathname}: ${(e as Error).message}`, {cause: e});
    }
  }
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`could not load ${url}: ${(e as Error).message}`, {cause: e});
  }
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return res.text();
}

function baseOf(options: LoadOptions): URL {
  if (!options.src) return BUNDLED;
  const s = String(options.src);
  const base = typeof globalThis.location !== 'undefined' ? globalThis.location.href : BUNDLED;
  return new URL(s.endsWith('/') ? s : `${s}/`, base);
}

const cache = new Map<string, Promise<Dataset>>();

/** Loads and validates every table (typed rows). Cached per base URL and version. */
export function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const base = baseOf(options);
  const key = `${base}|${options.version ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = readDataset(base, options.version, !options.src);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

async function readDataset(base: URL, wanted: string | undefined, bundled: boolean): Promise<Dataset> {
  const pkg = JSON.parse(await readText(new URL('datapackage.json', base))) as {version: string};
  if (wanted && pkg.version !== wanted) {
    throw new Error(
      bundled
        ? `dataset version mismatch: requested ${wanted}, the bundled dataset is ${pkg.version} (the version of datapackage.json, not of the plan-chart package; load another dataset version with {src: '<folder with its datapackage.json>', version: '${wanted}'})`
        : `dataset version mismatch: requested ${wanted}, found ${pkg.version} at ${base}`,
    );
  }
  const out: Record<string, unknown> = {version: pkg.version};
  await Promise.all(
    TABLES.map(async (spec) => {
      let text: string;
      try {
        text = await readText(new URL(spec.file, base));
      } catch (e) {
        // A dataset of 1.0 has no programmes.csv.
        if (spec.name === 'programmes') return;
        throw e;
      }
      const {rows, problems} = parseTable(spec, text);
      if (problems.length) throw new Error(`invalid dataset at ${base}:\n${problems.join('\n')}`);
      out[spec.name] = rows;
    }),
  );
  return out as unknown as Dataset;
}

const table = (name: keyof Omit<Dataset, 'version' | 'unit_order' | 'target_index'>) => async (options?: LoadOptions) =>
  from(((await loadDataset(options))[name] ?? []) as object[]);

export const loadUnits = table('units');
export const loadProgrammes = table('programmes');
export const loadPlans = table('plans');
export const loadGroups = table('groups');
export const loadIndicators = table('indicators');
export const loadTargets = table('targets');
export const loadResults = table('results');

export interface ComparisonOptions extends LoadOptions {
  indicators?: string[];
  /** "period" (default): the unit's headline targets of two periods; "plan": every plan in time order. */
  by?: 'period' | 'plan';
  /** by "period": the periods compared; default the unit's last two (or its one period and the one before). */
  before?: string;
  after?: string;
}

const side = (t: Target | null, plans: Map<string, Plan>, suffix: string) => ({
  [`target_${suffix}`]: t?.target_id ?? null,
  [`plan_${suffix}`]: t?.plan_id ?? null,
  [`comparator_${suffix}`]: t?.comparator ?? null,
  [`value_${suffix}`]: t?.value ?? null,
  [`value_max_${suffix}`]: t?.value_max ?? null,
  [`counted_${suffix}`]: t?.counted ?? null,
  [`scope_${suffix}`]: t?.scope ?? null,
  [`target_year_${suffix}`]: t?.target_year ?? null,
  [`section_role_${suffix}`]: t?.section_role ?? null,
  [`source_kind_${suffix}`]: t ? (plans.get(t.plan_id)?.source_kind ?? null) : null,
});

/**
 * A unit's targets compared across periods or plans, one row per indicator and measure (by period) or per plan and
 * indicator (by plan). `unit` is a unit_id, a slug or a code as the widget reads it: "quang-tri" or "44" is the 2025
 * province with the former Quảng Trị (45) and Quảng Bình (44). `change` is "new"/"dropped" only where the unit has a
 * plan in both periods in the dataset; otherwise "only_<period>". `comparable` follows the indicator's `comparison`.
 */
export async function periodComparison(unit: string, options: ComparisonOptions = {}): Promise<ColumnTable> {
  const ds = await loadDataset(options);
  const resolved = unitsFor(ds, unit);
  const ids = resolved.members.map((u) => u.unit_id);
  const plans = planIndex(ds.plans);
  const comparability = new Map(ds.indicators.map((i) => [i.indicator_id, i.comparability]));
  if (options.by === 'plan') {
    return from(
      seriesChanges(planSeries(ds, ids, options.indicators), ds.indicators).map((c) => ({
        unit: resolved.unit.unit_id,
        unit_id: c.target.unit_id,
        step: c.step,
        plan_id: c.plan.plan_id,
        period: c.plan.period,
        span_start: c.plan.span_start,
        span_end: c.plan.span_end,
        indicator_id: c.target.indicator_id,
        measure: c.target.measure,
        ...side(c.target, plans, 'now'),
        ...side(c.previous, plans, 'previous'),
        change: c.change,
        comparable: c.comparable,
        comparability: comparability.get(c.target.indicator_id) ?? null,
      })),
    );
  }
  return from(
    pairPeriods(ds, ids, options.indicators, {before: options.before, after: options.after}).map((p) => ({
      unit: resolved.unit.unit_id,
      unit_id: p.unit_id,
      indicator_id: p.indicator_id,
      measure: p.measure,
      period_before: p.before_period,
      period_after: p.after_period,
      ...side(p.before, plans, 'before'),
      ...side(p.after, plans, 'after'),
      change: p.change,
      comparable: p.comparable,
      comparability: comparability.get(p.indicator_id) ?? null,
    })),
  );
}

export interface AttainmentOptions extends LoadOptions {
  /** Results to add to the dataset's (e.g. a province's own report). */
  results?: Result[];
  /** Only this unit (unit_id, slug or code; a 2025 province with its predecessors), with the targets it reports against. */
  unit?: string;
  /** Only this programme period. */
  period?: string;
}

/**
 * Targets joined with reported results and their attainment status. Rows with `reported_by` are another unit's
 * target (the national programme's) that this unit reports against (Yên Bái 2017 and 2020 against QĐ 361).
 */
export async function targetsWithResults(options: AttainmentOptions = {}): Promise<ColumnTable> {
  const ds = await loadDataset(options);
  const extra = (options.results ?? []) as ResultLike[];
  let joined: TargetWithResult[];
  if (options.unit) {
    const ids = unitsFor(ds, options.unit).members.map((u) => u.unit_id);
    joined = attainmentOf(ds, ids, options.period ?? null, extra);
  } else {
    const all = [...ds.results, ...extra];
    const reporting = [...new Set(all.map((r) => r.unit_id))];
    const rows = [...ds.targets, ...reportedTargets(ds, reporting, null, all)].filter(
      (t) => !options.period || t.period === options.period,
    );
    joined = joinResults(rows, all, ds.indicators);
  }
  return from(
    joined.map(({result, unit_counts, context, ...t}) => {
      const met = unit_counts.find((r) => r.result_kind === 'units_meeting_target');
      const active = unit_counts.find((r) => r.result_kind === 'units_with_activity');
      return {
        ...t,
        result_value: result?.value ?? null,
        result_as_of: result?.as_of ?? null,
        result_source: result?.source_url ?? null,
        units_met: met?.value ?? null,
        units_total: met?.denominator ?? null,
        units_with_activity: active?.value ?? null,
        units_with_activity_of: active?.denominator ?? null,
        units_with_activity_measure: active?.measure ?? null,
        context_results: context.length,
      };
    }),
  );
}

export type {Dataset, Indicator, Plan, Result, Target};
