/**
 * Periods: how targets changed from plan to plan.
 * - the unit form, two plans of two periods (Quảng Trị 2017-2020 → 2022-2025): a dumbbell per indicator;
 * - the unit form, a series of plans (Huế 2021-2025 and its annual plans of 2022, 2023 and 2024; Hà Nội 2023 → 2026):
 *   a section per indicator, a row per plan, each target against the previous plan's;
 * - the indicator form: one indicator, every plan of each period side by side (most units have a plan for only one
 *   period in the dataset, so this is how a reader sees commune coverage go from 100% to 70-80%).
 */
import type {PeriodPair, ResultLike, SeriesChange} from '../../data/queries.js';
import {compareText, headlineTargets, pairPeriods, planSeries, seriesChanges, targetsOn} from '../../data/queries.js';
import type {Request} from '../../data/request.js';
import type {Plan, Target} from '../../data/schema.js';
import {DEFAULT_INDICATOR} from '../../data/constants.js';
import {MESSAGES, formatTarget, periodLabel} from '../../i18n/index.js';
import {type ChartRow, type RowMark} from '../rows.js';
import {indicatorPeriodsSummary, periodsSummary, seriesSummary} from '../summary.js';
import {
  domainFor,
  indicatorLabel,
  indicatorOf,
  panelsByMeasure,
  planOf,
  targetMarks,
  targetTip,
  unitName,
  type ChartContext,
  compareUnits,
  panelOptions,
  documentNo,
  type Panel,
} from '../common.js';
import {askedNames, available, baseModel, joinWith, plansOf, targetLegend, withLazyRows} from './base.js';
import type {LegendItem, ViewDef, ViewModel} from './view.js';

/** "2022" for an annual plan, "2021-2025" for a five-year one. */
const spanOf = (p: Plan) => (p.span_start === p.span_end ? `${p.span_start}` : `${p.span_start}-${p.span_end}`);

/** The colour of a period among those shown: the latest in the "after" colour, earlier ones in the "before" one. */
const periodColor = (ctx: ChartContext, periods: string[], p: string) =>
  p === periods[periods.length - 1] && periods.length > 1 ? ctx.theme.periods.after : ctx.theme.periods.before;

export function changeText(ctx: ChartContext, p: PeriodPair): string {
  const m = MESSAGES[ctx.lang];
  const [p1, p2] = [periodLabel(p.before_period), periodLabel(p.after_period)];
  const b = p.before ? `${formatTarget(ctx.lang, p.before)} (${p1})` : '';
  const a = p.after ? `${formatTarget(ctx.lang, p.after)} (${p2})` : '';
  const scope = (t: Target | null) => (t ? (ctx.lang === 'vi' ? t.scope : t.scope_en) : null);
  // One plan known from an excerpt only: what is known, not "new" or "dropped".
  if (p.change.startsWith('excerpt_')) return `${m.onlyExcerpt(periodLabel((p.before ?? p.after)!.period))}: ${a || b}`;
  if (p.change.startsWith('only_')) return `${m.onlyPeriod(periodLabel((p.before ?? p.after)!.period))}: ${a || b}`;
  if (!p.comparable && p.before && p.after) {
    // Not the same thing counted: the two figures are shown, not called "raised" or "lowered".
    return `≠ ${m.legend.differs}: ${b} “${scope(p.before)}” / ${a} “${scope(p.after)}”`;
  }
  const change = m.change[p.change as keyof typeof m.change];
  if (p.change === 'new') return `${change}: ${a}`;
  if (p.change === 'dropped') return `${change}: ${b}`;
  return `${change}: ${b} → ${a}`;
}

