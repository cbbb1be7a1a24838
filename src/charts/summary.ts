/**
 * Two or three sentences generated from the rows shown: the chart's accessible description, shown on request. The
 * facts are counted here; the sentences are each language's (`MESSAGES[lang].summary`, src/i18n/index.ts and
 * src/i18n/en.ts).
 */
import type {PeriodPair, SeriesChange, TargetWithResult} from '../data/queries.js';
import type {Target} from '../data/schema.js';
import {MESSAGES, formatTarget, periodLabel, type Lang} from '../i18n/index.js';

export function attainmentSummary(
  lang: Lang,
  unit: string,
  period: string,
  rows: TargetWithResult[],
  /** The rows are another unit's targets the unit reports results against (it has no plan of its own). */
  reported = false,
): string {
  const by = (s: string) => rows.filter((r) => r.status === s).length;
  const counts = rows
    .flatMap((r) => r.unit_counts)
    .filter((c, k, a) => a.findIndex((x) => x.result_id === c.result_id) === k);
  const list = (kind: string) =>
    counts
      .filter((c) => c.result_kind === kind)
      .map((c) => (c.measure === 'count' && c.denominator ? `${c.value}/${c.denominator}` : `${c.value}%`))
      .join(', ');
  return MESSAGES[lang].summary.attainment({
    unit,
    period,
    n: rows.length,
    reported,
    withData: rows.length - by('no_data'),
    met: by('met'),
    notMet: by('not_met'),
    notDue: by('not_due'),
    hasCounts: counts.length > 0,
    unitsMet: list('units_meeting_target'),
    unitsActive: list('units_with_activity'),
  });
}

function range(lang: Lang, ts: Target[]): string {
  const vs = ts.map((t) => t.value);
  const lo = Math.min(...vs);
  const hi = Math.max(...ts.map((t) => t.value_max ?? t.value));
  const f = (v: number) => formatTarget(lang, {...ts[0], comparator: '=', value: v, value_max: null});
  return lo === hi ? f(lo) : `${f(lo)} – ${f(hi)}`;
}

export function indicatorPeriodsSummary(lang: Lang, indicator: string, targets: Target[]): string {
  const periods = [...new Set(targets.map((t) => t.period))].sort();
  const parts = periods.map((p) => {
    const ts = targets.filter((t) => t.period === p);
    return {n: ts.length, period: periodLabel(p), range: range(lang, ts)};
  });
  return MESSAGES[lang].summary.indicatorPeriods({indicator, parts});
}

/** A unit's plans of two periods compared indicator by indicator. */
export function periodsSummary(lang: Lang, unit: string, pairs: PeriodPair[]): string {
  if (!pairs.length) return '';
  // Pairs that count different things are neither raised nor lowered.
  const n = (c: string) =>
    pairs.filter((p) => p.change === c && (p.comparable || c === 'new' || c === 'dropped')).length;
  return MESSAGES[lang].summary.periods({
    unit,
    before: periodLabel(pairs[0].before_period),
    after: periodLabel(pairs[0].after_period),
    raised: n('raised'),
    lowered: n('lowered'),
    unchanged: n('unchanged'),
    added: n('new'),
    dropped: n('dropped'),
    loweredList: pairs
      .filter((p) => p.change === 'lowered' && p.comparable)
      .map((p) => `${formatTarget(lang, p.before!)} → ${formatTarget(lang, p.after!)}`),
    differ: pairs.some((p) => p.before && p.after && !p.comparable),
  });
}

/** A unit's plans in time order (a five-year plan and its annual plans, or plans across periods). */
export function seriesSummary(
  lang: Lang,
  unit: string,
  spans: string[],
  changes: SeriesChange[],
  missingYears: number[],
): string {
  const n = (c: SeriesChange['change']) => changes.filter((x) => x.change === c && x.comparable).length;
  return MESSAGES[lang].summary.series({
    unit,
    spans,
    raised: n('raised'),
    lowered: n('lowered'),
    unchanged: n('unchanged'),
    loweredList: changes
      .filter((x) => x.change === 'lowered' && x.comparable)
      .map((x) => `${formatTarget(lang, x.previous!)} → ${formatTarget(lang, x.target)}`),
    missing: missingYears.join(', '),
  });
}

export function unitsSummary(
  lang: Lang,
  indicator: string,
  levelPlural: string,
  targets: Target[],
  national: Target | undefined,
  flagged: number,
): string {
  if (!targets.length) return '';
  return MESSAGES[lang].summary.units({
    indicator,
    levelPlural,
    n: targets.length,
    range: range(lang, targets),
    national: national ? formatTarget(lang, national) : null,
    flagged,
  });
}
