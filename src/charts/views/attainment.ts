/**
 * Attainment: one unit's targets for a period as bullet bars, one panel per measure (percent, count, per month…
 * are never drawn on one axis). The target is a floor, a band or a point; the reported value a bar coloured by
 * status, with the status also as a symbol and a word.
 */
import {attainmentOf, type ResultLike, type TargetWithResult} from '../../data/queries.js';
import type {Request} from '../../data/request.js';
import {
  MESSAGES,
  STATUS_SYMBOL,
  formatDate,
  formatTarget,
  formatValue,
  formatNumber,
  periodLabel,
} from '../../i18n/index.js';
import {type ChartRow} from '../rows.js';
import {attainmentSummary} from '../summary.js';
import {
  deadlineText,
  domainFor,
  panelsByMeasure,
  targetLabel,
  targetMarks,
  targetTip,
  planOf,
  panelOptions,
  unitName,
  type ChartContext,
  documentNo,
  type Panel,
} from '../common.js';
import {askedNames, available, baseModel, plansOf, statusLegend, targetLegend} from './base.js';
import type {ViewDef, ViewModel} from './view.js';

/** The attainment chart of some targets joined with their results. */
export function attainmentPanels(ctx: ChartContext, rows: TargetWithResult[], description: string): Panel[] {
  const m = MESSAGES[ctx.lang];
  // Where the rows come from several documents (QĐ 1629 and QĐ 808 at the national level), each row names its own.
  const manyPlans = new Set(rows.map((r) => r.plan_id)).size > 1;
  const label = (c: {denominator_label: string | null; denominator_label_en: string | null}) =>
    (ctx.lang === 'en' ? c.denominator_label_en : c.denominator_label) ?? c.denominator_label ?? '';
  return panelsByMeasure(
    ctx,
    rows,
    (r) => r,
    (inPanel) => inPanel,
    description,
    (inPanel, measure, description) => {
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
            : m.unitsActivity(
                // "60/63 tỉnh, thành phố" when the source counts units, "100% tỉnh, thành phố" when it gives a share.
                c.measure === 'count' && c.denominator
                  ? `${formatNumber(ctx.lang, c.value)}/${formatNumber(ctx.lang, c.denominator)}`
                  : formatValue(ctx.lang, c.measure, c.value),
                label(c),
              ),
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
        const marks = targetMarks(t, domain, {color: ctx.theme.target, band: ctx.theme.zone}, tip);
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
          manyPlans ? (documentNo(ctx.lang, plan) ?? (ctx.lang === 'vi' ? plan.title : plan.title_en)) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          key: t.target_id,
          // A target of another unit that this one reports against (Yên Bái against QĐ 361) says whose it is.
          label: t.reported_by
            ? `${targetLabel(ctx, t)} — ${m.targetOf(unitName(ctx.ds, t.unit_id, ctx.lang, true))}`
            : targetLabel(ctx, t),
          detail,
          badge: {text: STATUS_SYMBOL[t.status], color},
          marks,
        };
      });
      return panelOptions(ctx, measure, chartRows, domain, description);
    },
  );
}

/** The targets of the request's units in its period (and indicators), with their results and status. */
function attainmentModel(ctx: ChartContext, req: Request, results: ResultLike[], withChart: boolean): ViewModel {
  const {ds, lang} = ctx;
  const m = MESSAGES[lang];
  const names = askedNames(ctx, req);
  const unitIds = req.units.map((u) => u.unit_id);
  // Its own targets, and those it reports results against (a province without a plan, against the national ones).
  const inPlan = attainmentOf(ds, unitIds, req.period, results);
  const rows = inPlan.filter((t) => !req.indicators || req.indicators.includes(t.indicator_id));
  const plans = plansOf(rows).map((id) => planOf(ds, id));
  // Annual plans of one year (Hà Nội 2026): the year, not the programme period they fall in.
  const years = [...new Set(plans.map((p) => (p.span_start === p.span_end ? String(p.span_start) : '')))];
  const year = years.length === 1 && years[0] ? years[0] : null;
  const title = year
    ? (withChart ? m.title.attainmentYear : m.title.tableYear)(names, year)
    : (withChart ? m.title.attainment : m.title.table)(names, periodLabel(req.period!));
  const reported = rows.length > 0 && rows.every((r) => r.reported_by);
  const when = year ?? periodLabel(req.period!);
  const summary = attainmentSummary(lang, askedNames(ctx, req, true), when, rows, reported);
  const base = {...baseModel(ctx, req), view: req.view, title, statuses: true};
  const programme = ds.programmes?.find((p) => p.period === req.period);
  if (programme?.status === 'draft' || plans.some((p) => p.programme_basis === 'none'))
    base.notes.push(m.draftProgramme(periodLabel(req.period!)));
  if (reported) {
    const docs = plansOf(rows).map((id) => {
      const p = planOf(ds, id);
      return documentNo(lang, p) ?? (lang === 'vi' ? p.title : p.title_en);
    });
    base.notes.push(m.reportedAgainst(names, docs.join(', ')));
  }
  const legend = withChart ? [...statusLegend(ctx), ...targetLegend(ctx)] : [];
  if (!rows.length)
    return {...base, summary: '', legend, panels: [], rows, plans: [], empty: {available: available(ctx, inPlan)}};
  return {
    ...base,
    summary,
    legend,
    rows,
    plans: plansOf(rows),
    panels: withChart ? attainmentPanels(ctx, rows, `${title}. ${summary}`) : [],
  };
}

export const attainmentView: ViewDef = {
  build: (ctx, req, results) => attainmentModel(ctx, req, results, true),
};

/** The table view: the attainment rows, with no chart. */
export const tableView: ViewDef = {
  build: (ctx, req, results) => attainmentModel(ctx, req, results, false),
};
