import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseCsv, toCsv} from '../../src/data/csv.js';
import {inlineCsvCell} from '../../src/data/targets/input.js';

test('keeps codes as strings, handles quotes, doubled quotes, newlines in fields and CRLF', () => {
  const t = parseCsv('unit_id,note\r\n08,"a, ""b""\nc"\r\n416,x\r\n');
  assert.deepEqual(t.header, ['unit_id', 'note']);
  assert.deepEqual(t.records[0], {line: 2, values: {unit_id: '08', note: 'a, "b"\nc'}});
  assert.deepEqual(t.records[1], {line: 4, values: {unit_id: '416', note: 'x'}});
});

test('a BOM and a trailing blank line are ignored', () => {
  assert.equal(parseCsv('\ufeffa\n1\n\n').records.length, 1);
});

test('a row with the wrong number of fields names its line', () => {
  assert.throws(() => parseCsv('a,b\n1,2\n3\n', 'r.csv'), {
    message: 'r.csv line 3: 1 fields, expected 2 (as in the header)',
  });
});

test('toCsv round-trips', () => {
  const rows = [
    {a: 'x,"y"', b: null},
    {a: 'Quỳ Châu', b: 2},
  ];
  const back = parseCsv(toCsv(['a', 'b'], rows)).records.map((r) => r.values);
  assert.deepEqual(back, [
    {a: 'x,"y"', b: ''},
    {a: 'Quỳ Châu', b: '2'},
  ]);
});

test('toCsv: text that a spreadsheet would run as a formula gets a leading quote; numbers do not', () => {
  const cells: [unknown, string][] = [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    [-3, '-3'],
    ['-3', '-3'],
    ['-12,5%', '"-12,5%"'],
    ['+2.5', '+2.5'],
    ['Quỳ Châu', 'Quỳ Châu'],
    ['a=b', 'a=b'],
    // A lone sign runs nothing: the dataset's comparator "=" stays "=".
    ['=', '='],
    ['-', '-'],
  ];
  for (const [v, want] of cells) {
    assert.equal(toCsv(['a'], [{a: v}]).split('\r\n')[1], want, JSON.stringify(v));
    // The targets writer (its own copy, for its chunk) writes the same cell.
    assert.equal(inlineCsvCell(v), want, JSON.stringify(v));
  }
});

test("toCsv with formulas: 'keep' writes the dataset's own tables as they are (quotes beginning '+ ' read back)", () => {
  const rows = [{quote: '+ Hằng năm, tăng 03 - 05%', comparator: '='}];
  const csv = toCsv(['quote', 'comparator'], rows, {formulas: 'keep'});
  assert.equal(csv, 'quote,comparator\r\n"+ Hằng năm, tăng 03 - 05%",=\r\n');
  assert.deepEqual(parseCsv(csv).records[0].values, rows[0]);
  assert.equal(toCsv(['quote'], rows).split('\r\n')[1], `"'+ Hằng năm, tăng 03 - 05%"`);
});
