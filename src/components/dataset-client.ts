/**
 * Loads the widget's dataset: one request per URL however many widgets share it (20 widgets, one load).
 * The JSON is produced by `npm run data:build`; its shape is checked here without zod (no arquero, no eval).
 */
import type {Dataset} from '../data/schema.js';
import {LoadError, httpUrl} from '../data/load-error.js';
import {decodeCore, mergeText, type WidgetText} from '../data/widget-text.js';
import {bundledDataset, defaultDatasetUrl, defaultTextUrl} from './dataset-url.js';

const cache = new Map<string, Promise<Dataset>>();

/**
 * `src` is the base URL of a dataset version (a folder holding dataset.json) or the URL of a dataset.json; empty:
 * the bundled one. Throws a LoadError for an address that cannot be fetched ("mailto:…", "http://[").
 */
export function datasetUrl(src: string | null | undefined): string {
  if (!src) return defaultDatasetUrl();
  const base = httpUrl('dataset', src, document.baseURI);
  return base.pathname.endsWith('.json')
    ? base.href
    : new URL('dataset.json', base.href.endsWith('/') ? base : `${base.href}/`).href;
}

let carried: Dataset | undefined;

/**
 * The dataset carried inside the script when `url` is its URL, parsed once: available without waiting. In the
 * drop-in build it is the core (what a title and summary need); `completeDataset` gives the whole.
 */
export function carriedDataset(url: string): Dataset | undefined {
  if (url !== defaultDatasetUrl()) return undefined;
  if (!carried) {
    const json = bundledDataset();
    // Built and validated by `npm run data:build`: its shape is not checked again on the first-content path.
    if (json) carried = checkShape(decodeCore(json), url, false);
  }
  return carried;
}

let completed: Promise<Dataset> | undefined;

/**
 * The whole dataset from the carried core and the text shipped next to it (one request however many widgets), for
 * the body: labels' scopes, quotes, sources. Resolves with `ds` itself when it is not the carried core.
 */
export function completeDataset(ds: Dataset): Promise<Dataset> {
  const url = defaultTextUrl();
  if (ds !== carried || !url) return Promise.resolve(ds);
  completed ??= fetch(url, {credentials: 'same-origin'})
    .then(async (res) => {
      if (!res.ok) throw new LoadError('dataset', 'http', url, {status: res.status});
      return mergeText(ds, (await res.json()) as WidgetText);
    })
    .catch((e: unknown) => {
      completed = undefined;
      throw e instanceof LoadError ? e : new LoadError('dataset', 'network', url, {}, {cause: e});
    });
  return completed;
}

export function loadWidgetDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let p = cache.get(url);
  if (!p) {
    const ds = carriedDataset(url);
    if (ds) cache.set(url, (p = Promise.resolve(ds)));
  }
  if (!p) {
    p = fetchDataset(url);
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  if (!signal) return p;
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), {once: true});
    p!.then(resolve, reject);
  });
}

async function fetchDataset(url: string): Promise<Dataset> {
  let res: Response;
  try {
    res = await fetch(url, {credentials: 'same-origin'});
  } catch (e) {
    throw new LoadError('dataset', 'network', url, {}, {cause: e});
  }
  if (!res.ok) throw new LoadError('dataset', 'http', url, {status: res.status});
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    throw new LoadError('dataset', 'not-json', url, {}, {cause: e});
  }
  return checkShape(json, url, true);
}

/** The tables a dataset.json must have, and (for one from elsewhere) that every target's plan and indicator exist. */
function checkShape(json: unknown, url: string, references: boolean): Dataset {
  const d = json as Partial<Dataset>;
  for (const k of ['units', 'plans', 'groups', 'indicators', 'targets', 'results'] as const) {
    if (!d || !Array.isArray(d[k])) throw new LoadError('dataset', 'shape', url, {field: k});
  }
  if (typeof d.version !== 'string') throw new LoadError('dataset', 'shape', url, {field: 'version'});
  const ds = d as Dataset;
  if (references) {
    const plans = new Set(ds.plans.map((p) => p.plan_id));
    const indicators = new Set(ds.indicators.map((i) => i.indicator_id));
    const units = new Set(ds.units.map((u) => u.unit_id));
    for (const t of ds.targets) {
      if (!plans.has(t.plan_id)) throw new LoadError('dataset', 'dangling', url, {field: 'plan_id', value: t.plan_id});
      if (!indicators.has(t.indicator_id))
        throw new LoadError('dataset', 'dangling', url, {field: 'indicator_id', value: t.indicator_id});
      if (!units.has(t.unit_id)) throw new LoadError('dataset', 'dangling', url, {field: 'unit_id', value: t.unit_id});
    }
  }
  return ds;
}
