// The dataset as the widget loads it (dist/data/dataset.json): the tables without what the widget never shows,
// the unit order precomputed with Intl.Collator here in Node, so the page sorts 700 districts by a number, and
// the positions of each indicator's targets, so a chart of one indicator reads its rows without scanning them all.
// Used by `npm run data:build` and by the bench for its SYNTHETIC dataset, so both go through the same build.
import {unitName} from '../../src/charts/common.js';
import type {Dataset} from '../../src/data/schema.js';
import {TEXT_FIELDS, type WidgetText} from '../../src/data/widget-text.js';
import {LANGS} from '../../src/i18n/index.js';
// Unit names are sorted in both languages here: the English texts too.
import '../../src/i18n/en.js';

const LOCALES = {vi: 'vi-VN', en: 'en-GB'} as const;

const omit = <T extends object>(rows: T[], keys: string[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));

/** The positions of each indicator's targets, in file order. */
function indicatorIndex(dataset: Dataset): Record<string, number[]> {
  const index: Record<string, number[]> = {};
  dataset.targets.forEach((t, k) => (index[t.indicator_id] ??= []).push(k));
  return index;
}

function unitOrderOf(dataset: Dataset): Dataset['unit_order'] {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const collator = new Intl.Collator(LOCALES[lang]);
      const named = dataset.units.map((u) => ({id: u.unit_id, name: unitName(dataset, u.unit_id, lang)}));
      return [lang, named.sort((a, b) => collator.compare(a.name, b.name)).map((u) => u.id)];
    }),
  ) as Dataset['unit_order'];
}

export function widgetDataset(dataset: Dataset): Dataset {
  const unitOrder = unitOrderOf(dataset);
  // Every byte of this file is on the path to the first content: what the widget never shows (file names, hashes,
  // curators' notes on plans, units and results, the indicators' comparability and denominator texts, parent
  // units, successors' codes and names, publication dates, the programmes' sources) stays in the CSVs and the
  // per-table JSON. Kept for resolving `unit`: code, slug, aliases, kind, valid_from/valid_to, unit_2025.
  return {
    ...dataset,
    plans: omit(dataset.plans, ['source_file', 'source_sha256', 'notes']) as Dataset['plans'],
    // Of a programme the widget reads its period and whether it is a draft; its decision and title are the CSVs'.
    programmes: omit(dataset.programmes ?? [], [
      'source_file',
      'source_url',
      'quote',
      'notes',
      'title',
      'title_en',
      'decision_no',
      'decided_on',
      'plan_id',
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

const pick = <T extends object>(row: T, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k)));

/**
 * The widget dataset split for the first-content budget (src/data/widget-text.ts): the core keeps the units with a
 * plan or a result (and the 2025 provinces they belong to), every plan, target and value-type result without their
 * texts; the text has the rest. mergeText(core, text) equals widgetDataset(dataset) up to the order of results.
 */
export function widgetSplit(dataset: Dataset): {core: Dataset; text: WidgetText} {
  const full = widgetDataset(dataset);
  const used = new Set([...full.plans.map((p) => p.unit_id), ...full.results.map((r) => r.unit_id), 'VN']);
  const kept = new Set(
    full.units.filter((u) => used.has(u.unit_id)).flatMap((u) => [u.unit_id, u.unit_2025 ?? u.unit_id]),
  );
  const coreUnits = full.units.filter((u) => kept.has(u.unit_id));
  const strip = <T extends object>(rows: T[], keys: readonly string[]) => omit(rows, [...keys]) as T[];
  const context = full.results.filter((r) => r.result_kind === 'count_context');
  // No index of targets by indicator: a chart scans the core's few hundred rows (the index is for a dataset of
  // thousands, the bench's synthetic one, which goes through widgetDataset).
  const {target_index: _index, ...rest} = full;
  const core: Dataset = {
    ...rest,
    units: strip(coreUnits, TEXT_FIELDS.units),
    indicators: strip(full.indicators, TEXT_FIELDS.indicators),
    groups: strip(full.groups, TEXT_FIELDS.groups),
    plans: strip(full.plans, TEXT_FIELDS.plans),
    targets: strip(full.targets, TEXT_FIELDS.targets),
    results: strip(
      full.results.filter((r) => r.result_kind !== 'count_context'),
      TEXT_FIELDS.results,
    ),
    // No unit order in the core (187 bytes of the first-content budget): a first content that sorts units (a units
    // view of some ten provinces) collates their names; the text brings the order of every unit.
    unit_order: undefined,
  };
  const text: WidgetText = {
    version: full.version,
    targets: Object.fromEntries(
      full.targets.map((t) => [t.target_id, pick(t, TEXT_FIELDS.targets)]),
    ) as WidgetText['targets'],
    results: Object.fromEntries(
      full.results
        .filter((r) => r.result_kind !== 'count_context')
        .map((r) => [r.result_id, pick(r, TEXT_FIELDS.results)]),
    ) as WidgetText['results'],
    plans: Object.fromEntries(full.plans.map((p) => [p.plan_id, pick(p, TEXT_FIELDS.plans)])) as WidgetText['plans'],
    units: Object.fromEntries(coreUnits.map((u) => [u.unit_id, pick(u, TEXT_FIELDS.units)])) as WidgetText['units'],
    indicators: Object.fromEntries(
      full.indicators.map((i) => [i.indicator_id, pick(i, TEXT_FIELDS.indicators)]),
    ) as WidgetText['indicators'],
    groups: Object.fromEntries(
      full.groups.map((g) => [g.group_id, pick(g, TEXT_FIELDS.groups)]),
    ) as WidgetText['groups'],
    extra: {results: context, units: full.units.filter((u) => !kept.has(u.unit_id))},
    unit_order: full.unit_order,
  };
  return {core, text};
}
