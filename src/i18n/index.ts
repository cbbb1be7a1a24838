/**
 * Every text the widget shows, in Vietnamese (default) and English, with number and date formats of each
 * locale (vi-VN: decimal comma, dd/mm/yyyy).
 */
import type {Comparator, Measure, Period} from '../data/schema.js';
import type {Status} from '../data/status.js';
import {compareText, type Change} from '../data/queries.js';
import type {LoadProblem} from '../data/load-error.js';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

/*
 * Numbers, name order and dates are formatted here without Intl: the first Intl object a page creates loads ICU
 * data, 30-40 ms on this machine's Chromium, before the first widget could show its summary. The output is the
 * same as Intl's for vi-VN and en-GB (test/data/i18n.node.test.ts compares them).
 */
const SEPARATORS: Record<Lang, {decimal: string; group: string}> = {
  vi: {decimal: ',', group: '.'},
  en: {decimal: '.', group: ','},
};

/** As Intl.NumberFormat(vi-VN | en-GB, {maximumFractionDigits: digits}): "72,5", "1.234" / "72.5", "1,234". */
export function formatNumber(lang: Lang, n: number, digits = 1): string {
  // Most figures are small whole numbers (70, 100): nothing to round, group or separate.
  if (Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  // Round half away from zero on the number's shortest decimal form, as Intl does (1.05 → 1.1, not toFixed's 1.0).
  const abs = Math.abs(n);
  // Beyond 1e21 a number has no fraction and toFixed would answer in exponent form.
  const big = abs >= 1e21;
  // (Below 1e-6 the shortest form is in exponent form too, and rounds to 0 at these precisions.)
  const shifted = String(abs).includes('e') ? abs * 10 ** digits : Number(`${abs}e${digits}`);
  const rounded = big ? abs : Number(`${Math.round(shifted)}e-${digits}`);
  const [int, frac = ''] = (big ? BigInt(abs).toString() : rounded.toFixed(digits)).split('.');
  const fraction = frac.replace(/0+$/, '');
  const sep = SEPARATORS[lang];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  // Intl keeps the sign of a negative number that rounds to zero ("-0").
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped}${fraction ? sep.decimal + fraction : ''}`;
}

// Vietnamese alphabetical order: a ă â b c d đ e ê … o ô ơ … u ư …; the tones are a second-level difference in
// the order ngang, huyền, hỏi, ngã, sắc, nặng; case a third-level one (lower first), as CLDR's vi collation.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const MODIFIERS: Record<string, string> = {'\u0306': 'ă', '\u0302': '^', '\u031b': '+'};
const TONES: Record<string, string> = {'\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5'};
// In English these marks are accents, a second-level difference in Unicode's default (DUCET) order.
const ACCENTS = '\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0309\u031b\u0323';
const keys: Record<Lang, Map<string, string>> = {vi: new Map(), en: new Map()};

function letterWeight(base: string, modifier: string): string {
  let letter = base;
  if (modifier === 'ă' && base === 'a') letter = 'ă';
  else if (modifier === '^' && 'aeo'.includes(base)) letter = {a: 'â', e: 'ê', o: 'ô'}[base]!;
  else if (modifier === '+' && 'ou'.includes(base)) letter = {o: 'ơ', u: 'ư'}[base]!;
  const k = ALPHABET.indexOf(letter);
  return k < 0 ? letter : String.fromCharCode(0x2000 + k);
}

/** Per language, each character (NFC) as [primary, secondary, tertiary] parts of a sort key; built on first use. */
const charKeys: Record<Lang, Map<string, [string, string, string]>> = {vi: new Map(), en: new Map()};

function charKey(lang: Lang, ch: string): [string, string, string] {
  let k = charKeys[lang].get(ch);
  if (k) return k;
  // The letter with its marks: "ệ" is e + circumflex + dot below once decomposed.
  const d = ch.normalize('NFD');
  const base = d[0];
  const marks = d.slice(1);
  const lower = base.toLowerCase();
  const tertiary = lower === base ? '0' : '1';
  if (lang === 'en') {
    // Each letter, then its accents in order: "Ắ" (breve, acute) before "Ấ" (circumflex, acute).
    let secondary = '0';
    for (const mark of marks) secondary += String.fromCharCode(0x41 + Math.max(0, ACCENTS.indexOf(mark)));
    if (lower === 'đ') secondary += 'z';
    k = [letterWeight(lower === 'đ' ? 'd' : lower, ''), secondary, tertiary];
  } else {
    let modifier = '';
    let tone = '0';
    for (const mark of marks) {
      if (MODIFIERS[mark]) modifier = MODIFIERS[mark];
      else tone = TONES[mark] ?? mark;
    }
    k = [lower === 'đ' ? letterWeight('đ', '') : letterWeight(lower, modifier), tone, tertiary];
  }
  charKeys[lang].set(ch, k);
  return k;
}

/** A sort key: comparing keys with < orders names as Intl.Collator(vi-VN | en-GB) does. Cached per name. */
export function nameSortKey(lang: Lang, name: string): string {
  let key = keys[lang].get(name);
  if (key !== undefined) return key;
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // Character by character (NFC: a letter and its marks are one character, or a base and combining marks).
  const s = name.normalize('NFC');
  for (let i = 0; i < s.length; i++) {
    let ch = s[i];
    while (i + 1 < s.length && s.charCodeAt(i + 1) >= 0x300 && s.charCodeAt(i + 1) <= 0x36f) ch += s[++i];
    const [p, sec, t] = charKey(lang, ch);
    primary += p;
    secondary += sec;
    tertiary += t;
  }
  key = `${primary}\u0000${secondary}\u0000${tertiary}\u0000${name}`;
  keys[lang].set(name, key);
  return key;
}

/** Compares names in the language's order ("Bắc Kạn" before "Quảng Ngãi"; "Đắk Lắk" after "Dak"). */
export function compareNames(lang: Lang, a: string, b: string): number {
  return compareText(nameSortKey(lang, a), nameSortKey(lang, b));
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2021-11-01" → "01/11/2021" (vi) or "1 Nov 2021" (en). Empty for null. */
export function formatDate(lang: Lang, iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  // A date as precise as its source: "2017", "11/2020" / "Nov 2020", or a day.
  if (!m) return String(y);
  if (!d) return lang === 'vi' ? `${String(m).padStart(2, '0')}/${y}` : `${MONTHS_EN[m - 1]} ${y}`;
  return lang === 'vi'
    ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
    : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

const UNIT_SUFFIX: Record<Lang, Record<Measure, (v: string) => string>> = {
  vi: {
    percent: (v) => `${v}%`,
    count: (v) => v,
    per_month: (v) => `${v}\u00a0lần/tháng`,
    per_year: (v) => `${v}\u00a0lần/năm`,
    annual_change_percent: (v) => `+${v}%/năm`,
  },
  en: {
    percent: (v) => `${v}%`,
    count: (v) => v,
    per_month: (v) => `${v}/month`,
    per_year: (v) => `${v}/year`,
    annual_change_percent: (v) => `+${v}%/year`,
  },
};

export function formatValue(lang: Lang, measure: Measure, v: number): string {
  return UNIT_SUFFIX[lang][measure](formatNumber(lang, v));
}

/** A reported figure as its source says it: "hơn 10.600" where the words give a lower bound, else the value. */
export function formatResult(
  lang: Lang,
  measure: Measure,
  r: {value: number; comparator?: '=' | '>' | '>=' | '<' | '<=' | null},
): string {
  const v = formatValue(lang, measure, r.value);
  return r.comparator && r.comparator !== '=' ? MESSAGES[lang].bound[r.comparator](v) : v;
}

/** "≥ 70%", "> 80%", "3–5%/năm", "= 100%". */
export function formatTarget(
  lang: Lang,
  t: {comparator: Comparator; value: number; value_max: number | null; measure: Measure},
): string {
  if (t.comparator === 'range' && t.value_max !== null) {
    const lo = formatNumber(lang, t.value);
    return UNIT_SUFFIX[lang][t.measure](`${lo}–${formatNumber(lang, t.value_max)}`);
  }
  const sym = {'>=': '≥', '>': '>', '=': '', '<=': '≤', range: ''}[t.comparator];
  return `${sym ? `${sym}\u00a0` : ''}${formatValue(lang, t.measure, t.value)}`;
}

export const STATUS_SYMBOL: Record<Status, string> = {met: '✓', not_met: '✗', not_due: '◷', no_data: '–'};

interface Messages {
  status: Record<Status, string>;
  statusLabel: string;
  measure: Record<Measure, string>;
  change: Record<Change, string>;
  comparator: Record<Comparator, string>;
  loading: string;
  loadingChart: string;
  loadingResults: string;
  /** The notice of a results file with problems: the button that lists them. */
  resultsProblems: (n: number) => string;
  /** Rows of a results file that were charted, beside those left out. */
  resultsKept: (n: number) => string;
  target: string;
  result: string;
  deadline: string;
  period: string;
  plan: string;
  document: string;
  section: string;
  scope: string;
  quote: string;
  source: string;
  sources: string;
  secondary: string;
  asOf: string;
  dataset: string;
  licence: string;
  download: string;
  csv: string;
  png: string;
  pngBroadcast: string;
  svg: string;
  copied: string;
  showSummary: string;
  hideSummary: string;
  showTable: string;
  showChart: string;
  table: string;
  selected: string;
  close: string;
  unit: string;
  indicator: string;
  national: string;
  nationalRef: (v: string) => string;
  differs: string;
  notComparable: string;
  unitsMet: (met: string, total: string, label: string) => string;
  noValueOnlyCounts: string;
  legend: {floor: string; point: string; band: string; period: (p: string) => string; differs: string};
  unitsActivity: (v: string, label: string) => string;
  /** A unit's targets compared with its plans of two periods, when the dataset has one of them only. */
  onlyPeriod: (period: string) => string;
  /** A target only one of two plans states, where either plan is known from an excerpt only (not "new"). */
  onlyExcerpt: (period: string) => string;
  /** A unit without a plan of its own: its results are read against another unit's targets (the national ones). */
  reportedAgainst: (unit: string, docs: string) => string;
  /** Said once over a plan none of whose targets has a result yet, with where results would come from. */
  noResultsYet: string;
  /** The compact list of a plan's targets (none has a result) and of the targets left without one. */
  targetList: (n: number) => string;
  pendingList: (n: number) => string;
  /** Counts of activity kept as context, in a tooltip. */
  contextCounts: string;
  /** A reported figure given as a bound: "hơn 10.600". */
  bound: Record<'>' | '>=' | '<' | '<=', (v: string) => string>;
  /** A row of another unit's target (the national one a province reports against). */
  targetOf: (unit: string) => string;
  /** Plans of a period whose national programme is only a draft (2026-2035), issued outside any programme. */
  draftProgramme: (period: string) => string;
  /** The plans of a 2025 province's predecessors: which units are drawn, and since when they are part of it. */
  successorNote: (drawn: string, asked: string, date: string) => string;
  /** The plans of a former unit whose name continues, merged with `others` on `date`. */
  mergedNote: (name: string, others: string, date: string) => string;
  /** The row of a plan in a series: which plan, and how its target compares with the previous plan's. */
  planLabel: (span: string, doc: string) => string;
  seriesChange: Record<'first' | 'raised' | 'lowered' | 'unchanged', string>;
  noDocNo: string;
  noDate: string;
  milestone: (y: number) => string;
  by: (y: number) => string;
  everyYear: string;
  throughout: string;
  roleTask: string;
  roleAssignment: string;
  error: string;
  empty: string;
  available: string;
  onlyOnePeriod: (unit: string, period: string) => string;
  showIndicatorForm: (indicator: string) => string;
  /** The results were given in the address of the page (embed.html?data=…), not by the publishing site. */
  resultsFromLink: string;
  /** The targets were supplied by the page (`targets`), not taken from the dataset: shown and drawn into exports. */
  targetsFromPage: string;
  /** Targets of the page's file that were charted, beside the rows left out. */
  targetsKept: (n: number) => string;
  /** What a page plan is called where the page names no unit or title (src/data/targets/page-plan.ts). */
  pagePlan: {unit: string; untitled: string; group: string};
  /** embed.html refused a `src=` or `results=` of another origin (src/embed/embed.ts). */
  /** A comparison draws one indicator; where several were asked for, which one. */
  oneIndicator: (label: string) => string;
  title: {
    attainment: (u: string, p: string) => string;
    /** The plans shown are annual plans of one year. */
    attainmentYear: (u: string, year: string) => string;
    /** A plan with no result yet: its targets, and no promise of results. */
    targets: (u: string, p: string) => string;
    targetsYear: (u: string, year: string) => string;
    tableYear: (u: string, year: string) => string;
    periods: (u: string, before: string, after: string) => string;
    series: (u: string, plans: number) => string;
    periodsIndicator: (i: string) => string;
    units: (i: string, lvl: string) => string;
    table: (u: string, p: string) => string;
  };
  levelPlural: Record<'national' | 'province' | 'district', string>;
  errors: {
    unknownUnit: (v: string, known: string) => string;
    unknownIndicator: (v: string, known: string) => string;
    unknownPeriod: (v: string, known: string) => string;
    unknownView: (v: string, known: string) => string;
    unknownLevel: (v: string, known: string) => string;
    unknownLang: (v: string) => string;
    noPlan: (unit: string, period: string, known: string) => string;
    /** A unit the dataset knows (e.g. for the 2025 reorganization) that issued no plan in it. */
    noPlanAtAll: (unit: string) => string;
    dataset: (url: string, detail: string) => string;
    results: (where: string, detail: string) => string;
    resultsLoad: (url: string, detail: string) => string;
    resultsObject: string;
    /** The page's targets file has problems (the first one). */
    targets: (where: string, detail: string) => string;
    targetsLoad: (url: string, detail: string) => string;
    /** `targets="[object Object]"`: an array set as an attribute before the element was defined. */
    targetsObject: string;
    /** A view a page plan cannot be drawn in (the units comparison; periods with one plan). */
    pageView: (view: string, plans: number, valid: string) => string;
    render: (detail: string) => string;
  };
  /** Why a file (dataset or results) could not be used: see src/data/load-error.ts. */
  loadProblem: Record<LoadProblem, (d: {status?: number; field?: string; value?: string}) => string>;
  /** The summaries' sentences, from the facts src/charts/summary.ts counts. */
  summary: {
    attainment: (f: {
      unit: string;
      period: string;
      n: number;
      reported: boolean;
      withData: number;
      met: number;
      notMet: number;
      notDue: number;
      hasCounts: boolean;
      unitsMet: string;
      unitsActive: string;
    }) => string;
    indicatorPeriods: (f: {indicator: string; parts: {n: number; period: string; range: string}[]}) => string;
    periods: (f: {
      unit: string;
      before: string;
      after: string;
      raised: number;
      lowered: number;
      unchanged: number;
      added: number;
      dropped: number;
      loweredList: string[];
      differ: boolean;
    }) => string;
    series: (f: {
      unit: string;
      spans: string[];
      raised: number;
      lowered: number;
      unchanged: number;
      loweredList: string[];
      missing: string;
    }) => string;
    units: (f: {
      indicator: string;
      levelPlural: string;
      n: number;
      range: string;
      national: string | null;
      flagged: number;
    }) => string;
  };
  /** An export (PNG, SVG) failed. */
  exportFailed: (detail: string) => string;
  /** A source line that names the first documents: how many more there are. */
  moreDocuments: (n: number) => string;
  /** The kinds of document a plan is issued as, read from its number ("1736/QĐ-UBND": a decision). */
  docKind: {decision: string; plan: string; directive: string; resolution: string};
  /** "Quyết định 1736/QĐ-UBND ngày 05/11/2021 của UBND tỉnh Quảng Ngãi". */
  issuedBy: (doc: string, date: string, issuer: string) => string;
  /** Where the results shown come from (source lines, footer, citation). */
  resultsSource: string;
  /** Results the page supplied without naming their source. */
  resultsFromPage: string;
  /** A plan known through another page. */
  secondaryVia: (host: string) => string;
  /** The dataset's title (data/datapackage.json), in the language. */
  datasetTitle: string;
  cite: string;
  copyCitation: string;
  citeText: {
    data: string;
    version: string;
    documents: string;
    targets: string;
    at: (url: string, date: string) => string;
    accessed: (date: string) => string;
    /** The targets came from the page (`targets`), not from the dataset. */
    fromPage: string;
  };
  bibtex: string;
  ris: string;
  cslJson: string;
  exportGroups: {data: string; web: string; tv: string; social: string; print: string};
  pngSocial: string;
  printPng: string;
  printSvg: string;
  columnWidth: string;
  columns: (n: number, mm: number) => string;
  darkExport: string;
  /** The image exports' "no background" choice (a PNG with alpha, to key over video). */
  transparentExport: string;
  exporting: string;
  exported: (files: number) => string;
  /** The frames of a long chart, saved in one ZIP file. */
  exportedZip: (frames: number) => string;
  /** The scale of one of several panels counting the same thing ("thang 0–7.500"). */
  panelScale: (from: number, to: number) => string;
  /** The row picker of image exports. */
  pickRows: string;
  pickedRows: (n: number, total: number) => string;
  pickAll: string;
  pickNone: string;
  noRowsPicked: string;
  /** A continued part of a print image: "Tỉnh …: chỉ tiêu … (tiếp)". */
  continued: string;
  /** The workbook download's button. */
  xlsx: string;
  /** The workbook's sheets: the table's name, and the sheet saying what it is (its rows' labels). */
  workbook: {
    data: string;
    about: string;
    chart: string;
    sources: string;
    dataset: string;
    address: string;
    downloaded: string;
    howTo: string;
    howToText: string;
  };
  /** How to walk the chart's rows with the keyboard (the rows' list describes itself with it). */
  rowKeysHint: string;
}

/**
 * The texts only exports, citations, the footer's sources and the body's panel headings use: Vietnamese ones
 * travel in src/i18n/exports.ts, loaded with the body and the exports (importing it adds them to MESSAGES.vi), not
 * in the first download.
 */
export type ExportKey =
  | 'moreDocuments'
  | 'docKind'
  | 'issuedBy'
  | 'resultsSource'
  | 'resultsFromPage'
  | 'secondaryVia'
  | 'datasetTitle'
  | 'cite'
  | 'copyCitation'
  | 'citeText'
  | 'bibtex'
  | 'ris'
  | 'cslJson'
  | 'exportGroups'
  | 'pngSocial'
  | 'printPng'
  | 'printSvg'
  | 'columnWidth'
  | 'columns'
  | 'darkExport'
  | 'transparentExport'
  | 'exporting'
  | 'exported'
  | 'exportedZip'
  | 'panelScale'
  | 'pickRows'
  | 'pickedRows'
  | 'pickAll'
  | 'pickNone'
  | 'noRowsPicked'
  | 'xlsx'
  | 'continued'
  | 'workbook'
  | 'rowKeysHint';
type CoreMessages = Omit<Messages, ExportKey>;

const vi: CoreMessages = {
  status: {met: 'Đạt', not_met: 'Chưa đạt', not_due: 'Chưa đến hạn', no_data: 'Chưa có số liệu'},
  statusLabel: 'Trạng thái',
  measure: {
    percent: 'Tỷ lệ (%)',
    count: 'Số lượng',
    per_month: 'Số lần mỗi tháng',
    per_year: 'Số lần mỗi năm',
    annual_change_percent: 'Mức tăng hằng năm (%)',
  },
  change: {
    raised: 'Nâng',
    lowered: 'Hạ',
    unchanged: 'Giữ nguyên',
    differs: 'Khác định nghĩa, không so',
    new: 'Mới',
    dropped: 'Bỏ',
  },
  comparator: {'>=': 'ít nhất', '>': 'trên', '=': 'đạt', '<=': 'không quá', range: 'trong khoảng'},
  loading: 'Đang tải dữ liệu…',
  loadingChart: 'Đang vẽ biểu đồ…',
  loadingResults: 'Đang tải tệp kết quả…',
  resultsProblems: (n) => `Xem ${n} lỗi`,
  resultsKept: (n) => `${n} dòng kết quả hợp lệ đã được vẽ; các dòng có lỗi bị bỏ qua.`,
  target: 'Chỉ tiêu',
  result: 'Kết quả',
  deadline: 'Thời hạn',
  period: 'Giai đoạn',
  plan: 'Kế hoạch',
  document: 'Văn bản',
  section: 'Mục',
  scope: 'Phạm vi',
  quote: 'Trích nguyên văn',
  source: 'Nguồn',
  sources: 'Nguồn',
  secondary: 'nguồn thứ cấp',
  asOf: 'tính đến',
  dataset: 'Dữ liệu plan-chart',
  licence: 'Giấy phép',
  download: 'Tải dữ liệu',
  csv: 'CSV',
  png: 'PNG',
  pngBroadcast: 'PNG 1920×1080',
  svg: 'SVG',
  copied: 'Đã chép trích dẫn',
  showSummary: 'Tóm tắt',
  hideSummary: 'Ẩn tóm tắt',
  showTable: 'Xem bảng',
  showChart: 'Xem biểu đồ',
  table: 'Bảng số liệu',
  selected: 'Chỉ tiêu đã chọn',
  close: 'Đóng',
  unit: 'Đơn vị',
  indicator: 'Nội dung',
  national: 'Toàn quốc',
  nationalRef: (v) => `Toàn quốc: ${v}`,
  differs: 'khác định nghĩa',
  notComparable: 'Không cùng định nghĩa với chỉ tiêu quốc gia',
  unitsMet: (met, total, label) =>
    `báo cáo ${met}/${total} ${label} đạt chỉ tiêu (số đơn vị, không phải giá trị của chỉ tiêu)`,
  noValueOnlyCounts: 'Không có giá trị của chỉ tiêu',
  legend: {
    floor: 'ít nhất (mức sàn)',
    point: 'mức cụ thể',
    band: 'khoảng',
    period: (p) => `giai đoạn ${p}`,
    differs: 'khác định nghĩa',
  },
  unitsActivity: (v, label) => `${v} ${label} có hoạt động (không nói đạt chỉ tiêu)`,
  onlyPeriod: (p) => `Bộ dữ liệu chỉ có kế hoạch giai đoạn ${p}`,
  onlyExcerpt: (p) => `Chỉ có trong kế hoạch ${p} theo trích đoạn`,
  reportedAgainst: (u, docs) =>
    `${u} không có kế hoạch riêng trong bộ dữ liệu: biểu đồ đối chiếu kết quả đơn vị đã báo cáo với chỉ tiêu của ${docs}.`,
  targetOf: (u) => `chỉ tiêu của ${u}`,
  noResultsYet:
    'Chưa có kết quả được báo cáo cho kế hoạch này. Kết quả có trong báo cáo của đơn vị (báo cáo hằng năm, sơ kết, tổng kết); trang đăng biểu đồ có thể thêm bằng tệp kết quả.',
  targetList: (n) => `Các chỉ tiêu của kế hoạch (${n})`,
  pendingList: (n) => `Chỉ tiêu chưa có kết quả báo cáo (${n})`,
  contextCounts: 'Số liệu hoạt động (bối cảnh)',
  bound: {'>': (v) => `hơn ${v}`, '>=': (v) => `từ ${v} trở lên`, '<': (v) => `dưới ${v}`, '<=': (v) => `tối đa ${v}`},
  draftProgramme: (p) =>
    `Chương trình phòng, chống mại dâm giai đoạn ${p} mới là dự thảo (chưa được phê duyệt); kế hoạch này không thực hiện chương trình quốc gia nào.`,
  successorNote: (drawn, asked, date) => `Kế hoạch của ${drawn}; từ ${date} thuộc ${asked}.`,
  mergedNote: (name, others, date) =>
    others ? `Kế hoạch của ${name} trước khi hợp nhất với ${others} (${date}).` : `Kế hoạch của ${name} trước ${date}.`,
  planLabel: (span, doc) => `Kế hoạch ${span}${doc ? ` (${doc})` : ''}`,
  seriesChange: {first: 'Lần đầu có', raised: 'Nâng', lowered: 'Hạ', unchanged: 'Giữ nguyên'},
  noDocNo: 'không ghi số',
  noDate: 'không ghi ngày',
  milestone: (y) => `mốc ${y}`,
  by: (y) => `đến ${y}`,
  everyYear: 'hằng năm',
  throughout: 'thường xuyên',
  roleTask: 'nêu ở phần nhiệm vụ, giải pháp',
  roleAssignment: 'nêu ở phần tổ chức thực hiện',
  error: 'Không vẽ được biểu đồ',
  empty: 'Không có chỉ tiêu nào cho lựa chọn này trong kế hoạch.',
  available: 'Có dữ liệu cho',
  onlyOnePeriod: (unit, period) =>
    `${unit} chỉ có kế hoạch giai đoạn ${period} trong bộ dữ liệu, nên không so sánh được hai giai đoạn của riêng đơn vị này.`,
  showIndicatorForm: (i) => `Xem chỉ tiêu “${i}” ở mọi kế hoạch theo giai đoạn`,
  resultsFromLink:
    'Lưu ý: số liệu kết quả trong biểu đồ này do chính đường dẫn cung cấp, không lấy từ dữ liệu của trang web đăng biểu đồ.',
  targetsFromPage:
    'Lưu ý: các chỉ tiêu trong biểu đồ này do trang web đăng biểu đồ cung cấp (theo kế hoạch của họ), không lấy từ bộ dữ liệu plan-chart.',
  targetsKept: (n) => `${n} chỉ tiêu hợp lệ đã được vẽ; các dòng có lỗi bị bỏ qua.`,
  pagePlan: {unit: 'Kế hoạch', untitled: 'Kế hoạch (không ghi tên)', group: 'Chỉ tiêu của kế hoạch'},
  oneIndicator: (label) => `Biểu đồ này chỉ vẽ một chỉ tiêu: ${label}.`,
  title: {
    attainment: (u, p) => `${u}: chỉ tiêu và kết quả, giai đoạn ${p}`,
    attainmentYear: (u, y) => `${u}: chỉ tiêu và kết quả năm ${y}`,
    targets: (u, p) => `${u}: chỉ tiêu giai đoạn ${p}`,
    targetsYear: (u, y) => `${u}: chỉ tiêu năm ${y}`,
    tableYear: (u, y) => `${u}: bảng chỉ tiêu năm ${y}`,
    periods: (u, a, b) => `${u}: chỉ tiêu giai đoạn ${a} và ${b}`,
    series: (u, n) => `${u}: chỉ tiêu qua ${n} kế hoạch`,
    periodsIndicator: (i) => `${i}: chỉ tiêu trong các kế hoạch theo giai đoạn`,
    units: (i, lvl) => `${i}: so sánh giữa các ${lvl}`,
    table: (u, p) => `${u}: bảng chỉ tiêu, giai đoạn ${p}`,
  },
  levelPlural: {national: 'cấp quốc gia', province: 'tỉnh', district: 'huyện'},
  errors: {
    unknownUnit: (v, k) => `Không có đơn vị "${v}". Đơn vị có trong dữ liệu: ${k}.`,
    unknownIndicator: (v, k) => `Không có chỉ tiêu hay nhóm "${v}". Có thể dùng: ${k}.`,
    unknownPeriod: (v, k) => `Giai đoạn "${v}" không hợp lệ. Giai đoạn hợp lệ: ${k}.`,
    unknownView: (v, k) => `Kiểu biểu đồ "${v}" không hợp lệ. Kiểu hợp lệ: ${k}.`,
    unknownLevel: (v, k) => `Cấp "${v}" không hợp lệ. Cấp hợp lệ: ${k}.`,
    unknownLang: (v) => `Ngôn ngữ "${v}" không được hỗ trợ; dùng vi hoặc en.`,
    noPlan: (u, p, k) => `${u} không có kế hoạch giai đoạn ${p}. Giai đoạn có kế hoạch: ${k}.`,
    noPlanAtAll: (u) => `Bộ dữ liệu chưa có kế hoạch nào của ${u}.`,
    dataset: (url, d) => `Không tải được bộ dữ liệu từ ${url}: ${d}`,
    results: (where, d) => `Tệp kết quả có lỗi: ${where}: ${d}`,
    resultsLoad: (url, d) => `Không tải được tệp kết quả ${url}: ${d}`,
    resultsObject:
      'Thuộc tính results nhận chữ "[object Object]": trang đã gán một mảng trước khi <plan-chart> được định nghĩa, nên nó thành thuộc tính HTML. Hãy gán property results sau customElements.whenDefined(\'plan-chart\').',
    targets: (where, d) => `Tệp chỉ tiêu có lỗi: ${where}: ${d}`,
    targetsLoad: (url, d) => `Không tải được tệp chỉ tiêu ${url}: ${d}`,
    targetsObject:
      'Thuộc tính targets nhận chữ "[object Object]": trang đã gán một mảng trước khi <plan-chart> được định nghĩa, nên nó thành thuộc tính HTML. Hãy gán property targets sau customElements.whenDefined(\'plan-chart\').',
    pageView: (v, n, k) =>
      v === 'units'
        ? `Kiểu biểu đồ "units" so sánh các đơn vị trong bộ dữ liệu, không dùng được với kế hoạch do trang cung cấp. Kiểu dùng được: ${k}.`
        : `Kiểu biểu đồ "${v}" so sánh các kế hoạch, nhưng trang chỉ cung cấp ${n} kế hoạch. Kiểu dùng được: ${k}.`,
    render: (d) => `Lỗi khi vẽ biểu đồ: ${d}`,
  },

  loadProblem: {
    'invalid-url': () => 'không phải địa chỉ http(s) mà trang có thể tải',
    http: ({status}) =>
      `máy chủ trả lời mã lỗi ${status} (${status === 404 ? 'không có tệp ở địa chỉ này' : 'lỗi máy chủ'})`,
    network: () => 'không kết nối được (mất mạng, địa chỉ sai, hoặc trang web kia không cho phép tải)',
    timeout: () => 'máy chủ không trả lời kịp thời',
    'not-json': () => 'tệp không phải JSON',
    shape: ({field}) => `tệp không phải bộ dữ liệu plan-chart (thiếu "${field}")`,
    dangling: ({field, value}) => `một chỉ tiêu trỏ tới ${field} "${value}" không có trong tệp`,
  },
  exportFailed: (d) => `Không xuất được tệp: ${d}`,
  summary: {
    attainment: (f) => {
      const s3 = [
        f.unitsMet ? `số tỉnh đạt chỉ tiêu (${f.unitsMet})` : '',
        f.unitsActive ? `số tỉnh có hoạt động, không nói có đạt chỉ tiêu hay không (${f.unitsActive})` : '',
      ].filter(Boolean);
      return sentences(
        f.reported
          ? `${cap(f.unit)} báo cáo kết quả cho ${f.n} chỉ tiêu của chương trình giai đoạn ${f.period}.`
          : `Kế hoạch ${/^\d{4}$/.test(f.period) ? 'năm' : 'giai đoạn'} ${f.period} của ${f.unit} có ${f.n} chỉ tiêu bằng số.`,
        f.withData
          ? `Có kết quả cho ${f.withData} chỉ tiêu: ${f.met} đạt, ${f.notMet} chưa đạt, ${f.notDue} chưa đến hạn.`
          : f.hasCounts
            ? ''
            : 'Chưa có kết quả báo cáo cho chỉ tiêu nào.',
        s3.length
          ? `Kết quả cấp quốc gia chỉ được công bố ở dạng ${s3.join(' và ')}, không phải giá trị của chỉ tiêu.`
          : '',
      );
    },
    indicatorPeriods: (f) =>
      `${f.indicator}: ${f.parts.map((p) => `${p.n} kế hoạch giai đoạn ${p.period} đặt ${p.range}`).join('; ')}. Mỗi kế hoạch là một dòng; phần lớn đơn vị chỉ có kế hoạch của một giai đoạn trong bộ dữ liệu.`,
    periods: (f) =>
      sentences(
        `So với giai đoạn ${f.before}, kế hoạch ${f.after} của ${f.unit} nâng ${f.raised}, hạ ${f.lowered}, giữ nguyên ${f.unchanged} chỉ tiêu; ${f.added} chỉ tiêu mới và ${f.dropped} chỉ tiêu không còn.`,
        f.loweredList.length ? `Chỉ tiêu bị hạ: ${f.loweredList.join('; ')}.` : '',
        f.differ ? 'Một số cặp không cùng định nghĩa và được đánh dấu ≠.' : '',
      ),
    series: (f) =>
      sentences(
        `${cap(f.unit)} có ${f.spans.length} kế hoạch trong bộ dữ liệu (${f.spans.join(', ')}).`,
        `So với kế hoạch trước đó, ${f.raised} chỉ tiêu được nâng, ${f.lowered} bị hạ, ${f.unchanged} giữ nguyên.`,
        f.loweredList.length ? `Chỉ tiêu bị hạ: ${f.loweredList.join('; ')}.` : '',
        f.missing ? `Bộ dữ liệu chưa có kế hoạch năm ${f.missing}.` : '',
      ),
    units: (f) =>
      sentences(
        `${f.indicator}: ${f.n} ${f.levelPlural} có chỉ tiêu, từ ${f.range}.`,
        f.national ? `Chỉ tiêu quốc gia: ${f.national}.` : 'Bộ dữ liệu không có chỉ tiêu quốc gia tương ứng.',
        f.flagged ? `${f.flagged} đơn vị tính theo định nghĩa khác và được đánh dấu ≠.` : '',
      ),
  },
};

/** The non-empty sentences, joined. */
export const sentences = (...parts: string[]): string => parts.filter(Boolean).join(' ');
/** A sentence's first letter in upper case ("tỉnh Bắc Kạn có…" → "Tỉnh Bắc Kạn có…"). */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every text in each language. Vietnamese travels with the widget; English arrives with its own module
 * (src/i18n/en.ts, loaded when a widget is in English: `loadMessages('en')`), so a Vietnamese page does not download
 * it before its first content.
 */
export const MESSAGES = {vi} as unknown as Record<Lang, Messages>;

/** Adds a language's texts (called by src/i18n/en.ts when it loads). */
export function registerMessages(lang: Lang, messages: Messages): void {
  MESSAGES[lang] = messages;
}

/** Whether a language's texts are here (Vietnamese always; English once src/i18n/en.ts has loaded). */
export const hasMessages = (lang: Lang): boolean => !!MESSAGES[lang];
export type {Messages};

export function periodLabel(p: Period): string {
  return p.replace('-', '–');
}
