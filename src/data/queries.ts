/**
 * Queries over plain rows: no arquero, no DOM, so the widget can run them on a page whose CSP forbids
 * `unsafe-eval`, and the researchers' API wraps them in arquero tables.
 */
import type {Dataset, Indicator, Period, Plan, Result, Target} from './schema.js';
import {PERIODS} from './constants.js';
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
 * tasks, the programme decision before plans implementing it, the final deadline before milestones, then file order.
 */
export function headlineTargets(rows: Target[], plans: Plan[]): Target[] {
  const planById = planIndex(plans);
  const order = new Map(rows.map((r, k) => [r, k]));
  const best = new Map<string, Target>();
  const rank = (t: Target) => [
    ROLE_RANK[t.section_role],
    planById.get(t.plan_id)?.parent ? 1 : 0,
    -t.target_year,
    order.get(t)!,
  ];
  for (const t of rows) {
    const key = `${t.unit_id}|${t.period}|${t.indicator_id}|${t.measure}`;
    const cur = best.get(key);
    if (!cur || lexLess(rank(t), rank(cur))) best.set(key, t);
  }
  return rows.filter((t) => best.get(`${t.unit_id}|${t.period}|${t.indicator_id}|${t.measure}`) === t);
}

/** Code-point order, for ISO dates and period labels (localeCompare would load ICU's collation data). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

export type Change = 'raised' | 'lowered' | 'unchanged' | 'new' | 'dropped';

export interface PeriodPair {
  unit_id: string;
  indicator_id: string;
  measure: Target['measure'];
  before: Target | null;
  after: Target | null;
  change: Change;
  /** False where the two rows count different things (scope differs); the comparability text says how. */
  comparable: boolean;
}

/** Pairs a unit's 2016-2020 and 2021-2025 headline targets, indicator by indicator. */
export function pairPeriods(
  ds: Pick<Dataset, 'targets' | 'plans'>,
  unitId: string,
  indicatorIds?: string[],
): PeriodPair[] {
  const rows = headlineTargets(
    ds.targets.filter((t) => t.unit_id === unitId && (!indicatorIds || indicatorIds.includes(t.indicator_id))),
    ds.plans,
  );
  const [p1, p2] = PERIODS;
  const keys = [...new Set(rows.map((t) => `${t.indicator_id}|${t.measure}`))];
  return keys.map((key) => {
    const [indicator_id, measure] = key.split('|') as [string, Target['measure']];
    const before = rows.find((t) => t.period === p1 && `${t.indicator_id}|${t.measure}` === key) ?? null;
    const after = rows.find((t) => t.period === p2 && `${t.indicator_id}|${t.measure}` === key) ?? null;
    return {
      unit_id: unitId,
      indicator_id,
      measure,
      before,
      after,
      change: changeOf(before, after),
      comparable: sameScope(before, after),
    };
  });
}

export function changeOf(before: Target | null, after: Target | null): Change {
  if (!before) return 'new';
  if (!after) return 'dropped';
  if (after.value > before.value) return 'raised';
  if (after.value < before.value) return 'lowered';
  return 'unchanged';
}

function sameScope(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return true;
  return (a.scope ?? '') === (b.scope ?? '') || !a.scope || !b.scope;
}

/** Periods for which a unit has a plan. */
export function periodsOf(ds: Pick<Dataset, 'plans'>, unitId: string): Period[] {
  return PERIODS.filter((p) => ds.plans.some((pl) => pl.unit_id === unitId && pl.period === p));
}

/** A dataset result, or one supplied by the page (source_kind "page": the embedding site's own report). */
export type ResultLike = Omit<Result, 'source_kind' | 'source_file' | 'quote' | 'source_url' | 'source_title'> & {
  source_kind: Result['source_kind'] | 'page';
  source_file?: string | null;
  quote: string | null;
  source_url: string | null;
  source_title: string | null;
};

export interface TargetWithResult extends Target {
  result: ResultLike | null;
  /** Results that count units meeting the target (e.g. 60 of 63 provinces): context, never the indicator's value. */
  unit_counts: ResultLike[];
  status: Status;
  direction: Indicator['direction'];
}

/**
 * Joins targets with reported results. A result names its target_id, or else matches every target of its unit,
 * indicator and period with the same measure. Only result_kind "value" sets the status; where several match,
 * the latest as_of wins.
 */
export function joinResults(targets: Target[], results: ResultLike[], indicators: Indicator[]): TargetWithResult[] {
  const dir = new Map(indicators.map((i) => [i.indicator_id, i.direction]));
  // A unit count without a target (e.g. "60/63 provinces" for 2016-2020) belongs to the programme's final deadline,
  // not to each milestone.
  const finalYear = new Map<string, number>();
  for (const t of targets) {
    const k = `${t.unit_id}|${t.indicator_id}|${t.period}`;
    finalYear.set(k, Math.max(finalYear.get(k) ?? 0, t.target_year));
  }
  // Results indexed once: by target, and by unit|indicator|period for those that name no target; only those that
  // can match one of these targets (a units view joins 700 targets against every result of the dataset).
  const targetIds = new Set<string>();
  for (const t of targets) targetIds.add(t.target_id);
  const byTarget = new Map<string, ResultLike[]>();
  const byKey = new Map<string, ResultLike[]>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const map = r.target_id ? byTarget : byKey;
    const key = r.target_id ? r.target_id : `${r.unit_id}|${r.indicator_id}|${r.period}`;
    if (r.target_id ? !targetIds.has(key) : !finalYear.has(key)) continue;
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return targets.map((t) => {
    const k = `${t.unit_id}|${t.indicator_id}|${t.period}`;
    const matching = [
      ...(byTarget.get(t.target_id) ?? []),
      ...(byKey.get(k) ?? []).filter((r) => r.result_kind === 'value' || t.target_year === finalYear.get(k)),
    ];
    const values = matching
      .filter((r) => r.result_kind === 'value' && r.measure === t.measure)
      .sort((a, b) => compareText(b.as_of ?? '', a.as_of ?? ''));
    const result = values[0] ?? null;
    const direction = dir.get(t.indicator_id) ?? 'higher_is_better';
    return {
      ...t,
      result,
      unit_counts: matching.filter((r) => r.result_kind !== 'value'),
      direction,
      status: attainmentStatus({...t, direction}, result),
    };
  });
}