/** Two plans of two periods: a dumbbell per indicator, ○ the earlier, ● the later, linked when comparable. */
export function unitPeriodPanels(ctx: ChartContext, pairs: PeriodPair[], description: string): Panel[] {
  const {theme} = ctx;
  return panelsByMeasure(
    ctx,
    pairs,
    (p) => (p.after ?? p.before)!,
    (inPanel) => inPanel.flatMap((p) => [p.before, p.after].filter((t): t is Target => !!t)),
    description,
    (inPanel, measure, description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((p) => [
          p.before?.value ?? 0,
          p.after?.value ?? 0,
          p.before?.value_max ?? 0,
          p.after?.value_max ?? 0,
        ]),
      );
      const rows: ChartRow[] = inPanel.map((p) => {
        const marks: RowMark[] = [];
        const tipOf = (t: Target) => () => targetTip(ctx, t, {[MESSAGES[ctx.lang].period]: periodLabel(t.period)});
        if (p.before && p.after && p.comparable) {
          // The connector runs between the nearest ends of the two targets.
          const [b0, b1] = [p.before.value, p.before.value_max ?? p.before.value];
          const [a0, a1] = [p.after.value, p.after.value_max ?? p.after.value];
          const [lo, hi] = b1 <= a0 ? [b1, a0] : a1 <= b0 ? [a1, b0] : [0, 0];
          if (hi > lo)
            marks.push({kind: 'link', x: lo, x2: hi, color: theme.muted, tip: tipOf(p.after), id: p.after.target_id});
        }
        // A range is a band between its bounds; any other target a circle, hollow for the earlier period.
        const dot = (t: Target, color: string, filled: boolean) =>
          targetMarks(t, domain, {color, filled, shape: 'circle'}, tipOf(t));
        if (p.before) marks.push(...dot(p.before, theme.periods.before, false));
        if (p.after) marks.push(...dot(p.after, theme.periods.after, p.comparable));
        return {
          key: `${p.indicator_id}|${p.measure}`,
          label: indicatorLabel(indicatorOf(ctx.ds, p.indicator_id), ctx.lang),
          detail: changeText(ctx, p),
          marks,
        };
      });
      return panelOptions(ctx, measure, rows, domain, description);
    },
  );
}

/** A series of plans: a section per indicator, a row per plan, each target against the previous plan's. */
export function seriesPanels(ctx: ChartContext, changes: SeriesChange[], description: string): Panel[] {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const periods = [...new Set(changes.map((c) => c.plan.period))].sort(compareText);
  // By indicator (in the order each first appears), then plan by plan.
  const first = new Map<string, number>();
  changes.forEach((c, k) => first.set(c.target.indicator_id, first.get(c.target.indicator_id) ?? k));
  const ordered = [...changes].sort(
    (a, b) => first.get(a.target.indicator_id)! - first.get(b.target.indicator_id)! || a.step - b.step,
  );
  return panelsByMeasure(
    ctx,
    ordered,
    (c) => c.target,
    (inPanel) => inPanel.map((c) => c.target),
    description,
    (inPanel, measure, description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((c) => [c.target.value, c.target.value_max ?? 0]),
      );
      const sections = [...new Set(inPanel.map((c) => c.target.indicator_id))].map((id) => ({
        before: inPanel.find((c) => c.target.indicator_id === id)!.target.target_id,
        label: indicatorLabel(indicatorOf(ds, id), lang),
      }));
      const rows: ChartRow[] = inPanel.map((c) => {
        const t = c.target;
        const tip = () => targetTip(ctx, t, {[m.period]: periodLabel(t.period)});
        const color = periodColor(ctx, periods, c.plan.period);
        const scope = lang === 'vi' ? t.scope : t.scope_en;
        const change =
          c.change === 'first'
            ? m.seriesChange.first
            : !c.comparable
              ? `≠ ${m.legend.differs}`
              : `${m.seriesChange[c.change]}: ${formatTarget(lang, c.previous!)} →`;
        return {
          key: t.target_id,
          label: m.planLabel(spanOf(c.plan), documentNo(lang, c.plan) ?? ''),
          detail: [
            `${change} ${formatTarget(lang, t)}`,
            scope ?? '',
            c.plan.source_kind === 'secondary' ? m.secondary : '',
          ]
            .filter(Boolean)
            .join(' · '),
          marks: targetMarks(t, domain, {color, rangeEnds: 'point'}, tip),
        };
      });
      return panelOptions(ctx, measure, rows, domain, description, {sections});
    },
    'indicator',
  );
}

