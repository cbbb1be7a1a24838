/**
 * proposeResults: from the text of a report (a department's báo cáo, a sơ kết or tổng kết review, a news report of a
 * review conference) one proposed results row per reported figure, each tied to its sentence by offsets into the
 * input, and — when targets are given — to the target it reports against. It reads figures with the same machinery
 * as proposeTargets (readFigures: numbers, sentences, masks, comparators, what is counted, the indicator) and keeps
 * the figures the words around them call results (kinds.ts). Pure: no DOM, no I/O.
 */
import type {Comparator, Measure, ResultKind} from '../constants.js';
import {squash} from './text.js';
import {cutOrNull, MAX_PROPOSALS, type Bounded} from './limits.js';
import {readFigures, type FigureReading, type ProposeOptions, type ReadBound} from './targets.js';
import {OF_PLAN_AFTER} from './kinds.js';
import {NUM, parseNumber} from './numbers.js';

/** Why a result needs a second look; `notes` says the same in words. */
export const RESULT_FLAGS = [
  'no_as_of',
  'as_of_needs_report_date',
  'as_of_from_report_date',
  'as_of_period_end',
  'lower_bound',
  'approximate',
  'share_of_plan',
  'kind_from_document',
  'kind_from_year',
  'no_indicator',
  'no_target',
] as const;
export type ResultFlag = (typeof RESULT_FLAGS)[number];

/** A target a result may report against: a dataset target, a page plan's target or a builder card. */
export interface TargetToMatch {
  /** How the caller names it: a dataset target_id, a page plan's key, a card's index. */
  id: string;
  measure: Measure;
  indicator_id?: string | null;
  label?: string | null;
  counted?: string | null;
  target_year?: number | null;
  /** The sentence of the plan that states it. */
  quote?: string | null;
}

export interface ResultMatch {
  id: string;
  /** 0-1: how well the indicator, the measure, the words and the year agree. */
  confidence: number;
  /** The figure in the target's measure: the share of a fraction for a percentage target; null when it has none. */
  value: number | null;
}

export interface ResultProposal {
  kind: 'result';
  /** The reported figure; for "106/112 xã" the numerator, 106 (see denominator and share). */
  value: number;
  value_max: number | null;
  /** "=" exactly; ">" a lower bound ("hơn 10.600 cơ sở", "trên 12.000 lượt người"); as proposeTargets reads them. */
  comparator: Comparator;
  measure: Measure;
  /** What is counted ("lượt cơ sở", "xã, phường, thị trấn"), or what a percentage is of; null for frequencies. */
  counted: string | null;
  /** For "x/y": y, and the share x/y in percent (two decimals). */
  denominator: number | null;
  share: number | null;
  result_kind: ResultKind;
  /** When the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD; "" when the text does not say (flagged). */
  as_of: string;
  label: string;
  /** The sentence that states the figure, NFC, whitespace collapsed: `normalizeText(text.slice(start, end))`. */
  quote: string;
  start: number;
  end: number;
  figure: {start: number; end: number; text: string};
  section: string | null;
  heading: string | null;
  indicator_id: string | null;
  confidence: number;
  /** The target it reports against, when options.targets are given and one fits; else null. */
  target: ResultMatch | null;
  flags: ResultFlag[];
  notes: string[];
}

export interface ProposeResultsOptions extends Omit<ProposeOptions, 'span' | 'periodEnd'> {
  /** Targets to match the results to (dataset rows, a page plan's targets, the builder's cards). */
  targets?: TargetToMatch[];
}

