// Each kind of broken row yields exactly one line naming file, line, column, what is wrong and what was expected.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset, type CheckInput} from '../../src/data/validate.js';
import {parseCsv, toCsv} from '../../src/data/csv.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const good = readCheckInput();

/** The real dataset with one cell of one row changed. Returns the problems and the line of the row. */
function breakCell(file: string, rowId: string, column: string, value: string) {
  const {header, records} = parseCsv(good.tables[file], file);
  const k = records.findIndex((r) => Object.values(r.values)[0] === rowId);
  assert.ok(k >= 0, `row ${rowId} exists in ${file}`);
  const rows = records.map((r) => ({...r.values}));
  rows[k][column] = value;
  const input: CheckInput = {...good, tables: {...good.tables, [file]: toCsv(header, rows, {formulas: 'keep'})}};
  return {problems: checkDataset(input).problems, line: records[k].line};
}

const T = 'bac-kan-2021-2025:communication.commune_coverage';

test('the committed dataset has no problems', () => {
  assert.deepEqual(checkDataset(good).problems, []);
});

test('a bad number', () => {
  const {problems, line} = breakCell('targets.csv', T, 'value', '7O');
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column value: "7O" is not a number (expected digits with "." as decimal separator)`,
  ]);
});

test('a decimal comma is a bad number too', () => {
  const {problems, line} = breakCell('targets.csv', T, 'value', '70,5');
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column value: "70,5" is not a number (expected digits with "." as decimal separator)`,
  ]);
});

test('an unknown indicator', () => {
  const {problems, line} = breakCell('targets.csv', T, 'indicator_id', 'communication.commune_coverag');
  const known = [...new Set(checkDataset(good).dataset.indicators.map((i) => i.indicator_id))].sort();
  assert.equal(known.length, 32); // 1.3.0: enforcement.disguised_venues_reduced
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column indicator_id: "communication.commune_coverag" is not a known indicator (expected one of indicators.indicator_id: ${known.slice(0, 25).join(', ')}, … (32 in all))`,
    `targets.csv line ${line}, column target_id: "${T}" does not start with its plan and indicator (expected "bac-kan-2021-2025:communication.commune_coverag[:key]")`,
  ]);
});

test('a quote that is not in its source', () => {
  const {problems, line} = breakCell(
    'targets.csv',
    T,
    'quote',
    'Ít nhất 75% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền',
  );
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column quote: "Ít nhất 75% số xã, phường, thị trấn tổ chức được ít nhất mộ…" is not in data/sources/bac-kan-2021-2025.txt (expected the source's sentence verbatim, up to whitespace)`,
  ]);
});

test('a quote differing only in whitespace and line breaks still matches', () => {
  const {problems} = breakCell(
    'targets.csv',
    T,
    'quote',
    'Ít nhất   70% số xã, phường,\nthị trấn (gọi chung là cấp xã) tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm',
  );
  assert.deepEqual(problems, []);
});

test('a duplicate id', () => {
  const {header, records} = parseCsv(good.tables['targets.csv'], 'targets.csv');
  const rows = records.map((r) => r.values);
  rows.push({...rows[5]});
  const problems = checkDataset({
    ...good,
    tables: {...good.tables, 'targets.csv': toCsv(header, rows, {formulas: 'keep'})},
  }).problems;
  const line = records.at(-1)!.line + 1;
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column target_id: "${rows[5].target_id}" is a duplicate id (first on line ${records[5].line}; expected unique ids)`,
  ]);
});

test('a wrong sha256', () => {
  const {problems, line} = breakCell('plans.csv', 'quy-chau-2025', 'source_sha256', '0'.repeat(64));
  assert.deepEqual(problems, [
    `plans.csv line ${line}, column source_sha256: "${'0'.repeat(64)}" does not match data/sources/quy-chau-2025.txt (expected 4af8049c2ed4835c64ef2f81538d3299e6126db40c7aac0caaeba3a954b7b1eb)`,
  ]);
});

test('a range whose maximum is below its value', () => {
  const {problems, line} = breakCell(
    'targets.csv',
    'quang-ngai-2021-2025:enforcement.crimes_handled_growth',
    'value_max',
    '2',
  );
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column value_max: 2 is below value 3 (expected value <= value_max)`,
  ]);
});

test('an unknown comparator names the allowed ones', () => {
  const {problems, line} = breakCell('targets.csv', T, 'comparator', '≥');
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column comparator: "≥" is not one of the allowed values (expected one of: >=, >, =, <=, range)`,
  ]);
});

test('a target whose period differs from its plan', () => {
  const {problems, line} = breakCell('targets.csv', T, 'period', '2016-2020');
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column period: "2016-2020" differs from its plan's period "2021-2025" (expected the plan's value)`,
  ]);
});

