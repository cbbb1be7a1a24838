// The Excel results template of each unit, next to the CSV one: dist/data/results-template-<slug>.xlsx. One row per
// target (its id, a readable label in Vietnamese, the target, its measure and deadline), empty value and date cells
// formatted for vi-VN, with data validation and input prompts, and a sheet of instructions. The first sheet is the
// one the widget reads; its second row holds the column names the reader looks for, under a row saying in
// Vietnamese what each column is.
import {writeFileSync} from 'node:fs';
import ExcelJS from 'exceljs';
import {resolveUnits} from '../../src/data/units.js';
import type {Dataset, Target, Unit} from '../../src/data/schema.js';
import {MESSAGES} from '../../src/i18n/index.js';
import {targetWords} from '../../src/export/sources.js';

const vi = MESSAGES.vi;

/** Columns: the reader's names in the header row, and what each holds. */
const COLUMNS = [
  {key: 'target_id', width: 52, title: 'Mã chỉ tiêu (không sửa)'},
  {key: 'unit', width: 16, title: 'Đơn vị'},
  {key: 'indicator', width: 48, title: 'Chỉ tiêu'},
  {key: 'target', width: 18, title: 'Mức chỉ tiêu'},
  {key: 'measure', width: 22, title: 'Đơn vị đo'},
  {key: 'target_year', width: 12, title: 'Thời hạn'},
  {key: 'value', width: 14, title: 'Kết quả (nhập)'},
  {key: 'as_of', width: 14, title: 'Tính đến ngày (nhập)'},
  {key: 'source_title', width: 36, title: 'Tên báo cáo, nguồn số liệu'},
  {key: 'source_url', width: 36, title: 'Địa chỉ (http…) của nguồn'},
  {key: 'note', width: 36, title: 'Ghi chú'},
] as const;

/** Dates the template accepts in as_of: the programme's periods and a margin after them. */
const FIRST_DAY = new Date(Date.UTC(2016, 0, 1));
const LAST_DAY = new Date(Date.UTC(2035, 11, 31));

function valueRule(t: Target): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorTitle: 'Giá trị không hợp lệ',
    promptTitle: 'Kết quả',
  };
  if (t.measure === 'percent')
    return {
      ...common,
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      error: 'Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 72,5 (không nhập dấu %).',
      prompt: 'Tỷ lệ phần trăm, từ 0 đến 100, ví dụ 72,5.',
    };
  if (t.measure === 'count')
    return {
      ...common,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      error: 'Nhập một số nguyên từ 0 trở lên.',
      prompt: 'Số lượng: một số nguyên, ví dụ 5300.',
    };
  return {
    ...common,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    error: 'Nhập một số từ 0 trở lên.',
    prompt: `${vi.measure[t.measure]}: một số từ 0 trở lên.`,
  };
}

/**
 * The targets a unit's template lists: its own, and for a province of the 2025 list those of the provinces it was
 * formed from (today's Quảng Ngãi gets the former Quảng Ngãi's plan), as the widget's `unit` attribute reads it.
 */
export function templateTargets(dataset: Dataset, unit: Unit): Dataset['targets'] {
  const members = new Set((resolveUnits(dataset, unit.unit_id)?.members ?? [unit]).map((u) => u.unit_id));
  return dataset.targets.filter((t) => members.has(t.unit_id));
}

