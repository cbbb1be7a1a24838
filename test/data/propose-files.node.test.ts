// Plan files for proposeTargets: the .docx reader, text encodings, and the `npm run data:propose` command.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {zipSync, strToU8} from 'fflate';
import {docxText} from '../../src/data/read/docx.js';
import {PlanFileError, planFileText} from '../../src/data/read/plan-file.js';
import {proposeTargets, type Proposal} from '../../src/data/propose/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/propose/${name}`, import.meta.url)));

test('a .docx: paragraphs to lines, Word numbering written out, deleted text left out', () => {
  const text = docxText(fixture('plan.docx'));
  assert.deepEqual(text.split('\n'), [
    'KẾ HOẠCH',
    'Phòng, chống mại dâm trên địa bàn huyện năm 2026',
    'Căn cứ Kế hoạch số 07/KH-UBND ngày 07/01/2026 của UBND tỉnh; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
    'I. MỤC TIÊU, CHỈ TIÊU',
    '1. Chỉ tiêu cụ thể',
    '- Ít nhất 70% số xã, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm.',
    '- Thông tin được đăng tải trên Đài Truyền thanh & Trang thông tin điện tử huyện ít nhất một tháng một lần.',
    'Xây dựng 03 phóng sự\tvề phòng, chống mại dâm.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Công an huyện',
    'Triệt phá 100% các ổ nhóm, đường dây mại dâm; liên hệ đường dây nóng 0912 345 678.',
  ]);
});

test('proposals from a .docx carry the sections Word numbered', () => {
  const ps = proposeTargets(planFileText(fixture('plan.docx'), 'plan.docx'));
  assert.deepEqual(
    ps.map((p) => [p.value, p.measure, p.section, p.section_role, p.target_year]),
    [
      [70, 'percent', 'I.1', 'objective', 2026],
      [1, 'per_month', 'I.1', 'objective', 2026],
      [3, 'count', 'I.1', 'objective', 2026],
      [100, 'percent', 'II.1', 'assignment', 2026],
    ],
  );
});

test('text files: UTF-8 with or without a byte-order mark, UTF-16 with one', () => {
  const utf8 = 'Ít nhất 70% số xã tổ chức tuyên truyền.';
  assert.equal(planFileText(strToU8(utf8)), utf8);
  assert.equal(planFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(utf8)])), utf8);
  const utf16 = planFileText(fixture('plan-utf16.txt'), 'plan-utf16.txt');
  assert.match(utf16, /^- Ít nhất 70% số xã, phường, thị trấn/);
  assert.deepEqual(
    proposeTargets(utf16).map((p) => [p.value, p.comparator]),
    [
      [70, '>='],
      [100, '='],
    ],
  );
});

test('files that are not UTF-8 text or .docx are refused with a code and the file name', () => {
  const refuse = (bytes: Uint8Array, code: string) =>
    assert.throws(
      () => planFileText(bytes, 'x.txt'),
      (e: unknown) => e instanceof PlanFileError && e.code === code && e.message.startsWith('x.txt: '),
    );
  refuse(fixture('plan-cp1258.txt'), 'not_utf8');
  refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'doc');
  refuse(strToU8('%PDF-1.7\n'), 'pdf');
  refuse(new Uint8Array(), 'empty');
  refuse(zipSync({'xl/workbook.xml': strToU8('<workbook/>')}), 'docx_unreadable');
  refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'docx_unreadable');
});

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-propose.ts', ...args], {cwd: root, encoding: 'utf8'});

test('data:propose --json prints a JSON array and nothing else on standard output', () => {
  const r = cli('test/fixtures/propose/plan.docx', '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as Proposal[];
  assert.ok(Array.isArray(out));
  assert.deepEqual(
    out.map((p) => p.value),
    [70, 1, 3, 100],
  );
  for (const key of [
    'value',
    'value_max',
    'comparator',
    'measure',
    'target_year',
    'recurrence',
    'quote',
    'start',
    'end',
  ])
    assert.ok(key in out[0], key);
});

test('data:propose prints the proposals readably', () => {
  const r = cli('data/sources/quy-chau-2025.txt', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /11 proposed targets \(plan span 2025-2025; 11 objective, 0 task, 0 assignment\)/);
  assert.match(r.stdout, /\[objective II\.2\] >= 40% by 2025 \(annual\) {2}enforcement\.venues_inspected_annual/);
  assert.match(r.stdout, /! year_from_span: The sentence names no deadline/);
});

test('data:propose exits with 2 and says why for a missing, unreadable or non-UTF-8 file', () => {
  const missing = cli('no-such-plan.txt');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /data:propose: cannot read no-such-plan\.txt: no such file/);
  assert.equal(missing.stdout, '');
  const dir = cli('test/fixtures');
  assert.equal(dir.status, 2);
  assert.match(dir.stderr, /a directory/);
  const latin = cli('test/fixtures/propose/plan-cp1258.txt', '--json');
  assert.equal(latin.status, 2);
  assert.match(latin.stderr, /not UTF-8 text/);
  assert.equal(latin.stdout, '');
  assert.equal(cli('a.txt', 'b.txt').status, 2);
  assert.equal(cli('a.txt', '--span', 'soon').status, 2);
});
