/**
 * Target or result: what the words around a figure say it is. A plan sets targets ("phấn đấu", "mục tiêu",
 * "chỉ tiêu", "đến năm 2025 đạt"); a report states results ("đã", "hiện có", "đến nay", "đạt được", "kết quả",
 * "trong năm … đã"). A review mixes both, and so does a news report of a review conference. The nearest cue before
 * the figure in its clause decides, then the nearest in its sentence, then one after it, then the heading, then the
 * year against the report's date, and last what the whole text is (a plan or a report).
 */

export type FigureKind = 'target' | 'result';
/** What the whole text is, for figures whose words say neither: 'auto' reads the title and the cues. */
export type DocumentKind = 'plan' | 'report' | 'auto';

/** Why a figure got its kind: a cue in its clause, its sentence, the heading, the year, or the text as a whole. */
export type KindReason = 'clause' | 'sentence' | 'after' | 'heading' | 'year' | 'document';

interface Cue {
  re: RegExp;
  kind: FigureKind;
}

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const cue = (source: string, kind: FigureKind): Cue => ({re: new RegExp(`${W}(?:${source})${E}`, 'giu'), kind});

/** Cues, each a whole word or phrase. "đến năm 2025" sets a deadline; "đến nay" reports. */
const CUES: Cue[] = [
  cue(
    String.raw`phấn đấu|mục tiêu|chỉ tiêu|kết quả cần đạt|(?<!đã\s)(?:duy trì|giữ vững)|đặt ra|đề ra|yêu cầu|bảo đảm|đảm bảo|phải|sẽ|cần|dự kiến|` +
      String.raw`(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d{2}|(?:đến|tới)\s+(?:19|20)\d{2}|` +
      String.raw`aims?\s+to|targets?|goals?|requirements?|will|by\s+(?:19|20)\d{2}`,
    'target',
  ),
  cue(
    String.raw`đã|hiện có|hiện nay|(?<!(?:thực|phát|xuất|thể|biểu|trình|tái|hiển)\s)hiện(?!\s+(?:đại|tượng|trạng|hành|thực|vật))|đến nay|tới nay|đến thời điểm này|tính đến|tính tới|(?<!(?:phấn đấu|mục tiêu|cần|phải|sẽ|để)(?:\s+\p{L}+){0,2}\s+)đạt được|kết quả|` +
      String.raw`trong kỳ|so với cùng kỳ|theo thống kê|theo báo cáo|chưa phát hiện|` +
      String.raw`were|was|there are|currently|so far|to date|reported`,
    'result',
  ),
];

/**
 * Cues after a figure, read only when no cue comes before it: a deadline ("đến năm 2025") sets, a comparison with
 * the past or a "đã" of what is counted ("7 điểm … đã triệt xóa", "60/63 tỉnh … đã ban hành") reports.
 */
const AFTER_CUES: Cue[] = [
  cue(String.raw`(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d{2}|by\s+(?:19|20)\d{2}`, 'target'),
  // "có 60/63 tỉnh, thành phố đã ban hành kế hoạch": with no cue before it, a "đã" of what is counted reports too.
  cue(String.raw`so với cùng kỳ|so với năm trước|so với kỳ trước|đạt được|đã`, 'result'),
];

/** "đạt 95,2% chỉ tiêu kế hoạch", "đạt 100% kế hoạch năm": a result stated as a share of the plan. */
export const OF_PLAN_AFTER = /^\s*(?:%|phần trăm)?\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)(?![\p{L}])/iu;
const OF_PLAN_BEFORE = /(?<![\p{L}])(?:đạt|hoàn thành|vượt)\s*(?:\(|$)?\s*$/iu;

/** The last cue in a text, with its kind and where it ends. */
function lastCue(s: string): {kind: FigureKind; end: number} | null {
  let best: {kind: FigureKind; end: number} | null = null;
  for (const c of CUES)
    for (const m of s.matchAll(c.re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = {kind: c.kind, end};
    }
  return best;
}

/** The first cue after a figure. */
function firstCue(s: string): FigureKind | null {
  let best: {kind: FigureKind; at: number} | null = null;
  for (const c of AFTER_CUES)
    for (const m of s.matchAll(c.re)) if (!best || m.index < best.at) best = {kind: c.kind, at: m.index};
  return best?.kind ?? null;
}

/** How many cues of each kind a text has. */
export function cueCounts(s: string): Record<FigureKind, number> {
  const out: Record<FigureKind, number> = {target: 0, result: 0};
  for (const c of CUES) out[c.kind] += [...s.matchAll(c.re)].length;
  return out;
}

/**
 * What a whole text is: a report when its title says so ("BÁO CÁO", "sơ kết", "tổng kết", "kết quả thực hiện"),
 * a plan when it says "KẾ HOẠCH" or "CHƯƠNG TRÌNH"; otherwise a report when result cues outnumber target cues.
 */
export function documentKindOf(text: string): 'plan' | 'report' {
  const head = text.slice(0, 400);
  if (/BÁO CÁO|(?<![\p{L}])(?:sơ kết|tổng kết|báo cáo kết quả|kết quả thực hiện)(?![\p{L}])/iu.test(head))
    return 'report';
  if (/KẾ HOẠCH|CHƯƠNG TRÌNH/u.test(head)) return 'plan';
  const n = cueCounts(text.toLowerCase());
  return n.result > n.target ? 'report' : 'plan';
}

export interface KindContext {
  /** The sentence's text before the figure, lower case; `clauseBefore` is its part in the figure's clause. */
  sentenceBefore: string;
  clauseBefore: string;
  /** The clause after the figure, lower case. */
  after: string;
  /** Heading above the figure, and whether it names an objectives or tasks part. */
  heading: string | null;
  headingRole: boolean;
  /** Year named before the figure in its sentence, and the report's year (options.reportDate). */
  year: number | null;
  reportYear: number | null;
  document: 'plan' | 'report';
}

/** The kind of one figure, and what decided it. */
export function figureKind(c: KindContext): {kind: FigureKind; reason: KindReason} {
  // "đạt 95,2% chỉ tiêu kế hoạch": a share of the plan is reported, whatever came before.
  if (OF_PLAN_AFTER.test(c.after) && OF_PLAN_BEFORE.test(c.clauseBefore)) return {kind: 'result', reason: 'clause'};
  const inClause = lastCue(c.clauseBefore);
  if (inClause) return {kind: inClause.kind, reason: 'clause'};
  const inSentence = lastCue(c.sentenceBefore);
  if (inSentence) return {kind: inSentence.kind, reason: 'sentence'};
  const after = firstCue(c.after);
  if (after) return {kind: after, reason: 'after'};
  if (c.heading && /kết quả|tình hình|đánh giá|thực trạng|đã đạt/iu.test(c.heading))
    return {kind: 'result', reason: 'heading'};
  if (c.headingRole) return {kind: 'target', reason: 'heading'};
  if (c.year !== null && c.reportYear !== null && c.year !== c.reportYear)
    return {kind: c.year < c.reportYear ? 'result' : 'target', reason: 'year'};
  return {kind: c.document === 'report' ? 'result' : 'target', reason: 'document'};
}
