// The dataset as the widget loads it (dist/data/dataset.json): the tables without what the widget never shows,
// the unit order precomputed with Intl.Collator here in Node, so the page sorts 700 districts by a number, and
// the positions of each indicator's targets, so a chart of one indicator reads its rows without scanning them all.
// Used by `npm run data:build` and by the bench for its SYNTHETIC dataset, so both go through the same build.
import {unitName} from '../../src/charts/common.js';
import type {Dataset} from '../../src/data/schema.js';
import {LANGS} from '../../src/i18n.js';

const LOCALES = {vi: 'vi-VN', en: 'en-GB'} as const;

const omit = <T extends object>(rows: T[], keys: string[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));

/** The positions of each indicator's targets, in file order. */
function indicatorIndex(dataset: Dataset): Record<string, number[]> {
  const index: Record<string, number[]> = {};
  dataset.targets.forEach((t, k) => (index[t.indicator_id] ??= []).push(k));
  return index;
}

export function widgetDataset(dataset: Dataset): Dataset {
  const unitOrder = Object.fromEntries(
    LANGS.map((lang) => {
      const collator = new Intl.Collator(LOCALES[lang]);
      const named = dataset.units.map((u) => ({id: u.unit_id, name: unitName(dataset, u.unit_id, lang)}));
      return [lang, named.sort((a, b) => collator.compare(a.name, b.name)).map((u) => u.id)];
    }),
  ) as Dataset['unit_order'];
  // Every byte of this file is on the path to the first content: what the widget never shows (file names, hashes,
  // curators' notes on plans, units and results, the indicators' comparability and denominator texts, parent
  // units, successors' codes and names, publication dates, the programmes' sources) stays in the CSVs and the
  // per-table JSON. Kept for resolving `unit`: code, slug, aliases, kind, valid_from/valid_to, unit_2025.
  return {
    ...dataset,
    plans: omit(dataset.plans, ['source_file', 'source_sha256', 'notes']) as Dataset['plans'],
    programmes: omit(dataset.programmes ?? [], [
      'source_file',
      'source_url',
      'quote',
      'notes',
    ]) as Dataset['programmes'],
    units: omit(dataset.units, ['successor_note', 'successor_id', 'successor_name', 'parent_id']) as Dataset['units'],
    indicators: omit(dataset.indicators, [
      'comparability',
      'denominator_vi',
      'denominator_en',
    ]) as Dataset['indicators'],
    targets: omit(dataset.targets, ['source_file']) as Dataset['targets'],
    results: omit(dataset.results, ['source_file', 'notes', 'published_on']) as Dataset['results'],
    unit_order: unitOrder,
    target_index: {indicator: indicatorIndex(dataset)},
  };
}
