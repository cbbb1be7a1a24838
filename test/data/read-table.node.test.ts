// A kind of table is a declaration: a third, tiny kind declared here (a count per commune) is read from CSV, Excel's
// ";" CSV with decimal commas, UTF-16 bytes and JSON by the one reader, with no pipeline code of its own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readTable, readTableSync, type TableKind} from '../../src/data/read/table.js';

interface Visit {
  commune: string;
  people: number;
  line: number;
}

const VISITS: TableKind<'commune' | 'people' | 'note', Visit, undefined, {minimum?: number}> = {
  file: 'visits',
  columns: {commune: {aliases: ['xã']}, people: {aliases: ['số người'], number: true}, note: {once: false}},
  needs: (has) => has('commune') && has('people'),
  missing: (has) => ({column: (['commune', 'people'] as const).filter((c) => !has(c)).join(', '), expected: ''}),
  json: (json) => (Array.isArray(json) ? [{group: undefined, items: json}] : null),
  rows:
    ({options}) =>
    (r) => {
      const before = r.count;
      const commune = r.text('commune');
      if (!commune) r.issue('commune', 'required');
      const people = r.empty('people') ? null : r.number('people', Number.isInteger);
      if (people !== null) r.plausible('people', people, 'count', r.shown('people'));
      if (people !== null && people < (options.minimum ?? 0)) r.issue('people', 'too_small', String(people));
      return r.count === before && people !== null ? {commune, people, line: r.line} : null;
    },
};

const TODAY = {today: '2026-01-01'};

test('a declared kind reads CSV text: good rows kept, bad ones named by line and column', () => {
  const out = readTableSync(VISITS, 'Xã,Số người\nHải Phú,"5.300"\n,12\nHải Lăng,7O\n', {...TODAY, file: 'v.csv'});
  assert.deepEqual(out.rows, [{commune: 'Hải Phú', people: 5300, line: 2}]);
  assert.deepEqual(
    out.issues.map((i) => [i.file, i.line, i.column, i.code, i.value]),
    [
      ['v.csv', 3, 'commune', 'required', ''],
      ['v.csv', 4, 'people', 'not_number', '7O'],
    ],
  );
  assert.deepEqual([out.info.format, out.info.separator, out.info.total], ['csv', ',', 3]);
});

test("a declared kind reads Excel's ';' CSV as UTF-16 bytes, with the kind's own option", async () => {
  const text = '\ufeffcommune;people;note\nA;3;x\nB;40;y\n';
  const bytes = new Uint8Array(text.length * 2);
  for (let k = 0; k < text.length; k++)
    [bytes[2 * k], bytes[2 * k + 1]] = [text.charCodeAt(k) & 255, text.charCodeAt(k) >> 8];
  const out = await readTable(VISITS, bytes, {...TODAY, minimum: 10});
  assert.deepEqual(
    out.rows.map((r) => r.commune),
    ['B'],
  );
  assert.deepEqual([out.info.encoding, out.info.separator], ['utf-16le', ';']);
  assert.deepEqual(
    out.issues.map((i) => [i.file, i.line, i.code]),
    [['visits', 2, 'too_small']],
  );
});

test('a declared kind reads JSON items and reports the file problems the pipeline knows', () => {
  const json = readTableSync(VISITS, [{xã: 'C', people: 2}, 'x'], TODAY);
  assert.deepEqual(json.rows, [{commune: 'C', people: 2, line: 1}]);
  assert.deepEqual(
    json.issues.map((i) => [i.kind, i.line, i.code]),
    [['json', 2, 'not_object']],
  );
  assert.equal(readTableSync(VISITS, {visits: []}, TODAY).issues[0].code, 'not_array');
  const missing = readTableSync(VISITS, 'commune,count\nA,1\n', TODAY).issues[0];
  assert.deepEqual([missing.code, missing.column], ['missing_column', 'people']);
  assert.equal(readTableSync(VISITS, 'commune,people,xã\nA,1,B\n', TODAY).issues[0].code, 'duplicate_column');
  // `note` may be named twice.
  assert.equal(readTableSync(VISITS, 'commune,people,note,note\nA,1,x,y\n', TODAY).rows.length, 1);
});
