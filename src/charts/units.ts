/**
 * Units: one indicator across the units of a level, with the national target as a reference rule where one
 * exists. A unit whose target counts something else (scope differs from the national one, or another measure)
 * is marked in words and drawn hollow, never silently on the same scale.
 */
import {headlineTargets, targetsOn} from '../data/queries.js';
import type {Level, Period, Target} from '../data/schema.js';
import {MESSAGES, formatTarget} from '../i18n.js';
import {type ChartRow} from './rows.js';
import {
  domainFor,
  measureOrder,
  planOf,
  targetMarks,
  targetTip,
  unitName,
  type ChartContext,
  compareUnits,
  lazyPanel,
  panelOptions,
  type Panel,
} from './common.js';

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
  const targets = unitTargets(ctx, indicatorId, level, period).filter((t) => !only || only.includes(t.unit_id));
  const measures = [...new Set(targets.map((t) => t.measure))].sort(measureOrder);
  return measures.map((measure) => {
    const byName = compareUnits(ds, lang);
    const inPanel = targets.filter((t) => t.measure === measure).sort((a, b) => byName(a.unit_id, b.unit_id));
    return lazyPanel({measure, title: m.measure[measure], targets: inPanel, description}, (description) => {
      const ref = national && national.measure === measure ? national : undefined;
      const domain = domainFor(measure, [...inPanel.flatMap((t) => [t.value, t.value_max ?? 0]), ref?.value ?? 0]);
      const rows: ChartRow[] = inPanel.map((t) => {
        const scope = lang === 'vi' ? t.scope : t.scope_en;
        const refScope = ref ? (lang === 'vi' ? ref.scope : ref.scope_en) : null;
        const differs = !!ref && !!scope && !!refScope && scope !== refScope;
        const otherMeasure = !!national && national.measure !== measure;
        const flagged = differs || otherMeasure;
        const color = flagged ? theme.muted : theme.accent;
        const tip = () => targetTip(ctx, t, flagged ? {[m.notComparable]: scope ?? ''} : {});
        const p = planOf(ds, t.plan_id);
        const detail = [
          `${m.target} ${formatTarget(lang, t)}`,
          scope ? scope : '',
          flagged ? m.differs : '',
          p.source_kind === 'secondary' ? m.secondary : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          key: t.target_id,
          label: unitName(ds, t.unit_id, lang),
          detail,
          badge: flagged ? {text: '≠', color: theme.muted} : undefined,
          marks: targetMarks(t, domain, color, theme.zone, tip, !flagged),
        };
      });
      return panelOptions(ctx, measure, rows, domain, description, {
        references: ref ? [{x: ref.value, label: m.nationalRef(formatTarget(lang, ref)), color: theme.national}] : [],
      });
    });
  });
}
