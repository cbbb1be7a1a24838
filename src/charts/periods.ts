/**
 * Periods: 2016-2020 against 2021-2025.
 * - unitPeriodPanels: one unit (or the national level), indicator by indicator, as a dumbbell.
 * - indicatorPeriodPanels: one indicator, every plan of each period side by side (most units have a plan for
 *   only one period, so this is how a reader sees commune coverage go from 100% to 70-80%).
 */
import type {PeriodPair} from '../data/queries.js';
import {compareText, headlineTargets, targetsOn} from '../data/queries.js';
import type {Target} from '../data/schema.js';
import {PERIODS} from '../data/constants.js';
import {MESSAGES, formatTarget, periodLabel} from '../i18n.js';
import {type ChartRow, type RowMark} from './rows.js';
import {
  domainFor,
  indicatorLabel,
  indicatorOf,
  measureOrder,
  planOf,
  targetTip,
  unitName,
  type ChartContext,
  compareUnits,
  lazyPanel,
  panelOptions,
  type Panel,
} from './common.js';

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

/** A target of one period: a band for a range, a circle otherwise (hollow for 2016-2020). */
function periodMarks(t: Target, color: string, filled: boolean, tip: RowMark['tip']): RowMark[] {
  if (t.comparator === 'range' && t.value_max !== null) {
    return [
      {kind: 'zone', x: t.value, x2: t.value_max, color, tip, id: t.target_id},
      {kind: 'rule', x: t.value, color, tip, id: t.target_id},
      {kind: 'rule', x: t.value_max, color, tip, id: t.target_id},
    ];
  }
  return [{kind: 'point', x: t.value, shape: 'circle', filled, color, tip, id: t.target_id}];
}

export function unitPeriodPanels(ctx: ChartContext, pairs: PeriodPair[], description: string): Panel[] {
  const measures = [...new Set(pairs.map((p) => p.measure))].sort(measureOrder);
  const {theme} = ctx;
  return measures.map((measure) => {
    const inPanel = pairs.filter((p) => p.measure === measure);
    return lazyPanel(
      {
        measure,
        title: MESSAGES[ctx.lang].measure[measure],
        targets: inPanel.flatMap((p) => [p.before, p.after].filter((t): t is Target => !!t)),
        description,
      },
      (description) => {
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
          if (p.before) marks.push(...periodMarks(p.before, theme.periods.before, false, tipOf(p.before)));
          if (p.after) marks.push(...periodMarks(p.after, theme.periods.after, p.comparable, tipOf(p.after)));
          const ind = indicatorOf(ctx.ds, p.indicator_id);
          return {
            key: `${p.indicator_id}|${p.measure}`,
            label: indicatorLabel(ind, ctx.lang),
            detail: changeText(ctx, p),
            marks,
          };
        });
        return panelOptions(ctx, measure, rows, domain, description);
      },
    );
  });
}

export function indicatorPeriodPanels(ctx: ChartContext, indicatorId: string, description: string): Panel[] {
  const {ds, theme, lang} = ctx;
  const m = MESSAGES[lang];
  const heads = headlineTargets(targetsOn(ds, indicatorId), ds.plans);
  const byName = compareUnits(ds, lang);
  const measures = [...new Set(heads.map((t) => t.measure))].sort(measureOrder);
  return measures.map((measure) => {
    const inPanel = heads
      .filter((t) => t.measure === measure)
      .sort(
        (a, b) =>
          compareText(a.period, b.period) ||
          Number(b.level === 'national') - Number(a.level === 'national') ||
          byName(a.unit_id, b.unit_id),
      );
    return lazyPanel({measure, title: m.measure[measure], targets: inPanel, description}, (description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((t) => [t.value, t.value_max ?? 0]),
      );
      const sections = PERIODS.map((p) => ({p, first: inPanel.find((t) => t.period === p)}))
        .filter((s) => s.first)
        .map((s) => ({before: s.first!.target_id, label: `${m.period} ${periodLabel(s.p)}`}));
      const rows: ChartRow[] = inPanel.map((t) => {
        const color = t.period === PERIODS[0] ? theme.periods.before : theme.periods.after;
        const tip = () => targetTip(ctx, t, {[m.period]: periodLabel(t.period)});
        const marks: RowMark[] = [];
        if (t.comparator === 'range')
          marks.push({kind: 'zone', x: t.value, x2: t.value_max ?? t.value, color, tip, id: t.target_id});
        marks.push({
          kind: 'point',
          x: t.value,
          shape: t.comparator === '=' ? 'diamond' : 'triangle-right',
          filled: t.period !== PERIODS[0],
          color,
          tip,
          id: t.target_id,
        });
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
    });
  });
}
