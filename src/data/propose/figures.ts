/**
 * The figures of a sentence that can be targets: percentages, ranges, shares ("10/10 huyện"), counts of something
 * ("03 phóng sự", "5.300 người dân"), frequencies ("một tháng một lần", "hai lần một năm"). Dates, document and
 * decree numbers, years, sums of money, phone numbers and identifiers ("Đội kiểm tra 178") are masked first and
 * never become figures.
 */
import {NUM, NUMBER_WORD, parseNumber, parseNumberWords} from './numbers.js';

export type FigureKind =
  'range_percent' | 'percent' | 'frequency' | 'fraction' | 'range_count' | 'count' | 'count_words' | 'monthly' | 'all';

/** Lower is preferred when two figures overlap. */
const PRIORITY: Record<FigureKind, number> = {
  range_percent: 1,
  frequency: 2,
  percent: 3,
  fraction: 4,
  range_count: 5,
  count: 6,
  count_words: 7,
  monthly: 8,
  all: 9,
};

export interface Figure {
  kind: FigureKind;
  /** Range of the figure in the analysed text (without the comparator words). */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** For frequencies: per month or per year. */
  per?: 'month' | 'year';
  fraction?: {numerator: number; denominator: number};
  /** For counts and shares: the noun phrase counted ("người dân", "huyện, thành phố"). */
  counted?: string;
}

const NUMW = String.raw`(?:${NUM}|${NUMBER_WORD}(?:\s+${NUMBER_WORD})*)`;
/** Not glued to a letter, digit or separator on the left. */
const LEFT = String.raw`(?<![\p{L}\p{N}.,/])`;

function valueOf(s: string, count = false): number | null {
  if (/^\d/.test(s)) return parseNumber(s, {count});
  return parseNumberWords(s);
}

