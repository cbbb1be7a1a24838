/**
 * Loads the widget's dataset: one request per URL however many widgets share it (20 widgets, one load).
 * The JSON is produced by `npm run data:build`; its shape is checked here without zod (no arquero, no eval).
 */
import type {Dataset} from '../data/schema.js';
import {bundledDataset, defaultDatasetUrl} from './dataset-url.js';

const cache = new Map<string, Promise<Dataset>>();

/** `src` is the base URL of a dataset version (a folder holding dataset.json); empty: the bundled one. */
export function datasetUrl(src: string | null | undefined): string {
  if (!src) return defaultDatasetUrl();
  const base = new URL(src, document.baseURI);
  return base.pathname.endsWith('.json')
    ? base.href
    : new URL('dataset.json', base.href.endsWith('/') ? base : `${base.href}/`).href;
}

let carried: Dataset | undefined;

/** The dataset carried inside the script when `url` is its URL, parsed once: available without waiting. */
export function carriedDataset(url: string): Dataset | undefined {
  if (url !== defaultDatasetUrl()) return undefined;
  if (!carried) {
    const json = bundledDataset();
    if (json) carried = checkShape(json);
  }
  return carried;
}

export function loadWidgetDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let p = cache.get(url);
  if (!p) {
    const ds = carriedDataset(url);
    if (ds) cache.set(url, (p = Promise.resolve(ds)));
  }
  if (!p) {
    p = fetch(url, {credentials: 'same-origin'}).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        throw new Error('not JSON');
      }
      return checkShape(json);
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  if (!signal) return p;
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), {once: true});
    p!.then(resolve, reject);
  });
}

function checkShape(json: unknown): Dataset {
  const d = json as Partial<Dataset>;
  for (const k of ['units', 'plans', 'groups', 'indicators', 'targets', 'results'] as const) {
    if (!d || !Array.isArray(d[k])) throw new Error(`"${k}" is missing (not a plan-chart dataset.json)`);
  }
  if (typeof d.version !== 'string') throw new Error('"version" is missing (not a plan-chart dataset.json)');
  return d as Dataset;
}
