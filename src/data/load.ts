/**
 * The researchers' API: the dataset as arquero tables, in Node (from the package's files) and in the browser
 * (from a URL). arquero compiles expressions with `new Function`, so this module is never on the widget's render path.
 */
import {from, type ColumnTable} from 'arquero';
import {parseTable} from './validate.js';
import {TABLES, type Dataset, type Indicator, type Plan, type Result, type Target} from './schema.js';
import {joinResults, pairPeriods} from './queries.js';

export interface LoadOptions {
  /** Base URL of a dataset version (a folder holding datapackage.json and the CSVs). Default: the bundled files. */
  src?: string | URL;
  /** Require this dataset version; without `src`, load it from the npm registry's CDN copy of the package. */
  version?: string;
}

/** The package's own data folder: data/ in the repository, dist/data/ in the built package. */
const BUNDLED = new URL('../../data/', import.meta.url);
const CDN = (version: string) => `https://cdn.jsdelivr.net/npm/plan-chart@${version}/dist/data/`;

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
  if (options.src) {
    const s = String(options.src);
    const base = typeof globalThis.location !== 'undefined' ? globalThis.location.href : BUNDLED;
    return new URL(s.endsWith('/') ? s : `${s}/`, base);
  }
  return options.version ? new URL(CDN(options.version)) : BUNDLED;
}

const cache = new Map<string, Promise<Dataset>>();

/** Loads and validates every table (typed rows). Cached per base URL and version. */
export function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const base = baseOf(options);
  const key = `${base}|${options.version ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = readDataset(base, options.version);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

async function readDataset(base: URL, wanted?: string): Promise<Dataset> {
  const pkg = JSON.parse(await readText(new URL('datapackage.json', base))) as {version: string};
  if (wanted && pkg.version !== wanted) {
    throw new Error(`dataset version mismatch: requested ${wanted}, found ${pkg.version} at ${base}`);
  }
  const out: Record<string, unknown> = {version: pkg.version};
  await Promise.all(
    TABLES.map(async (spec) => {
      const {rows, problems} = parseTable(spec, await readText(new URL(spec.file, base)));
      if (problems.length) throw new Error(`invalid dataset at ${base}:\n${problems.join('\n')}`);
      out[spec.name] = rows;
    }),
  );
  return out as unknown as Dataset;
}

const table = (name: keyof Omit<Dataset, 'version'>) => async (options?: LoadOptions) =>
  from((await loadDataset(options))[name] as object[]);

export const loadUnits = table('units');
export const loadPlans = table('plans');
export const loadGroups = table('groups');
export const loadIndicators = table('indicators');
export const loadTargets = table('targets');
export const loadResults = table('results');

/** A unit's two periods side by side, one row per indicator and measure, with the change between them. */
export async function periodComparison(
  unitId: string,
  options?: LoadOptions & {indicators?: string[]},
): Promise<ColumnTable> {
  const ds = await loadDataset(options);
  return from(
    pairPeriods(ds, unitId, options?.indicators).map((p) => ({
      unit_id: p.unit_id,
      indicator_id: p.indicator_id,
      measure: p.measure,
      value_2016_2020: p.before?.value ?? null,
      comparator_2016_2020: p.before?.comparator ?? null,
      target_2016_2020: p.before?.target_id ?? null,
      value_2021_2025: p.after?.value ?? null,
      comparator_2021_2025: p.after?.comparator ?? null,
      target_2021_2025: p.after?.target_id ?? null,
      change: p.change,
      comparable: p.comparable,
    })),
  );
}

/** Targets joined with reported results (the bundled ones, plus any given) and their attainment status. */
export async function targetsWithResults(options?: LoadOptions & {results?: Result[]}): Promise<ColumnTable> {
  const ds = await loadDataset(options);
  const joined = joinResults(ds.targets, [...ds.results, ...(options?.results ?? [])], ds.indicators);
  return from(
    joined.map(({result, unit_counts, ...t}) => ({
      ...t,
      result_value: result?.value ?? null,
      result_as_of: result?.as_of ?? null,
      result_source: result?.source_url ?? null,
      units_met: unit_counts.find((r) => r.result_kind === 'units_meeting_target')?.value ?? null,
      units_total: unit_counts.find((r) => r.result_kind === 'units_meeting_target')?.denominator ?? null,
    })),
  );
}

export type {Dataset, Indicator, Plan, Result, Target};
