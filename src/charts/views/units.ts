/**
 * Units: one indicator across the units of a level, with the national target as a reference rule where one
 * exists. A unit whose target counts something else (scope differs from the national one, or another measure)
 * is marked in words and drawn hollow, never silently on the same scale.
 */
import {comparableTargets, headlineTargets, targetsOn} from '../../data/queries.js';
import type {Level, Period, Target} from '../../data/schema.js';
import {MESSAGES, formatTarget, periodLabel} from '../../i18n/index.js';
import {type ChartRow} from '../rows.js';
import {unitsSummary} from '../summary.js';
import {
  domainFor,
  indicatorLabel,
  indicatorOf,
  measureOrder,
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
import {available, baseModel, joinWith, targetLegend, withLazyRows} from './base.js';
import type {LegendItem, ViewDef, ViewModel} from './view.js';

/** The national headline target of an indicator in a period, if the dataset has one. */
export function nationalTarget(ctx: ChartContext, indicatorId: string, period: Period): Target | undefined {
  return headlineTargets(
    targetsOn(ctx.ds, indicatorId).filter((t) => t.unit_id === 'VN' && t.period === period),
    ctx.ds.plans,
  ).sort((a, b) => measureOrder(a.measure, b.measure))[0];
}

export function unitTargets(ctx: ChartContext, indicatorId: string, level: Level, period: Period): Target[] {
  return headlineTargets(
    targetsOn(ctx.ds, indicatorId).filter((t) => t.level === level && t.period === period),
    ctx.ds.plans,
  );
}

/**
 * Whether a unit's target counts something else than the national one: another measure (a count beside a share),
 * another thing counted, or what the indicator's comparison rule says of their scopes.
 */
function differsFrom(ctx: ChartContext, t: Target, national: Target | undefined): boolean {
  return !!national && !comparableTargets(national, t, ctx.ds.indicators);
}

export function unitsPanels(
  ctx: ChartContext,
  indicatorId: string,
  level: Level,
  period: Period,
  description: string,
  /** Only these units (the `unit` attribute), where given. */
  only?: string[],
): Panel[] {
  const {lang, theme, ds} = ctx;
  const m = MESSAGES[lang];
  const national = level === 'national' ? undefined : nationalTarget(ctx, indicatorId, period);
  const byName = compareUnits(ds, lang);
  // Highest target first (the top of a range), then by name: twenty provinces read as a ranking.
  const targets = unitTargets(ctx, indicatorId, level, period)
    .filter((t) => !only || only.includes(t.unit_id))
    .sort(
      (a, b) =>
        (b.value_max ?? b.value) - (a.value_max ?? a.value) || b.value - a.value || byName(a.unit_id, b.unit_id),
    );
  return panelsByMeasure(
    ctx,
    targets,
    (t) => t,
    (inPanel) => inPanel,
    description,
    (inPanel, measure, description) => {
      const ref = national && national.measure === measure ? national : undefined;
      const domain = domainFor(measure, [...inPanel.flatMap((t) => [t.value, t.value_max ?? 0]), ref?.value ?? 0]);
      const rows: ChartRow[] = inPanel.map((t) => {
        const scope = lang === 'vi' ? t.scope : t.scope_en;
        const flagged = differsFrom(ctx, t, national);
        const color = flagged ? theme.muted : theme.target;
        const tip = () => targetTip(ctx, t, flagged ? {[m.notComparable]: scope ?? ''} : {});
        const p = planOf(ds, t.plan_id);
        const span = p.span_start === p.span_end ? `${p.span_start}` : `${p.span_start}-${p.span_end}`;
        const detail = [
          `${m.target} ${formatTarget(lang, t)}`,
          scope ? scope : '',
          flagged ? m.differs : '',
          // Which plan: an annual plan (Bình Thuận 2024) beside five-year ones.
          `${m.plan.toLowerCase()} ${span}${p.document_no ? ` (${documentNo(lang, p)})` : ''}`,
          p.source_kind === 'secondary' ? m.secondary : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          key: t.target_id,
          label: unitName(ds, t.unit_id, lang),
          detail,
          badge: flagged ? {text: '≠', color: theme.muted} : undefined,
          marks: targetMarks(t, domain, {color, band: theme.zone, filled: !flagged}, tip),
        };
      });
      return panelOptions(ctx, measure, rows, domain, description, {
        references: ref ? [{x: ref.value, label: m.nationalRef(formatTarget(lang, ref)), color: theme.national}] : [],
      });
    },
    'none',
  );
}

function legend(ctx: ChartContext): LegendItem[] {
  const m = MESSAGES[ctx.lang];
  const [floor, point] = targetLegend(ctx);
  return [
    floor,
    point,
    {kind: 'national', symbol: '┆', text: m.national},
    {kind: 'muted', symbol: '≠ ◇', text: m.legend.differs},
  ];
}

export const unitsView: ViewDef = {
  build(ctx, req, results): ViewModel {
    const {ds, lang} = ctx;
    const m = MESSAGES[lang];
    const base = baseModel(ctx, req);
    const indicator = req.indicators![0];
    const label = indicatorLabel(indicatorOf(ds, indicator), lang);
    if (req.indicators!.length > 1) base.notes.push(m.oneIndicator(label));
    const title = m.title.units(label, m.levelPlural[req.level]);
    const unitIds = req.units.map((u) => u.unit_id);
    const panels = unitsPanels(ctx, indicator, req.level, req.period!, title, unitIds.length ? unitIds : undefined);
    const targets = panels.flatMap((p) => p.targets);
    const national = req.level === 'national' ? undefined : nationalTarget(ctx, indicator, req.period!);
    const flagged = targets.filter((t) => differsFrom(ctx, t, national)).length;
    const summary = unitsSummary(lang, label, m.levelPlural[req.level], targets, national, flagged);
    for (const p of panels) p.description = `${title}. ${summary}`;
    const model = {...base, view: 'units' as const, legend: legend(ctx), statuses: false};
    if (!targets.length) {
      const atLevel = ds.targets.filter((t) => t.level === req.level && t.period === req.period);
      return {
        ...model,
        title,
        summary: '',
        panels: [],
        rows: [],
        plans: [],
        empty: {available: available(ctx, atLevel)},
      };
    }
    return withLazyRows(
      {...model, title: `${title}, ${periodLabel(req.period!)}`, summary, panels},
      targets,
      joinWith(ctx, results),
    );
  },
};