test('text that is not NFC', () => {
  const decomposed = 'Tuyên Quang'.normalize('NFD');
  const {problems, line} = breakCell('units.csv', '08', 'name', decomposed);
  assert.deepEqual(problems, [
    `units.csv line ${line}, column name: "${decomposed}" is not Unicode NFC (expected NFC-normalized text)`,
  ]);
});

test('a released id that disappears', () => {
  const problems = checkDataset({...good, released: {targets: ['bac-kan-2021-2025:communication.gone']}}).problems;
  assert.deepEqual(problems, [
    'targets.csv: released id "bac-kan-2021-2025:communication.gone" is missing (expected every released id to stay; removing one needs a major version)',
  ]);
});

test('a CSV syntax error names the line', () => {
  const problems = checkDataset({
    ...good,
    tables: {...good.tables, 'groups.csv': 'group_id,order,label_vi,label_en\r\na,1,"x,y\r\n'},
  }).problems;
  assert.deepEqual(problems, ['groups.csv line 2: a quoted field is never closed (missing ")']);
});

test('a secondary quote that is not in the provincial reference names that file', () => {
  const {problems, line} = breakCell(
    'targets.csv',
    'ha-noi-2026:communication.residents',
    'quote',
    'ít nhất 5.400 người dân',
  );
  assert.deepEqual(problems, [
    `targets.csv line ${line}, column quote: "ít nhất 5.400 người dân" is not in data/sources/reference-provinces.md (expected the source's sentence verbatim, up to whitespace)`,
  ]);
});

test('a plan cannot implement a draft programme', () => {
  const {problems, line} = breakCell('plans.csv', 'ha-noi-2026', 'programme_basis', 'implements');
  assert.deepEqual(problems, [
    `plans.csv line ${line}, column programme_basis: "implements" but the 2026-2035 programme is a draft (expected "none" or "not_stated")`,
  ]);
});

test('a period without a programme row', () => {
  const {problems, line} = breakCell('plans.csv', 'ha-noi-2026', 'period', '2026-2030');
  assert.equal(
    problems[0],
    `plans.csv line ${line}, column period: "2026-2030" is not a known programme (expected one of programmes.period: 2016-2020, 2021-2025, 2026-2035)`,
  );
});

test('a 2026 plan attached to a province that ended on 30 June 2025', () => {
  const {problems, line} = breakCell('plans.csv', 'ha-noi-2026', 'unit_id', '45');
  assert.ok(
    problems.includes(
      `plans.csv line ${line}, column unit_id: "45" ended on 2025-06-30, before this plan's 2026 (expected the unit of the plan's time: its unit_2025 "44@2025")`,
    ),
    problems.join('\n'),
  );
});

test("a province's result against another province's target (only national targets may be reported against)", () => {
  const {problems, line} = breakCell(
    'results.csv',
    'yen-bai-2017-commune-coverage',
    'target_id',
    'hue-2021-2025:communication.commune_coverage',
  );
  assert.deepEqual(problems, [
    `results.csv line ${line}, column period: "2016-2020" differs from its target's period "2021-2025" (expected the target's value)`,
    `results.csv line ${line}, column unit_id: "15" differs from its target's unit_id "46" (expected the target's unit, or any unit for a national target)`,
  ]);
});

test('a count that does not say what it counts, and a percent that does', () => {
  const a = breakCell('targets.csv', 'ha-noi-2026:communication.residents', 'counted_en', '');
  assert.deepEqual(a.problems, [
    `targets.csv line ${a.line}, column counted_en: is empty for a count (expected what is counted, e.g. "người" / "people")`,
  ]);
  const b = breakCell('targets.csv', T, 'counted', 'xã');
  assert.deepEqual(b.problems, [
    `targets.csv line ${b.line}, column counted: "xã" is given for measure percent (expected empty unless measure is count)`,
  ]);
});

test('context counts never name a target', () => {
  const {problems, line} = breakCell(
    'results.csv',
    'ninh-thuan-2016-sessions',
    'target_id',
    'vn-qd361-2016:communication.media_frequency',
  );
  assert.ok(
    problems.includes(
      `results.csv line ${line}, column target_id: is given for count_context (expected empty: context, not attainment)`,
    ),
    problems.join('\n'),
  );
});

test('a province mapped to the wrong 2025 province is caught against provinces-units.csv', () => {
  const {problems} = breakCell('units.csv', '06', 'unit_2025', '08@2025');
  assert.deepEqual(problems, [
    'units.csv (data/sources/provinces-units.csv line 5): 06 "Bắc Kạn" maps to "08@2025" (expected the 2025 province 19 "Thái Nguyên")',
  ]);
});

test('a partial date: a year, a month or a day, and nothing else', () => {
  assert.deepEqual(breakCell('results.csv', 'yen-bai-2017-commune-coverage', 'as_of', '2017-06').problems, []);
  const {problems, line} = breakCell('results.csv', 'yen-bai-2017-commune-coverage', 'as_of', '2017-13');
  assert.deepEqual(problems, [
    `results.csv line ${line}, column as_of: "2017-13" is not a real calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
  ]);
});
