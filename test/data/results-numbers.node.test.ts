// The pieces of the results reader: numbers written the Vietnamese or the English way, dates and Excel serial
// dates, what bytes are, and delimited text read leniently.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  DecimalVote,
  excelSerialDate,
  numberText,
  oneYearAfter,
  parseDateText,
  readNumber,
} from '../../src/data/read/numbers.js';
import {decodeText, legacyBytes, sniffBytes} from '../../src/data/read/decode.js';
import {Clock, runSync} from '../../src/data/read/slice.js';
import {CsvCursor} from '../../src/data/read/delimited.js';
import {columnIndex, columnName} from '../../src/data/read/cells.js';

test('numbers as text: what shape each has', () => {
  const shapes: [string, string][] = [
    ['5300', 'int'],
    ['72,5', 'comma'],
    ['72.5', 'dot'],
    ['1.234,5', 'comma'],
    ['1,234.5', 'dot'],
    ['5.300.000', 'comma'],
    ['5,300,000', 'dot'],
    ['0,125', 'comma'],
    ['0.125', 'dot'],
    ['1,2345', 'comma'],
    ['5.300', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['1 234,5', 'comma'],
    ['1\u00a0234', 'int'],
    ['72,5 %', 'comma'],
    ['+4%', 'int'],
    ['-3', 'int'],
    ['7O', 'invalid'],
    ['1.2.3', 'invalid'],
    ['1,234,5', 'invalid'],
    ['.5', 'invalid'],
    ['5.', 'invalid'],
    ['1.234,567.8', 'invalid'],
    ['', 'invalid'],
  ];
  for (const [s, shape] of shapes) assert.equal(numberText(s).shape, shape, s);
  assert.equal(numberText('-3').negative, true);
  assert.equal(numberText('\u22123').negative, true);
});

test('reading with the file decimal mark, and without one', () => {
  const r = (s: string, d: ',' | '.' | null, possible?: (v: number) => boolean) =>
    readNumber(numberText(s), d, possible);
  assert.deepEqual(r('5.300', ','), {ok: true, value: 5300});
  assert.deepEqual(r('5.300', '.'), {ok: true, value: 5.3});
  assert.deepEqual(r('1.234,5', ','), {ok: true, value: 1234.5});
  assert.deepEqual(r('1,234.5', '.'), {ok: true, value: 1234.5});
  assert.deepEqual(r('72.5', ','), {ok: false, code: 'mixed_decimal'});
  assert.deepEqual(r('5.300', null), {ok: false, code: 'ambiguous_number', readings: [5300, 5.3]});
  assert.deepEqual(r('5.300', null, Number.isInteger), {ok: true, value: 5300});
  assert.deepEqual(
    r('72,500', null, (v) => v <= 100),
    {ok: true, value: 72.5},
  );
  // Both readings possible ("5.000" is 5000 or 5 things): still reported.
  assert.equal(r('5.000', null, Number.isInteger).ok, false);
  assert.deepEqual(r('-3', null), {ok: true, value: -3});
  const vote = new DecimalVote();
  assert.equal(vote.decide(), null);
  assert.equal(vote.decide(','), ',');
  vote.add('comma');
  vote.add('dot');
  assert.equal(vote.decide(','), null);
  vote.add('dot');
  assert.equal(vote.decide(), '.');
});

test('dates as text, Excel serial dates, one year after', () => {
  assert.equal(parseDateText('2024-12-31'), '2024-12-31');
  assert.equal(parseDateText('2024-12-31T00:00:00Z'), '2024-12-31');
  assert.equal(parseDateText('31/12/2024'), '2024-12-31');
  assert.equal(parseDateText('1/2/2024'), '2024-02-01');
  assert.equal(parseDateText('31.12.2024'), '2024-12-31');
  assert.equal(parseDateText('29/02/2024'), '2024-02-29');
  assert.equal(parseDateText('29/02/2025'), undefined);
  assert.equal(parseDateText('12/31/2024'), undefined);
  assert.equal(parseDateText('31/12/24'), undefined);
  assert.equal(parseDateText('2024-12-31T10:00'), undefined);
  assert.equal(excelSerialDate(1), '1900-01-01');
  assert.equal(excelSerialDate(59), '1900-02-28');
  assert.equal(excelSerialDate(60), undefined);
  assert.equal(excelSerialDate(61), '1900-03-01');
  assert.equal(excelSerialDate(45658), '2025-01-01');
  assert.equal(excelSerialDate(45658.99), '2025-01-01');
  assert.equal(excelSerialDate(0, true), undefined);
  assert.equal(excelSerialDate(1, true), '1904-01-02');
  assert.equal(oneYearAfter('2024-02-29'), '2025-03-01');
  assert.equal(oneYearAfter('2026-06-01'), '2027-06-01');
});

test('bytes: BOMs, UTF-16 without BOM, zip, legacy encodings by their letters', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const text = (bytes: Uint8Array) => {
    const s = sniffBytes(bytes);
    return s.kind === 'text' ? [s.encoding, runSync(decodeText(bytes, s.encoding, new Clock()))] : [s.kind];
  };
  assert.deepEqual(text(enc('a,b')), ['utf-8', 'a,b']);
  assert.deepEqual(text(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), ['utf-8-bom', 'a']);
  assert.deepEqual(text(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0])), ['utf-16le', 'a,']);
  assert.deepEqual(text(new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0x2c])), ['utf-16be', 'a,']);
  assert.deepEqual(text(new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0])), ['utf-16le', 'a,b']);
  // Decoded in slices: a letter cut between two slices is whole.
  const long = enc('ạ'.repeat(3_000_000));
  assert.equal(runSync(decodeText(long, 'utf-8', new Clock())), 'ạ'.repeat(3_000_000));
  // Invalid UTF-8 far into the file: found while decoding.
  const late = new Uint8Array([...enc('a'.repeat(100_000)), 0xb8, 0x6f]);
  assert.deepEqual(sniffBytes(late), {kind: 'text', encoding: 'utf-8'});
  assert.equal(runSync(decodeText(late, 'utf-8', new Clock())), null);
  assert.deepEqual(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])), {kind: 'xlsx'});
  // "Báo cáo" with tone marks as combining bytes (Windows-1258), one byte per letter (TCVN3), VNI's letter pairs.
  assert.equal(legacyBytes(new Uint8Array([0x42, 0x61, 0xec, 0x6f, 0x20, 0x63, 0x61, 0xec, 0x6f])), 'Windows-1258');
  assert.equal(legacyBytes(new Uint8Array([0x42, 0xb8, 0x6f, 0x20, 0x63, 0xb8, 0x6f])), 'TCVN3');
  assert.equal(legacyBytes(new Uint8Array([0x42, 0x61, 0xf9, 0x6f, 0x20, 0x63, 0x61, 0xf9, 0x6f])), 'VNI');
  assert.equal(legacyBytes(new Uint8Array([0x41, 0x80])), '');
  assert.deepEqual(sniffBytes(new Uint8Array([0x42, 0xb8, 0x6f])), {kind: 'legacy', value: 'TCVN3'});
});

