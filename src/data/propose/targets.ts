/**
 * proposeTargets: from the text of a plan (a whole document, as the seed texts, or a pasted section) one proposed
 * row per numeric target, each tied to its sentence by offsets into the input. Pure: no DOM, no I/O; the builder
 * runs it in the browser and `npm run data:propose` in Node. The rules are written for Vietnamese plans (a few
 * English comparators and keywords cover the English quotes of secondary sources).
 */
import type {Comparator, Measure, RECURRENCES} from '../constants.js';
import {findFigures, masks, nounPhrase, type Figure} from './figures.js';
import {guessIndicator} from './indicators.js';
import {documentKindOf, figureKind, type DocumentKind, type FigureKind, type KindReason} from './kinds.js';
import {
  cutOrNull,
  MAX_FIGURES,
  MAX_PROPOSALS,
  MAX_TEXT_CHARS,
  sentencePieces,
  textReadTo,
  type Bounded,
  type ProposalCut,
} from './limits.js';
import {makeSource, readStructure, sentences, squash, toInput, type SectionRole} from './text.js';

export type Recurrence = (typeof RECURRENCES)[number];
export type {SectionRole};

/** Why a proposal needs a second look; `notes` says the same in words. */
export const PROPOSAL_FLAGS = [
  'strict_less_than',
  'approximate',
  'comparator_may_carry',
  'milestone',
  'year_from_heading',
  'year_from_span',
  'no_year',
  'role_default',
  'role_unclear',
  'implicit_once',
  'change_period_unclear',
  'decrease',
  'no_indicator',
  'implicit_all',
] as const;
export type ProposalFlag = (typeof PROPOSAL_FLAGS)[number];

export interface Proposal {
  /** The target figure; the lower bound of a range. A decrease ("giảm 5% mỗi năm") is negative. */
  value: number;
  /** Upper bound of a range; null otherwise. */
  value_max: number | null;
  comparator: Comparator;
  measure: Measure;
  /**
   * What is counted ("người dân", "phóng sự") for a count, or what a percentage or share is of ("xã, phường,
   * thị trấn"); null for frequencies.
   */
  counted: string | null;
  /** For a share written as a fraction ("10/10 huyện"): its parts; value is then the percentage (100). */
  fraction: {numerator: number; denominator: number} | null;
  /** Deadline year; null when neither the sentence, a heading nor the plan's span gives one. */
  target_year: number | null;
  recurrence: Recurrence;
  /** Short readable description of what is measured, taken from the clause. */
  label: string;
  /**
   * The sentence that states the target, NFC, whitespace collapsed: what the dataset's quote column holds.
   * `normalizeText(text.slice(start, end)) === quote` for the text given to proposeTargets.
   */
  quote: string;
  /** Offsets of the sentence in the input (UTF-16 code units, as String.prototype.slice). */
  start: number;
  end: number;
  /** The figure itself in the input ("70%", "3 - 5%", "một tháng một lần"), without the comparator words. */
  figure: {start: number; end: number; text: string};
  /** Section path from the text's own numbering ("II.1.a"); null where the text numbers nothing. */
  section: string | null;
  section_role: SectionRole;
  /** Title of the nearest heading above the target ("Chỉ tiêu", "Công an tỉnh"), or null. */
  heading: string | null;
  /** Suggested indicator of data/indicators.csv, or null when no rule fits. */
  indicator_id: string | null;
  /** 0-1: how well the indicator's keywords fit the clause (0 when indicator_id is null). */
  confidence: number;
  flags: ProposalFlag[];
  /** The flags explained, in options.lang. */
  notes: string[];
}

export interface ProposeOptions {
  /** The plan's first and last year, e.g. [2021, 2025]; read from the text's title when not given. */
  span?: [number, number];
  /** Deadline for targets whose sentence names none; defaults to the span's last year. */
  periodEnd?: number;
  /** Language of `notes`: 'vi' (default) or 'en'. */
  lang?: 'vi' | 'en';
  /**
   * What the text is, for figures whose words say neither target nor result: 'plan', 'report', or 'auto' (the
   * default: the title, else which cues are more).
   */
  document?: DocumentKind;
  /** Date of the report (YYYY, YYYY-MM or YYYY-MM-DD): "đến nay", "hiện có" refer to it; earlier years are results. */
  reportDate?: string;
}

