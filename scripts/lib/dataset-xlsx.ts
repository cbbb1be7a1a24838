// The dataset as one Excel workbook, data/plan-chart-dataset.xlsx (written by `npm run data:build`): a sheet
// "Giới thiệu" (what the dataset is, its version, licence and how to cite it), then one sheet per table of TABLES,
// named as its CSV file (units, plans, targets, …), with every row and every column of the CSV.
//
// Header: row 1 the column's Vietnamese title (src/data/schema-vi.ts), row 2 its code, both frozen; the filter sits
// on row 2. Two rows rather than a comment on each heading: a comment is hidden until hovered and does not print,
// while the code is what a reader needs to match the CSV, data/datapackage.json and the codebook. With the filter on
// row 2, Excel's sort and filter take rows 3 onwards as the data and leave both header rows in place; the project's
// own table reader takes a row above the codes as a title, as in the results templates.
//
// Cells have their types: numbers are numbers, dates (issued_on, valid_from, …) are dates shown as yyyy-mm-dd,
// as_of (a year, a month or a day) and codes such as "08" stay text. A value is stored as in the CSV: 70 for 70 %,
// shown as 70 (General), never as a percent format that would show 7000 %; counts show a thousands separator.
//
// Deterministic: the same data gives the same bytes (a fixed creation date, and the zip re-packed with fixed entry
// times: exceljs's zip stamps each entry with the time of writing).
import ExcelJS from 'exceljs';
import {unzipSync, zipSync} from 'fflate';
import {TABLES, type Dataset} from '../../src/data/schema.js';
import {TABLES_VI} from '../../src/data/schema-vi.js';

export const WORKBOOK_FILE = 'plan-chart-dataset.xlsx';
export const INTRO_SHEET = 'Giới thiệu';

/** The columns drawn wide and wrapped: sentences, not codes. */
const TEXT_COLUMNS = new Set([
  'quote',
  'notes',
  'comparability',
  'successor_note',
  'title',
  'title_en',
  'description',
  'programme_basis',
]);
const WIDE = 60;
/** Headings shaded, codes in grey italics (as in the results templates). */
const HEAD_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFEEF2F6'}};

/**
 * Re-packs a zip with every entry dated 1 January 2025 and the same compression, in the same order. The date is
 * built from local fields because a zip stores local time: the bytes do not depend on the build machine's zone.
 */
export function fixZipTimes(buf: Uint8Array): Buffer {
  const entries = unzipSync(buf);
  return Buffer.from(zipSync(entries, {level: 6, mtime: new Date(2025, 0, 1, 0, 0, 0)}));
}

function width(values: unknown[], heading: string, code: string): number {
  const longest = Math.max(heading.length, code.length, ...values.map((v) => (v == null ? 0 : String(v).length)));
  return Math.min(WIDE, Math.max(8, longest + 2));
}

