/**
 * Where the bundled dataset lives, relative to this module. The drop-in build replaces this module (see
 * rollup.config.mjs): it carries the dataset's core inside plan-chart.js and ships the rest next to it.
 */
export function defaultDatasetUrl(): string {
  return new URL('../../dist/data/dataset.json', import.meta.url).href;
}

/** The rest of the carried core (dataset-text.json), where the build ships one. */
export function defaultTextUrl(): string | null {
  return null;
}

/**
 * The dataset carried inside the script, where the build put one: its core, in columns (the drop-in build). The npm
 * build carries none and fetches the whole dataset.json.
 */
export function bundledDataset(): unknown {
  return undefined;
}