/** One figure of the text as read, before it is proposed as a target or a result. */
export interface FigureReading {
  proposal: Proposal;
  kind: FigureKind;
  kindReason: KindReason;
  /** The figure as found, and its sentence and clause, in the analysed (NFC) text `nfc`. */
  figure: Figure;
  nfc: string;
  sentence: [number, number];
  clause: [number, number];
  /** The year phrase nearest before the figure in its sentence ("Năm 2017", "đến năm 2025"), with its range. */
  year: {year: number; at: number; end: number} | null;
  heading: string | null;
}

const NOTES: Record<ProposalFlag, {vi: string; en: string}> = {
  strict_less_than: {
    vi: '"dưới" nghĩa là "<", bộ dữ liệu không có so sánh này; đề xuất "<=".',
    en: '"dưới" means "<", which the dataset lacks; proposed "<=".',
  },
  approximate: {vi: 'Con số ước chừng ("khoảng", "gần").', en: 'An approximate figure ("khoảng", "gần").'},
  comparator_may_carry: {
    vi: 'Con số không có "ít nhất" riêng, nhưng một vế trước trong câu có; ghi theo chữ: "=".',
    en: 'No "ít nhất" of its own, but an earlier clause of the sentence has one; read literally: "=".',
  },
  milestone: {vi: 'Một mốc trong chuỗi mốc theo năm.', en: 'One milestone of a series by year.'},
  year_from_heading: {vi: 'Năm lấy từ tiêu đề mục.', en: 'Year taken from the section heading.'},
  year_from_span: {
    vi: 'Câu không nêu thời hạn; lấy năm cuối của kế hoạch.',
    en: 'The sentence names no deadline; the last year of the plan is used.',
  },
  no_year: {vi: 'Không xác định được năm; hãy nhập năm.', en: 'No year found; enter it.'},
  role_default: {
    vi: 'Văn bản không có tiêu đề mục; coi là chỉ tiêu.',
    en: 'The text has no section headings; taken as an objective.',
  },
  role_unclear: {
    vi: 'Không thuộc mục chỉ tiêu, nhiệm vụ hay tổ chức thực hiện.',
    en: 'Not under an objectives, tasks or assignments heading.',
  },
  implicit_once: {vi: '"hằng tháng" không nêu số lần; đề xuất 1.', en: '"hằng tháng" gives no count; proposed 1.'},
  change_period_unclear: {
    vi: 'Mức tăng, giảm không nói là hằng năm.',
    en: 'A change that is not said to be yearly.',
  },
  decrease: {vi: 'Mức giảm: ghi số âm.', en: 'A decrease: recorded as a negative value.'},
  no_indicator: {vi: 'Không gợi ý được chỉ số.', en: 'No indicator suggested.'},
  implicit_all: {vi: '"tất cả" được đọc là 100%.', en: '"tất cả" (all) read as 100%.'},
};