const NOTES: Record<ResultFlag, {vi: string; en: string}> = {
  no_as_of: {vi: 'Câu không nói số liệu tính đến khi nào; hãy nhập ngày.', en: 'The sentence gives no date; enter it.'},
  as_of_needs_report_date: {
    vi: '"đến nay", "hiện có" tính theo ngày của báo cáo; hãy nhập ngày báo cáo.',
    en: '"đến nay", "hiện có" refer to the report\'s date; enter it.',
  },
  as_of_from_report_date: {
    vi: '"đến nay", "hiện có": lấy ngày của báo cáo.',
    en: '"đến nay", "hiện có": the report\'s date is used.',
  },
  as_of_period_end: {vi: 'Số liệu cả giai đoạn; ghi năm cuối.', en: 'A figure for a whole period; its last year.'},
  lower_bound: {
    vi: '"hơn", "trên": con số là cận dưới, không phải số chính xác.',
    en: '"hơn", "trên": a lower bound, not the exact figure.',
  },
  approximate: {vi: 'Con số ước chừng ("khoảng", "gần").', en: 'An approximate figure ("khoảng", "gần").'},
  share_of_plan: {
    vi: 'Tỷ lệ hoàn thành kế hoạch ("đạt … % chỉ tiêu kế hoạch"), không phải giá trị của chỉ số.',
    en: 'A share of the plan achieved ("đạt … % chỉ tiêu kế hoạch"), not the indicator\'s value.',
  },
  kind_from_document: {
    vi: 'Câu không có từ nói đây là kết quả; đọc theo loại văn bản.',
    en: 'No word in the sentence says it is a result; read by the kind of document.',
  },
  kind_from_year: {
    vi: 'Đọc là kết quả vì năm trước ngày báo cáo.',
    en: "Read as a result because its year is before the report's.",
  },
  no_indicator: {vi: 'Không gợi ý được chỉ số.', en: 'No indicator suggested.'},
  no_target: {vi: 'Không khớp với chỉ tiêu nào đã cho.', en: 'Matches none of the targets given.'},
};

/** Units below a province or district whose count or share is the indicator's value (communes and villages). */
const COMMUNE_UNITS =
  /^(?:xã|phường|thị trấn|thôn|bản(?!\s+(?:tin|in|sao|đồ|tài|cam|tự|quyền|án))|tổ dân phố|khu phố|ấp|khóm|communes?|wards?)(?![\p{L}])/iu;
/** Units a higher level counts of itself: how many provinces or districts have the activity or met the target. */
const HIGHER_UNITS =
  /^(?:tỉnh|thành phố|huyện|quận|thị xã|địa phương|đơn vị|sở|ban|ngành|provinces?|districts?|localities)(?![\p{L}])/iu;
/** After a count of units: "đạt từ 70% trở lên", "đạt chỉ tiêu": how many met the target. */
const MEETING = new RegExp(
  String.raw`^[^;()]{0,80}?(?<![\p{L}])(?:đạt|hoàn thành|vượt)\s+(?:(?:mức\s+)?(?:từ|trên|ít nhất)\s+)?(${NUM})\s*%(?!\s*(?:chỉ tiêu|kế hoạch))|^[^;()]{0,80}?(?<![\p{L}])(?:đạt|hoàn thành|vượt)\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu)`,
  'iu',
);

const pad = (n: number | string): string => String(n).padStart(2, '0');
const ROMAN_QUARTER: Record<string, number> = {i: 3, ii: 6, iii: 9, iv: 12, '1': 3, '2': 6, '3': 9, '4': 12};
const MONTH_WORDS: Record<string, number> = {ba: 3, sáu: 6, chín: 9, 'mười hai': 12};

