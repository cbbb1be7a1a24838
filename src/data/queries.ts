/**
 * Queries over plain rows: no arquero, no DOM, so the widget can run them on a page whose CSP forbids
 * `unsafe-eval`, and the researchers' API wraps them in arquero tables.
 */
import type {Dataset, Indicator, Period, Plan, Result, Target} from './schema.js';
import {attainmentStatus, type Status} from './status.js';

const ROLE_RANK = {objective: 0, task: 1, assignment: 2} as const;

const byIndicator = new WeakMap<readonly Target[], Map<string, Target[]>>();
const plansById = new WeakMap<readonly Plan[], Map<string, Plan>>();

/**
 * A dataset's targets on one indicator, in file order, kept per targets array: a units view over 700 districts
 * asks for the same indicator several times, and one pass over the dataset is enough.
 */
export function targetsOn(ds: Pick<Dataset, 'targets' | 'target_index'>, indicatorId: string): Target[] {
  let cache = byIndicator.get(ds.targets);
  if (!cache) byIndicator.set(ds.targets, (cache = new Map()));
  let list = cache.get(indicatorId);
  if (!list) {
    const all = ds.targets;
    // The widget's dataset.json lists each indicator's rows (scripts/lib/widget-dataset.ts): reading 1,500 rows
    // instead of scanning 30,000 is most of the difference on a large dataset. Checked as it is read.
    const positions = ds.target_index?.indicator?.[indicatorId];
    if (Array.isArray(positions)) {
      list = positions.map((i) => all[i]);
      if (list.some((t) => t?.indicator_id !== indicatorId)) list = undefined;
    }
    if (!list) {
      list = [];
      for (let i = 0; i < all.length; i++) if (all[i].indicator_id === indicatorId) list.push(all[i]);
    }
    cache.set(indicatorId, list);
  }
  return list;
}

/** Plans by id, built once per plans array (the widget looks plans up for every row it labels). */
export function planIndex(plans: Plan[]): Map<string, Plan> {
  let index = plansById.get(plans);
  if (!index) plansById.set(plans, (index = new Map(plans.map((p) => [p.plan_id, p]))));
  return index;
}

/**
 * The one row that stands for a unit's target on an indicator in a period, for comparisons: objectives before
 * tasks, the programme decision before plans implementing it, the final deadline before milestones (so a five-year
 * plan's 2025 target before an annual plan's), then file order.
 */
export function headlineTargets(rows: Target[], plans: Plan[], acrossUnits = false): Target[] {
  const planById = planIndex(plans);
  const order = new Map(rows.map((r, k) => [r, k]));
  const best = new Map<string, Target>();
  // The programme decision first (programme_basis; a 1.0 dataset.json has only `parent`, empty for the decisions).
  const decisionRank = (p: Plan | undefined) =>
    p?.programme_basis ? (p.programme_basis === 'programme' ? 0 : 1) : p?.parent ? 1 : 0;
  const rank = (t: Target) => [
    ROLE_RANK[t.section_role],
    decisionRank(planById.get(t.plan_id)),
    -t.target_year,
    order.get(t)!,
  ];
  // A 2025 province read with its predecessors is one unit: one headline per period across them (acrossUnits).
  const keyOf = (t: Target) => `${acrossUnits ? '' : t.unit_id}|${t.period}|${t.indicator_id}|${t.measure}`;
  for (const t of rows) {
    const key = keyOf(t);
    const cur = best.get(key);
    if (!cur || lexLess(rank(t), rank(cur))) best.set(key, t);
  }
  return rows.filter((t) => best.get(keyOf(t)) === t);
}

/** Code-point order, for ISO dates and period labels (localeCompare would load ICU's collation data). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * How a unit's headline target changed from one period (or plan) to the next. "new" and "dropped" only when the unit
 * has a plan in both periods in the dataset and both periods' plans are `full` (their whole target section is in the
 * dataset); "excerpt_<period>" (e.g. "excerpt_2021_2025", "chỉ có trong kế hoạch 2021–2025 theo trích đoạn") when
 * the target is stated in that period only and a plan on either side is known from an excerpt, so its absence from
 * the other says nothing; "only_<period>" (e.g. "only_2021_2025"): the dataset has no plan of the unit for the other
 * period, which says nothing about whether one exists. "raised", "lowered" and "unchanged" only between two targets
 * that may be compared (comparableTargets); two that may not are "differs" (Hà Nội's 62.500 upper-secondary students
 * of 2025, one of three parts of 202.000, against 100.000 students of every kind in 2026).
 */
