/**
 * Periods: 2016-2020 against 2021-2025.
 * - the unit form: one unit (or the national level), indicator by indicator, as a dumbbell;
 * - the indicator form: one indicator, every plan of each period side by side (most units have a plan for only
 *   one period, so this is how a reader sees commune coverage go from 100% to 70-80%).
 */
import type {PeriodPair, ResultLike} from '../../data/queries.js';
import {compareText, headlineTargets, pairPeriods, periodsOf, targetsOn} from '../../data/queries.js';
import type {Request} from '../../data/request.js';
import type {Target} from '../../data/schema.js';
import {PERIODS} from '../../data/constants.js';
import {MESSAGES, formatTarget, periodLabel} from '../../i18n.js';
import {type ChartRow, type RowMark} from '../rows.js';
import {indicatorPeriodsSummary, periodsSummary} from '../summary.js';
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
  type Panel,
} from '../common.js';
import {DEFAULT_INDICATOR} from '../../data/dataset-info.js';
import {available, baseModel, joinWith, plansOf, withLazyRows} from './base.js';
import type {LegendItem, ViewDef, ViewModel} from './view.js';

export function changeText(ctx: ChartContext, p: PeriodPair): string {
  const m = MESSAGES[ctx.lang];
  const [p1, p2] = PERIODS.map(periodLabel);
  const b = p.before ? `${formatTarget(ctx.lang, p.before)} (${p1})` : '';
  const a = p.after ? `${formatTarget(ctx.lang, p.after)} (${p2})` : '';
  const scope = (t: Target | null) => (t ? (ctx.lang === 'vi' ? t.scope : t.scope_en) : null);
  if (!p.comparable && p.before && p.after) {
    // Not the same thing counted: the two figures are shown, not called "raised" or "lowered".
    return `≠ ${m.legend.differs}: ${b} “${scope(p.before)}” / ${a} “${scope(p.after)}”`;
  }
  switch (p.change) {
    case 'new':
      return `${m.change.new}: ${a}`;
    case 'dropped':
      return `${m.change.dropped}: ${b}`;
    default:
      return `${m.change[p.change]}: ${b} → ${a}`;
  }
}

export function unitPeriodPanels(ctx: ChartContext, pairs: PeriodPair[], description: string): Panel[] {
  const {theme} = ctx;
  return panelsByMeasure(
    ctx,
    pairs,
    (p) => p.measure,
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

export function indicatorPeriodPanels(ctx: ChartContext, indicatorId: string, description: string): Panel[] {
  const {ds, theme, lang} = ctx;
  const m = MESSAGES[lang];
  const byName = compareUnits(ds, lang);
  const heads = headlineTargets(targetsOn(ds, indicatorId), ds.plans).sort(
    (a, b) =>
      compareText(a.period, b.period) ||
      Number(b.level === 'national') - Number(a.level === 'national') ||
      byName(a.unit_id, b.unit_id),
  );
  return panelsByMeasure(
    ctx,
    heads,
    (t) => t.measure,
    (inPanel) => inPanel,
    description,
    (inPanel, measure, description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((t) => [t.value, t.value_max ?? 0]),
      );
      const sections = PERIODS.map((p) => ({p, first: inPanel.find((t) => t.period === p)}))
        .filter((s) => s.first)
        .map((s) => ({before: s.first!.target_id, label: `${m.period} ${periodLabel(s.p)}`}));
      const rows: ChartRow[] = inPanel.map((t) => {
        const before = t.period === PERIODS[0];
        const color = before ? theme.periods.before : theme.periods.after;
        const tip = () => targetTip(ctx, t, {[m.period]: periodLabel(t.period)});
        const marks = targetMarks(t, domain, {color, filled: !before, rangeEnds: 'point'}, tip);
        const p = planOf(ds, t.plan_id);
        const scope = lang === 'vi' ? t.scope : t.scope_en;
        const span = p.span_start === p.span_end ? `${p.span_start}` : `${p.span_start}-${p.span_end}`;
        return {
          key: t.target_id,
          label: `${unitName(ds, t.unit_id, lang)} — ${m.plan.toLowerCase()} ${span}${p.source_kind === 'secondary' ? ` (${m.secondary})` : ''}`,
          detail: `${m.target} ${formatTarget(lang, t)}${scope ? ` · ${scope}` : ''}`,
          marks,
        };
      });
      return panelOptions(ctx, measure, rows, domain, description, {sections});
    },
  );
}

function legend(ctx: ChartContext, form: 'unit' | 'indicator'): LegendItem[] {
  const L = MESSAGES[ctx.lang].legend;
  if (form === 'indicator')
    return [
      {kind: 'before', symbol: '▷', text: L.before},
      {kind: 'after', symbol: '▶', text: L.after},
      {kind: 'target', symbol: '▶', text: L.floor},
      {kind: 'target', symbol: '◆', text: L.point},
      {kind: 'zone', symbol: '▬', text: L.band},
    ];
  return [
    {kind: 'before', symbol: '○', text: L.before},
    {kind: 'after', symbol: '●', text: L.after},
    {kind: 'zone', symbol: '▬', text: L.band},
    {kind: 'muted', symbol: '≠', text: L.differs},
  ];
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
  return withLazyRows(
    {...base, view: 'periods' as const, title, summary, panels, legend: legend(ctx, 'indicator'), statuses: false},
    targets,
    joinWith(ctx, results),
  );
}

export const periodsView: ViewDef = {
  build(ctx, req, results): ViewModel {
    const {ds, lang} = ctx;
    const m = MESSAGES[lang];
    const base = baseModel(ctx, req);
    if (req.form === 'indicator') return indicatorForm(ctx, req, results, base);
    const unit = req.units[0];
    const name = unitName(ds, unit.unit_id, lang);
    const have = periodsOf(ds, unit.unit_id);
    const title = m.title.periods(name);
    const model = {...base, view: 'periods' as const, title, legend: legend(ctx, 'unit'), statuses: false};
    if (have.length < 2) {
      const indicator = indicatorLabel(indicatorOf(ds, req.indicators?.[0] ?? DEFAULT_INDICATOR), lang);
      return {
        ...model,
        summary: m.onlyOnePeriod(name, periodLabel(have[0])),
        panels: [],
        rows: [],
        plans: [],
        offerIndicatorForm: indicator,
      };
    }
    const pairs = pairPeriods(ds, unit.unit_id, req.indicators ?? undefined);
    const rows = joinWith(ctx, results)(pairs.flatMap((p) => [p.before, p.after].filter((t): t is Target => !!t)));
    if (!pairs.length) {
      const ofUnit = ds.targets.filter((t) => t.unit_id === unit.unit_id);
      return {
        ...model,
        summary: '',
        panels: [],
        rows,
        plans: plansOf(rows),
        empty: {available: available(ctx, ofUnit)},
      };
    }
    const summary = periodsSummary(lang, unitName(ds, unit.unit_id, lang, true), pairs);
    return {
      ...model,
      summary,
      rows,
      plans: plansOf(rows),
      panels: unitPeriodPanels(ctx, pairs, `${title}. ${summary}`),
    };
  },
};
