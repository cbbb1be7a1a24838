/**
 * The widget's dataset in two parts, for the bytes before a widget's first content (budget 40 kB gzip, script and
 * data). The core (`dataset-core.json`, carried inside plan-chart.js, its tables in columns) holds what a title and
 * summary need; the text (`dataset-text.json`, fetched as soon as a widget starts, read before its body is drawn)
 * holds what the body shows: scopes and plan titles (chart labels), verbatim quotes, notes, sections, source
 * addresses, issuers and bases of plans, the count_context results, and the units that have no plan and no result.
 * `mergeText(decodeCore(core), text)` gives back the whole widget dataset. Plain objects, no DOM:
 * `scripts/lib/widget-dataset.ts` writes both files, src/components/dataset-client.ts merges them.
 */
import type {Dataset, Group, Indicator, Plan, Result, Target, Unit} from './schema.js';

export interface WidgetText {
  /** The dataset version the text belongs to (must equal the core's). */
  version: string;
  targets: Record<
    string,
    Pick<Target, 'quote' | 'notes' | 'source_url' | 'section' | 'scope' | 'scope_en' | 'counted' | 'counted_en'>
  >;
  results: Record<
    string,
    Pick<Result, 'quote' | 'source_url' | 'source_title' | 'denominator_label_en' | 'counted' | 'counted_en'>
  >;
  plans: Record<string, Pick<Plan, 'issuer' | 'parent' | 'source_url' | 'title' | 'title_en'>>;
  /** The English names of the core's units, indicators and groups: an English widget waits for the text. */
  units: Record<string, Pick<Unit, 'name_en'>>;
  indicators: Record<string, Pick<Indicator, 'label_en'>>;
  groups: Record<string, Pick<Group, 'label_vi' | 'label_en'>>;
  /** Rows that are not in the core at all: results kept as context, units without plans or results. */
  extra: {results: Result[]; units: Unit[]};
  /** The unit order over every unit (the core's covers the core's units only). */
  unit_order?: Dataset['unit_order'];
}

/** Fields of each table that travel in the text file. */
export const TEXT_FIELDS = {
  // Scopes and what a count counts label the chart's rows and panels, in the body: not needed for a title and
  // summary (the first content's panels, split by what they count only for the height they reserve, are laid out
  // again with the text).
  targets: ['quote', 'notes', 'source_url', 'section', 'scope', 'scope_en', 'counted', 'counted_en'],
  results: ['quote', 'source_url', 'source_title', 'denominator_label_en', 'counted', 'counted_en'],
  // Plan titles name a plan without a number in the body's labels, footer and citation.
  plans: ['issuer', 'parent', 'source_url', 'title', 'title_en'],
  // English names: Vietnamese widgets, the common case, do not need them for their first content.
  units: ['name_en'],
  indicators: ['label_en'],
  // Group names label no title or summary (only the CSVs' readers and the codebook use them).
  groups: ['label_vi', 'label_en'],
} as const;

/** The tables of a dataset core as columns: the names once, then one array of values per row. */
export interface CoreColumns {
  version: string;
  columns: Record<string, {keys: string[]; rows: unknown[][]}>;
  unit_order?: Dataset['unit_order'];
}

const TABLE_NAMES = ['units', 'programmes', 'plans', 'groups', 'indicators', 'targets', 'results'] as const;

/**
 * What a target row repeats of its plan and its own id, which the core leaves out: `target_id` is
 * `plan_id:indicator_id` and a suffix (":2017", ":province"), its `unit_id`, `period` and `level` are its plan's.
 * In the core such a cell is 0 (the derived value) or, for the id, the suffix alone (":2017"); any other value is
 * kept as it is. `plan_id` is 0 where it is the previous row's (a plan's targets mostly follow each other) and
 * `indicator_id` the indicator's position in `indicators`. Together some 1.5 kB of the 40 kB first-content budget.
 */
const DERIVED = ['unit_id', 'period', 'level'] as const;

