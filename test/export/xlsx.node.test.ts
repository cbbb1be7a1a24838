// The rows' workbook (src/export/xlsx.ts): the CSV's table as typed cells, opened by ExcelJS (as Excel would) and
// read back by the widget's own results reader.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import ExcelJS from 'exceljs';
import {strFromU8, unzipSync} from 'fflate';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {resolveRequest} from '../../src/data/request.js';
import {readResults, readResultsSync} from '../../src/data/results-input.js';
import {checkDataset} from '../../src/data/validate.js';
import {rowsTable} from '../../src/export/sources.js';
import {columnName, serialDay, xlsxBytes} from '../../src/export/xlsx.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import '../../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const results = readResultsSync(readFileSync('test/fixtures/results-quang-ngai.csv', 'utf8'), ds, {file: 'r.csv'}).rows;
const rows = (unit: string, lang: 'vi' | 'en') => {
  const r = resolveRequest(ds, {unit});
  assert.ok(r.ok);
  return buildView({ds, lang, theme: DEFAULT_THEME, width: 600}, r.request, unit === 'quang-ngai' ? results : []).rows;
};
const book = (unit: string, lang: 'vi' | 'en') => {
  const table = rowsTable(ds, lang, rows(unit, lang));
  return {table, bytes: xlsxBytes({sheets: [{name: lang === 'vi' ? 'Dữ liệu' : 'Data', ...table, filter: true}]})};
};

test('column letters and serial days are Excel’s', () => {
  assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnName), ['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  // 1 January 1970 is Excel's day 25569; 31 December 2025 its day 46022.
  assert.equal(serialDay('1970-01-01'), 25569);
  assert.equal(serialDay('2025-12-31'), 46022);
});

test('the workbook holds the CSV’s table as cells of their kind: numbers, dates, text, never a formula', async () => {
  const {table, bytes} = book('quang-ngai', 'vi');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  assert.equal(ws.name, 'Dữ liệu');
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), table.columns);
  assert.equal(ws.rowCount, 1 + table.cells.length);
  const col = (title: string) => table.columns.indexOf(title) + 1;
  const r =
    2 + table.cells.findIndex((c) => c[col('target_id') - 1] === 'quang-ngai-2021-2025:communication.commune_coverage');
  const cell = (title: string) => ws.getRow(r).getCell(col(title));
  assert.equal(cell('Chỉ tiêu').value, 'ít nhất 70%');
  assert.equal(cell('Giá trị chỉ tiêu').value, 70);
  assert.equal(cell('Giá trị kết quả').value, 72.5);
  assert.equal(cell('Trạng thái').value, 'Đạt');
  assert.equal(cell('Kết quả tính đến').type, ExcelJS.ValueType.Date);
  assert.equal((cell('Kết quả tính đến').value as Date).toISOString().slice(0, 10), '2025-12-31');
  assert.equal(cell('Ngày ban hành').type, ExcelJS.ValueType.Date);
  for (const [name, part] of Object.entries(unzipSync(bytes)))
    if (name.startsWith('xl/worksheets/')) assert.ok(!strFromU8(part).includes('<f>'), `${name} holds no formula`);
  // A quote that begins with "- " (a list item) is text, as written.
  const dash = ds.targets.find((t) => /^[-+=]/.test(t.quote));
  assert.ok(dash, 'a quote beginning with "-", "+" or "="');
  const b = xlsxBytes({sheets: [{name: 'x', columns: ['q'], cells: [[dash.quote]]}]});
  const w2 = new ExcelJS.Workbook();
  await w2.xlsx.load(b as unknown as ArrayBuffer);
  assert.equal(w2.worksheets[0].getCell('A2').value, dash.quote);
});

test('the workbook, filled in, reads back through the results reader (vi and en)', async () => {
  for (const lang of ['vi', 'en'] as const) {
    const shown = rows('quang-ngai', lang);
    const back = await readResults(book('quang-ngai', lang).bytes, ds, {file: `x-${lang}.xlsx`, units: ['quang-ngai']});
    assert.deepEqual(back.issues, [], lang);
    assert.equal(back.info.format, 'xlsx');
    assert.deepEqual(
      back.rows.map((r) => [r.target_id, r.value, r.as_of]),
      shown.filter((r) => r.result).map((r) => [r.target_id, r.result!.value, r.result!.as_of]),
    );
  }
  // A year alone ("2017", Yên Bái's first milestone) is kept as the source gives it.
  const yb = await readResults(book('yen-bai', 'vi').bytes, ds, {file: 'yb.xlsx'});
  assert.deepEqual(yb.issues, []);
  assert.ok(yb.rows.some((r) => r.as_of === '2017'));
});

test('text that XML cannot hold is dropped, the rest escaped; a sheet name loses what Excel refuses', async () => {
  const b = xlsxBytes({sheets: [{name: 'a/b:c*d?[e]', columns: ['t'], cells: [['<x> & "y"\u0001 z '], [null], ['']]}]});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b as unknown as ArrayBuffer);
  assert.equal(wb.worksheets[0].name, 'a b c d  e ');
  assert.equal(wb.worksheets[0].getCell('A2').value, '<x> & "y" z ');
});
