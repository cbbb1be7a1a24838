// The Excel results template (scripts/lib/results-template-xlsx.ts): one row per target, read by the widget's
// reader as it comes (no results, no issues) and once an editor has filled it in.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {strFromU8, unzipSync} from 'fflate';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {resultsTemplateXlsx, templateTargets} from '../../scripts/lib/results-template-xlsx.js';
import {readResults} from '../../src/data/results-input.js';

const ds = checkDataset(readCheckInput()).dataset;
// Today's Quảng Ngãi (from 1 July 2025): its template lists the former Quảng Ngãi's plan.
const unit = ds.units.find((u) => u.slug === 'quang-ngai')!;
const targets = templateTargets(ds, unit);

test('the template lists every target of the unit, with labels, and reads as empty', async () => {
  const bytes = await resultsTemplateXlsx(ds, unit);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Kết quả', 'Hướng dẫn'],
  );
  const ws = wb.worksheets[0];
  assert.equal(ws.getCell('A1').value, 'Mã chỉ tiêu (không sửa)');
  assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1, 12), [
    'target_id',
    'unit',
    'indicator',
    'target',
    'measure',
    'target_year',
    'value',
    'as_of',
    'source_title',
    'source_url',
    'note',
  ]);
  assert.equal(ws.rowCount, 2 + targets.length);
  assert.deepEqual(
    targets.map((_, k) => ws.getCell(`A${3 + k}`).value),
    targets.map((t) => t.target_id),
  );
  const cc = 3 + targets.findIndex((t) => t.target_id === 'quang-ngai-2021-2025:communication.commune_coverage');
  assert.equal(ws.getCell(`B${cc}`).value, 'Quảng Ngãi');
  const label = ds.indicators.find((i) => i.indicator_id === 'communication.commune_coverage')!.label_vi;
  assert.ok(String(ws.getCell(`C${cc}`).value).startsWith(label), String(ws.getCell(`C${cc}`).value));
  // The target in words, as an editor reads it.
  assert.equal(ws.getCell(`D${cc}`).value, 'ít nhất 70%');
  assert.equal(ws.getCell(`E${cc}`).value, 'Tỷ lệ (%)');
  assert.equal(ws.getCell(`F${cc}`).value, 2025);
  // Percentages between 0 and 100, dates as dd/mm/yyyy, a count as a whole number shown with a dot for thousands.
  assert.deepEqual(
    [ws.getCell(`G${cc}`).dataValidation.type, ws.getCell(`G${cc}`).dataValidation.formulae],
    ['decimal', [0, 100]],
  );
  assert.equal(ws.getCell(`H${cc}`).numFmt, 'dd/mm/yyyy');
  assert.equal(ws.getCell(`H${cc}`).dataValidation.type, 'date');
  const countRow = 3 + targets.findIndex((t) => t.measure === 'count');
  assert.equal(ws.getCell(`G${countRow}`).dataValidation.type, 'whole');
  assert.equal(ws.getCell(`G${countRow}`).numFmt, '#,##0');

  assert.ok(targets.length >= 16 && targets.every((t) => t.unit_id === '51'));
  const r = await readResults(bytes, ds, {today: '2026-06-01'});
  assert.deepEqual(r.issues, []);
  assert.deepEqual([r.rows.length, r.info.total, r.info.empty], [0, targets.length, targets.length]);
});

test('filled in by an editor (numbers, a date, a source), the template gives results', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await resultsTemplateXlsx(ds, unit)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const countRow = 3 + targets.findIndex((t) => t.measure === 'count');
  ws.getCell('G3').value = 72.5;
  ws.getCell('H3').value = new Date(Date.UTC(2025, 11, 31));
  ws.getCell('I3').value = 'Báo cáo tổng kết (ví dụ kiểm thử)';
  ws.getCell(`G${countRow}`).value = 2;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const r = await readResults(bytes, ds, {today: '2026-06-01', file: 'mau.xlsx'});
  assert.deepEqual(r.issues, []);
  assert.deepEqual(
    r.rows.map((x) => [x.target_id, x.value, x.as_of, x.source_title, x.result_id]),
    [
      [targets[0].target_id, 72.5, '2025-12-31', 'Báo cáo tổng kết (ví dụ kiểm thử)', 'mau.xlsx#3'],
      [targets[countRow - 3].target_id, 2, null, null, `mau.xlsx#${countRow}`],
    ],
  );
});

test('a target written "+3–5%/năm" is a text cell in the template, not a formula (no sheet holds one)', async () => {
  // Units whose plan sets an annual rise: their "target" column holds a "+".
  const rising = ds.units.find((u) =>
    templateTargets(ds, u).some((t) => t.measure === 'annual_change_percent' && t.value > 0),
  )!;
  assert.ok(rising, 'a unit with an annual rise');
  const bytes = await resultsTemplateXlsx(ds, rising);
  for (const [name, xml] of Object.entries(unzipSync(new Uint8Array(bytes))))
    if (name.startsWith('xl/worksheets/')) assert.ok(!strFromU8(xml).includes('<f>'), `${name} holds no formula`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const col = (ws.getRow(2).values as unknown[]).indexOf('target');
  const plus = ws.getColumn(col).values.filter((v) => typeof v === 'string' && v.includes('+'));
  assert.ok(plus.length > 0, 'a target text with a "+"');
  for (let r = 3; r <= ws.rowCount; r++) {
    const c = ws.getRow(r).getCell(col);
    if (String(c.value).includes('+')) assert.equal(c.type, ExcelJS.ValueType.String);
  }
});