export type Change =
  'raised' | 'lowered' | 'unchanged' | 'differs' | 'new' | 'dropped' | `only_${string}` | `excerpt_${string}`;

/**
 * Whether the dataset holds a plan's whole target section. A dataset.json before 1.2.0 has no `completeness`: the
 * official texts are whole, the pages quoting a plan are excerpts.
 */
export function isFullPlan(p: Pick<Plan, 'source_kind'> & Partial<Pick<Plan, 'completeness'>>): boolean {
  return (p.completeness ?? (p.source_kind === 'official' ? 'full' : 'excerpt')) === 'full';
}

export interface PeriodPair {
  unit_id: string;
  indicator_id: string;
  measure: Target['measure'];
  /** The two periods compared (the earlier first). */
  before_period: Period;
  after_period: Period;
  before: Target | null;
  after: Target | null;
  change: Change;
  /**
   * Whether the two values may be compared: same measure (and for counts the same thing counted), and what the
   * indicator's `comparison` rule asks (same scope, or never). False when either side is missing.
   */
  comparable: boolean;
}

const lower = (x: string | null | undefined) => (x ?? '').trim();
const indicatorsById = new WeakMap<readonly Indicator[], Map<string, Indicator>>();
function indicatorIndex(indicators: readonly Indicator[]): Map<string, Indicator> {
  let i = indicatorsById.get(indicators);
  if (!i) indicatorsById.set(indicators, (i = new Map(indicators.map((x) => [x.indicator_id, x]))));
  return i;
}

/**
 * Whether two targets of one indicator may be compared (across periods, plans or units), by the indicator's
 * `comparison` rule: never across measures (a count and a percent are different things), never two counts of
 * different things; "none": never; "same_scope": when the scope is the same; "direct": otherwise always.
 */
export function comparableTargets(
  a: Pick<Target, 'indicator_id' | 'measure' | 'scope' | 'counted'>,
  b: Pick<Target, 'indicator_id' | 'measure' | 'scope' | 'counted'>,
  indicators: readonly Indicator[],
): boolean {
  if (a.indicator_id !== b.indicator_id || a.measure !== b.measure) return false;
  if (a.measure === 'count' && lower(a.counted) !== lower(b.counted)) return false;
  const rule = indicatorIndex(indicators).get(a.indicator_id)?.comparison ?? 'same_scope';
  if (rule === 'none') return false;
  if (rule === 'same_scope') return lower(a.scope) === lower(b.scope);
  return true;
}

/** The unit ids a query is about: one id, or several (a 2025 province and its predecessors). */
const idSet = (unitIds: string | readonly string[]) => new Set(typeof unitIds === 'string' ? [unitIds] : unitIds);

/** Periods for which the dataset has plans, in time order. */
export function periodsIn(ds: Pick<Dataset, 'plans'>): Period[] {
  return [...new Set(ds.plans.map((p) => p.period))].sort(compareText);
}

/** Periods for which the dataset has a plan of the unit(s), in time order. */
export function periodsOf(ds: Pick<Dataset, 'plans'>, unitIds: string | readonly string[]): Period[] {
  const ids = idSet(unitIds);
  return [...new Set(ds.plans.filter((p) => ids.has(p.unit_id)).map((p) => p.period))].sort(compareText);
}

/**
 * The two periods a comparison of the unit(s) shows by default: its last two periods with plans; with plans in one
 * period only, that period and the programme period before it (or after it, for the first one), so that the
 * comparison says "only_<period>" rather than nothing.
 */
export function defaultPeriods(
  ds: Pick<Dataset, 'plans' | 'programmes'>,
  unitIds: string | readonly string[],
): [Period, Period] | null {
  const have = periodsOf(ds, unitIds);
  if (have.length >= 2) return [have[have.length - 2], have[have.length - 1]];
  if (!have.length) return null;
  const all = [...new Set([...(ds.programmes ?? []).map((p) => p.period), ...periodsIn(ds)])].sort(compareText);
  const k = all.indexOf(have[0]);
  if (k > 0) return [all[k - 1], have[0]];
  if (k >= 0 && k + 1 < all.length) return [have[0], all[k + 1]];
  return null;
}

