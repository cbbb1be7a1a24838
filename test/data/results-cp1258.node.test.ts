// Excel on a Vietnamese Windows, File > Save As > "CSV (Comma delimited)": the list separator of the regional
// settings (";"), decimal commas, CRLF, and the code page 1258, which writes a toned letter it has no byte for as
// its base letter and a combining tone mark. The encoder below does what Windows does (a letter with a byte of its
// own, such as à á â è é ê í ó ô ú, is that byte; ấ is â + the acute mark), and the reader must give the same rows,
// values, quotes and problems as for the file saved as "CSV UTF-8".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {readResults, type ReadResultsOutput} from '../../src/data/results-input.js';
import {readTargets} from '../../src/data/targets/input.js';
import {legacyBytes, looksWindows1258, sniffBytes} from '../../src/data/read/decode.js';
import {describeIssue, encodingName} from '../../src/i18n/results.js';

const ds = checkDataset(readCheckInput()).dataset;
const QN = 'quang-ngai-2021-2025';
const TODAY = '2026-06-01';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/results/${name}`, import.meta.url));

// The code page's bytes 0x80-0xFF, from the WHATWG windows-1258 index; bytes it leaves undefined decode to C1
// controls and are not used.
const BYTE = new Map<string, number>();
{
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0x80; b <= 0xff; b++) {
    const c = decoder.decode(new Uint8Array([b]));
    if (!/[\u0080-\u009f]/.test(c)) BYTE.set(c, b);
  }
}
// The five tone marks, which the code page has as combining bytes.
const TONE: Record<string, number> = {'\u0300': 0xcc, '\u0301': 0xec, '\u0309': 0xd2, '\u0303': 0xde, '\u0323': 0xf2};

/** Text in Windows-1258 as Excel writes it: a letter's own byte, else its base letter's and the tone mark's. */
function cp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (BYTE.has(ch)) out.push(BYTE.get(ch)!);
    else {
      const parts = [...ch.normalize('NFD')];
      const tones = parts.filter((p) => p in TONE);
      const base = parts
        .filter((p) => !(p in TONE))
        .join('')
        .normalize('NFC');
      const b = base.codePointAt(0)! < 0x80 ? base.codePointAt(0)! : BYTE.get(base);
      if (b === undefined || tones.length !== 1 || [...base].length !== 1) throw new Error(`not in cp1258: ${ch}`);
      out.push(b, TONE[tones[0]]);
    }
  }
  return new Uint8Array(out);
}

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';
// The rows of excel-vi-semicolon.csv (saved as "CSV UTF-8") and two bad ones: a value in words, a date that is not.
const TEXT = crlf([
  'target_id;value;as_of;source_title;source_url;note',
  `${QN}:communication.commune_coverage;72,5;31/12/2025;Báo cáo tổng kết (ví dụ kiểm thử);https://example.org/bao-cao;Số liệu sơ bộ`,
  `${QN}:communication.workers_at_risk_venues;50;31/12/2025;Báo cáo tổng kết (ví dụ kiểm thử);;`,
  `${QN}:communication.industrial_zone_workers;40,25;31/12/2023;"Báo cáo năm 2023; phụ lục (ví dụ kiểm thử)";;`,
  `${QN}:harm_reduction.pilot_models;5.300;30/06/2025;Báo cáo (ví dụ kiểm thử);;`,
  `${QN}:communication.students;bảy mươi;31/12/2025;Đạt ưu tiên của tỉnh;;Ước tính`,
  `${QN}:prevention.local_plans;100;cuối năm;Kết quả thực hiện;;`,
  ';;;;;',
]);

test('the encoder writes what Excel writes: precomposed bytes where the code page has them, else mark after letter', () => {
  assert.deepEqual([...cp1258('Báo cáo')], [0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f]);
  // ế: ê (EA) + acute (EC); ả: a + hook (D2); ư (FD); đ (F0); ộ: ô (F4) + dot below (F2); ã: a + tilde (DE).
  assert.deepEqual([...cp1258('ếảưđộã')], [0xea, 0xec, 0x61, 0xd2, 0xfd, 0xf0, 0xf4, 0xf2, 0x61, 0xde]);
  // And the standard decoder gives the letters back once NFC composes them.
  assert.equal(new TextDecoder('windows-1258').decode(cp1258(TEXT)).normalize('NFC'), TEXT);
  assert.notEqual(new TextDecoder('windows-1258').decode(cp1258(TEXT)), TEXT);
});