/** A CSV cell as the workbook holds it: a date as a Date (UTC midnight), a number as a number, empty as empty. */
function cellValue(type: string, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'date') return new Date(`${String(v)}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

function introLines(dataset: Dataset): [string, string][] {
  const v = dataset.version;
  const counts = TABLES.map((t) => `${(dataset[t.name as 'units'] ?? []).length} ${t.name}`).join(', ');
  const lines: [string, string][] = [
    ['Bộ dữ liệu', 'plan-chart-targets'],
    [
      'Nội dung',
      'Các chỉ tiêu bằng số trong kế hoạch phòng, chống mại dâm của Việt Nam — Chương trình quốc gia, tỉnh, thành phố trực thuộc trung ương và huyện, từ năm 2016 đến năm 2026 — mỗi chỉ tiêu kèm câu văn nguyên văn nêu nó và nguồn của câu; các kết quả được báo cáo theo cùng đơn vị đo; số đếm hoạt động làm bối cảnh; các giai đoạn của Chương trình quốc gia; và các đơn vị hành chính trước và sau ngày 1/7/2025.',
    ],
    ['Phiên bản', v],
    ['Số dòng', counts],
    [
      'Giấy phép',
      'Phần biên soạn (mã, bộ mã, nhận định, ghi chú, bản dịch): CC BY 4.0. Văn bản kế hoạch là văn bản pháp luật, văn bản hành chính của Việt Nam, không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15); câu trích từ báo chí thuộc về cơ quan báo chí và được trích kèm nguồn. Mã nguồn: MIT.',
    ],
    [
      'Cách trích dẫn',
      `Ghi phiên bản và mã của dòng dùng đến, ví dụ: plan-chart-targets v${v} (CC BY 4.0), target ha-noi-2026:communication.residents, trích Kế hoạch 07/KH-UBND (07/01/2026) của UBND thành phố Hà Nội theo hanoi.gov.vn. Siêu dữ liệu trích dẫn: CITATION.cff ở thư mục gốc của kho mã.`,
    ],
    [
      'Bộ mã',
      'data/README.vi.md (tiếng Việt) và data/README.md (tiếng Anh): các bảng, cột, mã, phép so sánh, loại kết quả, cách đánh phiên bản và trích dẫn. Lược đồ máy đọc: data/datapackage.json (Frictionless Data Package v2).',
    ],
    [
      'Các trang',
      'Mỗi bảng một trang, mang tên tệp CSV của bảng (units, programmes, plans, groups, indicators, targets, results), có đủ mọi dòng và mọi cột của tệp CSV.',
    ],
    [
      'Dòng tiêu đề',
      'Dòng 1: tên cột bằng tiếng Việt; dòng 2: mã cột như trong CSV và bộ mã. Bộ lọc đặt ở dòng 2; dữ liệu bắt đầu từ dòng 3.',
    ],
    [
      'Con số',
      'Tỷ lệ phần trăm được ghi như số: 70 nghĩa là 70% (xem cột measure). Số lượng hiển thị có dấu phân cách hàng nghìn. Ngày ở dạng yyyy-mm-dd; cột as_of (năm, tháng hoặc ngày) là chữ.',
    ],
  ];
  for (const t of TABLES) {
    const vi = TABLES_VI[t.name];
    lines.push([
      `Trang ${t.name}`,
      `${vi.title}: ${vi.description} (${(dataset[t.name as 'units'] ?? []).length} dòng)`,
    ]);
  }
  return lines;
}

/** The workbook's bytes. */
export async function datasetXlsx(dataset: Dataset): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-chart';
  // A fixed date: the file changes with the dataset, not with the day it was built.
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  wb.title = `plan-chart-targets ${dataset.version}`;

  const intro = wb.addWorksheet(INTRO_SHEET);
  intro.getColumn(1).width = 18;
  intro.getColumn(2).width = 110;
  const head = intro.addRow([`plan-chart-targets ${dataset.version}`]);
  head.font = {bold: true, size: 14};
  intro.addRow([]);
  for (const [k, text] of introLines(dataset)) {
    const row = intro.addRow([k, text]);
    row.getCell(1).font = {bold: true};
    row.getCell(1).alignment = {vertical: 'top'};
    row.getCell(2).alignment = {wrapText: true, vertical: 'top'};
  }

  for (const t of TABLES) {
    const vi = TABLES_VI[t.name];
    const rows = (dataset[t.name as 'units'] ?? []) as unknown as Record<string, unknown>[];
    const names = Object.keys(t.columns);
    const ws = wb.addWorksheet(t.name, {views: [{state: 'frozen', ySplit: 2, xSplit: 1}]});
    ws.columns = names.map((c) => ({
      key: c,
      width: TEXT_COLUMNS.has(c)
        ? WIDE
        : width(
            rows.map((r) => r[c]),
            vi.columns[c].title,
            c,
          ),
    }));
    ws.addRow(names.map((c) => vi.columns[c].title));
    ws.addRow(names);
    for (const r of [1, 2]) {
      ws.getRow(r).font = {bold: r === 1, italic: r === 2, color: {argb: r === 2 ? 'FF555555' : 'FF000000'}};
      ws.getRow(r).fill = HEAD_FILL;
    }
    for (const [k, c] of names.entries()) {
      const heading = ws.getRow(1).getCell(k + 1);
      heading.note = vi.columns[c].description;
    }
    for (const r of rows) {
      const row = ws.addRow(names.map((c) => cellValue(t.columns[c].field.type, r[c])));
      for (const [k, c] of names.entries()) {
        const cell = row.getCell(k + 1);
        const type = t.columns[c].field.type;
        if (type === 'date') cell.numFmt = 'yyyy-mm-dd';
        else if (type === 'integer') cell.numFmt = '0';
        else if (type === 'number')
          // 5300 people show as 5.300 (vi-VN) or 5,300; 70 (%) and 78.4 stay as they are (General).
          cell.numFmt = r.measure === 'count' && c !== 'denominator' ? '#,##0' : 'General';
        if (TEXT_COLUMNS.has(c)) cell.alignment = {wrapText: true, vertical: 'top'};
        else cell.alignment = {vertical: 'top'};
      }
    }
    ws.autoFilter = {from: {row: 2, column: 1}, to: {row: 2, column: names.length}};
  }
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}