/**
 * Pairs a unit's headline targets of two periods, indicator by indicator (and measure). `unitIds` may list a 2025
 * province and its predecessors (resolveUnits): their plans are read as one unit's. Periods default to
 * `defaultPeriods`.
 */
export function pairPeriods(
  ds: Pick<Dataset, 'targets' | 'plans' | 'programmes'> & Partial<Pick<Dataset, 'indicators'>>,
  unitIds: string | readonly string[],
  indicatorIds?: string[],
  periods?: {before?: Period; after?: Period},
): PeriodPair[] {
  const ids = idSet(unitIds);
  const defaults = defaultPeriods(ds, [...ids]);
  const p1 = periods?.before ?? defaults?.[0];
  const p2 = periods?.after ?? defaults?.[1];
  if (!p1 || !p2) return [];
  const have = new Set(periodsOf(ds, [...ids]));
  const rows = headlineTargets(
    ds.targets.filter(
      (t) =>
        ids.has(t.unit_id) &&
        (t.period === p1 || t.period === p2) &&
        (!indicatorIds || indicatorIds.includes(t.indicator_id)),
    ),
    ds.plans,
    true,
  );
  const keys = [...new Set(rows.map((t) => `${t.indicator_id}|${t.measure}`))];
  const first = [...ids][0];
  // A period's plans of the unit are all whole (`full`): only then is a target absent from them known to be absent.
  const whole = (period: Period) =>
    ds.plans.filter((p) => ids.has(p.unit_id) && p.period === period).every((p) => isFullPlan(p));
  const bothWhole = whole(p1) && whole(p2);
  return keys.map((key) => {
    const [indicator_id, measure] = key.split('|') as [string, Target['measure']];
    const before = rows.find((t) => t.period === p1 && `${t.indicator_id}|${t.measure}` === key) ?? null;
    const after = rows.find((t) => t.period === p2 && `${t.indicator_id}|${t.measure}` === key) ?? null;
    const both = have.has(p1) && have.has(p2);
    const comparable = !!before && !!after && comparableTargets(before, after, ds.indicators ?? []);
    let change: Change;
    if (!both) change = `only_${(have.has(p1) ? p1 : p2).replace('-', '_')}`;
    else if (before && after) change = comparable || !ds.indicators ? changeOf(before, after) : 'differs';
    else if (bothWhole) change = changeOf(before, after);
    else change = `excerpt_${(before ?? after)!.period.replace('-', '_')}`;
    return {
      unit_id: (after ?? before)?.unit_id ?? first,
      indicator_id,
      measure,
      before_period: p1,
      after_period: p2,
      before,
      after,
      change,
      comparable,
    };
  });
}

/** The change between two headline targets of a unit that has a plan in both periods. */
export function changeOf(before: Target | null, after: Target | null): Change {
  if (!before) return 'new';
  if (!after) return 'dropped';
  if (after.value > before.value) return 'raised';
  if (after.value < before.value) return 'lowered';
  return 'unchanged';
}

/** One plan of a unit, with its headline target per indicator and measure. */
export interface PlanStep {
  plan: Plan;
  targets: Target[];
}

/** Plans in time order: first year, last year, date of issue (unknown last), id. */
export function comparePlans(a: Plan, b: Plan): number {
  return (
    a.span_start - b.span_start ||
    a.span_end - b.span_end ||
    compareText(a.issued_on ?? '9999', b.issued_on ?? '9999') ||
    compareText(a.plan_id, b.plan_id)
  );
}

/**
 * A unit's plans in time order, each with its headline target per indicator and measure: the five-year plan and
 * the annual plans inside it (Huế 2021-2025, then 2022, 2023, 2024), across periods (Hà Nội 2025 → 2026), and, for a
 * 2025 province given with its predecessors, their plans too. Plans without a target on the indicators asked for
 * are left out. The pure query behind the periods view and `periodComparison(unit, {by: 'plan'})`.
 */