function packTargets(targets: readonly Target[], plans: readonly Plan[], indicators: readonly Indicator[]): object[] {
  const byId = new Map(plans.map((p) => [p.plan_id, p]));
  const at = new Map(indicators.map((x, k) => [x.indicator_id, k]));
  return targets.map((t, k) => {
    const p = byId.get(t.plan_id);
    const prefix = `${t.plan_id}:${t.indicator_id}`;
    const row: Record<string, unknown> = {...t};
    if (t.target_id === prefix) row.target_id = 0;
    else if (t.target_id.startsWith(`${prefix}:`)) row.target_id = t.target_id.slice(prefix.length);
    for (const d of DERIVED) if (p && p[d] === t[d]) row[d] = 0;
    if (k && targets[k - 1].plan_id === t.plan_id) row.plan_id = 0;
    if (at.has(t.indicator_id)) row.indicator_id = at.get(t.indicator_id);
    return row;
  });
}

function unpackTargets(
  rows: Record<string, unknown>[],
  plans: readonly Record<string, unknown>[],
  indicators: readonly Record<string, unknown>[],
): void {
  const byId = new Map(plans.map((p) => [p.plan_id, p]));
  rows.forEach((r, k) => {
    if (r.plan_id === 0 && k) r.plan_id = rows[k - 1].plan_id;
    if (typeof r.indicator_id === 'number') r.indicator_id = indicators[r.indicator_id]?.indicator_id;
    const prefix = `${String(r.plan_id)}:${String(r.indicator_id)}`;
    if (r.target_id === 0) r.target_id = prefix;
    else if (typeof r.target_id === 'string' && r.target_id.startsWith(':')) r.target_id = prefix + r.target_id;
    const p = byId.get(r.plan_id);
    for (const d of DERIVED) if (r[d] === 0 && p) r[d] = p[d];
  });
}

/** A dataset core as columns (what plan-chart.js carries): about a tenth smaller gzipped than rows of objects. */
export function encodeCore(core: Dataset): CoreColumns {
  const columns: CoreColumns['columns'] = {};
  for (const name of TABLE_NAMES) {
    const rows = (
      name === 'targets' ? packTargets(core.targets, core.plans, core.indicators) : (core[name] ?? [])
    ) as object[];
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    columns[name] = {keys, rows: rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null))};
  }
  return {version: core.version, columns, unit_order: core.unit_order};
}

/** Rows of objects again from a core in columns; a dataset in rows is returned as it is. */
export function decodeCore(json: unknown): Dataset {
  const c = json as Partial<CoreColumns>;
  if (!c || typeof c !== 'object' || !c.columns) return json as Dataset;
  const out: Record<string, unknown> = {version: c.version, unit_order: c.unit_order};
  for (const [name, {keys, rows}] of Object.entries(c.columns)) {
    out[name] = rows.map((values) => {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) row[keys[k]] = values[k];
      return row;
    });
  }
  unpackTargets(
    (out.targets ?? []) as Record<string, unknown>[],
    (out.plans ?? []) as Record<string, unknown>[],
    (out.indicators ?? []) as Record<string, unknown>[],
  );
  return out as unknown as Dataset;
}

/** The whole widget dataset from its core and its text; throws when they are of different versions. */
export function mergeText(core: Dataset, text: WidgetText): Dataset {
  if (text.version !== core.version)
    throw new Error(`dataset text version mismatch: core ${core.version}, text ${text.version}`);
  const fill = <T extends object>(rows: T[], key: keyof T, table: keyof typeof TEXT_FIELDS) =>
    rows.map((r) => ({...r, ...(text[table] as Record<string, object>)[String(r[key])]}) as T);
  return {
    ...core,
    units: [...fill(core.units, 'unit_id', 'units'), ...text.extra.units],
    indicators: fill(core.indicators, 'indicator_id', 'indicators'),
    groups: fill(core.groups, 'group_id', 'groups'),
    plans: fill(core.plans, 'plan_id', 'plans'),
    targets: fill(core.targets, 'target_id', 'targets'),
    results: [...fill(core.results, 'result_id', 'results'), ...text.extra.results],
    unit_order: text.unit_order ?? core.unit_order,
  };
}