interface AsOfHit {
  at: number;
  end: number;
  /** '' for "đến nay": the report's date. */
  value: string;
  period?: boolean;
}

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})`;
const AS_OF: [RegExp, (m: RegExpExecArray) => Omit<AsOfHit, 'at' | 'end'> | null][] = [
  // "tính đến 30/6/2025", "đến ngày 23/10/2023", "tính đến ngày 15 tháng 12 năm 2024".
  [
    new RegExp(String.raw`(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?${DATE}`, 'giu'),
    (m) => ({value: `${m[3]}-${pad(m[2])}-${pad(m[1])}`}),
  ],
  [
    /(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/giu,
    (m) => ({value: `${m[3]}-${pad(m[2])}-${pad(m[1])}`}),
  ],
  // "tính đến hết tháng 6/2025", "tính đến tháng 6 năm 2025".
  [
    /tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(\d{1,2})\s*(?:\/|năm)\s*((?:19|20)\d{2})/giu,
    (m) => ({value: `${m[2]}-${pad(m[1])}`}),
  ],
  // "6 tháng đầu năm 2025", "sáu tháng đầu năm", "9 tháng năm 2024", "6 tháng cuối năm 2024".
  [
    /(?<![\p{L}\p{N}])(\d{1,2}|ba|sáu|chín)\s+tháng\s+(đầu\s+|cuối\s+)?năm\s+((?:19|20)\d{2})/giu,
    (m) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : MONTH_WORDS[m[1].toLowerCase()];
      if (!(n >= 1 && n <= 12)) return null;
      return {value: `${m[3]}-${pad(/cuối/iu.test(m[2] ?? '') ? 12 : n)}`};
    },
  ],
  // "quý I năm 2025", "quý 2/2025".
  [
    /(?<![\p{L}])quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm)\s*((?:19|20)\d{2})/giu,
    (m) => ({value: `${m[2]}-${pad(ROMAN_QUARTER[m[1].toLowerCase()])}`}),
  ],
  // "giai đoạn 2016 - 2020", "từ 2016 - 2020", "2021-2025": the period's last year.
  [
    /(?:giai\s+đoạn\s+|từ\s+(?:năm\s+)?)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/giu,
    (m) => (Number(m[2]) > Number(m[1]) ? {value: m[2], period: true} : null),
  ],
  // "năm 2024", "trong năm 2025", "tính đến hết năm 2009", "in 2023".
  [/(?<![\p{L}])(?:năm|in)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/giu, (m) => ({value: m[1]})],
  // "đến nay", "hiện có", "hiện nay", "trong kỳ", "currently": the report's date.
  [
    /(?<![\p{L}])(?:đến nay|tới nay|hiện nay|hiện có|hiện tại|đến thời điểm này|trong kỳ|currently|to date|so far|(?<!(?:thực|phát|xuất|thể|biểu|trình|tái|hiển)\s)hiện(?=\s))(?![\p{L}])/giu,
    () => ({value: ''}),
  ],
];

/** Every date phrase of a text, in order. */
function asOfHits(s: string): AsOfHit[] {
  const hits: AsOfHit[] = [];
  for (const [re, make] of AS_OF)
    for (const m of s.matchAll(re)) {
      const h = make(m);
      if (h) hits.push({...h, at: m.index, end: m.index + m[0].length});
    }
  // Where two phrases overlap, the longer wins ("6 tháng đầu năm 2025" over "năm 2025").
  hits.sort((a, b) => b.end - b.at - (a.end - a.at));
  const kept: AsOfHit[] = [];
  for (const h of hits) if (!kept.some((k) => k.at < h.end && h.at < k.end)) kept.push(h);
  return kept.sort((a, b) => a.at - b.at);
}

/** A report date as written by a caller ("2025-06-30", "30/6/2025", "2025") as YYYY[-MM[-DD]], or null. */
export function reportDateOf(s: string | undefined): string | null {
  const t = (s ?? '').trim();
  if (/^(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?$/.test(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})$/.exec(t);
  return m ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : null;
}

const STOP = new Set(
  (
    'và của các những được cho tại trong trên với về theo số là có đã để từ đến một ở hoặc này đó thì mà ' +
    'tổ chức thực hiện'
  ).split(' '),
);
const words = (s: string | null | undefined): Set<string> =>
  new Set(
    (s ?? '')
      .toLowerCase()
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w)),
  );

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** The target a result reports against: the indicator, the measure, the words and the year, weighed. */
export function matchTarget(
  r: Pick<ResultProposal, 'indicator_id' | 'measure' | 'counted' | 'label' | 'as_of' | 'share' | 'value'>,
  targets: TargetToMatch[],
): ResultMatch | null {
  const mine = words(`${r.label} ${r.counted ?? ''}`);
  let best: ResultMatch | null = null;
  for (const t of targets) {
    let score = 0;
    if (r.indicator_id && t.indicator_id === r.indicator_id) score += 0.5;
    const sameMeasure = t.measure === r.measure;
    const shareFits = t.measure === 'percent' && r.share !== null;
    if (sameMeasure || shareFits) score += 0.2;
    score += 0.3 * overlap(mine, words(`${t.label ?? ''} ${t.counted ?? ''}`));
    const year = Number(r.as_of.slice(0, 4));
    if (t.target_year && year && t.target_year === year) score += 0.1;
    const confidence = Math.round(Math.min(1, score) * 100) / 100;
    if (confidence < 0.45 || (best && best.confidence >= confidence)) continue;
    best = {id: t.id, confidence, value: sameMeasure ? r.value : shareFits ? r.share : null};
  }
  return best;
}

/**
 * One proposal per reported figure of a text, in the order of the text. Figures the words call targets ("phấn
 * đấu", "mục tiêu", "đến năm 2025 đạt") are left to proposeTargets; a figure whose words say neither is read by
 * options.document (default: what the title and the cues say the text is).
 */
export function proposeResults(text: string, options: ProposeResultsOptions = {}): ResultProposal[] {
  return proposeResultsBounded(text, options).proposals;
}

/**
 * proposeResults with what it cut (limits.ts): a text longer than MAX_TEXT_CHARS is read up to there, and at most
 * MAX_PROPOSALS results are proposed.
 */
export function proposeResultsBounded(text: string, options: ProposeResultsOptions = {}): Bounded<ResultProposal> {
  if (typeof text !== 'string') throw new TypeError('proposeResults: text must be a string');
  const lang = options.lang ?? 'vi';
  const reportDate = reportDateOf(options.reportDate);
  const bound: ReadBound = {kind: 'result', max: MAX_PROPOSALS, cut: {}};
  const readings = readFigures(text, {...options, reportDate: reportDate ?? undefined}, bound).filter(
    (r) => r.kind === 'result',
  );
  // Every reading holds the same normalised text: lower-cased once, not once per reading.
  const lowered = new Map<string, string>();
  const lowOf = (t: string) => {
    let low = lowered.get(t);
    if (low === undefined) {
      low = t.toLowerCase().length === t.length ? t.toLowerCase() : t;
      lowered.set(t, low);
    }
    return low;
  };
  // "56/63 tỉnh, thành phố đạt từ 70% trở lên": the 70% is the target they met, not a result of its own.
  const thresholds = new Set<FigureReading>();
  const meeting = new Set<FigureReading>();
  for (const r of readings) {
    const p = r.proposal;
    if (!(p.fraction || p.measure === 'count' || p.measure === 'percent')) continue;
    if (!HIGHER_UNITS.test(p.counted ?? '')) continue;
    const after = r.nfc.slice(r.figure.end, r.clause[1]);
    const m = MEETING.exec(after);
    if (!m) continue;
    meeting.add(r);
    if (m[1] !== undefined) {
      // The match starts where the figure ends.
      const pctAt = r.figure.end + m[0].lastIndexOf(m[1]);
      for (const q of readings)
        if (q !== r && q.figure.start <= pctAt && pctAt < q.figure.end && q.proposal.value === parseNumber(m[1]))
          thresholds.add(q);
    }
  }
  const out: ResultProposal[] = [];
  for (const r of readings) {
    if (thresholds.has(r)) continue;
    const p = r.proposal;
    const flags: ResultFlag[] = [];
    const t = r.nfc;
    const low = lowOf(t);
    const after = low.slice(r.figure.end, r.clause[1]);
    const before = low.slice(r.clause[0], r.figure.start);
    const ofPlan = OF_PLAN_AFTER.test(after) && /(?:đạt|hoàn thành|vượt)\s*$/iu.test(before);

    // Value, measure: "x/y" keeps its numerator as a count of what is counted, with the denominator and the share.
    let value = p.value;
    let measure = p.measure;
    let denominator: number | null = null;
    let share: number | null = null;
    if (p.fraction) {
      value = p.fraction.numerator;
      denominator = p.fraction.denominator;
      share = p.value;
      measure = 'count';
    }
    if (p.comparator === '>') flags.push('lower_bound');
    if (p.flags.includes('approximate')) flags.push('approximate');

    // When: the date phrase nearest before the figure in its sentence, else one after it in its clause.
    const sentenceHits = asOfHits(low.slice(r.sentence[0], r.sentence[1])).map((h) => ({
      ...h,
      at: h.at + r.sentence[0],
      end: h.end + r.sentence[0],
    }));
    const hit =
      sentenceHits.filter((h) => h.end <= r.figure.start).pop() ??
      sentenceHits.find((h) => h.at >= r.figure.end && h.end <= r.clause[1]);
    let asOf = '';
    if (!hit) flags.push('no_as_of');
    else if (hit.value) {
      asOf = hit.value;
      if (hit.period) flags.push('as_of_period_end');
    } else if (reportDate) {
      asOf = reportDate;
      flags.push('as_of_from_report_date');
    } else flags.push('as_of_needs_report_date', 'no_as_of');

    // Kind of result.
    const counted = p.counted;
    let kind: ResultKind;
    if (ofPlan) {
      kind = 'count_context';
      flags.push('share_of_plan');
    } else if (measure === 'per_month' || measure === 'per_year') kind = 'value';
    else if (counted && COMMUNE_UNITS.test(counted)) kind = 'value';
    else if (counted && HIGHER_UNITS.test(counted))
      kind = meeting.has(r) ? 'units_meeting_target' : 'units_with_activity';
    else kind = measure === 'count' ? 'count_context' : 'value';

    if (r.kindReason === 'document') flags.push('kind_from_document');
    if (r.kindReason === 'year') flags.push('kind_from_year');
    if (!p.indicator_id) flags.push('no_indicator');

    const proposal: ResultProposal = {
      kind: 'result',
      value,
      value_max: p.value_max,
      comparator: p.comparator,
      measure,
      counted,
      denominator,
      share,
      result_kind: kind,
      as_of: asOf,
      label: p.label,
      quote: p.quote,
      start: p.start,
      end: p.end,
      figure: p.figure,
      section: p.section,
      heading: p.heading,
      indicator_id: p.indicator_id,
      confidence: p.confidence,
      target: null,
      flags,
      notes: [],
    };
    if (options.targets?.length) {
      proposal.target = matchTarget(proposal, options.targets);
      if (!proposal.target) flags.push('no_target');
      else {
        // A count the plan set as its target ("03 phóng sự") is the indicator's value, not context.
        const t = options.targets.find((x) => x.id === proposal.target!.id);
        if (kind === 'count_context' && !ofPlan && t?.measure === 'count' && proposal.target.confidence >= 0.6)
          proposal.result_kind = 'value';
      }
    }
    proposal.notes = flags.map((f) => NOTES[f][lang]);
    out.push(proposal);
  }
  return {proposals: out, cut: cutOrNull(bound.cut)};
}

/** A result's figure as words for a reader: "> 10600 cơ sở", "106/112 xã (94.64%)", "75%". */
export function describeResult(r: ResultProposal): string {
  const cmp = r.comparator === '=' ? '' : `${r.comparator} `;
  if (r.denominator !== null) return `${cmp}${r.value}/${r.denominator} ${r.counted ?? ''} (${r.share}%)`.trim();
  const unit =
    r.measure === 'percent' ? '%' : r.measure === 'per_month' ? '/tháng' : r.measure === 'per_year' ? '/năm' : '';
  return squash(`${cmp}${r.value}${unit} ${r.measure === 'count' ? (r.counted ?? '') : ''}`);
}