test('a Windows-1258 ";" CSV from Excel is read with the same rows, values, quotes and problems as its UTF-8 twin', async () => {
  const read = (input: Uint8Array | string) => readResults(input, ds, {today: TODAY, file: 'ket-qua.csv'});
  const bytes = cp1258(TEXT);
  assert.deepEqual(sniffBytes(bytes), {kind: 'text', encoding: 'windows-1258'});
  const legacy = await read(bytes);
  const utf8 = await read(new TextEncoder().encode(TEXT));
  assert.equal(legacy.rows.length, 4);
  assert.deepEqual(legacy.rows, utf8.rows);
  assert.deepEqual(legacy.issues, utf8.issues);
  assert.deepEqual(
    legacy.issues.map((i) => [i.line, i.column, i.code, i.value]),
    [
      [6, 'value', 'not_number', 'bảy mươi'],
      [7, 'as_of', 'not_date', 'cuối năm'],
    ],
  );
  const info = (r: ReadResultsOutput) => ({...r.info, encoding: null});
  assert.deepEqual(info(legacy), info(utf8));
  assert.deepEqual(
    [legacy.info.encoding, legacy.info.separator, legacy.info.decimal, utf8.info.encoding],
    ['windows-1258', ';', ',', 'utf-8'],
  );
  assert.equal(legacy.rows[2].source_title, 'Báo cáo năm 2023; phụ lục (ví dụ kiểm thử)');
  assert.equal(legacy.rows[0].notes, 'Số liệu sơ bộ');
  assert.equal(legacy.rows[0].notes, legacy.rows[0].notes!.normalize('NFC'));
  assert.equal(
    describeIssue('vi', legacy.issues[0]).message,
    'ket-qua.csv dòng 6, cột value: "bảy mươi" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)',
  );
  // What the reader says it read the file as.
  assert.equal(encodingName('vi', legacy.info.encoding!), 'bảng mã Windows-1258 (Excel trên Windows tiếng Việt)');
  assert.equal(encodingName('en', legacy.info.encoding!), 'the Windows-1258 code page (Excel on a Vietnamese Windows)');
});

test('a Windows-1258 file whose first 64 kB are ASCII (where the sniffer looks) is read too', async () => {
  const long = crlf([
    'target_id;value;as_of;note',
    `${QN}:communication.commune_coverage;72,5;31/12/2025;${'x'.repeat(70_000)}`,
    `${QN}:communication.workers_at_risk_venues;50;31/12/2025;Kết quả sơ bộ của tỉnh`,
  ]);
  const bytes = cp1258(long);
  assert.deepEqual(sniffBytes(bytes), {kind: 'text', encoding: 'utf-8'});
  const r = await readResults(bytes, ds, {today: TODAY, file: 'ket-qua.csv'});
  assert.deepEqual(r.issues, []);
  assert.equal(r.info.encoding, 'windows-1258');
  assert.deepEqual(
    r.rows.map((x) => [x.value, x.notes?.slice(0, 22)]),
    [
      [72.5, 'xxxxxxxxxxxxxxxxxxxxxx'],
      [50, 'Kết quả sơ bộ của tỉnh'],
    ],
  );
});

test('a targets file in Windows-1258 is read like its UTF-8 twin', async () => {
  const lines = [
    'label;value;comparator;measure;target_year;quote',
    'Thôn, bản tổ chức tuyên truyền;80;ít nhất;%;2025;"Ít nhất 80% thôn, bản được tuyên truyền; mỗi quý một lần."',
    'Người dân được tuyên truyền;5.300;>=;count;2025;Tuyên truyền cho ít nhất 5.300 lượt người dân.',
  ];
  const read = (input: Uint8Array) => readTargets(input, {file: 'chi-tieu.csv', today: TODAY});
  const legacy = await read(cp1258(crlf(lines)));
  const utf8 = await read(new TextEncoder().encode(crlf(lines)));
  assert.deepEqual(legacy.issues, []);
  assert.equal(legacy.targets.length, 2);
  assert.deepEqual(legacy.targets, utf8.targets);
  assert.equal(legacy.info.encoding, 'windows-1258');
  assert.equal(legacy.targets[0].quote, 'Ít nhất 80% thôn, bản được tuyên truyền; mỗi quý một lần.');
});

test('TCVN3 and VNI files are still refused, not decoded as Windows-1258', async () => {
  for (const [name, value] of [
    ['tcvn3.csv', 'TCVN3'],
    ['vni.csv', 'VNI'],
  ] as const) {
    const bytes = fixture(name);
    assert.equal(looksWindows1258(bytes), false, name);
    assert.deepEqual(sniffBytes(bytes), {kind: 'legacy', value});
    const r = await readResults(bytes, ds, {today: TODAY, file: name});
    assert.deepEqual(
      [r.rows.length, r.issues.length, r.issues[0].code, r.issues[0].value],
      [0, 1, 'legacy_encoding', value],
    );
    assert.match(describeIssue('vi', r.issues[0]).message, new RegExp(`bảng mã ${value} .*chuyển mã sang Unicode`));
  }
});

test('bytes where Windows-1258 does not win clearly are refused, as before', () => {
  // Two tone marks on vowels (Windows-1258) against two TCVN3 letters (à, á at B5, B8): no clear winner.
  const tie = new Uint8Array([...cp1258('ả ẻ'), 0x20, 0x42, 0xb5, 0x20, 0x42, 0xb8, 0x0a]);
  assert.equal(looksWindows1258(tie), false);
  assert.deepEqual(sniffBytes(tie), {kind: 'legacy', value: ''});
  // A mark on a consonant ("k" + grave, as TCVN3's è reads in Windows-1258) is not Vietnamese in Windows-1258.
  const consonant = new Uint8Array([0x6b, 0xcc, 0x20, 0x6b, 0xcc, 0x0a]);
  assert.equal(legacyBytes(consonant), 'Windows-1258');
  assert.equal(looksWindows1258(consonant), false);
  assert.deepEqual(sniffBytes(consonant), {kind: 'legacy', value: 'Windows-1258'});
  // An undefined byte of the code page (0x81).
  const undefinedByte = new Uint8Array([...cp1258('Kết quả'), 0x81, 0x0a]);
  assert.equal(looksWindows1258(undefinedByte), false);
  // Bytes with a UTF-8 BOM are UTF-8, damaged, and not read as another encoding.
  assert.equal(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...cp1258('Kết quả\n')])).kind, 'legacy');
});
