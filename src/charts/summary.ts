/**
 * Two or three sentences generated from the rows shown: the chart's accessible description, shown on request.
 */
import type {PeriodPair, SeriesChange, TargetWithResult} from '../data/queries.js';
import type {Target} from '../data/schema.js';
import {MESSAGES, formatTarget, periodLabel, type Lang} from '../i18n.js';

export function attainmentSummary(
  lang: Lang,
  unit: string,
  period: string,
  rows: TargetWithResult[],
  /** The rows are another unit's targets the unit reports results against (it has no plan of its own). */
  reported = false,
): string {
  const by = (s: string) => rows.filter((r) => r.status === s).length;
  const withData = rows.length - by('no_data');
  const m = MESSAGES[lang];
  const counts = rows
    .flatMap((r) => r.unit_counts)
    .filter((c, k, a) => a.findIndex((x) => x.result_id === c.result_id) === k);
  const list = (kind: string) =>
    counts
      .filter((c) => c.result_kind === kind)
      .map((c) => (c.measure === 'count' && c.denominator ? `${c.value}/${c.denominator}` : `${c.value}%`))
      .join(', ');
  const met = list('units_meeting_target');
  const active = list('units_with_activity');
  if (lang === 'vi') {
    const s1 = reported
      ? `${cap(unit)} báo cáo kết quả cho ${rows.length} chỉ tiêu của chương trình giai đoạn ${period}.`
      : `Kế hoạch giai đoạn ${period} của ${unit} có ${rows.length} chỉ tiêu bằng số.`;
    const s2 = withData
      ? `Có kết quả cho ${withData} chỉ tiêu: ${by('met')} ${m.status.met.toLowerCase()}, ${by('not_met')} ${m.status.not_met.toLowerCase()}, ${by('not_due')} ${m.status.not_due.toLowerCase()}.`
      : counts.length
        ? ''
        : 'Chưa có kết quả báo cáo cho chỉ tiêu nào.';
    const s3 = [
      met ? `số tỉnh đạt chỉ tiêu (${met})` : '',
      active ? `số tỉnh có hoạt động, không nói có đạt chỉ tiêu hay không (${active})` : '',
    ].filter(Boolean);
    return [
      s1,
      s2,
      s3.length
        ? `Kết quả cấp quốc gia chỉ được công bố ở dạng ${s3.join(' và ')}, không phải giá trị của chỉ tiêu.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  const n = `${rows.length} numeric target${rows.length === 1 ? '' : 's'}`;
  const s1 = reported
    ? `${cap(unit)} reports results against ${n} of the ${period} programme.`
    : `The ${period} plan of ${unit} sets ${n}.`;
  const s2 = withData
    ? `Results are reported for ${withData}: ${by('met')} met, ${by('not_met')} not met, ${by('not_due')} not yet due.`
    : counts.length
      ? ''
      : 'No result has been reported for any of them.';
  const s3 = [
    met ? `counts of provinces meeting a target (${met.replace(/\//g, ' of ')})` : '',
    active
      ? `counts of provinces reporting the activity, not whether they met the target (${active.replace(/\//g, ' of ')})`
      : '',
  ].filter(Boolean);
  return [
    s1,
    s2,
    s3.length ? `National results are published only as ${s3.join(' and ')}, not as the indicator's value.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
    const label = periodLabel(p);
    return lang === 'vi'
      ? `${ts.length} kế hoạch giai đoạn ${label} đặt ${range(lang, ts)}`
      : `${ts.length} plan(s) for ${label} set ${range(lang, ts)}`;
  });
  return lang === 'vi'
    ? `${indicator}: ${parts.join('; ')}. Mỗi kế hoạch là một dòng; phần lớn đơn vị chỉ có kế hoạch của một giai đoạn trong bộ dữ liệu.`
    : `${indicator}: ${parts.join('; ')}. Each plan is one row; most units have a plan for one period only in the dataset.`;
}

/** A unit's plans of two periods compared indicator by indicator. */
export function periodsSummary(lang: Lang, unit: string, pairs: PeriodPair[]): string {
  if (!pairs.length) return '';
  const [p1, p2] = [periodLabel(pairs[0].before_period), periodLabel(pairs[0].after_period)];
  // Pairs that count different things are neither raised nor lowered.
  const n = (c: string) =>
    pairs.filter((p) => p.change === c && (p.comparable || c === 'new' || c === 'dropped')).length;
  const lowered = pairs
    .filter((p) => p.change === 'lowered' && p.comparable)
    .map((p) => `${formatTarget(lang, p.before!)} → ${formatTarget(lang, p.after!)}`);
  const differ = pairs.some((p) => p.before && p.after && !p.comparable);
  if (lang === 'vi') {
    return [
      `So với giai đoạn ${p1}, kế hoạch ${p2} của ${unit} nâng ${n('raised')}, hạ ${n('lowered')}, giữ nguyên ${n('unchanged')} chỉ tiêu; ${n('new')} chỉ tiêu mới và ${n('dropped')} chỉ tiêu không còn.`,
      lowered.length ? `Chỉ tiêu bị hạ: ${lowered.join('; ')}.` : '',
      differ ? 'Một số cặp không cùng định nghĩa và được đánh dấu ≠.' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  const were = (k: number) => (k === 1 ? 'was' : 'were');
  return [
    `Compared with ${p1}, the ${p2} plan of ${unit} raised ${n('raised')}, lowered ${n('lowered')} and kept ${n('unchanged')} targets; ${n('new')} ${were(n('new'))} new and ${n('dropped')} ${were(n('dropped'))} dropped.`,
    lowered.length ? `Lowered: ${lowered.join('; ')}.` : '',
    differ ? 'Some pairs count different things and are marked ≠.' : '',
  ]
    .filter(Boolean)
    .join(' ');
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
  const lowered = changes
    .filter((x) => x.change === 'lowered' && x.comparable)
    .map((x) => `${formatTarget(lang, x.previous!)} → ${formatTarget(lang, x.target)}`);
  const m = MESSAGES[lang];
  if (lang === 'vi') {
    return [
      `${cap(unit)} có ${spans.length} kế hoạch trong bộ dữ liệu (${spans.join(', ')}).`,
      `So với kế hoạch trước đó, ${n('raised')} chỉ tiêu được nâng, ${n('lowered')} bị hạ, ${n('unchanged')} giữ nguyên.`,
      lowered.length ? `Chỉ tiêu bị hạ: ${lowered.join('; ')}.` : '',
      missingYears.length ? m.noPlanFor(missingYears.join(', ')) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [
    `${cap(unit)} has ${spans.length} plans in the dataset (${spans.join(', ')}).`,
    `Against the plan before, ${n('raised')} targets were raised, ${n('lowered')} lowered and ${n('unchanged')} kept.`,
    lowered.length ? `Lowered: ${lowered.join('; ')}.` : '',
    missingYears.length ? m.noPlanFor(missingYears.join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
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
  const s1 =
    lang === 'vi'
      ? `${indicator}: ${targets.length} ${levelPlural} có chỉ tiêu, từ ${range(lang, targets)}.`
      : `${indicator}: ${targets.length} ${targets.length === 1 ? levelPlural.replace(/s$/, '') : levelPlural} set a target, ${range(lang, targets)}.`;
  const s2 = national
    ? lang === 'vi'
      ? `Chỉ tiêu quốc gia: ${formatTarget(lang, national)}.`
      : `The national target is ${formatTarget(lang, national)}.`
    : lang === 'vi'
      ? 'Bộ dữ liệu không có chỉ tiêu quốc gia tương ứng.'
      : 'The dataset has no national target for it.';
  const s3 = flagged
    ? lang === 'vi'
      ? `${flagged} đơn vị tính theo định nghĩa khác và được đánh dấu ≠.`
      : `${flagged} unit(s) count something different and are marked ≠.`
    : '';
  return [s1, s2, s3].filter(Boolean).join(' ');
}