/** The plan's span as its title states it ("KẾ HOẠCH … giai đoạn 2021 - 2025", "… năm 2025"), or null. */
export function planSpanOf(text: string): [number, number] | null {
  const t = text.normalize('NFC');
  const range = /giai\s+đoạn\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/iu;
  const year = /(?<!(?:tháng|ngày)\s+\d{1,2}\s+)(?<!\d\s*)năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/giu;
  const fromRange = (s: string): [number, number] | null => {
    const m = range.exec(s);
    return m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
  };
  const fromYear = (s: string): [number, number] | null => {
    for (const m of s.matchAll(year)) {
      const before = s.slice(Math.max(0, m.index - 12), m.index);
      if (!/(?:tháng|ngày)\s*\d{0,2}\s*$/iu.test(before)) return [Number(m[1]), Number(m[1])];
    }
    return null;
  };
  const title = /KẾ HOẠCH|CHƯƠNG TRÌNH/u.exec(t);
  if (title) {
    const near = t.slice(title.index, title.index + 400);
    // The title runs until the preamble ("Căn cứ …", "Thực hiện Quyết định …") or the first numbered heading.
    const stop = near.search(
      /\n\s*(?:[IVX]+\s*[.)]|\d+\s*[.)]|Căn cứ|Thực hiện\s+(?:Quyết định|Kế hoạch|Nghị|Chỉ thị|Thông tư|Công văn))/u,
    );
    const head = stop > 0 ? near.slice(0, stop) : near;
    const found = fromRange(head) ?? fromYear(head);
    if (found) return found;
  }
  const plan = /(?:kế hoạch|chương trình)[^\n.;]{0,200}/giu;
  for (const m of t.matchAll(plan)) {
    const found = fromRange(m[0]) ?? fromYear(m[0]);
    if (found) return found;
  }
  return fromRange(t);
}

const HANDLING = new Set([
  'enforcement.reports_handled',
  'enforcement.offences_handled',
  'enforcement.reported_venues_inspected',
  'enforcement.rings_dismantled',
]);
const TARGET_WORDS = /phấn đấu|mục tiêu|chỉ tiêu|đến năm|yêu cầu|bảo đảm|đảm bảo/u;
const ANNUAL =
  /hằng năm|hàng năm|mỗi năm|từng năm|năm sau cao hơn năm trước|\/\s*năm|trong năm(?!\s*\d)|each year|every year|annually|per year/u;
const CONTINUOUS = /thường xuyên|duy trì|giữ vững|liên tục|kịp thời|maintain|regular/u;
const DEADLINE = /(?:đến|tới)\s+(?:năm\s+)?(?:19|20)\d{2}|by\s+(?:19|20)\d{2}/u;

/** Year phrases: "đến năm 2025", "năm 2020:", "giai đoạn 2021-2025", "đến 2020", "by 2025". */
const YEAR_PHRASE =
  /(?:(?:đến|tới|vào|trong|hết|cuối|đạt|by|in)\s+)?(?:năm|year)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)|giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})|(?:đến|tới|by)\s+((?:19|20)\d{2})(?![\d/])|(?<![\d/.])((?:19|20)\d{2})\s*:/giu;

interface YearHit {
  year: number;
  at: number;
  end: number;
}

function yearsIn(text: string, from: number, to: number): YearHit[] {
  const out: YearHit[] = [];
  const part = text.slice(0, to);
  YEAR_PHRASE.lastIndex = from;
  for (let m = YEAR_PHRASE.exec(part); m; m = YEAR_PHRASE.exec(part)) {
    const before = part.slice(Math.max(from, m.index - 16), m.index).toLowerCase();
    // Not a date ("tháng 4 năm 2024", "ngày 07/01/2026") and not a start ("Từ năm 2016").
    if (/(?:tháng|ngày)\s*\d{0,2}\s*$/u.test(before) || /(?:từ|since|from)\s*$/u.test(before)) continue;
    if (/^(?:từ|since|from)\s/iu.test(m[0])) continue;
    out.push({year: Number(m[1] ?? m[2] ?? m[3] ?? m[4]), at: m.index, end: m.index + m[0].length});
  }
  return out;
}

const GE_BEFORE =
  /(?:ít nhất|tối thiểu|không dưới|không ít hơn|ít ra|at least|a minimum of|no less than|no fewer than)(?:\s+(?:là|đạt|bằng))*(?:\s+từ)?\s*$/iu;