export function planSeries(
  ds: Pick<Dataset, 'targets' | 'plans'>,
  unitIds: string | readonly string[],
  indicatorIds?: readonly string[],
): PlanStep[] {
  const ids = idSet(unitIds);
  const byPlan = new Map<string, Target[]>();
  for (const t of ds.targets) {
    if (!ids.has(t.unit_id) || (indicatorIds && !indicatorIds.includes(t.indicator_id))) continue;
    const list = byPlan.get(t.plan_id);
    if (list) list.push(t);
    else byPlan.set(t.plan_id, [t]);
  }
  const plans = planIndex(ds.plans as Plan[]);
  return [...byPlan.keys()]
    .map((id) => plans.get(id)!)
    .sort(comparePlans)
    .map((plan) => ({plan, targets: headlineTargets(byPlan.get(plan.plan_id)!, ds.plans)}));
}

/** One row of a plan series: a plan's headline target on an indicator, against the unit's previous plan that has one. */
export interface SeriesChange {
  step: number;
  plan: Plan;
  target: Target;
  previous: Target | null;
  /** "first": no earlier plan of the unit in the dataset states this indicator in this measure. */
  change: 'first' | 'raised' | 'lowered' | 'unchanged';
  comparable: boolean;
}

/** The targets of a plan series, each against the previous plan's target on the same indicator and measure. */
export function seriesChanges(steps: PlanStep[], indicators: readonly Indicator[]): SeriesChange[] {
  const last = new Map<string, Target>();
  const out: SeriesChange[] = [];
  steps.forEach((s, step) => {
    for (const target of s.targets) {
      const key = `${target.indicator_id}|${target.measure}`;
      const previous = last.get(key) ?? null;
      const change = !previous
        ? 'first'
        : target.value > previous.value
          ? 'raised'
          : target.value < previous.value
            ? 'lowered'
            : 'unchanged';
      out.push({
        step,
        plan: s.plan,
        target,
        previous,
        change,
        comparable: !!previous && comparableTargets(previous, target, indicators),
      });
      last.set(key, target);
    }
  });
  return out;
}

/** A dataset result, or one supplied by the page (source_kind "page": the embedding site's own report). */
export type ResultLike = Omit<
  Result,
  'source_kind' | 'source_file' | 'quote' | 'source_url' | 'source_title' | 'comparator'
> & {
  /** "hơn 10.600" is `>` 10600; absent (a page's result, a dataset.json before 1.2.0) means "=". */
  comparator?: Result['comparator'];
  source_kind: Result['source_kind'] | 'page';
  source_file?: string | null;
  quote: string | null;
  source_url: string | null;
  source_title: string | null;
};

export interface TargetWithResult extends Target {
  result: ResultLike | null;
  /** Results that count units meeting the target or reporting the activity (60 of 63 provinces): never the value. */
  unit_counts: ResultLike[];
  /** Counts of activity (result_kind count_context) of the unit, indicator and period: context, never attainment. */
  context: ResultLike[];
  /**
   * Set when the row is another unit's target (the national programme's) that this unit reports against without a
   * plan of its own in the dataset (Yên Bái against QĐ 361): the result and status are this unit's.
   */
  reported_by: string | null;
  status: Status;
  direction: Indicator['direction'];
}

/** A target as a row of a view: its own unit's, or the national target a unit reports against (`reported_by`). */
export type TargetRow = Target & {reported_by?: string | null};

/**
 * Joins targets with reported results. A result names its target_id (and belongs to a row when its unit is the row's
 * unit, or the row's `reported_by`), or else matches every target of its unit, indicator and period with the same
 * measure. Only result_kind "value" sets the status; where several match, the latest as_of wins (ISO order; "2020"
 * before "2020-11-27"). units_* counts and count_context rows without a target attach to the period's final deadline.
 */