/** The template workbook of one unit's targets. */
export async function resultsTemplateXlsx(dataset: Dataset, unit: Unit): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-chart';
  // A fixed date: the file changes with the dataset, not with the day it was built.
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  const ws = wb.addWorksheet('Kết quả', {views: [{state: 'frozen', ySplit: 2, xSplit: 1}]});
  ws.columns = COLUMNS.map((c) => ({key: c.key, width: c.width}));
  // Row 1: what each column is, in Vietnamese; row 2: the column names the reader looks for (a row above the
  // header is read as a title).
  ws.addRow(COLUMNS.map((c) => c.title));
  ws.addRow(COLUMNS.map((c) => c.key));
  for (const r of [1, 2]) {
    ws.getRow(r).font = {bold: r === 1, italic: r === 2, color: {argb: r === 2 ? 'FF555555' : 'FF000000'}};
    ws.getRow(r).fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFEEF2F6'}};
  }
  const indicators = new Map(dataset.indicators.map((i) => [i.indicator_id, i]));
  const targets = templateTargets(dataset, unit);
  for (const t of targets) {
    const ind = indicators.get(t.indicator_id);
    const row = ws.addRow({
      target_id: t.target_id,
      unit: unit.name,
      indicator: (ind?.label_vi ?? t.indicator_id) + (t.scope ? ` (${t.scope})` : ''),
      // In words, as an editor reads it: "ít nhất 70%", not "≥ 70" or ">= 70 percent".
      target: targetWords('vi', t),
      measure: vi.measure[t.measure],
      target_year: t.target_year,
    });
    const value = row.getCell('value');
    // #,##0 shows 5.300 in a vi-VN Excel; General shows 72,5.
    value.numFmt = t.measure === 'count' ? '#,##0' : 'General';
    value.dataValidation = valueRule(t);
    const asOf = row.getCell('as_of');
    asOf.numFmt = 'dd/mm/yyyy';
    asOf.dataValidation = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      showErrorMessage: true,
      showInputMessage: true,
      formulae: [FIRST_DAY, LAST_DAY],
      errorTitle: 'Ngày không hợp lệ',
      error: 'Nhập ngày dạng dd/mm/yyyy, từ 01/01/2016 đến 31/12/2035.',
      promptTitle: 'Tính đến ngày',
      prompt: 'Ngày của số liệu, dạng dd/mm/yyyy, ví dụ 31/12/2025.',
    };
    const url = row.getCell('source_url');
    url.dataValidation = {
      type: 'custom',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`OR(LEFT(${url.address},7)="http://",LEFT(${url.address},8)="https://")`],
      errorTitle: 'Địa chỉ không hợp lệ',
      error: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
    };
    row.getCell('target_id').font = {color: {argb: 'FF555555'}};
  }
  ws.autoFilter = {from: {row: 2, column: 1}, to: {row: 2, column: COLUMNS.length}};

  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  for (const line of [
    `Mẫu nhập kết quả cho ${unit.name}: mỗi dòng của trang "Kết quả" là một chỉ tiêu trong kế hoạch (bộ dữ liệu ${dataset.version}).`,
    'Nhập vào cột value (kết quả, theo đơn vị đo của chỉ tiêu: 72,5 cho 72,5%; 5300 cho 5.300 người) và cột as_of (ngày của số liệu, dd/mm/yyyy).',
    'Có thể ghi tên báo cáo (source_title), địa chỉ của nó (source_url) và ghi chú (note): chúng đi cùng con số trên biểu đồ và khi tải xuống.',
    'Dòng để trống value và as_of nghĩa là chưa có số liệu. Không sửa cột target_id và dòng 2 (tên cột); có thể xóa dòng 1 (diễn giải) và các cột chỉ để đọc (unit, indicator, target, measure, target_year).',
    'Giữ "Kết quả" là trang đầu tiên (hoặc ghi tên trang sau dấu # trong địa chỉ, ví dụ ket-qua.xlsx#Kết quả).',
    'Lưu dạng "Sổ làm việc Excel" (*.xlsx) hoặc "CSV UTF-8" (*.csv), rồi dùng tệp trong thuộc tính results của <plan-chart> hoặc tải lên trình tạo mã nhúng.',
  ])
    help.addRow([line]).alignment = {wrapText: true, vertical: 'top'};
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes results-template-<slug>.xlsx for every unit with targets into `out`; returns the file names. */
export async function writeResultsTemplatesXlsx(dataset: Dataset, out: URL): Promise<string[]> {
  const written: string[] = [];
  for (const unit of dataset.units) {
    if (!templateTargets(dataset, unit).length) continue;
    const name = `results-template-${unit.slug}.xlsx`;
    writeFileSync(new URL(name, out), await resultsTemplateXlsx(dataset, unit));
    written.push(name);
  }
  return written;
}