/** Ranges of the text that hold no target: dates, document numbers, years, money, phones, identifiers. */
export function masks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const add = (re: RegExp, group = 0): void => {
    for (const m of text.matchAll(re)) {
      if (group === 0) out.push([m.index, m.index + m[0].length]);
      else if (m[group] !== undefined) {
        const at = m.index + m[0].lastIndexOf(m[group]);
        out.push([at, at + m[group].length]);
      }
    }
  };
  // Document numbers: 1629/QĐ-TTg, 178/2004/NĐ-CP, 10/2003/PL-UBTVQH11, 2222/KH - UBND, 60-NQ/TW.
  add(/\d+(?:\s*\/\s*\d+)*\s*\/\s*[\p{Lu}][\p{L}\d&.]*(?:\s*-\s*[\p{Lu}][\p{L}\d&.]*)*/gu);
  add(/\d+\s*-\s*[\p{Lu}]{2,}(?:\/[\p{Lu}]+)?/gu);
  // Dates: 28/9/2021, 07-01-2026, 15.10.2004, ngày 15 tháng 10 năm 2004, ngày 15/12, tháng 4 năm 2024, 4/2025.
  add(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)/gu);
  add(/(?:ngày|Ngày)\s+\d{1,2}(?:\s*(?:\/|tháng)\s*\d{1,2})?(?:\s*(?:\/|năm)\s*\d{2,4})?/gu);
  add(/(?:tháng|Tháng)\s+\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?/gu);
  add(/(?:quý|Quý)\s+(?:[IV]+|\d)(?:\s*\/\s*\d{4})?/gu);
  add(/(?<![\d.,/])\d{1,2}\s*\/\s*(?:19|20)\d{2}(?!\d)/gu);
  // Years (a four-digit number from 1900 to 2099 without thousands dots), and year ranges.
  add(/(?<![\d.,])(?:19|20)\d{2}(?![\d%]|\s*%|\s*phần trăm)/gu);
  // Money.
  add(
    new RegExp(String.raw`${LEFT}(?:${NUM})\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|VNĐ|VND|USD|đ)(?![\p{L}])`, 'giu'),
  );
  // Phone numbers.
  add(/(?:điện thoại|ĐT|Đt|hotline|Hotline|fax|Fax|số máy|đường dây nóng|tổng đài)\s*:?\s*\(?\+?\d[\d\s.()-]{2,}\d/gu);
  add(/(?<![\d.,])(?:\+84|0)\d{2,4}(?:[\s.-]?\d{2,4}){2,3}(?![\d%])/gu);
  // Identifiers: "Quyết định số 361", "Điều 3", "Đội kiểm tra liên ngành 178", "Ban chỉ đạo 138", "Quận 11".
  add(
    /(?:số|Số|Điều|điều|Khoản|khoản|Mục|mục|Chương|chương|Phần|phần|Quận|quận|Phường|phường|Kênh|kênh|Đội|đội|Tổ|tổ|Ban chỉ đạo|ban chỉ đạo|Khóa|khóa|Khoá|khoá|thứ|Kế hoạch|kế hoạch|Quyết định|quyết định|Nghị định|nghị định|Chỉ thị|chỉ thị|Thông tư|thông tư|Nghị quyết|nghị quyết|Công văn|công văn|Tờ trình|tờ trình|Luật|Pháp lệnh|Chương trình)(?:\s+(?:số|liên ngành|kiểm tra|công tác|chỉ đạo|xã hội|tình nguyện|\p{Lu}\p{L}*)){0,4}\s*:?\s*(\d+(?:[.,]\d+)*)(?!\s*%|\s*phần trăm|[.,]?\d)/gu,
    1,
  );
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** Words after a number that say it is not a count of something (time, age, money, grammar words). */
const NOT_COUNTED = new Set(
  (
    'năm tháng ngày tuần quý giờ phút giây tuổi lần đồng cấp các và của về theo tại trong đến với để là được có ' +
    'cho từ sau trước khi thì hoặc hay trên dưới ở đã sẽ đang bị này đó km m ha kg tấn lít triệu tỷ tỉ nghìn ngàn ' +
    'số phần thứ độ giai kỳ khóa khoá mục điều khoản chương phường quận'
  ).split(' '),
);

/** Nouns a number written in words may count ("mười xã", "hai phóng sự"); other words are too risky ("một số"). */
const WORD_COUNTABLE =
  /^(?:xã|huyện|tỉnh|phường|thị trấn|quận|thành phố|địa phương|đơn vị|cơ sở|mô hình|điểm|phóng sự|chuyên mục|chuyên trang|tin|bài|lớp|buổi|cuộc|hội nghị|hội thảo|đợt|đoàn|lượt|người|cán bộ|vụ|vụ án|đường dây|ổ nhóm|tụ điểm|câu lạc bộ|nhóm|đội)(?![\p{L}])/u;

/** Words that end the counted noun phrase: verbs, prepositions, determiners of a new phrase. */
const NP_STOP = new Set(
  (
    'được tổ_chức xây_dựng triển_khai lồng_ghép thực_hiện có là tại trong trên ở của về với để cho theo từ đến dễ ' +
    'đang làm liên_quan đạt thuộc phát_sóng phát tham_gia bị sẽ phải chỉ_đạo kiện_toàn hoặc các những và nhằm ' +
    'thu_hút đều trở_lên trở_xuống hằng_năm hàng_năm mỗi thường_xuyên kịp_thời đã vào nâng_cao không ' +
    'are is was were be in at on to for with by that who which from develop organize receive'
  )
    .split(' ')
    .map((w) => w.replace(/_/g, ' ')),
);
const LIST_NOUNS =
  /^(?:xã|phường|thị trấn|huyện|thị xã|thành phố|quận|tỉnh|học sinh|sinh viên|cán bộ|công chức|viên chức|chiến sĩ|người lao động|hội viên|đoàn viên|khu kinh tế|khu công nghiệp|đường dây|ổ nhóm|tụ điểm|tố giác|tin báo|khiếu nại)$/u;

/**
 * The noun phrase after a figure: what is counted, or what a percentage is of. Leading "số", "các" are skipped;
 * it stops at a verb, a preposition or a stop, after twelve words, or at a comma unless a list of units or people goes on
 * ("xã, phường, thị trấn"; "cán bộ, công chức").
 */
export function nounPhrase(text: string, from: number, to: number): string {
  let rest = text.slice(from, to).replace(/^\s*(?:(?:số|các|những|tổng số|trong tổng số|trên tổng số)\s+)+/iu, '');
  rest = rest.replace(/\([^)]*\)/g, ' ');
  const words: string[] = [];
  const tokens = rest.match(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*|[,;.:!?…]/gu) ?? [];
  let k0 = 0;
  while (k0 < tokens.length && /^(?:ở|tại|trong|của|cho)$/iu.test(tokens[k0])) k0++;
  let full = false;
  for (let k = k0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (words.length >= 12) {
      full = true;
      break;
    }
    if (/^[;.:!?…]$/u.test(tok)) break;
    if (tok === ',') {
      // Keep a list going only when the item after the comma is a unit or a kind of people, as before it.
      const item = (words: string[]): string => words.join(' ');
      const next = [tokens[k + 1], tokens[k + 2], tokens[k + 3]].filter((t) => t && t !== ',');
      const before = words.slice(-3);
      const prevOk = [1, 2, 3].some((n) => LIST_NOUNS.test(item(before.slice(-n)).toLowerCase()));
      const nextOk = [1, 2, 3].some((n) => LIST_NOUNS.test(item(next.slice(0, n)).toLowerCase()));
      if (prevOk && nextOk) {
        words[words.length - 1] += ',';
        continue;
      }
      break;
    }
    const low = tok.toLowerCase();
    const two = `${low} ${(tokens[k + 1] ?? '').toLowerCase()}`;
    if (words.length && (NP_STOP.has(low) || NP_STOP.has(two))) break;
    if (!words.length && NP_STOP.has(two)) break;
    words.push(tok);
  }
  let phrase = words.join(' ');
  // Cut off in the middle of a list: keep its complete items.
  if (full && phrase.includes(',')) phrase = phrase.slice(0, phrase.lastIndexOf(','));
  return phrase.replace(/,$/, '');
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Every figure in text[from, to), best reading kept where readings overlap, in order. */
export function findFigures(text: string, from: number, to: number, masked: [number, number][]): Figure[] {
  // "đến năm 2025,100% các cơ sở": a comma after a year separates it from the next number.
  const scan = text.slice(0, to).replace(/((?:19|20)\d{2}),(?=\d)/g, '$1 ');
  const found: Figure[] = [];
  const each = (re: RegExp, make: (m: RegExpExecArray) => Figure | null): void => {
    re.lastIndex = from;
    for (let m = re.exec(scan); m; m = re.exec(scan)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const f = make(m);
      if (f) found.push(f);
    }
  };
  const span = (m: RegExpExecArray, lead = 0): [number, number] => [m.index + lead, m.index + m[0].length];

  each(
    new RegExp(
      String.raw`${LEFT}(?:từ\s+)?(${NUM})\s*(?:%|phần trăm)?\s*(?:-|–|—|đến|tới|~)\s*(${NUM})\s*(?:%|phần trăm)`,
      'giu',
    ),
    (m) => {
      const [a, b] = [parseNumber(m[1]), parseNumber(m[2])];
      if (!(a < b)) return null;
      const [s, e] = span(m);
      return {kind: 'range_percent', start: s, end: e, value: a, valueMax: b};
    },
  );
  each(new RegExp(String.raw`${LEFT}(${NUM})\s*(?:%|phần trăm)`, 'giu'), (m) => {
    const [s, e] = span(m);
    return {kind: 'percent', start: s, end: e, value: parseNumber(m[1]), valueMax: null};
  });
  // Frequencies: "một tháng một lần", "mỗi năm 2 lần", "hai lần một năm", "1 lần/tháng", "6 tháng một lần".
  each(
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:một|mỗi|hằng|hàng|1)\s+(tháng|năm|quý)\s+(?:(?:ít nhất|tối thiểu)\s+)?(${NUMW})\s+lần(?![\p{L}])`,
      'giu',
    ),
    (m) => frequency(m, m[2], m[1]),
  );
  each(
    new RegExp(
      String.raw`(?<![\p{L}\p{N}.,])(${NUMW})\s+lần\s*(?:\/\s*|(?:một|mỗi|trên|trong|1)\s+(?:(?:một|1)\s+)?)(tháng|năm|quý)(?![\p{L}])`,
      'giu',
    ),
    (m) => frequency(m, m[1], m[2]),
  );
  each(
    new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUMW})\s+tháng\s*(?:\/\s*|(?:một|1)\s+)lần(?![\p{L}])`, 'giu'),
    (m) => {
      const n = valueOf(m[1]);
      if (!n || n < 1 || n > 12) return null;
      const [s, e] = span(m);
      return {
        kind: 'frequency',
        start: s,
        end: e,
        value: Math.round((12 / n) * 100) / 100,
        valueMax: null,
        per: 'year',
      };
    },
  );
  // English quotes of secondary sources: "once a month", "twice a year", "3 times per year".
  each(
    /(?<![\p{L}])(once|twice|(\d+|two|three|four|five|six)\s+times)\s+(?:a|per|each|every)\s+(month|year|quarter)(?![\p{L}])/giu,
    (m) => {
      const words: Record<string, number> = {once: 1, twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6};
      const n = m[2] ? (words[m[2].toLowerCase()] ?? Number(m[2])) : words[m[1].toLowerCase()];
      const [s, e] = span(m);
      const unit = m[3].toLowerCase();
      if (unit === 'quarter') return {kind: 'frequency', start: s, end: e, value: n * 4, valueMax: null, per: 'year'};
      return {kind: 'frequency', start: s, end: e, value: n, valueMax: null, per: unit === 'month' ? 'month' : 'year'};
    },
  );
  // "tất cả huyện, thị xã, thành phố": all of a kind of unit, 100%.
  each(
    /(?<![\p{L}])(?:tất cả|toàn bộ)(?=\s+(?:các\s+)?(?:huyện|thị xã|thành phố|xã|phường|thị trấn|tỉnh|địa phương|cơ sở|đơn vị|quận)(?![\p{L}]))/giu,
    (m) => {
      const [s, e] = span(m);
      return {kind: 'all', start: s, end: e, value: 100, valueMax: null, counted: nounPhrase(text, e, to)};
    },
  );
  each(/(?<![\p{L}])(?:hằng|hàng|mỗi)\s+tháng(?![\p{L}])/giu, (m) => {
    const [s, e] = span(m);
    return {kind: 'monthly', start: s, end: e, value: 1, valueMax: null, per: 'month'};
  });
  // Shares: "10/10 huyện, thành phố".
  each(new RegExp(String.raw`${LEFT}(\d{1,4})\s*\/\s*(\d{1,4})(?![\p{N}/%])(?=\s+\p{Ll})`, 'gu'), (m) => {
    const [num, den] = [Number(m[1]), Number(m[2])];
    const before = scan.slice(Math.max(from, m.index - 8), m.index);
    if (!(den >= 2 && num <= den) || /(?:tại|ở|trong)\s*$/iu.test(before)) return null;
    const [s, e] = span(m);
    const counted = nounPhrase(text, e, to);
    if (!counted || NOT_COUNTED.has(counted.split(' ')[0].toLowerCase())) return null;
    return {
      kind: 'fraction',
      start: s,
      end: e,
      value: Math.round((num / den) * 10000) / 100,
      valueMax: null,
      fraction: {numerator: num, denominator: den},
      counted,
    };
  });
  // Counts: "từ 01 đến 02 huyện", "5.300 người dân", "03 phóng sự", "mười xã".
  each(
    new RegExp(String.raw`${LEFT}(?:từ\s+)?(${NUM})\s*(?:-|–|đến|tới)\s*(${NUM})(?![\p{N}%/])(?=\s+\p{Ll})`, 'giu'),
    (m) => count(m, 'range_count', m[1], m[2]),
  );
  each(
    new RegExp(String.raw`${LEFT}(${NUM})(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?(?![\p{N}%/])(?=\s+\p{Ll})`, 'giu'),
    (m) => count(m, 'count', m[1], null, m[2]),
  );
  // The counted noun before the figure, at a clause's end: "với số lượt người tham gia 19.807" (Kon Tum 2021).
  each(
    new RegExp(
      String.raw`(?<=(?<![\p{L}])số\s+(lượt người|người)(?:\s+(?:tham gia|tham dự))?\s+(?:là\s+)?)(${NUM})(?![\p{N}%/])(?!\s+\p{L})`,
      'giu',
    ),
    (m) => {
      const v = valueOf(m[2], true);
      if (v === null) return null;
      const s = m.index;
      return {kind: 'count', start: s, end: s + m[0].length, value: v, valueMax: null, counted: m[1]};
    },
  );
  // After "ít nhất", "tối thiểu": a capitalised noun is counted too ("ít nhất 15 Đội Kiểm tra liên ngành").
  each(
    new RegExp(String.raw`(?<=(?:ít nhất|tối thiểu|không dưới)\s+)(${NUM})(?![\p{N}%/])(?=\s+\p{Lu}\p{Ll})`, 'giu'),
    (m) => count(m, 'count', m[1], null, undefined, true),
  );
  each(new RegExp(String.raw`(?<![\p{L}])(${NUMBER_WORD}(?:\s+${NUMBER_WORD})*)(?=\s+\p{Ll})`, 'giu'), (m) => {
    const after = scan.slice(m.index + m[0].length, to).trimStart();
    if (!WORD_COUNTABLE.test(after.toLowerCase())) return null;
    return count(m, 'count_words', m[1], null);
  });

  function frequency(m: RegExpExecArray, n: string, unit: string): Figure | null {
    const v = valueOf(n);
    if (v === null || v <= 0) return null;
    const [s, e] = span(m);
    const u = unit.toLowerCase();
    if (u === 'quý') return {kind: 'frequency', start: s, end: e, value: v * 4, valueMax: null, per: 'year'};
    return {kind: 'frequency', start: s, end: e, value: v, valueMax: null, per: u === 'tháng' ? 'month' : 'year'};
  }

  function count(
    m: RegExpExecArray,
    kind: FigureKind,
    a: string,
    b: string | null,
    mult?: string,
    capital = false,
  ): Figure | null {
    const [s, e] = span(m);
    const counted = nounPhrase(text, e, to);
    const head = counted.split(' ')[0]?.toLowerCase() ?? '';
    if (!counted || NOT_COUNTED.has(head) || !(capital || /^\p{Ll}/u.test(counted))) return null;
    const factor = mult
      ? ({nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9} as Record<string, number>)[mult.toLowerCase()]
      : 1;
    const v = valueOf(a, true);
    const w = b === null ? null : valueOf(b, true);
    if (v === null || (b !== null && (w === null || !(v < w)))) return null;
    return {kind, start: s, end: e, value: v * factor, valueMax: w === null ? null : w * factor, counted};
  }

  // Drop what a mask covers, then keep the preferred reading of overlapping figures.
  const kept = found
    .filter((f) => !masked.some((mk) => overlaps(mk, [f.start, f.end])))
    .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Figure[] = [];
  for (const f of kept) if (!out.some((g) => overlaps([g.start, g.end], [f.start, f.end]))) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}
