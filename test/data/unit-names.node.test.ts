// A unit's name resolves as its slug would: any case, with or without diacritics and the kind word, NFC or NFD;
// today's unit where a former one had the same name; a name matching nothing gets the closest names.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {isCurrent, nameKey, resolveUnits, unitsFor} from '../../src/data/units.js';
import {closestUnits} from '../../src/data/unit-suggest.js';
import {resolveRequest} from '../../src/data/request.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset;
const id = (key: string) => resolveUnits(ds, key)?.unit.unit_id ?? null;
const bySlug = (slug: string) => ds.units.find((u) => u.slug === slug)!;

test("every unit's name resolves to itself, or for a former unit whose name continues, to today's", () => {
  let former = 0;
  for (const u of ds.units) {
    const today = ds.units.find((x) => x !== u && isCurrent(x) && x.name === u.name && x.level === u.level);
    const want = !isCurrent(u) && today ? today.unit_id : u.unit_id;
    if (want !== u.unit_id) former++;
    for (const name of [u.name, u.name.toUpperCase(), u.name.normalize('NFD'), u.name_en])
      assert.equal(id(name), want, `${u.unit_id} ${JSON.stringify(name)}`);
    // The same as its slug: the slug of today's unit is the name's.
    assert.equal(id(u.name), resolveUnits(ds, ds.units.find((x) => x.unit_id === want)!.slug)!.unit.unit_id);
  }
  assert.equal(
    former,
    23,
    "each of the 23 provinces formed on 1 July 2025 took a former one's name (Quảng Trị, Thái Nguyên…)",
  );
});

test('the names of the issue: Quảng Trị, Huế, Thừa Thiên Huế, TP Hồ Chí Minh, quang tri', () => {
  assert.equal(id('Quảng Trị'), '44@2025');
  assert.equal(id('quang tri'), '44@2025');
  assert.equal(id('QUẢNG TRỊ'), '44@2025');
  assert.equal(id('Tỉnh Quảng Trị'), '44@2025');
  assert.equal(id('tinh quang tri'), '44@2025');
  assert.equal(id('Quảng Trị (cũ)'), '45', 'the former province by its label in the builder');
  assert.equal(id('quang tri cu'), '45');
  assert.equal(id('Huế'), '46');
  assert.equal(id('hue'), '46');
  assert.equal(id('Thành phố Huế'), '46');
  assert.equal(id('Thừa Thiên Huế'), '46', 'the alias thua-thien-hue: the province until 31/12/2024');
  assert.equal(id('tỉnh Thừa Thiên - Huế'), '46');
  assert.equal(id('TP Hồ Chí Minh'), '79@2025');
  assert.equal(id('TP. Hồ Chí Minh'), '79@2025');
  assert.equal(id('Thành phố Hồ Chí Minh'), '79@2025');
  assert.equal(id('huyện Quỳ Châu'), '416');
  assert.equal(id('Hòa Bình'), '17', 'either place of the tone mark');
  assert.equal(id('Hoà Bình'), '17');
  assert.equal(id('Bà Rịa-Vũng Tàu'), '77');
  assert.equal(id('Đắk Lắk'), '66@2025');
  assert.equal(id('dak lak'), '66@2025');
});

test('NFC and NFD, case, spaces and hyphens make the same key', () => {
  const k = nameKey('Quảng Trị');
  assert.equal(k, 'quangtri');
  for (const s of ['Quảng Trị'.normalize('NFD'), ' QUANG-TRI ', 'tỉnh Quảng Trị'.normalize('NFD'), 'Quang  Tri'])
    assert.equal(nameKey(s), k, s);
  assert.equal(nameKey('Đà Nẵng'), 'danang');
  assert.notEqual(nameKey('Thanh Hóa'), nameKey('Hóa'), '"thanh" alone is no kind word');
});

test("a name that fits a 2025 province and its former namesake takes today's, with its predecessors, as the slug", () => {
  for (const [name, slug] of [
    ['Quảng Ngãi', 'quang-ngai'],
    ['Quảng Trị', 'quang-tri'],
    ['Thái Nguyên', 'thai-nguyen'],
  ]) {
    const r = resolveUnits(ds, name)!;
    assert.equal(r.matched, 'name');
    assert.deepEqual(
      r.members.map((u) => u.unit_id),
      resolveUnits(ds, slug)!.members.map((u) => u.unit_id),
    );
  }
  assert.equal(id('Quảng Ngãi (cũ)'), bySlug('quang-ngai-cu').unit_id);
});

test('the widget draws a name as its slug, with the same note', () => {
  for (const [name, slug] of [
    ['Quảng Trị', 'quang-tri'],
    ['Thái Nguyên', 'thai-nguyen'],
    ['Huế', 'hue'],
    ['Thừa Thiên Huế', 'hue'],
  ]) {
    const a = resolveRequest(ds, {unit: name});
    const b = resolveRequest(ds, {unit: slug});
    assert.ok(a.ok && b.ok, name);
    assert.deepEqual(
      a.request.units.map((u) => u.unit_id),
      b.request.units.map((u) => u.unit_id),
    );
    assert.deepEqual(a.request.asked, b.request.asked);
    assert.equal(a.request.period, b.request.period);
    assert.equal(a.request.via?.name, b.request.via?.name);
  }
  const two = resolveRequest(ds, {unit: 'Quảng Trị, Huế'});
  assert.ok(two.ok);
  assert.deepEqual(
    two.request.asked.map((u) => u.unit_id),
    ['44@2025', '46'],
  );
});

test('ids, slugs and codes keep their meaning before names: "45" is the former Quảng Trị, "44" today\'s', () => {
  assert.equal(id('45'), '45');
  assert.equal(id('44'), '44@2025');
  assert.equal(id('quang-binh'), '44');
  assert.equal(id('Quảng Bình'), '44');
  assert.equal(id('VN'), 'VN');
  assert.equal(id('Việt Nam'), 'VN');
});

test('a name matching nothing: null, and the closest names for "did you mean"', () => {
  assert.equal(resolveUnits(ds, 'Quảng Trì x'), null);
  assert.deepEqual(
    closestUnits(ds, 'quang tre').map((u) => u.unit_id),
    ['44@2025', '45'],
    "today's first",
  );
  assert.deepEqual(
    closestUnits(ds, 'thien hue').map((u) => u.unit_id),
    ['46'],
  );
  assert.deepEqual(
    closestUnits(ds, 'ha noii').map((u) => u.unit_id),
    ['01'],
  );
  assert.deepEqual(
    closestUnits(ds, 'bac can').map((u) => u.unit_id),
    ['06'],
  );
  assert.deepEqual(closestUnits(ds, 'xyz'), [], 'nothing near: no guess');
  assert.throws(
    () => unitsFor(ds, 'quang tre'),
    (e: Error) =>
      /^unknown unit: "quang tre" \(known: .*every unit_id, slug, name or 2025 code of units\.csv\); did you mean: 44@2025 \(quang-tri, Quảng Trị\), 45 \(quang-tri-cu, Quảng Trị\)\?$/.test(
        e.message,
      ),
  );
  assert.throws(
    () => unitsFor(ds, 'xyz'),
    (e: Error) => e.message.startsWith('unknown unit: "xyz" (known: ') && !e.message.includes('did you mean'),
  );
});
