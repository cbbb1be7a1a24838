/**
 * Two or three sentences generated from the rows shown: the chart's accessible description, shown on request.
 */
import type {PeriodPair, TargetWithResult} from '../data/queries.js';
import type {Target} from '../data/schema.js';
import {MESSAGES, formatTarget, type Lang} from '../i18n.js';

export function attainmentSummary(lang: Lang, unit: string, period: string, rows: TargetWithResult[]): string {
  const by = (s: string) => rows.filter((r) => r.status === s).length;
  const withData = rows.length - by('no_data');
  const m = MESSAGES[lang];
  const counts = rows
    .flatMap((r) => r.unit_counts)
    .filter((c, k, a) => a.findIndex((x) => x.result_id === c.result_id) === k);
  const list = counts.map((c) => `${c.value}/${c.denominator}`).join(', ');
  if (lang === 'vi') {
    const s1 = `Kế hoạch giai đoạn ${period} của ${unit} có ${rows.length} chỉ tiêu bằng số.`;
    const s2 = withData
      ? `Có kết quả cho ${withData} chỉ tiêu: ${by('met')} ${m.status.met.toLowerCase()}, ${by('not_met')} ${m.status.not_met.toLowerCase()}, ${by('not_due')} ${m.status.not_due.toLowerCase()}.`
      : counts.length
        ? ''
        : 'Chưa có kết quả báo cáo cho chỉ tiêu nào.';
    const s3 = counts.length
      ? `Kết quả được công bố chỉ ở dạng số tỉnh đạt chỉ tiêu (${list}), không phải giá trị của chỉ tiêu.`
      : '';
    return [s1, s2, s3].filter(Boolean).join(' ');
  }
  const s1 = `The ${period} plan of ${unit} sets ${rows.length} numeric target${rows.length === 1 ? '' : 's'}.`;
  const s2 = withData
    ? `Results are reported for ${withData}: ${by('met')} met, ${by('not_met')} not met, ${by('not_due')} not yet due.`
    : counts.length
      ? ''
      : 'No result has been reported for any of them.';
  const s3 = counts.length
    ? `Results are published only as counts of provinces meeting a target (${list.replace(/\//g, ' of ')}), not as the indicator's value.`
    : '';
  return [s1, s2, s3].filter(Boolean).join(' ');
}

export function periodsSummary(lang: Lang, unit: string, pairs: PeriodPair[]): string {
  // Pairs that count different things are neither raised nor lowered.
  const n = (c: string) =>
    pairs.filter((p) => p.change === c && (p.comparable || c === 'new' || c === 'dropped')).length;
  const lowered = pairs
    .filter((p) => p.change === 'lowered' && p.comparable)
    .map((p) => `${formatTarget(lang, p.before!)} → ${formatTarget(lang, p.after!)}`);
  if (lang === 'vi') {
    return [
      `So với giai đoạn 2016-2020, kế hoạch 2021-2025 của ${unit} nâng ${n('raised')}, hạ ${n('lowered')}, giữ nguyên ${n('unchanged')} chỉ tiêu; ${n('new')} chỉ tiêu mới và ${n('dropped')} chỉ tiêu bị bỏ.`,
      lowered.length ? `Chỉ tiêu bị hạ: ${lowered.join('; ')}.` : '',
      pairs.some((p) => !p.comparable) ? 'Một số cặp không cùng phạm vi và được đánh dấu.' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [
    `Compared with 2016-2020, the 2021-2025 plan of ${unit} raised ${n('raised')}, lowered ${n('lowered')} and kept ${n('unchanged')} targets; ${n('new')} are new and ${n('dropped')} were dropped.`,
    lowered.length ? `Lowered: ${lowered.join('; ')}.` : '',
    pairs.some((p) => !p.comparable) ? 'Some pairs count different things and are marked.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function range(lang: Lang, ts: Target[]): string {
  const vs = ts.map((t) => t.value);
  const lo = Math.min(...vs);
  const hi = Math.max(...ts.map((t) => t.value_max ?? t.value));
  const f = (v: number) => formatTarget(lang, {...ts[0], comparator: '=', value: v, value_max: null});
  return lo === hi ? f(lo) : `${f(lo)} – ${f(hi)}`;
}

export function indicatorPeriodsSummary(lang: Lang, indicator: string, targets: Target[]): string {
  const before = targets.filter((t) => t.period === '2016-2020');
  const after = targets.filter((t) => t.period === '2021-2025');
  if (lang === 'vi') {
    return [
      `${indicator}: ${before.length} kế hoạch giai đoạn 2016-2020${before.length ? ` đặt ${range(lang, before)}` : ''}; ${after.length} kế hoạch giai đoạn 2021-2025${after.length ? ` đặt ${range(lang, after)}` : ''}.`,
      'Mỗi kế hoạch là một dòng; phần lớn đơn vị chỉ có kế hoạch của một giai đoạn.',
    ].join(' ');
  }
  return [
    `${indicator}: ${before.length} plan(s) for 2016-2020${before.length ? ` set ${range(lang, before)}` : ''}; ${after.length} plan(s) for 2021-2025${after.length ? ` set ${range(lang, after)}` : ''}.`,
    'Each plan is one row; most units have a plan for only one period.',
  ].join(' ');
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
      : `${indicator}: ${targets.length} ${levelPlural} set a target, ${range(lang, targets)}.`;
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
