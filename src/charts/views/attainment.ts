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
  formatResult,
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
  lazyPanel,
} from '../common.js';
import {askedNames, available, baseModel, plansOf, statusLegend, targetLegend} from './base.js';
import type {ViewDef, ViewModel} from './view.js';

/** What the attainment view says of one target: its rows' texts and tooltip, drawn or compact. */
function describeRow(ctx: ChartContext, t: TargetWithResult, manyPlans: boolean) {
  const m = MESSAGES[ctx.lang];
  const label = (c: {denominator_label: string | null; denominator_label_en: string | null}) =>
    (ctx.lang === 'en' ? c.denominator_label_en : c.denominator_label) ?? c.denominator_label ?? '';
  const resultText = t.result
    ? `${formatResult(ctx.lang, t.measure, t.result)}${t.result.as_of ? ` (${m.asOf} ${formatDate(ctx.lang, t.result.as_of)})` : ''}`
    : m.status.no_data;
  const counts = t.unit_counts.map((c) =>
    c.result_kind === 'units_meeting_target'
      ? m.unitsMet(formatNumber(ctx.lang, c.value), formatNumber(ctx.lang, c.denominator ?? 0), label(c))
      : m.unitsActivity(
          // "60/63 tỉnh, thành phố" when the source counts units, "100% tỉnh, thành phố" when it gives a share.
          c.measure === 'count' && c.denominator
            ? `${formatNumber(ctx.lang, c.value)}/${formatNumber(ctx.lang, c.denominator)}`
            : formatResult(ctx.lang, c.measure, c),
          label(c),
        ),
  );
  // Counts of activity (businesses inspected, sessions held) are context: said in the tooltip, never drawn.
  const context = t.context.map(
    (c) =>
      `${formatResult(ctx.lang, c.measure, c)}${c.counted ? ` ${ctx.lang === 'en' ? (c.counted_en ?? c.counted) : c.counted}` : ''}${c.as_of ? ` (${formatDate(ctx.lang, c.as_of)})` : ''}`,
  );
  const tip = () => ({
    ...targetTip(ctx, t, {
      [m.result]: resultText,
      ...(t.result?.source_title || t.result?.source_url
        ? {[m.source]: [t.result.source_title, t.result.source_url].filter(Boolean).join(' — ')}
        : {}),
      ...(counts.length ? {[m.national]: counts.join('; ')} : {}),
      ...(context.length ? {[m.contextCounts]: context.join('; ')} : {}),
    }),
    // The status comes last, after its inputs (target, deadline, result and its date), as Open SDG shows it.
    [m.statusLabel]: `${STATUS_SYMBOL[t.status]} ${m.status[t.status]}`,
  });
  const plan = planOf(ctx.ds, t.plan_id);
  const doc = manyPlans ? (documentNo(ctx.lang, plan) ?? (ctx.lang === 'vi' ? plan.title : plan.title_en)) : '';
  // A target of another unit that this one reports against (Yên Bái against QĐ 361) says whose it is.
  const rowLabel = t.reported_by
    ? `${targetLabel(ctx, t)} — ${m.targetOf(unitName(ctx.ds, t.unit_id, ctx.lang, true))}`
    : targetLabel(ctx, t);
  return {resultText, counts, tip, doc, rowLabel};
}

/** The attainment chart of some targets joined with their results. */
export function attainmentPanels(ctx: ChartContext, rows: TargetWithResult[], description: string): Panel[] {
  const m = MESSAGES[ctx.lang];
  // Where the rows come from several documents (QĐ 1629 and QĐ 808 at the national level), each row names its own.
  const manyPlans = new Set(rows.map((r) => r.plan_id)).size > 1;
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
        const {resultText, counts, tip, doc, rowLabel} = describeRow(ctx, t, manyPlans);
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
        const detail = [
          t.status === 'no_data' && counts.length ? m.noValueOnlyCounts : m.status[t.status],
          `${m.target} ${formatTarget(ctx.lang, t)} (${deadlineText(ctx.lang, t)})`,
          t.result ? `${m.result} ${resultText}` : '',
          ...counts,
          doc,
        ]
          .filter(Boolean)
          .join(' · ');
        return {key: t.target_id, label: rowLabel, detail, badge: {text: STATUS_SYMBOL[t.status], color}, marks};
      });
      return panelOptions(ctx, measure, chartRows, domain, description);
    },
  );
}

/**
 * A target's deadline in the list, where the plan's span already says most of it: nothing for a target due at the
 * plan's end ("đến 2025" under "giai đoạn 2021–2025"), "hằng năm" / "thường xuyên" for one that recurs, the year
 * for a milestone before the end.
 */
function listDeadline(ctx: ChartContext, t: TargetWithResult): string {
  const m = MESSAGES[ctx.lang];
  if (t.target_year !== planOf(ctx.ds, t.plan_id).span_end) return deadlineText(ctx.lang, t);
  return t.recurrence === 'annual' ? m.everyYear : t.recurrence === 'continuous' ? m.throughout : '';
}

/**
 * Targets with no result, as one compact list in the plan's order: each target's label, its figure in words and its
 * deadline, with no empty track and no "no data" on every row (the view says it once). Measures can share the list:
 * nothing is drawn on an axis.
 */
