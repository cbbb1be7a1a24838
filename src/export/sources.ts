/**
 * The texts that go with a chart wherever it goes: the CSV of the rows shown, the source line (footer and images)
 * naming each document with its issuing authority and the results' sources, and the download file names. Pure
 * functions of the dataset, the language and the rows; the citation formats are in `cite.ts`.
 */
import type {TargetWithResult} from '../data/queries.js';
import type {Request} from '../data/request.js';
import type {Dataset, Plan, Target} from '../data/schema.js';
import {toCsv} from '../data/csv.js';
import {DATASET_LICENCE} from '../data/constants.js';
import '../i18n/exports.js';
import {MESSAGES, formatDate, formatResult, formatTarget, formatValue, type Lang} from '../i18n/index.js';
import {documentNo, indicatorLabel, indicatorOf, planOf, unitName} from '../charts/common.js';

/** The plans of some rows, in order of first appearance. */
export function plansOfRows(ds: Dataset, rows: {plan_id: string}[]): Plan[] {
  return [...new Set(rows.map((r) => r.plan_id))].map((id) => planOf(ds, id));
}

const planTitle = (lang: Lang, p: Plan) => (lang === 'vi' ? p.title : p.title_en);

/** A cell of the rows' table: text, a number, a date (ISO, as precise as known: "2017", "2025-12-31") or empty. */
export type TableCell = string | number | {date: string} | null;

/** A number as a spreadsheet of the language reads it: "74,5" in Vietnamese (decimal comma, no grouping), "74.5". */
const csvNumber = (lang: Lang, v: number) => (lang === 'vi' ? String(v).replace('.', ',') : String(v));

/** A date as the language writes it in a sheet: "31/12/2025" (Excel on a Vietnamese Windows reads it as a date). */
const csvDate = (lang: Lang, iso: string): string => (lang === 'vi' ? formatDate('vi', iso) : iso);

/** A target in words: "ít nhất 70%", "trong khoảng 3–5%/năm", "at least 70%". */
export function targetWords(lang: Lang, t: Pick<Target, 'comparator' | 'value' | 'value_max' | 'measure'>): string {
  const m = MESSAGES[lang];
  const figure =
    t.comparator === 'range' && t.value_max !== null ? formatTarget(lang, t) : formatValue(lang, t.measure, t.value);
  return `${m.comparator[t.comparator]} ${figure}`;
}

type TableRow = TargetWithResult & {plan: Plan};
const date = (iso: string | null | undefined): TableCell => (iso ? {date: iso} : null);

/**
 * The columns of the rows' table (CSV and workbook): [Vietnamese title, English title, cell]. Words first, for the
 * reader in a spreadsheet ("ít nhất 70%", "Đạt", "Tỷ lệ (%)"), each number once, then the codes, for programs. The
 * result's value, date and source have titles the results reader takes (`Giá trị kết quả` / "Result value" is its
 * `value`, and so on), so that a downloaded table, filled in, is a results file.
 */
const TABLE_COLUMNS: [string, string, (r: TableRow, lang: Lang, ds: Dataset) => TableCell][] = [
  ['Đơn vị', 'Unit', (r, lang, ds) => unitName(ds, r.unit_id, lang)],
  ['Đơn vị báo cáo', 'Reported by', (r, lang, ds) => (r.reported_by ? unitName(ds, r.reported_by, lang) : null)],
  ['Giai đoạn', 'Period', (r) => r.period],
  ['Nội dung chỉ tiêu', 'Indicator', (r, lang, ds) => indicatorLabel(indicatorOf(ds, r.indicator_id), lang)],
  ['Phạm vi', 'Scope', (r, lang) => (lang === 'vi' ? r.scope : r.scope_en)],
  ['Chỉ tiêu', 'Target', (r, lang) => targetWords(lang, r)],
  ['Giá trị chỉ tiêu', 'Target value', (r) => r.value],
  ['Giá trị tối đa', 'Target maximum', (r) => r.value_max],
  ['Đơn vị tính', 'Measure', (r, lang) => MESSAGES[lang].measure[r.measure]],
  ['Năm phải đạt', 'Target year', (r) => r.target_year],
  ['Kết quả', 'Result', (r, lang) => (r.result ? formatResult(lang, r.measure, r.result) : null)],
  ['Giá trị kết quả', 'Result value', (r) => r.result?.value ?? null],
  ['Kết quả tính đến', 'Result as of', (r) => date(r.result?.as_of)],
  ['Trạng thái', 'Status', (r, lang) => MESSAGES[lang].status[r.status]],
  ['Nguồn kết quả', 'Result source', (r) => r.result?.source_title ?? null],
  ['Địa chỉ nguồn kết quả', 'Result source URL', (r) => r.result?.source_url ?? null],
  ['Trích nguyên văn kết quả', 'Result quote', (r) => r.result?.quote ?? null],
  ['Văn bản', 'Document', (r, lang) => documentName(lang, r.plan)],
  ['Ngày ban hành', 'Issued on', (r) => date(r.plan.issued_on)],
  ['Mục', 'Section', (r) => r.section],
  ['Trích nguyên văn', 'Quote', (r) => r.quote],
  ['Địa chỉ nguồn', 'Source URL', (r) => r.source_url ?? r.plan.source_url],
  // The codes, for programs (the codebook's values): the same titles in both languages.
  ['target_id', 'target_id', (r) => r.target_id],
  ['unit_id', 'unit_id', (r) => r.unit_id],
  ['reported_by', 'reported_by', (r) => r.reported_by],
  ['indicator_id', 'indicator_id', (r) => r.indicator_id],
  ['comparator', 'comparator', (r) => r.comparator],
  ['measure', 'measure', (r) => r.measure],
  ['result_comparator', 'result_comparator', (r) => (r.result ? (r.result.comparator ?? '=') : null)],
  ['status', 'status', (r) => r.status],
  ['plan_id', 'plan_id', (r) => r.plan_id],
  ['document_no', 'document_no', (r) => r.plan.document_no],
  ['issued_on', 'issued_on', (r) => r.plan.issued_on],
  ['source_kind', 'source_kind', (r) => r.plan.source_kind],
];