export function joinResults(targets: TargetRow[], results: ResultLike[], indicators: Indicator[]): TargetWithResult[] {
  const dir = new Map(indicators.map((i) => [i.indicator_id, i.direction]));
  const unitOf = (t: TargetRow) => t.reported_by ?? t.unit_id;
  // A unit count without a target (e.g. "60/63 provinces" for 2016-2020) belongs to the programme's final deadline,
  // not to each milestone.
  const finalYear = new Map<string, number>();
  for (const t of targets) {
    const k = `${unitOf(t)}|${t.indicator_id}|${t.period}`;
    finalYear.set(k, Math.max(finalYear.get(k) ?? 0, t.target_year));
  }
  // Results indexed once: by target and unit, and by unit|indicator|period for those that name no target; only those
  // that can match one of these targets (a units view joins 700 targets against every result of the dataset).
  const targetKeys = new Set<string>();
  for (const t of targets) targetKeys.add(`${t.target_id}|${unitOf(t)}`);
  const byTarget = new Map<string, ResultLike[]>();
  const byKey = new Map<string, ResultLike[]>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const map = r.target_id ? byTarget : byKey;
    const key = r.target_id ? `${r.target_id}|${r.unit_id}` : `${r.unit_id}|${r.indicator_id}|${r.period}`;
    if (r.target_id ? !targetKeys.has(key) : !finalYear.has(key)) continue;
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return targets.map((t) => {
    const k = `${unitOf(t)}|${t.indicator_id}|${t.period}`;
    const matching = [
      ...(byTarget.get(`${t.target_id}|${unitOf(t)}`) ?? []),
      ...(byKey.get(k) ?? []).filter((r) => r.result_kind === 'value' || t.target_year === finalYear.get(k)),
    ];
    const values = matching
      .filter((r) => r.result_kind === 'value' && r.measure === t.measure)
      .sort((a, b) => compareText(b.as_of ?? '', a.as_of ?? ''));
    const result = values[0] ?? null;
    const direction = dir.get(t.indicator_id) ?? 'higher_is_better';
    return {
      ...t,
      reported_by: t.reported_by ?? null,
      result,
      unit_counts: matching.filter(
        (r) => r.result_kind === 'units_meeting_target' || r.result_kind === 'units_with_activity',
      ),
      context: matching.filter((r) => r.result_kind === 'count_context'),
      direction,
      status: attainmentStatus({...t, direction}, result),
    };
  });
}

/**
 * The targets of other units (the national programme's) that the unit(s) report results against, as rows with
 * `reported_by`: for a unit without its own plan in a period (Yên Bái 2016-2020 against QĐ 361's 2017 and 2020
 * milestones), these are its attainment rows.
 */
export function reportedTargets(
  ds: Pick<Dataset, 'targets' | 'results'>,
  unitIds: string | readonly string[],
  period?: Period | null,
  results: readonly ResultLike[] = ds.results,
): TargetRow[] {
  const ids = idSet(unitIds);
  // Only results that name a target and belong to these units; the targets they name, found in one pass.
  const mine = results.filter((r) => r.target_id && ids.has(r.unit_id));
  if (!mine.length) return [];
  const wanted = new Set(mine.map((r) => r.target_id!));
  const byId = new Map<string, Target>();
  for (const t of ds.targets) if (wanted.has(t.target_id)) byId.set(t.target_id, t);
  const seen = new Set<string>();
  const out: TargetRow[] = [];
  for (const r of mine) {
    const t = byId.get(r.target_id!);
    if (!t || t.unit_id === r.unit_id || (period && t.period !== period)) continue;
    const key = `${t.target_id}|${r.unit_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({...t, reported_by: r.unit_id});
  }
  return out;
}

/**
 * What an attainment view of the unit(s) in a period shows: their own targets, and the targets they report against
 * (reportedTargets), joined with the dataset's results and any given by the page.
 */
export function attainmentOf(
  ds: Pick<Dataset, 'targets' | 'results' | 'indicators'>,
  unitIds: string | readonly string[],
  period: Period | null,
  results: readonly ResultLike[] = [],
): TargetWithResult[] {
  const ids = idSet(unitIds);
  const all = [...ds.results, ...results];
  const own = ds.targets.filter((t) => ids.has(t.unit_id) && (!period || t.period === period));
  return joinResults([...own, ...reportedTargets(ds, [...ids], period, all)], all, ds.indicators);
}

/** Periods in which the unit(s) have a plan or report results against another unit's target, in time order. */
export function periodsWithRows(
  ds: Pick<Dataset, 'plans' | 'targets' | 'results'>,
  unitIds: string | readonly string[],
): Period[] {
  const reported = reportedTargets(ds, unitIds).map((t) => t.period);
  return [...new Set([...periodsOf(ds, unitIds), ...reported])].sort(compareText);
}