export function targetListPanel(
  ctx: ChartContext,
  rows: TargetWithResult[],
  title: string,
  description: string,
): Panel {
  // Rows of several documents (Hà Nội's 07/KH-UBND and its plan số 06) are grouped under a line naming each,
  // rather than each row repeating its document.
  const plans = [...new Set(rows.map((r) => r.plan_id))];
  const manyPlans = plans.length > 1;
  if (manyPlans) rows = plans.flatMap((id) => rows.filter((r) => r.plan_id === id));
  const sections = manyPlans
    ? plans.map((id) => {
        const p = planOf(ctx.ds, id);
        return {
          before: rows.find((r) => r.plan_id === id)!.target_id,
          label: MESSAGES[ctx.lang].planLabel(
            p.span_start === p.span_end ? `${p.span_start}` : `${p.span_start}-${p.span_end}`,
            documentNo(ctx.lang, p) ?? '',
          ),
        };
      })
    : [];
  // Built at once (no marks: a list of 30 rows is cheap), so that the height reserved before drawing is the list's.
  const listRows: ChartRow[] = rows.map((t) => {
    const {counts, tip, rowLabel} = describeRow(ctx, t, manyPlans);
    return {
      key: t.target_id,
      label: rowLabel,
      value: formatTarget(ctx.lang, t),
      detail: [listDeadline(ctx, t), ...counts].filter(Boolean).join(' · '),
      marks: [],
      select: {id: t.target_id, tip},
    };
  });
  return lazyPanel(
    {measure: rows[0].measure, title, targets: rows, description},
    (description) => ({
      rows: listRows,
      compact: true,
      sections,
      domain: [0, 1],
      ticks: [],
      axisTitle: '',
      width: ctx.width,
      theme: ctx.theme,
      measureText: ctx.measureText,
      description,
    }),
    listHeight(ctx, listRows) + sections.length * Math.round(ctx.theme.fontSize * 1.12 * 1.3 + 14),
  );
}

/**
 * The height of a compact list, estimated as `chartScene` lays it out (src/charts/rows.ts, which loads with the chart
 * engine, not here) with an average glyph width: what the widget reserves before the list is drawn.
 */
function listHeight(ctx: ChartContext, rows: ChartRow[]): number {
  const fs = ctx.theme.fontSize;
  const small = Math.round(fs * 0.86);
  const pad = Math.round(fs * 0.45);
  const valueW = Math.max(0, ...rows.map((r) => (r.value ?? '').length * fs * 0.62));
  const beside = ctx.width >= 420 && valueW <= ctx.width * 0.35;
  const labelW = beside ? ctx.width - valueW - fs * 1.5 : ctx.width;
  const lines = (text: string, size: number, width: number) =>
    text ? Math.max(1, Math.ceil((text.length * size * 0.56) / Math.max(width, 1))) : 0;
  return (
    8 +
    rows.reduce(
      (h, r) =>
        h +
        2 * pad +
        1 +
        lines(r.label, fs, labelW) * Math.round(fs * 1.3) +
        Math.max(lines(r.detail, small, labelW), beside ? 0 : 1) * Math.round(small * 1.3),
      0,
    )
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
  // No result for any row: the chart is the plan's list of targets, and its title promises no result.
  const withResult = rows.filter((r) => r.result);
  const listOnly = withChart && rows.length > 0 && !withResult.length;
  const title = year
    ? (listOnly ? m.title.targetsYear : withChart ? m.title.attainmentYear : m.title.tableYear)(names, year)
    : (listOnly ? m.title.targets : withChart ? m.title.attainment : m.title.table)(names, periodLabel(req.period!));
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
  // The statuses drawn: rows with a result (the rest are listed, and say no status).
  const drawnStatuses = new Set(withResult.map((r) => r.status));
  const legend = withChart && !listOnly ? [...statusLegend(ctx, drawnStatuses), ...targetLegend(ctx, withResult)] : [];
  if (!rows.length)
    return {...base, summary: '', legend, panels: [], rows, plans: [], empty: {available: available(ctx, inPlan)}};
  const description = `${title}. ${summary}`;
  if (listOnly) base.notes.push(m.noResultsYet);
  // Rows with a result come first, drawn; the rest follow as one list, so that "no data" is not said on every row.
  const without = rows.filter((r) => !r.result);
  const panels = !withChart
    ? []
    : listOnly
      ? [targetListPanel(ctx, rows, m.targetList(rows.length), description)]
      : [
          ...attainmentPanels(ctx, withResult, description),
          ...(without.length ? [targetListPanel(ctx, without, m.pendingList(without.length), description)] : []),
        ];
  return {
    ...base,
    statuses: !listOnly,
    summary,
    legend,
    // In the order drawn: the exports and the table follow the chart.
    rows: withChart && !listOnly ? [...withResult, ...without] : rows,
    plans: plansOf(rows),
    panels,
  };
}

export const attainmentView: ViewDef = {
  build: (ctx, req, results) => attainmentModel(ctx, req, results, true),
};

/** The table view: the attainment rows, with no chart. */
export const tableView: ViewDef = {
  build: (ctx, req, results) => attainmentModel(ctx, req, results, false),
};
