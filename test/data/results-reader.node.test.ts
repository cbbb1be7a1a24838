// The results reader on files made the way offices make them (test/fixtures/results/, see its README), against
// the real dataset: values, line numbers, and the messages in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {
  readResults,
  readResultsSync,
  resultsToInline,
  type ReadResultsOptions,
  type ResultsInput,
} from '../../src/data/results-input.js';
import {describeIssue, RESULT_MESSAGES} from '../../src/i18n/results.js';
import {FILE_ISSUES, type ResultIssue} from '../../src/data/read/issues.js';

const ds = checkDataset(readCheckInput()).dataset;
const QN = 'quang-ngai-2021-2025';
const TODAY = '2026-06-01';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/results/${name}`, import.meta.url));
const read = (input: ResultsInput, options: ReadResultsOptions = {}) =>
  readResults(input, ds, {today: TODAY, ...options});
/** target (without the plan) → value, as_of */
const values = (rows: {target_id: string | null; value: number; as_of: string | null}[]) =>
  Object.fromEntries(rows.map((r) => [r.target_id!.replace(`${QN}:`, ''), [r.value, r.as_of]]));
const vi = (i: ResultIssue) => describeIssue('vi', i).message;
const en = (i: ResultIssue) => describeIssue('en', i).message;

test('a ;-separated UTF-8-BOM CSV from Excel (vi-VN): decimal commas, dd/mm/yyyy, 5.300 people, a quoted ;', async () => {
  const r = await read(fixture('excel-vi-semicolon.csv'), {file: 'ket-qua.csv'});
  assert.deepEqual(r.issues, []);
  assert.deepEqual(values(r.rows), {
    'communication.commune_coverage': [72.5, '2025-12-31'],
    'communication.workers_at_risk_venues': [50, '2025-12-31'],
    'communication.industrial_zone_workers': [40.25, '2023-12-31'],
    // The count target: in a decimal-comma file "5.300" is five thousand three hundred.
    'harm_reduction.pilot_models': [5300, '2025-06-30'],
  });
  assert.equal(r.rows[2].source_title, 'Báo cáo năm 2023; phụ lục (ví dụ kiểm thử)');
  assert.equal(r.rows[0].notes, 'Số liệu sơ bộ');
  assert.equal(r.rows[0].source_url, 'https://example.org/bao-cao');
  assert.equal(r.rows[0].result_id, 'ket-qua.csv#2');
  assert.deepEqual(r.info, {
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ';',
    decimal: ',',
    total: 4,
    empty: 0,
  });
});

test("Excel's Unicode Text: UTF-16LE with BOM, tab-separated, a quoted field with doubled quotes", async () => {
  const r = await read(fixture('excel-unicode-text.txt'));
  assert.deepEqual(r.issues, []);
  assert.deepEqual(values(r.rows), {
    'communication.commune_coverage': [72.5, '2025-12-31'],
    'enforcement.crimes_handled_growth': [4, '2024-12-31'],
  });
  assert.equal(r.rows[1].notes, 'Tăng 4%, "ước tính"');
  assert.equal(r.info.format, 'tsv');
  assert.equal(r.info.encoding, 'utf-16le');
  assert.equal(r.info.separator, '\t');
});

test('the same text in UTF-16BE with BOM, and UTF-16LE without one, read the same', async () => {
  const le = fixture('excel-unicode-text.txt');
  const be = Buffer.from(le);
  for (let k = 0; k + 1 < be.length; k += 2) [be[k], be[k + 1]] = [be[k + 1], be[k]];
  const a = await read(le);
  const b = await read(be);
  const c = await read(le.subarray(2));
  assert.equal(b.info.encoding, 'utf-16be');
  assert.equal(c.info.encoding, 'utf-16le');
  assert.deepEqual(values(b.rows), values(a.rows));
  assert.deepEqual(values(c.rows), values(a.rows));
  // An ArrayBuffer, as File.arrayBuffer() gives in the builder's upload.
  const buffer = await read(new Uint8Array(le).buffer);
  assert.deepEqual([buffer.info.encoding, values(buffer.rows)], ['utf-16le', values(a.rows)]);
});

test('an .xlsx written by exceljs: number cells, a text cell holding "61,5", a % cell, real date cells', async () => {
  const r = await read(fixture('workbook-exceljs.xlsx'), {file: 'ket-qua.xlsx'});
  assert.deepEqual(r.issues, []);
  assert.deepEqual(values(r.rows), {
    'communication.commune_coverage': [72.5, '2025-12-31'],
    'communication.workers_at_risk_venues': [61.5, '2025-06-30'],
    // 0.85 in a cell formatted 0%: Excel shows 85%, and that is what the editor meant.
    'communication.students': [85, '2024-12-31'],
    'harm_reduction.pilot_models': [2, '2025-03-01'],
  });
  assert.equal(r.rows[2].notes, 'Ô định dạng %');
  assert.equal(r.info.format, 'xlsx');
  assert.equal(r.info.sheet, 'Kết quả');
  assert.deepEqual(r.info.sheets, ['Kết quả', 'Năm 2024']);
  assert.equal(r.info.decimal, ',');
});

test('a workbook sheet named in the URL fragment is read; a sheet that is not there is named with the others', async () => {
  const r = await read(fixture('workbook-exceljs.xlsx'), {sheet: 'Năm 2024'});
  assert.deepEqual(values(r.rows), {'communication.commune_coverage': [65, '2024-12-31']});
  assert.equal(r.info.sheet, 'Năm 2024');
  const missing = await read(fixture('workbook-exceljs.xlsx'), {sheet: 'Sheet2', file: 'kq.xlsx'});
  assert.equal(missing.rows.length, 0);
  assert.equal(vi(missing.issues[0]), 'kq.xlsx: sổ Excel không có trang tính "Sheet2" (các trang: Kết quả, Năm 2024)');
  assert.equal(en(missing.issues[0]), 'kq.xlsx: the workbook has no sheet "Sheet2" (sheets: Kết quả, Năm 2024)');
});

test('a Windows-1258 file (GNU iconv) is read, its letters composed to NFC', async () => {
  const r = await read(fixture('windows-1258.csv'), {file: 'bao-cao.csv'});
  assert.deepEqual(r.issues, []);
  assert.equal(r.info.encoding, 'windows-1258');
  assert.deepEqual(values(r.rows), {
    'communication.commune_coverage': [72, '2025-12-31'],
    'communication.workers_at_risk_venues': [50, '2025-12-31'],
  });
  assert.deepEqual(
    r.rows.map((x) => x.source_title),
    ['Báo cáo kết quả Quảng Ngãi (ví dụ kiểm thử)', 'Đạt ưu tiên của tỉnh (ví dụ kiểm thử)'],
  );
});

test('bytes in no encoding that stands out are refused, saying how to save them as CSV UTF-8', async () => {
  // "Báo cáo" in Windows-1258 with no combining mark: not UTF-8, and no letter says which code page.
  const r = await read(new Uint8Array([0x42, 0xe1, 0x6f, 0x3b, 0x31, 0x0a]), {file: 'bao-cao.csv'});
  assert.equal(r.rows.length, 0);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.value, i.line]),
    [['legacy_encoding', '', 0]],
  );
  assert.equal(
    vi(r.issues[0]),
    'bao-cao.csv: tệp không ở dạng Unicode UTF-8: trong Excel chọn Tệp > Lưu như, chọn kiểu "CSV UTF-8" (*.csv) hoặc "Sổ làm việc Excel" (*.xlsx), rồi dùng tệp mới',
  );
  assert.equal(
    en(r.issues[0]),
    'bao-cao.csv: the file is not in Unicode UTF-8: in Excel choose File > Save As and the type "CSV UTF-8" (*.csv) or "Excel Workbook" (*.xlsx), then use the new file',
  );
});

test('TCVN3 and VNI files are refused, saying to convert to Unicode first', async () => {
  const tcvn = await read(fixture('tcvn3.csv'), {file: 'tcvn3.csv'});
  assert.equal(tcvn.rows.length, 0);
  assert.equal(tcvn.issues[0].value, 'TCVN3');
  assert.equal(
    vi(tcvn.issues[0]),
    'tcvn3.csv: chữ tiếng Việt trong tệp được gõ bằng bảng mã TCVN3 (phông .VnTime), không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey), rồi trong Excel chọn Tệp > Lưu như > "CSV UTF-8" (*.csv)',
  );
  assert.match(en(tcvn.issues[0]), /legacy TCVN3 encoding \(\.VnTime fonts\), not Unicode: convert it to Unicode/);
  const vni = await read(fixture('vni.csv'));
  assert.equal(vni.issues[0].code, 'legacy_encoding');
  assert.equal(vni.issues[0].value, 'VNI');
});

test('TCVN3 or VNI letters inside valid Unicode text (typed with a .VnTime font) are refused too', async () => {
  const tcvn = await read(`target_id,value,source_title\n${QN}:communication.commune_coverage,72,B¸o c¸o kÕt qu¶\n`);
  assert.deepEqual([tcvn.issues[0].code, tcvn.issues[0].value, tcvn.rows.length], ['legacy_encoding', 'TCVN3', 0]);
  const vni = await read(`target_id,value,source_title\n${QN}:communication.commune_coverage,72,Baùo caùo ñaït\n`);
  assert.deepEqual([vni.issues[0].code, vni.issues[0].value], ['legacy_encoding', 'VNI']);
  // Real Vietnamese with a © is not mistaken for TCVN3.
  const real = await read(`target_id,value,source_title\n${QN}:communication.commune_coverage,72,© Báo Quảng Ngãi\n`);
  assert.deepEqual(real.issues, []);
});

test('one bad row among five: four are read, the bad value is named with its line in both languages', async () => {
  const r = await read(fixture('one-bad-row.csv'), {file: 'one-bad-row.csv'});
  assert.equal(r.rows.length, 4);
  assert.deepEqual(
    r.rows.map((x) => x.target_id),
    [
      `${QN}:communication.commune_coverage`,
      `${QN}:communication.workers_at_risk_venues`,
      `${QN}:communication.students`,
      `${QN}:prevention.local_plans`,
    ],
  );
  assert.equal(r.issues.length, 1);
  const [i] = r.issues;
  assert.deepEqual([i.line, i.column, i.code, i.value], [4, 'value', 'not_number', '7O']);
  assert.equal(
    vi(i),
    'one-bad-row.csv dòng 4, cột value: "7O" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  assert.equal(
    en(i),
    'one-bad-row.csv line 4, column value: "7O" is not a number (expected digits with "." or "," as decimal separator)',
  );
  assert.equal(r.info.total, 5);
});

test('ambiguous values: decided by what the target can be, otherwise reported with both readings', async () => {
  const r = await read(fixture('ambiguous.csv'), {file: 'a.csv'});
  assert.equal(r.info.decimal, null);
  assert.deepEqual(values(r.rows), {
    // 72500% cannot be: 72.5.
    'communication.commune_coverage': [72.5, '2025-12-31'],
    'communication.students': [64, '2025-12-31'],
    // 5.3 models cannot be: 5300.
    'harm_reduction.pilot_models': [5300, '2025-12-31'],
  });
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.code, i.value, i.expected]),
    [
      [3, 'ambiguous_number', '1.500', '1500|1.5'],
      [4, 'ambiguous_number', '2,500', '2500|2.5'],
    ],
  );
  assert.equal(
    vi(r.issues[0]),
    'a.csv dòng 3, cột value: "1.500" có thể là 1500 hay 1,5 (trong tệp không có số nào khác cho biết dấu nào là dấu thập phân): hãy viết 1500 hoặc 1,5',
  );
  assert.equal(
    en(r.issues[1]),
    'a.csv line 4, column value: "2,500" could be 2500 or 2.5 (no other number in the file shows which mark is the decimal one): write 2500 or 2.5',
  );
});

test('the decimal mark is decided per file: 5.300 is 5300 beside 72,5 and 5.3 beside 72.5', async () => {
  const head = 'target_id;value\n';
  const comma = await read(`${head}${QN}:harm_reduction.pilot_models;5.300\n${QN}:communication.students;72,5\n`);
  assert.deepEqual(values(comma.rows)['harm_reduction.pilot_models'], [5300, null]);
  assert.equal(comma.info.decimal, ',');
  const dot = await read(`${head}${QN}:enforcement.crimes_handled_growth;2.500\n${QN}:communication.students;72.5\n`);
  assert.equal(dot.info.decimal, '.');
  assert.deepEqual(values(dot.rows)['enforcement.crimes_handled_growth'], [2.5, null]);
  // A count read as 5.3 in a decimal-point file is not a whole number.
  const count = await read(`${head}${QN}:harm_reduction.pilot_models;5.300\n${QN}:communication.students;72.5\n`);
  assert.deepEqual(
    count.issues.map((i) => [i.line, i.code, i.value]),
    [[2, 'not_integer', '5.300']],
  );
  assert.equal(
    describeIssue('vi', count.issues[0]).problem,
    '"5.300" không phải số nguyên (chỉ tiêu này đếm số lượng)',
  );
  // Grouped with both marks, or with spaces.
  const grouped = await read(
    `${head}${QN}:harm_reduction.pilot_models;1.234.567\n${QN}:enforcement.crimes_handled_growth;1 234,5\n`,
  );
  assert.deepEqual(values(grouped.rows), {
    'harm_reduction.pilot_models': [1234567, null],
    'enforcement.crimes_handled_growth': [1234.5, null],
  });
});

test('a ;-separated file with nothing else to tell is read with decimal commas (the locale that writes ;)', async () => {
  const r = await read(`target_id;value\n${QN}:enforcement.crimes_handled_growth;2.500\n`);
  assert.equal(r.info.decimal, ',');
  assert.deepEqual(values(r.rows), {'enforcement.crimes_handled_growth': [2500, null]});
});

test('a value with the other decimal mark than the rest of the file is reported', async () => {
  const r = await read(
    `target_id,value\n${QN}:communication.students,"72,5"\n${QN}:prevention.local_plans,"99,5"\n${QN}:communication.commune_coverage,70.5\n`,
  );
  assert.equal(r.rows.length, 2);
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.code, i.value, i.expected]),
    [[4, 'mixed_decimal', '70.5', ',']],
  );
  assert.equal(
    describeIssue('vi', r.issues[0]).problem,
    '"70.5" dùng dấu "." làm dấu thập phân, còn các số khác trong tệp dùng dấu ","',
  );
  assert.equal(
    describeIssue('en', r.issues[0]).problem,
    '"70.5" uses "." as the decimal mark, while the other numbers in the file use ","',
  );
});

test('plausibility: each problem with its line and column; the good rows are kept', async () => {
  const r = await read(fixture('plausibility.csv'), {file: 'p.csv', units: ['quang-ngai']});
  assert.deepEqual(values(r.rows), {
    'prevention.local_plans': [100, '2025-12-31'],
    // An annual change may exceed 100%.
    'enforcement.crimes_handled_growth': [150, '2025-12-31'],
  });
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.column, i.code]),
    [
      [2, 'value', 'over_100'],
      [3, 'value', 'too_large'],
      [4, 'value', 'negative'],
      [5, 'as_of', 'future_date'],
      [7, 'target_id', 'duplicate'],
      [8, 'target_id', 'unknown_target'],
      [9, 'target_id', 'other_unit'],
      [11, 'as_of', 'not_date'],
      [12, 'source_url', 'bad_url'],
      [13, 'value', 'not_integer'],
    ],
  );
  const msg = (line: number, lang: 'vi' | 'en') =>
    describeIssue(
      lang,
      r.issues.find((i) => i.line === line)!,
    ).message;
  assert.equal(msg(2, 'vi'), 'p.csv dòng 2, cột value: "250" lớn hơn 100% (chỉ tiêu này là tỷ lệ phần trăm)');
  assert.equal(msg(2, 'en'), 'p.csv line 2, column value: "250" is above 100% (this target is a percentage)');
  assert.equal(msg(3, 'vi'), 'p.csv dòng 3, cột value: "99999999999999999999…" quá lớn (không quá 1.000.000.000)');
  assert.equal(
    msg(3, 'en'),
    'p.csv line 3, column value: "99999999999999999999…" is too large (at most 1,000,000,000)',
  );
  assert.equal(
    msg(5, 'vi'),
    'p.csv dòng 5, cột as_of: ngày "2099-12-31" muộn hơn một năm sau hôm nay (muộn nhất 01/06/2027)',
  );
  assert.equal(
    msg(5, 'en'),
    'p.csv line 5, column as_of: "2099-12-31" is more than a year after today (latest accepted: 1 Jun 2027)',
  );
  assert.equal(
    msg(7, 'vi'),
    `p.csv dòng 7, cột target_id: dòng 6 đã có kết quả của chỉ tiêu "${QN}:prevention.local_plans" cho cùng ngày; dòng này bị bỏ qua`,
  );
  assert.equal(
    msg(9, 'vi'),
    'p.csv dòng 9, cột target_id: chỉ tiêu "bac-kan-2021-2025:communication.commune_coverage" thuộc đơn vị khác với đơn vị của biểu đồ (Quảng Ngãi)',
  );
  assert.equal(
    msg(9, 'en'),
    'p.csv line 9, column target_id: target "bac-kan-2021-2025:communication.commune_coverage" belongs to another unit than the chart\'s (Quảng Ngãi)',
  );
  // Without units, a target of any unit is taken.
  const any = await read(fixture('plausibility.csv'));
  assert.ok(any.rows.some((x) => x.target_id === 'bac-kan-2021-2025:communication.commune_coverage'));
});

test('a date within a year after today is taken; the limit moves with `today`', async () => {
  const csv = `target_id,value,as_of\n${QN}:communication.students,64,31/05/2027\n`;
  assert.deepEqual((await read(csv, {today: '2026-06-01'})).issues, []);
  assert.equal((await read(csv, {today: '2026-05-30'})).issues[0].code, 'future_date');
});

test('header problems: missing columns, a separator that does not fit, a title above the header, sep=, a column twice', async () => {
  const missing = await read(`target,value\n${QN}:communication.students,64\n`, {file: 'm.csv'});
  assert.deepEqual(
    [missing.rows.length, missing.issues[0].code, missing.issues[0].column],
    [0, 'missing_column', 'target_id'],
  );
  assert.equal(
    vi(missing.issues[0]),
    'm.csv dòng 1: thiếu cột target_id: dòng tiêu đề cần cột target_id (hoặc unit_id và indicator_id) và cột value',
  );
  assert.equal(
    en(missing.issues[0]),
    'm.csv line 1: column target_id is missing: the header row needs target_id (or unit_id and indicator_id) and value',
  );
  // A ; file read with the separator forced to ",": said so.
  const forced = await read(fixture('excel-vi-semicolon.csv'), {separator: ',', file: 'f.csv'});
  assert.deepEqual([forced.rows.length, forced.issues[0].code, forced.issues[0].value], [0, 'wrong_separator', ';']);
  assert.equal(
    vi(forced.issues[0]),
    'f.csv dòng 1: dòng tiêu đề không tách được thành các cột cần có bằng dấu phẩy (,), nhưng tách được bằng dấu chấm phẩy (;)',
  );
  assert.equal(
    en(forced.issues[0]),
    'f.csv line 1: the header row does not split into the columns needed with comma (,), but does with semicolon (;)',
  );
  const bar = await read(`target_id|value\n${QN}:communication.students|64\n`);
  assert.deepEqual([bar.issues[0].code, bar.issues[0].value], ['wrong_separator', '|']);
  assert.match(vi(bar.issues[0]), /dấu gạch đứng \(\|\) \(cần dấu phẩy, dấu chấm phẩy hoặc tab để ngăn cách cột\)$/);
  // A title and a blank line above the header: lines still counted from the top of the file.
  const titled = await read(`BÁO CÁO KẾT QUẢ;;\n\ntarget_id;value;as_of\n${QN}:communication.students;7O;\n`);
  assert.deepEqual(
    titled.issues.map((i) => [i.line, i.code]),
    [[4, 'not_number']],
  );
  const sepLine = await read(fixture('sep-line.csv'));
  assert.deepEqual(values(sepLine.rows), {'communication.commune_coverage': [72.5, '2025-12-31']});
  assert.equal(sepLine.info.separator, ';');
  const twice = await read(`target_id,value,value\n${QN}:communication.students,64,65\n`, {file: 't.csv'});
  assert.equal(vi(twice.issues[0]), 't.csv dòng 1: cột value có hai lần trong dòng tiêu đề');
});

test('a comma file with an unquoted decimal comma: the shifted row is named, the others are read', async () => {
  const r = await read(
    `target_id,value,as_of\n${QN}:communication.students,72,5,2025-12-31\n${QN}:prevention.local_plans,100,2025-12-31\n`,
    {file: 'c.csv'},
  );
  assert.equal(r.rows.length, 1);
  assert.deepEqual(
    [r.issues[0].line, r.issues[0].code, r.issues[0].value, r.issues[0].expected],
    [2, 'field_count', '4', '3'],
  );
  assert.equal(
    vi(r.issues[0]),
    'c.csv dòng 2: dòng có 4 ô, nhiều hơn 3 cột của dòng tiêu đề (số thập phân có dấu phẩy như 72,5 phải đặt trong ngoặc kép: "72,5"; hoặc lưu tệp với dấu chấm phẩy)',
  );
});

test('a quote never closed: the rows above it are read, and its line is named', async () => {
  const r = await read(
    `target_id,value,note\n${QN}:communication.students,64,ok\n${QN}:prevention.local_plans,100,"không đóng\n${QN}:communication.commune_coverage,70,x\n`,
    {file: 'q.csv'},
  );
  assert.equal(r.rows.length, 1);
  assert.deepEqual([r.issues[0].line, r.issues[0].code], [3, 'unclosed_quote']);
  assert.equal(
    vi(r.issues[0]),
    'q.csv dòng 3: dấu ngoặc kép (") mở ở dòng này không được đóng: phần còn lại của tệp không đọc được',
  );
  // A stray quote inside a field is text, as Excel reads it.
  const stray = await read(`target_id,value,note\n${QN}:communication.students,64,6"7\n`);
  assert.equal(stray.rows[0].notes, '6"7');
});