test('lenient CSV: stray quotes kept, separators inside quotes, CR-only lines, an unclosed quote noted', () => {
  const rows = (text: string, sep = ',') => {
    const c = new CsvCursor(text, sep);
    const out: [number, string[]][] = [];
    for (let r = c.next(); r; r = c.next()) out.push([r.line, r.cells]);
    return {out, unclosedAt: c.unclosedAt};
  };
  assert.deepEqual(rows('a;"b;c"\r\n"x""y"z;6"7\r\n', ';').out, [
    [1, ['a', 'b;c']],
    [2, ['x"yz', '6"7']],
  ]);
  assert.deepEqual(rows('a\rb\r').out, [
    [1, ['a']],
    [2, ['b']],
  ]);
  assert.deepEqual(rows('a\tb\n"multi\nline"\tc\nd\te\n', '\t').out, [
    [1, ['a', 'b']],
    [2, ['multi\nline', 'c']],
    [4, ['d', 'e']],
  ]);
  assert.deepEqual(rows('a,b\n1,"open\n2,3\n'), {out: [[1, ['a', 'b']]], unclosedAt: 2});
  assert.throws(() => new CsvCursor('a', '"'), /bad csv separator/);
});

test('spreadsheet column names', () => {
  assert.deepEqual([0, 25, 26, 51, 52, 701, 702].map(columnName), ['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  assert.deepEqual(['A1', 'Z9', 'AA10', 'ZZ1', 'AAA2', 'c5'].map(columnIndex), [0, 25, 26, 701, 702, 2]);
});

test('Excel serial dates agree with the calendar for every day from 1900 to 2100', () => {
  for (let serial = 61; serial < 73051; serial += 1) {
    const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
    if (excelSerialDate(serial) !== expected) assert.fail(`serial ${serial}: ${excelSerialDate(serial)} ≠ ${expected}`);
  }
  for (let serial = 1; serial < 60; serial++)
    assert.equal(
      excelSerialDate(serial),
      new Date(Date.UTC(1899, 11, 31) + serial * 86400000).toISOString().slice(0, 10),
    );
  assert.equal(excelSerialDate(2958465), '9999-12-31');
});
