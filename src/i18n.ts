/**
 * Every text the widget shows, in Vietnamese (default) and English, with number and date formats of each
 * locale (vi-VN: decimal comma, dd/mm/yyyy).
 */
import type {Comparator, Measure, Period} from './data/schema.js';
import type {Status} from './data/status.js';
import {compareText, type Change} from './data/queries.js';
import type {LoadProblem} from './data/load-error.js';

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
  legend: {floor: string; point: string; band: string; before: string; after: string; differs: string};
  unitsActivity: (v: string, label: string) => string;
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
  successor: (name: string, date: string) => string;
  /** A comparison draws one indicator; where several were asked for, which one. */
  oneIndicator: (label: string) => string;
  title: {
    attainment: (u: string, p: string) => string;
    periods: (u: string) => string;
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
    render: (detail: string) => string;
  };
  resultIssue: Record<string, (o: {value: string; expected: string}) => string>;
  line: (file: string, line: number, column: string) => string;
  /** Why a file (dataset or results) could not be used: see src/data/load-error.ts. */
  loadProblem: Record<LoadProblem, (d: {status?: number; field?: string; value?: string}) => string>;
  /** An export (PNG, SVG) failed. */
  exportFailed: (detail: string) => string;
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
  exporting: string;
  exported: (files: number) => string;
  /** The frames of a long chart, saved in one ZIP file. */
  exportedZip: (frames: number) => string;
}

const vi: Messages = {
  status: {met: 'Đạt', not_met: 'Chưa đạt', not_due: 'Chưa đến hạn', no_data: 'Chưa có số liệu'},
  statusLabel: 'Trạng thái',
  measure: {
    percent: 'Tỷ lệ (%)',
    count: 'Số lượng',
    per_month: 'Số lần mỗi tháng',
    per_year: 'Số lần mỗi năm',
    annual_change_percent: 'Mức tăng hằng năm (%)',
  },
  change: {raised: 'Nâng', lowered: 'Hạ', unchanged: 'Giữ nguyên', new: 'Mới', dropped: 'Bỏ'},
  comparator: {'>=': 'ít nhất', '>': 'trên', '=': 'đạt', '<=': 'không quá', range: 'trong khoảng'},
  loading: 'Đang tải dữ liệu…',
  loadingChart: 'Đang vẽ biểu đồ…',
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
    before: 'giai đoạn 2016–2020',
    after: 'giai đoạn 2021–2025',
    differs: 'khác định nghĩa',
  },
  unitsActivity: (v, label) => `${v} ${label} có hoạt động (không nói đạt chỉ tiêu)`,
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
  showIndicatorForm: (i) => `Xem chỉ tiêu “${i}” ở mọi kế hoạch của hai giai đoạn`,
  successor: (name, date) => `Từ ${date}: thuộc ${name}`,
  oneIndicator: (label) => `Biểu đồ này chỉ vẽ một chỉ tiêu: ${label}.`,
  title: {
    attainment: (u, p) => `${u}: chỉ tiêu và kết quả, giai đoạn ${p}`,
    periods: (u) => `${u}: chỉ tiêu giai đoạn 2016-2020 và 2021-2025`,
    periodsIndicator: (i) => `${i}: chỉ tiêu trong các kế hoạch hai giai đoạn`,
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
    render: (d) => `Lỗi khi vẽ biểu đồ: ${d}`,
  },
  resultIssue: {
    not_number: ({value}) => `"${value}" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)`,
    not_date: ({value}) => `"${value}" không phải ngày hợp lệ (cần YYYY-MM-DD hoặc dd/mm/yyyy)`,
    required: () => `ô trống (cần có giá trị)`,
    unknown_target: ({value, expected}) => `không có chỉ tiêu "${value}" (ví dụ mã hợp lệ: ${expected})`,
    unknown_unit: ({value, expected}) => `không có đơn vị "${value}" (mã hợp lệ: ${expected})`,
    unknown_indicator: ({value, expected}) => `không có chỉ tiêu "${value}" (mã hợp lệ: ${expected})`,
    ambiguous: ({value, expected}) => `"${value}" ứng với nhiều chỉ tiêu; thêm cột target_id (một trong: ${expected})`,
    missing_column: ({expected}) => `thiếu cột (cần: ${expected})`,
    negative: ({value}) => `"${value}" là số âm (cần số từ 0 trở lên)`,
    bad_url: ({value}) => `"${value}" không phải địa chỉ http(s)`,
    syntax: ({value}) => value,
    not_array: () => `JSON phải là một mảng các dòng kết quả hoặc {"results": [...]}`,
  },
  line: (file, line, column) => (column ? `${file} dòng ${line}, cột ${column}` : `${file} dòng ${line}`),
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
  docKind: {decision: 'Quyết định', plan: 'Kế hoạch', directive: 'Chỉ thị', resolution: 'Nghị quyết'},
  issuedBy: (doc, date, issuer) => `${doc}${date ? ` ngày ${date}` : ''} của ${issuer}`,
  resultsSource: 'số liệu kết quả',
  resultsFromPage: 'do trang đăng biểu đồ cung cấp',
  secondaryVia: (host) => `nguồn thứ cấp: ${host}`,
  datasetTitle: 'Chỉ tiêu kế hoạch phòng, chống mại dâm của tỉnh, huyện (Việt Nam)',
  cite: 'Trích dẫn',
  copyCitation: 'Chép trích dẫn',
  citeText: {
    data: 'Dữ liệu',
    version: 'phiên bản',
    documents: 'Văn bản',
    targets: 'Chỉ tiêu',
    at: (url, date) => `Xem tại: ${url} (truy cập ngày ${date})`,
    accessed: (date) => `truy cập ngày ${date}`,
  },
  bibtex: 'BibTeX',
  ris: 'RIS',
  cslJson: 'CSL-JSON',
  exportGroups: {data: 'Dữ liệu', web: 'Hình cho web', tv: 'Truyền hình', social: 'Mạng xã hội', print: 'Báo in'},
  pngSocial: 'PNG 1080×1080',
  printPng: 'PNG 300 dpi',
  printSvg: 'SVG (chữ giữ nguyên)',
  columnWidth: 'Độ rộng',
  columns: (n, mm) => `${n} cột (${mm} mm)`,
  darkExport: 'Nền tối',
  exporting: 'Đang xuất tệp…',
  exported: (n) => `Đã tải ${n} tệp`,
  exportedZip: (n) => `Đã tải ${n} khung hình trong một tệp ZIP`,
};