test('unit_id + indicator_id (+ target_year) instead of target_id, by slug or code', async () => {
  const r = await read(
    `unit_id,indicator_id,value\nquang-ngai,communication.students,64\n51,communication.commune_coverage,71\nquang-ngai,no.such,1\nnowhere,communication.students,2\n`,
  );
  assert.deepEqual(values(r.rows), {
    'communication.students': [64, null],
    'communication.commune_coverage': [71, null],
  });
  assert.deepEqual(
    r.issues.map((i) => [i.line, i.column, i.code]),
    [
      [4, 'indicator_id', 'unknown_indicator'],
      [5, 'unit_id', 'unknown_unit'],
    ],
  );
});

test('empty template rows are neither results nor issues', async () => {
  const r = await read(`target_id,value,as_of\n${QN}:communication.students,,\n${QN}:prevention.local_plans,100,\n`);
  assert.deepEqual([r.rows.length, r.issues.length, r.info.total, r.info.empty], [1, 0, 2, 1]);
});

test('JSON text, {"results": [...]}, and arrays: items numbered from 1, numbers and strings alike', async () => {
  const items = [
    {target_id: `${QN}:communication.students`, value: 64, as_of: '2025-12-31', note: 'ghi chú'},
    {target_id: `${QN}:communication.commune_coverage`, value: '72,5'},
    {target_id: `${QN}:prevention.local_plans`, value: 'bảy'},
    'not an object',
  ];
  const fromText = await read(JSON.stringify(items), {file: 'r.json'});
  const fromArray = await read(items, {file: 'r.json'});
  const wrapped = await read({results: items}, {file: 'r.json'});
  for (const r of [fromText, fromArray, wrapped]) {
    assert.deepEqual(values(r.rows), {
      'communication.students': [64, '2025-12-31'],
      'communication.commune_coverage': [72.5, null],
    });
    assert.equal(r.rows[0].notes, 'ghi chú');
    assert.deepEqual(
      r.issues.map((i) => [i.line, i.kind, i.code]),
      [
        [3, 'json', 'not_number'],
        [4, 'json', 'not_object'],
      ],
    );
    assert.equal(r.info.format, 'json');
  }
  assert.equal(
    vi(fromText.issues[0]),
    'r.json mục 3, trường value: "bảy" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  assert.equal(en(fromText.issues[1]), 'r.json item 4: this item is not an object {"target_id": …, "value": …}');
  const broken = await read('[{"target_id": "x",\n "value": 1,,}]', {file: 'b.json'});
  assert.deepEqual([broken.issues[0].code, broken.issues[0].line], ['json_syntax', 2]);
  assert.match(vi(broken.issues[0]), /^b\.json dòng 2: JSON không hợp lệ gần ".*1,,/);
  const notArray = await read('{"rows": []}', {file: 'n.json'});
  assert.equal(en(notArray.issues[0]), 'n.json: the JSON must be an array of result rows or {"results": [...]}');
  // A property array with numbers that are not finite.
  const inf = await read([{target_id: `${QN}:communication.students`, value: Infinity}]);
  assert.equal(inf.issues[0].code, 'too_large');
});

test('files that are not results files say what they are', async () => {
  const cases: [Uint8Array | string, string, string][] = [
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls', 'đây là sổ Excel 97-2003 (.xls)'],
    [new TextEncoder().encode('%PDF-1.7\n...'), 'pdf', 'đây là tệp PDF'],
    ['<!DOCTYPE html><html><body>Không tìm thấy trang</body></html>', 'html', 'địa chỉ trả về một trang web'],
    [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'image',
      'đây không phải tệp CSV, TSV, Excel (.xlsx) hay JSON',
    ],
  ];
  for (const [input, value, vietnamese] of cases) {
    const r = await read(input, {file: 'x'});
    assert.deepEqual([r.rows.length, r.issues[0].code, r.issues[0].value], [0, 'unsupported_file', value]);
    assert.ok(vi(r.issues[0]).startsWith(`x: ${vietnamese}`), vi(r.issues[0]));
  }
  for (const empty of [new Uint8Array(0), '  \n', '\ufeff']) {
    const r = await read(empty, {file: 'e.csv'});
    assert.equal(vi(r.issues[0]), 'e.csv: tệp trống (cần dòng tiêu đề và các dòng kết quả)');
  }
});

test('every issue code has a message in both languages (src/i18n/results.ts); the Vietnamese ones are NFC and carry no English', () => {
  const codes = Object.keys(RESULT_MESSAGES.en.issue).sort();
  assert.deepEqual(Object.keys(RESULT_MESSAGES.vi.issue).sort(), codes);
  for (const code of FILE_ISSUES) assert.ok(codes.includes(code), code);
  const ENGLISH = /\b(the|is|not|file|expected|number|must|missing|column|row|value is|sheet|cannot|with)\b/;
  for (const code of codes) {
    const sample = {value: 'X', expected: code === 'ambiguous_number' ? '5300|5.3' : '1', column: 'value'};
    const text = RESULT_MESSAGES.vi.issue[code as 'empty'](sample);
    if (code === 'syntax') continue; // passes its value through (kept for compatibility)
    assert.equal(text, text.normalize('NFC'), code);
    assert.doesNotMatch(text, ENGLISH, `${code}: ${text}`);
    assert.notEqual(text, RESULT_MESSAGES.en.issue[code as 'empty'](sample), code);
  }
});

test('resultsToInline writes what the widget reads back into the same rows', async () => {
  const r = await read(fixture('excel-vi-semicolon.csv'));
  const inline = resultsToInline(r.rows);
  assert.deepEqual(inline[0], {
    target_id: `${QN}:communication.commune_coverage`,
    value: 72.5,
    as_of: '2025-12-31',
    source_title: 'Báo cáo tổng kết (ví dụ kiểm thử)',
    source_url: 'https://example.org/bao-cao',
    note: 'Số liệu sơ bộ',
  });
  assert.deepEqual(inline[1], {
    target_id: `${QN}:communication.workers_at_risk_venues`,
    value: 50,
    as_of: '2025-12-31',
    source_title: 'Báo cáo tổng kết (ví dụ kiểm thử)',
  });
  const back = await read(inline);
  assert.deepEqual(values(back.rows), values(r.rows));
  assert.deepEqual(
    back.rows.map((x) => [x.source_title, x.source_url, x.notes]),
    r.rows.map((x) => [x.source_title, x.source_url, x.notes]),
  );
});

test('readResultsSync gives what readResults gives for text', async () => {
  const text = fixture('one-bad-row.csv').toString('utf8');
  const a = readResultsSync(text, ds, {today: TODAY});
  const b = await read(text);
  assert.deepEqual(a, b);
});

test('200,000 rows: all read, the work shared out between tasks, progress reported', async () => {
  const ids = ds.targets.filter((t) => t.measure === 'percent').map((t) => t.target_id);
  const lines = ['target_id;value;as_of;source_title;note'];
  // Each target on a different day in each row (no duplicates): day k / targets after 2000-01-01, as dd/mm/yyyy.
  for (let k = 0; k < 200_000; k++) {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(k / ids.length))).toISOString().slice(0, 10);
    lines.push(`${ids[k % ids.length]};${k % 100},${k % 10};${day.split('-').reverse().join('/')};Báo cáo ${k};`);
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  let yields = 0;
  const shares: number[] = [];
  const r = await readResults(bytes, ds, {
    today: TODAY,
    yieldEvery: async () => {
      yields++;
      await new Promise((resolve) => setImmediate(resolve));
    },
    onProgress: (s) => shares.push(s),
  });
  assert.equal(r.info.total, 200_000);
  assert.equal(r.rows.length + r.issues.length, 200_000);
  assert.ok(r.rows.length > 190_000, `${r.rows.length} rows`);
  assert.ok(
    r.issues.every((i) => i.code === 'duplicate'),
    r.issues[0]?.code,
  );
  assert.ok(yields > 3, `${yields} yields`);
  assert.equal(shares.at(-1), 1);
  assert.ok(
    shares.every((s, k) => k === 0 || s >= shares[k - 1]),
    'progress only grows',
  );
});