export function indicatorPeriodPanels(ctx: ChartContext, indicatorId: string, description: string): Panel[] {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const byName = compareUnits(ds, lang);
  const heads = headlineTargets(targetsOn(ds, indicatorId), ds.plans).sort(
    (a, b) =>
      compareText(a.period, b.period) ||
      Number(b.level === 'national') - Number(a.level === 'national') ||
      byName(a.unit_id, b.unit_id),
  );
  const periods = [...new Set(heads.map((t) => t.period))].sort(compareText);
  return panelsByMeasure(
    ctx,
    heads,
    (t) => t,
    (inPanel) => inPanel,
    description,
    (inPanel, measure, description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((t) => [t.value, t.value_max ?? 0]),
      );
      const sections = periods
        .map((p) => ({p, first: inPanel.find((t) => t.period === p)}))
        .filter((s) => s.first)
        .map((s) => ({before: s.first!.target_id, label: `${m.period} ${periodLabel(s.p)}`}));
      const rows: ChartRow[] = inPanel.map((t) => {
        const latest = t.period === periods[periods.length - 1];
        const color = periodColor(ctx, periods, t.period);
        const tip = () => targetTip(ctx, t, {[m.period]: periodLabel(t.period)});
        const marks = targetMarks(t, domain, {color, filled: latest, rangeEnds: 'point'}, tip);
        const p = planOf(ds, t.plan_id);
        const scope = lang === 'vi' ? t.scope : t.scope_en;
        return {
          key: t.target_id,
          label: `${unitName(ds, t.unit_id, lang)} — ${m.plan.toLowerCase()} ${spanOf(p)}${p.source_kind === 'secondary' ? ` (${m.secondary})` : ''}`,
          detail: `${m.target} ${formatTarget(lang, t)}${scope ? ` · ${scope}` : ''}`,
          marks,
        };
      });
      return panelOptions(ctx, measure, rows, domain, description, {sections});
    },
  );
}

/** The legend of the periods shown: hollow for earlier ones, filled for the latest, in their colours. */
function periodLegend(ctx: ChartContext, periods: string[], shapes: [string, string]): LegendItem[] {
  const L = MESSAGES[ctx.lang].legend;
  return periods.map((p, k) => {
    const latest = k === periods.length - 1 && periods.length > 1;
    return {kind: latest ? 'after' : 'before', symbol: latest ? shapes[1] : shapes[0], text: L.period(periodLabel(p))};
  });
}

/** One indicator, every plan of each period. */
function indicatorForm(ctx: ChartContext, req: Request, results: ResultLike[], base: ReturnType<typeof baseModel>) {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const indicator = req.indicators?.[0] ?? DEFAULT_INDICATOR;
  const label = indicatorLabel(indicatorOf(ds, indicator), lang);
  if ((req.indicators?.length ?? 0) > 1) base.notes.push(m.oneIndicator(label));
  const title = m.title.periodsIndicator(label);
  const panels = indicatorPeriodPanels(ctx, indicator, title);
  const targets = panels.flatMap((p) => p.targets);
  const summary = indicatorPeriodsSummary(lang, label, targets);
  for (const p of panels) p.description = `${title}. ${summary}`;
  const periods = [...new Set(targets.map((t) => t.period))].sort(compareText);
  const legend = [...periodLegend(ctx, periods, ['▷', '▶']), ...targetLegend(ctx)];
  return withLazyRows(
    {...base, view: 'periods' as const, title, summary, panels, legend, statuses: false},
    targets,
    joinWith(ctx, results),
  );
}