const LE_BEFORE = /(?:không quá|không vượt quá|tối đa|nhiều nhất|at most|no more than|up to)(?:\s+là)?\s*$/iu;
const LT_BEFORE = /(?:dưới|ít hơn|thấp hơn|less than|below|under|fewer than)\s*$/iu;
const GT_BEFORE = /(?<![\p{L}])(?:trên|hơn|vượt|cao hơn|nhiều hơn|more than|over|above)\s*$/iu;
const APPROX_BEFORE = /(?:khoảng|gần|xấp xỉ|chừng|around|about|nearly|approximately)\s*$/iu;
const GE_AFTER = /^\s*(?:trở lên|or more|and above)/iu;
const LE_AFTER = /^\s*(?:trở xuống|or less|and below)/iu;
const CHANGE_BEFORE =
  /(?<![\p{L}])(tăng|giảm|increase|reduce|decrease)(?:\s+(?:thêm|được|by))?(?:\s+(?:ít nhất|tối thiểu|từ|trên|khoảng|at least))?(?:\s+là)?\s*$/iu;
/** Between two figures of a series by year: "%, năm 2020: ", " và năm 2020 đạt ". */
const MILESTONE_GAP = /^[\s,;:]*(?:và\s+)?(?:(?:đến|tới|vào)\s+)?(?:năm\s+)?(?:19|20)\d{2}\s*[:,]?\s*(?:đạt\s+)?$/u;