/** The rows shown as a table: column titles in the language, one array of typed cells per row. */
export function rowsTable(
  ds: Dataset,
  lang: Lang,
  rows: TargetWithResult[],
): {columns: string[]; cells: TableCell[][]} {
  return {
    columns: TABLE_COLUMNS.map(([vi, en]) => (lang === 'vi' ? vi : en)),
    cells: rows.map((r) => {
      const row: TableRow = {...r, plan: planOf(ds, r.plan_id)};
      return TABLE_COLUMNS.map(([, , cell]) => cell(row, lang, ds));
    }),
  };
}

/**
 * The CSV of exactly the rows shown, as a spreadsheet of the reader's language opens it: in Vietnamese `;`-separated
 * with decimal commas and dates as 31/12/2025 (what Excel on a Vietnamese Windows expects: a `,` file opens there in
 * one column), in English `,` and dots. Words, then numbers, then codes (see {@link TABLE_COLUMNS}). The download
 * adds a BOM, so that Excel reads it as UTF-8.
 */
export function rowsCsv(ds: Dataset, lang: Lang, rows: TargetWithResult[]): string {
  const {columns, cells} = rowsTable(ds, lang, rows);
  const text = (c: TableCell) =>
    c === null ? null : typeof c === 'number' ? csvNumber(lang, c) : typeof c === 'object' ? csvDate(lang, c.date) : c;
  const records = cells.map((row) => Object.fromEntries(row.map((c, k) => [columns[k], text(c)])));
  return toCsv(columns, records, {separator: lang === 'vi' ? ';' : ','});
}

/** The kind of document a plan was issued as, from its number ("1736/QĐ-UBND": a decision); null when unknown. */
export function documentKind(documentNo: string | null): keyof (typeof MESSAGES)[Lang]['docKind'] | null {
  const kind = /\/(QĐ|KH|CT|NQ)-/.exec((documentNo ?? '').normalize('NFC'))?.[1];
  return kind ? ({QĐ: 'decision', KH: 'plan', CT: 'directive', NQ: 'resolution'} as const)[kind as 'QĐ'] : null;
}

/** The kind of document a title names first ("Kế hoạch kiểm tra…": a plan), for a number that does not say. */
function titleKind(title: string): keyof (typeof MESSAGES)[Lang]['docKind'] | null {
  const kind = /^(Quyết định|Kế hoạch|Chỉ thị|Nghị quyết)/.exec(title.normalize('NFC'))?.[1];
  return kind
    ? ({'Quyết định': 'decision', 'Kế hoạch': 'plan', 'Chỉ thị': 'directive', 'Nghị quyết': 'resolution'} as const)[
        kind as 'Kế hoạch'
      ]
    : null;
}

/**
 * "Quyết định 1736/QĐ-UBND" / "Decision 1736/QĐ-UBND", "Kế hoạch số 06" where a page gives the number alone; a plan without a number is named by its title, or when
 * `brief` (a television frame's source line) by its years ("Kế hoạch 2017–2020").
 */
export function documentName(lang: Lang, p: Plan, brief = false): string {
  const years = p.span_start === p.span_end ? `${p.span_start}` : `${p.span_start}–${p.span_end}`;
  if (!p.document_no) return brief ? `${MESSAGES[lang].plan} ${years}` : planTitle(lang, p);
  const kind = documentKind(p.document_no) ?? titleKind(p.title);
  const no = documentNo(lang, p)!;
  return kind ? `${MESSAGES[lang].docKind[kind]} ${no}` : no;
}

const LOCAL = /^(Chủ tịch )?[ỦU][ỷy] ban nhân dân (tỉnh|thành phố|huyện|thị xã|quận) (.+)$/iu;
const NATIONAL_EN: Record<string, string> = {
  'Thủ tướng Chính phủ': 'the Prime Minister',
  'Bộ Lao động - Thương binh và Xã hội': 'the Ministry of Labour, Invalids and Social Affairs',
};
const LEVEL_EN: Record<string, string> = {
  tỉnh: 'Provincial',
  'thành phố': 'City',
  huyện: 'District',
  'thị xã': 'Town',
  quận: 'District',
};

