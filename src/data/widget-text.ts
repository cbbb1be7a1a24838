/**
 * A proposal for the widget's bytes-before-first-content budget: the widget's dataset split in two. The core
 * (`dataset-core.json`, small enough to travel inside plan-chart.js) holds what the title, summary and marks need;
 * the text (`dataset-text.json`, loaded when a tooltip, the table, the CSV export or the citation first needs it)
 * holds the verbatim quotes, notes, sections, source addresses, issuers and bases of plans, the count_context results, and the units
 * that have no plan and no result. `mergeText(core, text)` gives back the whole widget dataset. Plain objects, no
 * DOM: `scripts/lib/widget-dataset.ts` writes both files, the component would merge them.
 */
import type {Dataset, Plan, Result, Target, Unit} from './schema.js';

export interface WidgetText {
  /** The dataset version the text belongs to (must equal the core's). */
  version: string;
  targets: Record<string, Pick<Target, 'quote' | 'notes' | 'source_url' | 'section'>>;
  results: Record<string, Pick<Result, 'quote' | 'source_url' | 'source_title'>>;
  plans: Record<string, Pick<Plan, 'issuer' | 'parent' | 'source_url'>>;
  /** Rows that are not in the core at all: results kept as context, units without plans or results. */
  extra: {results: Result[]; units: Unit[]};
  /** The unit order over every unit (the core's covers the core's units only). */
  unit_order?: Dataset['unit_order'];
}

/** Fields of each table that travel in the text file. */
export const TEXT_FIELDS = {
  targets: ['quote', 'notes', 'source_url', 'section'],
  results: ['quote', 'source_url', 'source_title'],
  // Plan titles stay in the core: a chart of several plans labels its rows with a title where a plan has no number.
  plans: ['issuer', 'parent', 'source_url'],
} as const;

/** The whole widget dataset from its core and its text; throws when they are of different versions. */
export function mergeText(core: Dataset, text: WidgetText): Dataset {
  if (text.version !== core.version)
    throw new Error(`dataset text version mismatch: core ${core.version}, text ${text.version}`);
  const fill = <T extends object>(rows: T[], key: keyof T, table: keyof typeof TEXT_FIELDS) =>
    rows.map((r) => ({...r, ...(text[table] as Record<string, object>)[String(r[key])]}) as T);
  return {
    ...core,
    units: [...core.units, ...text.extra.units],
    plans: fill(core.plans, 'plan_id', 'plans'),
    targets: fill(core.targets, 'target_id', 'targets'),
    results: [...fill(core.results, 'result_id', 'results'), ...text.extra.results],
    unit_order: text.unit_order ?? core.unit_order,
  };
}