function comparatorOf(before: string, after: string, f: Figure): {cmp: Comparator; flags: ProposalFlag[]} {
  if (f.valueMax !== null) return {cmp: 'range', flags: []};
  if (LE_BEFORE.test(before) || LE_AFTER.test(after)) return {cmp: '<=', flags: []};
  if (GE_BEFORE.test(before) || GE_AFTER.test(after)) return {cmp: '>=', flags: []};
  if (LT_BEFORE.test(before)) return {cmp: '<=', flags: ['strict_less_than']};
  if (GT_BEFORE.test(before)) return {cmp: '>', flags: []};
  if (APPROX_BEFORE.test(before)) return {cmp: '=', flags: ['approximate']};
  return {cmp: '=', flags: []};
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function shorten(s: string, max = 90): string {
  const t = squash(s.replace(/\([^)]*\)/g, ' '))
    .replace(/[\s,;:.]+$/u, '')
    .replace(/\s+(?:cho|tại|của|với|về|trong|trên|và|hoặc|for|of|to|and|or)$/iu, '');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > 40 ? cut.slice(0, at) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

const FRAMING =
  /phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|yêu cầu|theo đó|trong đó|cụ thể|như sau|sets? out|targets?|goals?|aims?/giu;
/** "mỗi tháng", "hằng tháng", "/tháng": what is counted, each month. */
const PER_MONTH = /(?:(?<![\p{L}])(?:mỗi|hằng|hàng)\s+tháng|\/\s*tháng)(?![\p{L}])/iu;
const ADVERBIAL =
  /^\s*(?:(?:đến|tới|vào|trong|từ)?\s*(?:năm|giai đoạn)\s+(?:19|20)\d{2}.*|(?:hằng|hàng|mỗi) năm|theo kế hoạch|theo đó|trong đó|cụ thể|bên cạnh đó|cùng với đó|đồng thời|in \d{4}.*)\s*$/iu;

/**
 * The part of the text before a figure that speaks of it: after the last ";" or ":", after framing words
 * ("phấn đấu", "mục tiêu"), and — when an earlier figure shares the clause — after the last comma or "và", which
 * end the earlier figure's subject.
 */
function leadRegion(before: string, afterFigure: boolean): string {
  let b = before.replace(/[\s\S]*[;:]/u, '');
  const framing = [...b.matchAll(FRAMING)].pop();
  if (framing) b = b.slice(framing.index + framing[0].length);
  if (afterFigure) {
    const boundary = /[\s\S]*(?:,|\s(?:và|hoặc|and|or)\s)/iu.exec(b);
    b = boundary ? b.slice(boundary[0].length) : '';
  }
  return b;
}

/**
 * Strips comparator words, and then the words `linking` (the word before a comparator: "cho khoảng", "đạt ít
 * nhất"), off the end of a text, repeatedly.
 */
function stripComparators(b: string, linking: RegExp): string {
  for (;;) {
    const next = b
      .replace(GE_BEFORE, '')
      .replace(LE_BEFORE, '')
      .replace(LT_BEFORE, '')
      .replace(GT_BEFORE, '')
      .replace(APPROX_BEFORE, '')
      .replace(linking, '')
      .trimEnd();
    if (next === b) return b;
    b = next;
  }
}

/**
 * A subject cut at the next figure, without that figure's comparator and the word that links it ("buổi tuyên truyền
 * cho khoảng [3.500 lượt]" → "buổi tuyên truyền").
 */
const tailOff = (b: string): string =>
  stripComparators(b, /(?<![\p{L}])(?:cho|với|của|tại|ở|đạt|là|for|with|to|of)\s*$/iu);

/** Strips comparator words and year phrases off the end of a lead, repeatedly. */
function bareLead(b: string): string {
  b = b.replace(/(?:(?:đến|tới|vào|trong)\s+)?năm\s+(?:19|20)\d{2}\s*[,:]?\s*/giu, ' ');
  return squash(stripComparators(b, /(?<![\p{L}])(?:đạt|là|có|từ|bằng|được|để|như|of|for|to)\s*$/iu));
}

/** The words before a figure that belong in its label: a short action ("Tổ chức kiểm tra", "tăng"), not framing. */
export function leadOf(region: string): string {
  // Leading adverbials ("Hằng năm,", "Năm 2026,", "Theo kế hoạch,") are dropped; what is left must be short.
  const parts = region.split(/,/u);
  while (parts.length > 1 && ADVERBIAL.test(parts[0])) parts.shift();
  const b = bareLead(parts.join(','));
  if (!b || /kế hoạch/iu.test(b)) return '';
  return b.split(' ').length <= 8 ? b : '';
}

/**
 * One proposal per numeric target of a plan's text. Targets under objectives headings ("Mục tiêu", "Chỉ tiêu")
 * are `objective`; under tasks and solutions `task`; under "Tổ chức thực hiện" and the agencies' paragraphs
 * `assignment`. Without any such heading (a pasted section) every target is an `objective`. Proposals come in the
 * order of the text.
 */
export function proposeTargets(text: string, options: ProposeOptions = {}): Proposal[] {
  return proposeTargetsBounded(text, options).proposals;
}

/**
 * proposeTargets with what it cut (limits.ts): a text longer than MAX_TEXT_CHARS is read up to there, and at most
 * MAX_PROPOSALS targets are proposed.
 */
export function proposeTargetsBounded(text: string, options: ProposeOptions = {}): Bounded<Proposal> {
  if (typeof text !== 'string') throw new TypeError('proposeTargets: text must be a string');
  const bound: ReadBound = {kind: 'target', max: MAX_PROPOSALS, cut: {}};
  const proposals = readFigures(text, options, bound)
    .filter((r) => r.kind === 'target')
    .map((r) => r.proposal);
  return {proposals, cut: cutOrNull(bound.cut)};
}

/** How far readFigures reads: the text up to MAX_TEXT_CHARS, and figures until `max` of `kind` are read. */
export interface ReadBound {
  kind: FigureKind;
  max: number;
  /** Set by readFigures: what it did not read. */
  cut: ProposalCut;
}

/** The year of a report date ("2025-06-30", "2025"), or null. */
const yearOf = (date: string | undefined): number | null => {
  const m = /^((?:19|20)\d{2})(?:-\d{2}){0,2}$/.exec(date ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * Every figure of a text, read as proposeTargets reads a target, each classified as a target or a result from the
 * words around it (see kinds.ts). proposeTargets keeps the targets, proposeResults the results.
 */
export function readFigures(
  text: string,
  options: ProposeOptions = {},
  bound: ReadBound = {kind: 'target', max: Infinity, cut: {}},
): FigureReading[] {
  const lang = options.lang ?? 'vi';
  const readTo = textReadTo(text);
  if (readTo < text.length) bound.cut.text = {limit: MAX_TEXT_CHARS, length: text.length, readTo};
  const src = makeSource(readTo < text.length ? text.slice(0, readTo) : text);
  const t = src.text;
  const lower = t.toLowerCase();
  // toLowerCase keeps the length for Vietnamese text; offsets into `lower` are offsets into `t`.
  const low = lower.length === t.length ? lower : t;
  const span = options.span ?? planSpanOf(t);
  const periodEnd = options.periodEnd ?? span?.[1] ?? null;
  const {paragraphs, hasRoles} = readStructure(t);
  const masked = masks(t);
  const document = !options.document || options.document === 'auto' ? documentKindOf(t) : options.document;
  const reportYear = yearOf(options.reportDate);
  const out: FigureReading[] = [];
  let wanted = 0;
  let figures = 0;

  reading: for (const para of paragraphs) {
    if (para.marker?.kind === 'article') continue;
    for (const [sStart, sEnd] of sentences(t, para.start, para.end).flatMap(([a, b]) => sentencePieces(t, a, b))) {
      if (bound.cut.proposals || bound.cut.figures) break reading;
      let figs = findFigures(t, sStart, sEnd, masked);
      if (!figs.length) continue;
      const clauseOf = (at: number): [number, number] => {
        let a = sStart;
        let b = sEnd;
        for (let k = at - 1; k >= sStart; k--)
          if (t[k] === ';') {
            a = k + 1;
            break;
          }
        for (let k = at; k < sEnd; k++)
          if (t[k] === ';') {
            b = k + 1;
            break;
          }
        return [a, b];
      };
      // A frequency next to a percentage or count qualifies it ("100% cơ sở được kiểm tra ít nhất 1 lần trong
      // năm"); a number in words next to digits is a qualifier too ("ít nhất một mô hình").
      figs = figs.filter((f) => {
        const [a, b] = clauseOf(f.start);
        const others = figs.filter((g) => g !== f && g.start >= a && g.end <= b);
        if (f.kind === 'frequency' || f.kind === 'monthly')
          return !others.some((g) => !['frequency', 'monthly'].includes(g.kind));
        if (f.kind === 'count_words') return !others.some((g) => g.kind !== 'count_words');
        // "tất cả" is a target only where the sentence sets one ("phấn đấu đến năm 2025, tất cả huyện …").
        if (f.kind === 'all') return TARGET_WORDS.test(low.slice(sStart, sEnd));
        return true;
      });
      const sentence = low.slice(sStart, sEnd);
      const years = yearsIn(low, sStart, sEnd);
      const comparators: Comparator[] = [];
      // Own segment of each figure: from the previous figure (or its clause's start) to the next (or clause end).
      const segs = figs.map((f, k) => {
        const [a, b] = clauseOf(f.start);
        const prev = figs[k - 1];
        const next = figs[k + 1];
        return [
          Math.max(a, prev && prev.end <= f.start ? prev.end : a),
          Math.min(b, next && next.start >= f.end ? next.start : b),
        ];
      });
      // Figures of a series by year share the subject of the last one ("Đến năm 2017: 50%, năm 2020: 100% …").
      const subject = figs.map((_, k) => k);
      for (let k = figs.length - 2; k >= 0; k--)
        if (MILESTONE_GAP.test(t.slice(figs[k].end, figs[k + 1].start))) subject[k] = subject[k + 1];

      figs.forEach((f, k) => {
        if (bound.cut.proposals || bound.cut.figures) return;
        if (++figures > MAX_FIGURES) {
          bound.cut.figures = {limit: MAX_FIGURES, readTo: toInput(src, f.start)};
          return;
        }
        const flags: ProposalFlag[] = [];
        const [segStart, segEnd] = segs[k];
        const [subStart, subEnd] = segs[subject[k]];
        const subjFig = figs[subject[k]];
        const before = low.slice(segStart, f.start);
        const after = low.slice(f.end, segEnd);
        const cmp = comparatorOf(before, after, f);
        let comparator = cmp.cmp;
        flags.push(...cmp.flags);
        let value = f.value;
        let valueMax = f.valueMax;

        // Measure.
        let measure: Measure;
        if (f.kind === 'frequency' || f.kind === 'monthly') measure = f.per === 'month' ? 'per_month' : 'per_year';
        else if (f.kind === 'count' || f.kind === 'count_words' || f.kind === 'range_count')
          // "02 tin, bài … mỗi tháng", "Mỗi tháng … 01 buổi": a count each month is a frequency, of what is counted.
          measure = PER_MONTH.test(low.slice(segStart, segEnd)) ? 'per_month' : 'count';
        else measure = 'percent';
        const change = measure === 'percent' && !f.fraction ? CHANGE_BEFORE.exec(before) : null;
        const segText = low.slice(subStart, subEnd);
        const annualBefore = (() => {
          const head = low.slice(sStart, f.start);
          const m = [...head.matchAll(new RegExp(ANNUAL.source, 'gu'))].pop();
          return !!m && !DEADLINE.test(head.slice(m.index));
        })();
        const annual = annualBefore || ANNUAL.test(after.split(';')[0]);
        if (change) {
          measure = 'annual_change_percent';
          if (!annual) flags.push('change_period_unclear');
          if (/giảm|reduce|decrease/u.test(change[1])) {
            flags.push('decrease');
            [value, valueMax] = valueMax === null ? [-value, null] : [-valueMax, -value];
            comparator =
              comparator === '>=' ? '<=' : comparator === '>' ? '<=' : comparator === '<=' ? '>=' : comparator;
          }
        }
        if (f.kind === 'monthly') flags.push('implicit_once');
        if (f.kind === 'all') flags.push('implicit_all');

        // Year: the nearest year phrase before the figure in its sentence, else one after it in its clause.
        let targetYear: number | null = null;
        const prior = years.filter((y) => y.end <= f.start).pop();
        const [, clauseEnd] = clauseOf(f.start);
        const later = years.find(
          (y) => y.at >= f.end && y.end <= clauseEnd && /^(?:đến|tới|vào|trong|by|in)\s/u.test(low.slice(y.at, y.end)),
        );
        const targetYearFromText = !!(prior || later);
        if (prior) targetYear = prior.year;
        else if (later) targetYear = later.year;
        else if (para.headingYear) {
          targetYear = para.headingYear;
          flags.push('year_from_heading');
        } else if (periodEnd !== null) {
          targetYear = periodEnd;
          flags.push('year_from_span');
        } else flags.push('no_year');
        if (subject[k] !== k || (k > 0 && subject[k - 1] === subject[k])) flags.push('milestone');

        // Recurrence.
        let recurrence: Recurrence = 'once';
        if (measure === 'per_month' || measure === 'per_year') recurrence = 'continuous';
        else if (measure === 'annual_change_percent' || annual) recurrence = 'annual';
        else if (CONTINUOUS.test(segText)) recurrence = 'continuous';

        // Comparator carried over from an earlier clause: read literally, but say so.
        if (comparator === '=' && comparators.some((c) => c === '>=' || c === '>')) flags.push('comparator_may_carry');
        comparators.push(comparator);

        // What is counted, the label.
        const isFrequency = f.kind === 'frequency' || f.kind === 'monthly';
        const subjRest = t.slice(subjFig.end, subEnd);
        const skip = /^\s*(?:%|phần trăm)?\s*(?:trở lên|or more|and above)?/iu.exec(subjRest)?.[0].length ?? 0;
        const counted = isFrequency ? null : (f.counted ?? (nounPhrase(t, subjFig.end + skip, subEnd) || null));
        let label: string;
        const afterPrev = (k: number): boolean => k > 0 && segs[k][0] > clauseOf(figs[k].start)[0];
        if (isFrequency) {
          const lead = shorten(bareLead(t.slice(segStart, f.start)));
          const first = shorten(bareLead(t.slice(clauseOf(f.start)[0], figs[0].start)));
          label =
            lead.split(' ').length >= 5 || !first || first === lead
              ? lead
              : `${first} (${lead.replace(/^[,\s]+/u, '')})`;
        } else {
          let subjAfter = t
            .slice(subjFig.end, subEnd)
            .replace(/^\s*(?:%|phần trăm)?\s*(?:trở lên|or more|and above)?\s*/iu, '')
            .replace(/^(?:(?:số|các|những|tổng số|trên tổng số|trong tổng số|of)\s+)+/iu, '');
          // Up to the next figure: its lead ("…, ít nhất", "… và") is not part of this subject.
          if (subject[k] + 1 < figs.length && subEnd === figs[subject[k] + 1].start)
            subjAfter = tailOff(subjAfter.replace(/(?:,|\s(?:và|hoặc|and|or)\s)[^,]*$/iu, ''));
          const region = leadRegion(t.slice(subStart, subjFig.start), afterPrev(subject[k]));
          if (squash(subjAfter).split(' ').length < 2) label = shorten(bareLead(region) || t.slice(sStart, sEnd));
          else label = shorten(`${leadOf(region)} ${subjAfter}`);
        }
        label = capitalize(label.replace(/^[,;:\s]+/u, '')) || shorten(t.slice(sStart, sEnd));

        // The indicator's keywords: in the figure's own segment (for a frequency, its whole clause: the subject
        // comes first), nearer the figure counting more.
        const guessBefore = isFrequency
          ? low.slice(clauseOf(f.start)[0], f.start)
          : leadRegion(low.slice(subStart, subjFig.start), afterPrev(subject[k]));
        const guess = guessIndicator(guessBefore, low.slice(f.end, Math.max(segEnd, subEnd)), sentence, measure);
        if (!guess.indicator_id) flags.push('no_indicator');

        // Where the words say nothing, the indicator does: a handling rate holds throughout, an inspection share
        // "trong năm" each year.
        if (recurrence === 'once' && guess.confidence >= 0.5 && !targetYearFromText) {
          if (HANDLING.has(guess.indicator_id ?? '')) recurrence = 'continuous';
          else if (guess.indicator_id === 'enforcement.venues_inspected_annual') recurrence = 'annual';
        }

        let role: SectionRole;
        if (para.role) role = para.role;
        else if (hasRoles) {
          role = 'task';
          flags.push('role_unclear');
        } else {
          role = 'objective';
          flags.push('role_default');
        }

        const start = toInput(src, sStart);
        const end = toInput(src, sEnd);
        const figStart = toInput(src, f.start);
        const figEnd = toInput(src, f.end);
        const clause = clauseOf(f.start);
        const kind = figureKind({
          sentenceBefore: low.slice(sStart, f.start),
          clauseBefore: low.slice(clause[0], f.start),
          after: low.slice(f.end, clause[1]),
          heading: para.heading,
          headingRole: para.role === 'objective' || para.role === 'task',
          year: prior?.year ?? null,
          reportYear,
          document,
        });
        // A figure whose words say nothing follows the one before it in its sentence ("Năm 2017, đạt 75% và năm
        // 2020 đạt 100%"), when that one's words did.
        const prevInSentence = out[out.length - 1];
        if (
          kind.reason === 'document' &&
          prevInSentence?.sentence[0] === sStart &&
          prevInSentence.kindReason !== 'document'
        )
          Object.assign(kind, {kind: prevInSentence.kind, reason: 'sentence'});
        if (kind.kind === bound.kind && ++wanted > bound.max) {
          bound.cut.proposals = {limit: bound.max, readTo: figStart};
          return;
        }
        const proposal: Proposal = {
          value,
          value_max: valueMax,
          comparator,
          measure,
          counted,
          fraction: f.fraction ?? null,
          target_year: targetYear,
          recurrence,
          label,
          quote: squash(t.slice(sStart, sEnd)),
          start,
          end,
          figure: {start: figStart, end: figEnd, text: text.slice(figStart, figEnd)},
          section: para.section,
          section_role: role,
          heading: para.heading,
          indicator_id: guess.indicator_id,
          confidence: guess.confidence,
          flags,
          notes: flags.map((fl) => NOTES[fl][lang]),
        };
        out.push({
          proposal,
          kind: kind.kind,
          kindReason: kind.reason,
          figure: f,
          nfc: t,
          sentence: [sStart, sEnd],
          clause,
          year: prior ?? null,
          heading: para.heading,
        });
      });
    }
  }
  return out;
}