const en: Messages = {
  status: {met: 'Met', not_met: 'Not met', not_due: 'Not yet due', no_data: 'No data'},
  statusLabel: 'Status',
  measure: {
    percent: 'Share (%)',
    count: 'Count',
    per_month: 'Times per month',
    per_year: 'Times per year',
    annual_change_percent: 'Annual increase (%)',
  },
  change: {raised: 'Raised', lowered: 'Lowered', unchanged: 'Unchanged', new: 'New', dropped: 'Dropped'},
  comparator: {'>=': 'at least', '>': 'more than', '=': 'reach', '<=': 'at most', range: 'between'},
  loading: 'Loading data…',
  loadingChart: 'Drawing the chart…',
  target: 'Target',
  result: 'Result',
  deadline: 'Deadline',
  period: 'Period',
  plan: 'Plan',
  document: 'Document',
  section: 'Section',
  scope: 'Scope',
  quote: 'Verbatim quote',
  source: 'Source',
  sources: 'Sources',
  secondary: 'secondary source',
  asOf: 'as of',
  dataset: 'plan-chart dataset',
  licence: 'Licence',
  download: 'Download data',
  csv: 'CSV',
  png: 'PNG',
  pngBroadcast: 'PNG 1920×1080',
  svg: 'SVG',
  copied: 'Citation copied',
  showSummary: 'Summary',
  hideSummary: 'Hide summary',
  showTable: 'Show table',
  showChart: 'Show chart',
  table: 'Data table',
  selected: 'Selected target',
  close: 'Close',
  unit: 'Unit',
  indicator: 'Indicator',
  national: 'National',
  nationalRef: (v) => `National: ${v}`,
  differs: 'defined differently',
  notComparable: 'Defined differently from the national target',
  unitsMet: (met, total, label) =>
    `reported: ${met} of ${total} ${label} met the target (a count of units, not the indicator's value)`,
  noValueOnlyCounts: 'No value for the indicator',
  legend: {
    floor: 'at least (a floor)',
    point: 'exact figure',
    band: 'range',
    before: '2016–2020',
    after: '2021–2025',
    differs: 'defined differently',
  },
  unitsActivity: (v, label) => `${v} of ${label} report the activity (not whether the target was met)`,
  noDocNo: 'no number given',
  noDate: 'no date given',
  milestone: (y) => `milestone ${y}`,
  by: (y) => `by ${y}`,
  everyYear: 'every year',
  throughout: 'throughout',
  roleTask: 'stated under tasks and solutions',
  roleAssignment: 'stated under assignments',
  error: 'The chart could not be drawn',
  empty: 'No target for this selection in the plan.',
  available: 'Data is available for',
  onlyOnePeriod: (unit, period) =>
    `${unit} has a plan only for ${period} in the dataset, so its two periods cannot be compared.`,
  showIndicatorForm: (i) => `See “${i}” in every plan of both periods`,
  successor: (name, date) => `Since ${date}: part of ${name}`,
  oneIndicator: (label) => `This chart draws one indicator: ${label}.`,
  title: {
    attainment: (u, p) => `${u}: targets and results, ${p}`,
    periods: (u) => `${u}: targets in 2016-2020 and 2021-2025`,
    periodsIndicator: (i) => `${i}: targets in the plans of both periods`,
    units: (i, lvl) => `${i}: compared across ${lvl}`,
    table: (u, p) => `${u}: table of targets, ${p}`,
  },
  levelPlural: {national: 'national level', province: 'provinces', district: 'districts'},
  errors: {
    unknownUnit: (v, k) => `There is no unit "${v}". Units in the dataset: ${k}.`,
    unknownIndicator: (v, k) => `There is no indicator or group "${v}". Valid values: ${k}.`,
    unknownPeriod: (v, k) => `"${v}" is not a valid period. Valid periods: ${k}.`,
    unknownView: (v, k) => `"${v}" is not a valid view. Valid views: ${k}.`,
    unknownLevel: (v, k) => `"${v}" is not a valid level. Valid levels: ${k}.`,
    unknownLang: (v) => `Language "${v}" is not supported; use vi or en.`,
    noPlan: (u, p, k) => `${u} has no plan for ${p}. Periods with a plan: ${k}.`,
    noPlanAtAll: (u) => `The dataset has no plan of ${u} yet.`,
    dataset: (url, d) => `Could not load the dataset from ${url}: ${d}`,
    results: (where, d) => `The results file has an error: ${where}: ${d}`,
    resultsLoad: (url, d) => `Could not load the results file ${url}: ${d}`,
    resultsObject:
      'The results attribute is the text "[object Object]": the page assigned an array before <plan-chart> was defined, so it became an HTML attribute. Set the results property after customElements.whenDefined(\'plan-chart\').',
    render: (d) => `Error while drawing the chart: ${d}`,
  },
  resultIssue: {
    not_number: ({value}) => `"${value}" is not a number (expected digits with "." or "," as decimal separator)`,
    not_date: ({value}) => `"${value}" is not a valid date (expected YYYY-MM-DD or dd/mm/yyyy)`,
    required: () => `is empty (a value is required)`,
    unknown_target: ({value, expected}) => `there is no target "${value}" (valid ids include: ${expected})`,
    unknown_unit: ({value, expected}) => `there is no unit "${value}" (valid codes: ${expected})`,
    unknown_indicator: ({value, expected}) => `there is no indicator "${value}" (valid ids: ${expected})`,
    ambiguous: ({value, expected}) =>
      `"${value}" matches several targets; add a target_id column (one of: ${expected})`,
    missing_column: ({expected}) => `a column is missing (expected: ${expected})`,
    negative: ({value}) => `"${value}" is negative (expected 0 or more)`,
    bad_url: ({value}) => `"${value}" is not an http(s) address`,
    syntax: ({value}) => value,
    not_array: () => `the JSON must be an array of result rows or {"results": [...]}`,
  },
  line: (file, line, column) => (column ? `${file} line ${line}, column ${column}` : `${file} line ${line}`),
  loadProblem: {
    'invalid-url': () => 'not an http(s) address the page can load',
    http: ({status}) =>
      `the server answered ${status} (${status === 404 ? 'no file at this address' : 'server error'})`,
    network: () => 'no connection (offline, a wrong address, or the other site does not allow loading)',
    timeout: () => 'the server did not answer in time',
    'not-json': () => 'the file is not JSON',
    shape: ({field}) => `the file is not a plan-chart dataset ("${field}" is missing)`,
    dangling: ({field, value}) => `a target points to ${field} "${value}", which the file does not have`,
  },
  exportFailed: (d) => `The file could not be exported: ${d}`,
  docKind: {decision: 'Decision', plan: 'Plan', directive: 'Directive', resolution: 'Resolution'},
  issuedBy: (doc, date, issuer) => `${doc}${date ? ` of ${date}` : ''} by ${issuer}`,
  resultsSource: 'results',
  resultsFromPage: 'supplied by the page showing the chart',
  secondaryVia: (host) => `secondary source: ${host}`,
  datasetTitle: 'Targets of Vietnamese provincial and district prostitution-prevention plans',
  cite: 'Cite',
  copyCitation: 'Copy citation',
  citeText: {
    data: 'Data',
    version: 'version',
    documents: 'Documents',
    targets: 'Targets',
    at: (url, date) => `Available at ${url} (accessed ${date})`,
    accessed: (date) => `accessed ${date}`,
  },
  bibtex: 'BibTeX',
  ris: 'RIS',
  cslJson: 'CSL-JSON',
  exportGroups: {data: 'Data', web: 'Image for the web', tv: 'Television', social: 'Social media', print: 'Print'},
  pngSocial: 'PNG 1080×1080',
  printPng: 'PNG 300 dpi',
  printSvg: 'SVG (text kept as text)',
  columnWidth: 'Width',
  columns: (n, mm) => `${n} ${n === 1 ? 'column' : 'columns'} (${mm} mm)`,
  darkExport: 'Dark background',
  exporting: 'Exporting…',
  exported: (n) => `${n} ${n === 1 ? 'file' : 'files'} downloaded`,
  exportedZip: (n) => `${n} frames downloaded in one ZIP file`,
};

export const MESSAGES: Record<Lang, Messages> = {vi, en};
export type {Messages};

export function periodLabel(p: Period): string {
  return p.replace('-', '–');
}