/** The years inside the periods of a unit's annual plans, up to the latest, that have no plan in the dataset. */
function missingYears(plans: Plan[]): number[] {
  const annual = plans.filter((p) => p.span_start === p.span_end);
  if (!annual.length) return [];
  const have = new Set(plans.flatMap((p) => (p.span_start === p.span_end ? [p.span_start] : [])));
  const last = Math.max(...annual.map((p) => p.span_end));
  const out: number[] = [];
  for (const period of new Set(annual.map((p) => p.period))) {
    const [a, b] = period.split('-').map(Number);
    for (let y = a; y <= Math.min(b, last); y++) if (!have.has(y)) out.push(y);
  }
  return out.sort((x, y) => x - y);
}

export const periodsView: ViewDef = {
  build(ctx, req, results): ViewModel {
    const {ds, lang} = ctx;
    const m = MESSAGES[lang];
    const base = baseModel(ctx, req);
    if (req.form === 'indicator') return indicatorForm(ctx, req, results, base);
    const ids = req.units.map((u) => u.unit_id);
    const name = askedNames(ctx, req);
    const inSentence = askedNames(ctx, req, true);
    const join = joinWith(ctx, results);
    const series = planSeries(ds, ids, req.indicators ?? undefined);
    const model = {...base, view: 'periods' as const, statuses: false};
    if (series.length < 2) {
      const ofUnit = ds.targets.filter((t) => ids.includes(t.unit_id));
      if (!series.length && ofUnit.length)
        return {
          ...model,
          title: name,
          legend: [],
          summary: '',
          panels: [],
          rows: [],
          plans: [],
          empty: {available: available(ctx, ofUnit)},
        };
      const only = series[0]?.plan;
      const indicator = indicatorLabel(indicatorOf(ds, req.indicators?.[0] ?? DEFAULT_INDICATOR), lang);
      return {
        ...model,
        title: m.title.series(name, series.length),
        legend: [],
        summary: m.onlyOnePeriod(name, only ? periodLabel(only.period) : ''),
        panels: [],
        rows: [],
        plans: [],
        offerIndicatorForm: indicator,
      };
    }
    const periods = [...new Set(series.map((s) => s.plan.period))].sort(compareText);
    if (series.length === 2 && periods.length === 2) {
      // Two plans of two periods: a dumbbell per indicator.
      const pairs = pairPeriods(ds, ids, req.indicators ?? undefined, {before: periods[0], after: periods[1]});
      const rows = join(pairs.flatMap((p) => [p.before, p.after].filter((t): t is Target => !!t)));
      const title = m.title.periods(name, periodLabel(periods[0]), periodLabel(periods[1]));
      const summary = periodsSummary(lang, inSentence, pairs);
      const legend: LegendItem[] = [
        ...periodLegend(ctx, periods, ['○', '●']),
        {kind: 'zone', symbol: '▬', text: m.legend.band},
        {kind: 'muted', symbol: '≠', text: m.legend.differs},
      ];
      return {
        ...model,
        title,
        summary,
        legend,
        rows,
        plans: plansOf(rows),
        changes: pairs.map((p) => ({
          target_id: (p.after ?? p.before)!.target_id,
          change: p.change,
          comparable: p.comparable,
        })),
        panels: unitPeriodPanels(ctx, pairs, `${title}. ${summary}`),
      };
    }
    // A series: a five-year plan and its annual plans, or plans across periods.
    const changes = seriesChanges(series, ds.indicators);
    const title = m.title.series(name, series.length);
    const plans = series.map((s) => s.plan);
    const summary = seriesSummary(
      lang,
      inSentence,
      plans.map((p) => spanOf(p)),
      changes,
      missingYears(plans),
    );
    const legend = [...periodLegend(ctx, periods, ['●', '●']), ...targetLegend(ctx)];
    const rows = join(changes.map((c) => c.target));
    return {
      ...model,
      title,
      summary,
      legend,
      rows,
      plans: plansOf(rows),
      changes: changes.map((c) => ({target_id: c.target.target_id, change: c.change, comparable: c.comparable})),
      panels: seriesPanels(ctx, changes, `${title}. ${summary}`),
    };
  },
};
