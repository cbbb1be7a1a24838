/**
 * Attainment: one unit's targets for a period as bullet bars, one panel per measure (percent, count, per month…
 * are never drawn on one axis). The target is a floor, a band or a point; the reported value a bar coloured by
 * status, with the status also as a symbol and a word.
 */
import type {TargetWithResult} from '../data/queries.js';
import {MESSAGES, STATUS_SYMBOL, formatDate, formatTarget, formatValue, formatNumber} from '../i18n.js';
import {type ChartRow} from './rows.js';
import {
  deadlineText,
  domainFor,
  measureOrder,
  targetLabel,
  targetMarks,
  targetTip,
  planOf,
  type ChartContext,
  lazyPanel,
  panelOptions,
  type Panel,
} from './common.js';

export function attainmentPanels(ctx: ChartContext, rows: TargetWithResult[], description: string): Panel[] {
  const m = MESSAGES[ctx.lang];
  const measures = [...new Set(rows.map((r) => r.measure))].sort(measureOrder);
  // Where the rows come from several documents (QĐ 1629 and QĐ 808 at the national level), each row names its own.
  const manyPlans = new Set(rows.map((r) => r.plan_id)).size > 1;
  const label = (c: {denominator_label: string | null; denominator_label_en: string | null}) =>
    (ctx.lang === 'en' ? c.denominator_label_en : c.denominator_label) ?? c.denominator_label ?? '';
  return measures.map((measure) => {
    const inPanel = rows.filter((r) => r.measure === measure);
    return lazyPanel({measure, title: m.measure[measure], targets: inPanel, description}, (description) => {
      const domain = domainFor(
        measure,
        inPanel.flatMap((r) => [r.value, r.value_max ?? 0, r.result?.value ?? 0]),
      );
      const chartRows: ChartRow[] = inPanel.map((t) => {
        const color = ctx.theme.status[t.status];
        const resultText = t.result
          ? `${formatValue(ctx.lang, t.measure, t.result.value)}${t.result.as_of ? ` (${m.asOf} ${formatDate(ctx.lang, t.result.as_of)})` : ''}`
          : m.status.no_data;
        const counts = t.unit_counts.map((c) =>
          c.result_kind === 'units_meeting_target'
            ? m.unitsMet(formatNumber(ctx.lang, c.value), formatNumber(ctx.lang, c.denominator ?? 0), label(c))
            : m.unitsActivity(formatValue(ctx.lang, c.measure, c.value), label(c)),
        );
        const tip = () => ({
          ...targetTip(ctx, t, {
            [m.result]: resultText,
            ...(t.result?.source_title || t.result?.source_url
              ? {[m.source]: [t.result.source_title, t.result.source_url].filter(Boolean).join(' — ')}
              : {}),
            ...(counts.length ? {[m.national]: counts.join('; ')} : {}),
          }),
          // The status comes last, after its inputs (target, deadline, result and its date), as Open SDG shows it.
          [m.statusLabel]: `${STATUS_SYMBOL[t.status]} ${m.status[t.status]}`,
        });
        const marks = targetMarks(t, domain, ctx.theme.accent, ctx.theme.zone, tip);
        if (t.result)
          marks.unshift({
            kind: 'bar',
            x: domain[0],
            x2: Math.min(t.result.value, domain[1]),
            color,
            tip,
            id: t.target_id,
          });
        const plan = planOf(ctx.ds, t.plan_id);
        const detail = [
          t.status === 'no_data' && counts.length ? m.noValueOnlyCounts : m.status[t.status],
          `${m.target} ${formatTarget(ctx.lang, t)} (${deadlineText(ctx.lang, t)})`,
          t.result ? `${m.result} ${resultText}` : '',
          ...counts,
          manyPlans ? (plan.document_no ?? (ctx.lang === 'vi' ? plan.title : plan.title_en)) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          key: t.target_id,
          label: targetLabel(ctx, t),
          detail,
          badge: {text: STATUS_SYMBOL[t.status], color},
          marks,
        };
      });
      return panelOptions(ctx, measure, chartRows, domain, description);
    });
  });
}
