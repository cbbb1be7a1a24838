/**
 * Where the bundled dataset lives, relative to this module. The drop-in build replaces this module so that the
 * URL is relative to dist/plan-chart.js (see rollup.config.mjs).
 */
export function defaultDatasetUrl(): string {
  return new URL('../../dist/data/dataset.json', import.meta.url).href;
}

/** The dataset carried inside the script, where the build put one (the drop-in build does; the npm build fetches). */
export function bundledDataset(): unknown {
  return undefined;
}
