/**
 * From a resolved request to what the widget shows: title, summary, panels (one Vega-Lite spec per measure)
 * and the rows behind them (for the table, the CSV export and the events). Pure.
 */
import {joinResults, pairPeriods, periodsOf, type ResultLike, type TargetWithResult} from '../data/queries.js';
import type {Request} from '../data/request.js';
import type {Target} from '../data/schema.js';
import {MESSAGES, formatDate, periodLabel} from '../i18n.js';
import {attainmentPanels} from './attainment.js';
import {indicatorLabel, indicatorOf, unitName, type ChartContext, type Panel} from './common.js';
import {indicatorPeriodPanels, unitPeriodPanels} from './periods.js';
import {attainmentSummary, indicatorPeriodsSummary, periodsSummary, unitsSummary} from './summary.js';
import {nationalTarget, unitsPanels} from './units.js';

export interface ViewModel {
  title: string;
  summary: string;
  panels: Panel[];
  /** The rows shown, joined with results and status (in the periods and units views, joined when first read). */
  readonly rows: TargetWithResult[];
  /** The plans the rows come from, in order of first appearance (for the source line). */
  plans: string[];
  /** Shown above the chart: a successor note, or why the requested form cannot be drawn. */
  notes: string[];
  /** periods view for a unit with one period: offer the indicator form instead (the indicator's label). */
  offerIndicatorForm: string | null;
  /** When nothing matches: the indicators the plan does have. */
  empty: {available: string[]} | null;
}

export function buildView(ctx: ChartContext, req: Request, results: ResultLike[]): ViewModel {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const names = req.units.map((u) => unitName(ds, u.unit_id, lang)).join(', ');
  const inSentence = req.units.map((u) => unitName(ds, u.unit_id, lang, true)).join(', ');
  const notes: string[] = [];
  if (req.via) notes.push(m.successor(req.via.name, formatDate(lang, req.via.from)) + ` — ${names}`);
  const join = (ts: Target[]) => joinResults(ts, [...ds.results, ...results], ds.indicators);
  const base = {notes, offerIndicatorForm: null, empty: null};
  const plansOf = (ts: Target[]) => [...new Set(ts.map((t) => t.plan_id))];
  /** Rows joined with results when first read: the chart of a comparison does not need them, the CSV does. */
  const lazyRows = <T extends object>(model: T, ts: Target[]): T & {rows: TargetWithResult[]; plans: string[]} => {
    let rows: TargetWithResult[] | undefined;
    return Object.defineProperties(model, {
      rows: {get: () => (rows ??= join(ts)), enumerable: true},
      plans: {value: plansOf(ts), enumerable: true},
    }) as T & {rows: TargetWithResult[]; plans: string[]};
  };

  if (req.view === 'attainment' || req.view === 'table') {
    const unitIds = req.units.map((u) => u.unit_id);
    const inPlan = ds.targets.filter((t) => unitIds.includes(t.unit_id) && t.period === req.period);
    const ts = inPlan.filter((t) => !req.indicators || req.indicators.includes(t.indicator_id));
    const rows = join(ts);
    const title = (req.view === 'table' ? m.title.table : m.title.attainment)(names, periodLabel(req.period!));
    const summary = attainmentSummary(lang, inSentence, periodLabel(req.period!), rows);
    if (!rows.length)
      return {...base, title, summary: '', panels: [], rows, plans: [], empty: {available: available(ctx, inPlan)}};
    return {
      ...base,
      title,
      summary,
      rows,
      plans: plansOf(rows),
      panels: req.view === 'table' ? [] : attainmentPanels(ctx, rows, `${title}. ${summary}`),
    };
  }

  if (req.view === 'periods' && req.form === 'unit') {
    const unit = req.units[0];
    const name = unitName(ds, unit.unit_id, lang);
    const have = periodsOf(ds, unit.unit_id);
    const title = m.title.periods(name);
    if (have.length < 2) {
      const indicator = indicatorLabel(indicatorOf(ds, req.indicators?.[0] ?? 'communication.commune_coverage'), lang);
      return {
        ...base,
        title,
        summary: m.onlyOnePeriod(name, periodLabel(have[0])),
        panels: [],
        rows: [],
        plans: [],
        offerIndicatorForm: indicator,
      };
    }
    const pairs = pairPeriods(ds, unit.unit_id, req.indicators ?? undefined);
    const rows = join(pairs.flatMap((p) => [p.before, p.after].filter((t): t is Target => !!t)));
    const summary = periodsSummary(lang, unitName(ds, unit.unit_id, lang, true), pairs);
    if (!pairs.length)
      return {
        ...base,
        title,
        summary: '',
        panels: [],
        rows,
        plans: plansOf(rows),
        empty: {
          available: available(
            ctx,
            ds.targets.filter((t) => t.unit_id === unit.unit_id),
          ),
        },
      };
    return {
      ...base,
      title,
      summary,
      rows,
      plans: plansOf(rows),
      panels: unitPeriodPanels(ctx, pairs, `${title}. ${summary}`),
    };
  }

  const indicator = req.indicators![0];
  const label = indicatorLabel(indicatorOf(ds, indicator), lang);
  if (req.indicators!.length > 1)
    notes.push(
      lang === 'vi' ? `Biểu đồ này chỉ vẽ một chỉ tiêu: ${label}.` : `This chart draws one indicator: ${label}.`,
    );

  if (req.view === 'periods') {
    const title = m.title.periodsIndicator(label);
    const panels = indicatorPeriodPanels(ctx, indicator, title);
    const targets = panels.flatMap((p) => p.targets);
    const summary = indicatorPeriodsSummary(lang, label, targets);
    for (const p of panels) p.description = `${title}. ${summary}`;
    return lazyRows({...base, title, summary, panels}, targets);
  }

  // units
  const title = m.title.units(label, m.levelPlural[req.level]);
  const unitIds = req.units.map((u) => u.unit_id);
  const panels = unitsPanels(ctx, indicator, req.level, req.period!, title, unitIds.length ? unitIds : undefined);
  const targets = panels.flatMap((p) => p.targets);
  const national = req.level === 'national' ? undefined : nationalTarget(ctx, indicator, req.period!);
  const flagged = targets.filter(
    (t) => national && ((t.scope && national.scope && t.scope !== national.scope) || t.measure !== national.measure),
  ).length;
  const summary = unitsSummary(lang, label, m.levelPlural[req.level], targets, national, flagged);
  for (const p of panels) p.description = `${title}. ${summary}`;
  if (!targets.length) {
    return {
      ...base,
      title,
      summary: '',
      panels: [],
      rows: [],
      plans: [],
      empty: {
        available: available(
          ctx,
          ds.targets.filter((t) => t.level === req.level && t.period === req.period),
        ),
      },
    };
  }
  return lazyRows({...base, title: `${title}, ${periodLabel(req.period!)}`, summary, panels}, targets);
}

function available(ctx: ChartContext, ts: Target[]): string[] {
  const ids = [...new Set(ts.map((t) => t.indicator_id))];
  return ids.map((id) => `${indicatorLabel(indicatorOf(ctx.ds, id), ctx.lang)} (${id})`);
}