/**
 * The issuing authority of a plan, as a source line names it. Vietnamese: as recorded, "Ủy ban nhân dân" shortened
 * to "UBND" when `short` ("Chủ tịch UBND tỉnh Quảng Ngãi"). English: "the Chair of the Quang Ngai Provincial
 * People's Committee", the unit's English name taken from the dataset; an authority no rule knows stays in Vietnamese.
 */
export function issuerName(ds: Dataset, lang: Lang, p: Plan, short = false): string {
  const issuer = p.issuer.normalize('NFC');
  if (lang === 'vi') return short ? issuer.replace(/[ỦU][ỷy] ban nhân dân/u, 'UBND') : issuer;
  if (NATIONAL_EN[issuer]) return NATIONAL_EN[issuer];
  const local = LOCAL.exec(issuer);
  if (!local) return issuer;
  const [, chair, level, place] = local;
  const unit = ds.units.find((u) => u.unit_id === p.unit_id);
  const name = unit && unit.name.normalize('NFC') === place ? unit.name_en : place;
  return `${chair ? 'the Chair of ' : ''}the ${name} ${LEVEL_EN[level.toLowerCase()]} People's Committee`;
}

/** The host of a URL ("infonet.vietnamnet.vn"), or the URL itself where it is not one. */
export function hostOf(url: string): string {
  return /^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(url)?.[1] ?? url;
}

/**
 * One plan as a source: "Quyết định 1736/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND tỉnh Quảng Ngãi", marked when
 * it is known through another page ("nguồn thứ cấp: infonet.vietnamnet.vn").
 */
export function planSource(ds: Dataset, lang: Lang, p: Plan, brief = false): string {
  const m = MESSAGES[lang];
  const text = m.issuedBy(documentName(lang, p, brief), formatDate(lang, p.issued_on), issuerName(ds, lang, p, true));
  return p.source_kind === 'secondary' && p.source_url ? `${text} (${m.secondaryVia(hostOf(p.source_url))})` : text;
}

/** The sources of the results shown, in order of first appearance: each report's title (or "supplied by the page"). */
export function resultSources(lang: Lang, rows: TargetWithResult[]): string[] {
  const titles = rows.flatMap((r) =>
    r.result ? [r.result.source_title?.trim() || MESSAGES[lang].resultsFromPage] : [],
  );
  return [...new Set(titles)];
}

/** The footer's list of sources: each plan's document with its number, date and issuing authority. */
export function footerSources(ds: Dataset, lang: Lang, planIds: string[]): string[] {
  return planIds.map((id) => planSource(ds, lang, planOf(ds, id)));
}

/**
 * The source line drawn inside exported images: "Nguồn: Quyết định 1736/QĐ-UBND ngày 05/11/2021 của Chủ tịch UBND
 * tỉnh Quảng Ngãi; số liệu kết quả: Báo cáo tổng kết · Dữ liệu plan-chart v1.0.0, CC BY 4.0". The results' sources
 * are named when the chart shows results (`withResults`: the model's `statuses`); `brief` names a plan without a
 * number by its years rather than its title (television and social frames, where every line costs rows).
 */
export function sourceLine(
  ds: Dataset,
  lang: Lang,
  rows: TargetWithResult[],
  withResults = true,
  brief = false,
): string {
  const m = MESSAGES[lang];
  const plans = plansOfRows(ds, rows);
  // In an image, a comparison of many plans names the first two and counts the rest (the CSV and the citation
  // list them all): a source line of eleven documents would fill a television frame.
  const shown = brief && plans.length > 3 ? plans.slice(0, 2) : plans;
  const docs = shown.map((p) => planSource(ds, lang, p, brief));
  if (shown.length < plans.length) docs.push(m.moreDocuments(plans.length - shown.length));
  const results = withResults ? resultSources(lang, rows) : [];
  const parts = [...docs, ...(results.length ? [`${m.resultsSource}: ${results.join('; ')}`] : [])];
  return `${m.sources}: ${parts.join('; ')} · ${m.dataset} v${ds.version}, ${DATASET_LICENCE}`;
}

/**
 * "plan-chart-attainment-bac-kan-2021-2025.png": the view, the units (or indicators) and the period, with no empty
 * part ("plan-chart-periods-quang-tri.png", not "…-quang-tri-.png"); `suffix` names a variant ("1920x1080-1of3").
 */
export function fileName(
  req: Pick<Request, 'view' | 'asked' | 'indicators' | 'period'>,
  ext: string,
  suffix = '',
): string {
  // The units asked for ("quang-ngai", the province of today), not the former units drawn ("quang-ngai-cu").
  const who = req.asked.map((u) => u.slug).join('+') || (req.indicators ?? []).join('+');
  const parts = ['plan-chart', req.view, who, req.period ?? '', suffix].filter(Boolean);
  return `${parts.join('-')}.${ext}`.replace(/[^a-z0-9.+_-]/gi, '_');
}
