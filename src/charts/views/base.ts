/** What the views share when they build a model: the notes, the results join, the empty state. */
import {joinResults, type ResultLike, type TargetWithResult} from '../../data/queries.js';
import type {Request} from '../../data/request.js';
import type {Target} from '../../data/schema.js';
import {MESSAGES, STATUS_SYMBOL, formatDate} from '../../i18n/index.js';
import {indicatorLabel, indicatorOf, unitName, type ChartContext} from '../common.js';
import type {LegendItem, ViewModel} from './view.js';

/** The names of the units the reader asked for ("Tỉnh Quảng Trị" for "44"), for titles and summaries. */
export function askedNames(ctx: ChartContext, req: Request, inSentence = false): string {
  return req.asked.map((u) => unitName(ctx.ds, u.unit_id, ctx.lang, inSentence)).join(', ');
}

/**
 * The fields every model starts with: no offer, not empty, and a note where the plans drawn are another unit's
 * than the one asked for ("44": the former Quảng Trị's plans, part of today's Quảng Trị since 1 July 2025).
 */
export function baseModel(ctx: ChartContext, req: Request): Pick<ViewModel, 'notes' | 'offerIndicatorForm' | 'empty'> {
  const {ds, lang} = ctx;
  const notes: string[] = [];
  const asked = new Set(req.asked.map((u) => u.unit_id));
  const drawn = req.units.filter((u) => !asked.has(u.unit_id));
  if (drawn.length) {
    const from = formatDate(lang, req.via?.from ?? req.asked[0]?.valid_from ?? drawn[0].successor_from);
    const [today] = req.asked;
    // A former province whose name continues (Quảng Ngãi): said once, by what changed, not "Quảng Ngãi (cũ); thuộc
    // Quảng Ngãi", which reads as circular on air.
    if (drawn.length === 1 && req.asked.length === 1 && drawn[0].name === today.name) {
      const others = ds.units
        .filter((u) => u.unit_2025 === today.unit_id && u.unit_id !== today.unit_id && u.unit_id !== drawn[0].unit_id)
        .map((u) => unitName(ds, u.unit_id, lang, true));
      notes.push(MESSAGES[lang].mergedNote(askedNames(ctx, req, true), others.join(', '), from));
    } else {
      const names = drawn.map((u) => unitName(ds, u.unit_id, lang, true)).join(', ');
      notes.push(MESSAGES[lang].successorNote(names, askedNames(ctx, req, true), from));
    }
  }
  return {notes, offerIndicatorForm: null, empty: null};
}

/** Targets joined with the dataset's results and the page's. */
export function joinWith(ctx: ChartContext, results: ResultLike[]): (ts: Target[]) => TargetWithResult[] {
  return (ts) => joinResults(ts, [...ctx.ds.results, ...results], ctx.ds.indicators);
}

/** The plans rows come from, in order of first appearance. */
export const plansOf = (ts: Target[]): string[] => [...new Set(ts.map((t) => t.plan_id))];

/** A model whose rows are joined with results when first read: the chart of a comparison does not need them. */
export function withLazyRows<T extends object>(
  model: T,
  ts: Target[],
  join: (ts: Target[]) => TargetWithResult[],
): T & Pick<ViewModel, 'rows' | 'plans'> {
  let rows: TargetWithResult[] | undefined;
  return Object.defineProperties(model, {
    rows: {get: () => (rows ??= join(ts)), enumerable: true},
    plans: {value: plansOf(ts), enumerable: true},
  }) as T & Pick<ViewModel, 'rows' | 'plans'>;
}

/** The indicators of some targets, labelled, for "available: …" when nothing matches. */
export function available(ctx: ChartContext, ts: Target[]): string[] {
  const ids = [...new Set(ts.map((t) => t.indicator_id))];
  return ids.map((id) => `${indicatorLabel(indicatorOf(ctx.ds, id), ctx.lang)} (${id})`);
}

/** The legend entries of the target marks (▶ floor, ◆ point, ▬ band). */
export function targetLegend(ctx: ChartContext, drawn?: readonly Pick<Target, 'comparator'>[]): LegendItem[] {
  const L = MESSAGES[ctx.lang].legend;
  // With the targets drawn given, only the symbols they use (a legend lists what the chart draws).
  const has = (...c: Target['comparator'][]) => !drawn || drawn.some((t) => c.includes(t.comparator));
  return [
    ...(has('>=', '>') ? [{kind: 'target' as const, symbol: '▶', text: L.floor}] : []),
    ...(has('=') ? [{kind: 'target' as const, symbol: '◆', text: L.point}] : []),
    ...(has('range') ? [{kind: 'zone' as const, symbol: '▬', text: L.band}] : []),
  ];
}

/** The legend entries of the four statuses. */
/** The statuses' legend: those of `shown` only when given (a legend lists what the chart draws). */
export function statusLegend(ctx: ChartContext, shown?: ReadonlySet<string>): LegendItem[] {
  const m = MESSAGES[ctx.lang];
  return (['met', 'not_met', 'not_due', 'no_data'] as const)
    .filter((s) => !shown || shown.has(s))
    .map((s) => ({
      kind: s,
      symbol: STATUS_SYMBOL[s],
      text: m.status[s],
    }));
}
