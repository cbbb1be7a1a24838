// Units across 1 July 2025: a key resolves to one unit and the units whose plans belong with it, in the data API
// (resolveUnits) and for the widget (resolveRequest).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {resolveUnits, unitFullName} from '../../src/data/units.js';
import {resolveRequest} from '../../src/data/request.js';
import {planSeries} from '../../src/data/queries.js';
import type {Dataset} from '../../src/data/schema.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset;
const ids = (key: string) => {
  const r = resolveUnits(ds, key);
  return r && [r.unit.unit_id, ...r.members.slice(1).map((u) => u.unit_id)];
};

test('63 provinces before 1 July 2025, 34 after (23 new rows, 11 unmerged rows valid both sides), 1 district', () => {
  const provinces = ds.units.filter((u) => u.level === 'province');
  assert.equal(provinces.filter((u) => !u.unit_id.includes('@')).length, 63);
  assert.equal(provinces.filter((u) => !u.valid_to).length, 34);
  assert.equal(provinces.filter((u) => u.unit_id.endsWith('@2025')).length, 23);
  assert.deepEqual(
    ds.units.filter((u) => u.level === 'district').map((u) => [u.unit_id, u.unit_2025]),
    [['416', '40']],
  );
});

test('"thai-nguyen" and "19" are Thái Nguyên from 2025, with Bắc Kạn (06) and the former Thái Nguyên (19)', () => {
  assert.deepEqual(ids('thai-nguyen'), ['19@2025', '06', '19']);
  assert.deepEqual(ids('19'), ['19@2025', '06', '19']);
  assert.deepEqual(ids('thai-nguyen-cu'), ['19']);
});

test('"44" and "quang-tri" are Quảng Trị from 2025, with Quảng Bình (44) and the former Quảng Trị (45)', () => {
  assert.deepEqual(ids('44'), ['44@2025', '44', '45']);
  assert.deepEqual(ids('quang-tri'), ['44@2025', '44', '45']);
  assert.deepEqual(ids('Quang-Tri '), ['44@2025', '44', '45']);
});

test('released ids keep their meaning: 45, 06, 416 name exactly those units; 08 and 51 are read in the 2025 list', () => {
  assert.deepEqual(ids('45'), ['45']);
  assert.deepEqual(ids('06'), ['06']);
  assert.deepEqual(ids('bac-kan'), ['06']);
  assert.deepEqual(ids('416'), ['416']);
  assert.deepEqual(ids('08'), ['08@2025', '02', '08']);
  assert.deepEqual(ids('51'), ['51@2025', '51', '62']);
  assert.deepEqual(ids('40'), ['40'], 'Nghệ An was not merged; its districts are not its predecessors');
  assert.deepEqual(ids('thua-thien-hue'), ['46']);
  assert.equal(resolveUnits(ds, 'quang-tri-x'), null);
});

test('names: kind word, and "(cũ)" for a former province whose name continues', () => {
  const u = (id: string) => ds.units.find((x) => x.unit_id === id)!;
  assert.equal(unitFullName(ds, u('01'), 'vi'), 'Thành phố Hà Nội');
  assert.equal(unitFullName(ds, u('01'), 'en'), 'Ha Noi city');
  assert.equal(unitFullName(ds, u('45'), 'vi', {disambiguate: true}), 'Tỉnh Quảng Trị (cũ)');
  assert.equal(unitFullName(ds, u('45'), 'en', {disambiguate: true}), 'Quang Tri province (former)');
  assert.equal(unitFullName(ds, u('06'), 'vi', {disambiguate: true, inSentence: true}), 'tỉnh Bắc Kạn');
  assert.equal(unitFullName(ds, u('416'), 'vi'), 'Huyện Quỳ Châu');
});

test('the widget: unit="thai-nguyen" and unit="19" draw Bắc Kạn and say it is part of Thái Nguyên since 2025', () => {
  for (const unit of ['thai-nguyen', '19']) {
    const r = resolveRequest(ds, {unit});
    assert.ok(r.ok);
    assert.deepEqual(
      r.request.units.map((u) => u.unit_id),
      ['06'],
    );
    assert.deepEqual(
      r.request.asked.map((u) => u.unit_id),
      ['19@2025'],
    );
    assert.deepEqual(r.request.via, {asked: unit, name: 'Thái Nguyên', unit_id: '19@2025', from: '2025-07-01'});
    assert.equal(r.request.period, '2021-2025');
  }
});

test('the widget: unit="44" finds the former Quảng Trị\'s plans in both periods, without a note (same name)', () => {
  const r = resolveRequest(ds, {unit: '44', view: 'periods'});
  assert.ok(r.ok);
  assert.deepEqual(
    r.request.units.map((u) => u.unit_id),
    ['45'],
  );
  assert.equal(r.request.via, null);
  assert.deepEqual(
    planSeries(
      ds,
      resolveUnits(ds, '44')!.members.map((u) => u.unit_id),
    ).map((s) => s.plan.plan_id),
    ['quang-tri-2017-2020', 'quang-tri-2022-2025'],
  );
});

test('the widget: a unit without a plan but with results against national targets (Yên Bái) has a period', () => {
  const r = resolveRequest(ds, {unit: 'yen-bai'});
  assert.ok(r.ok);
  assert.equal(r.request.period, '2016-2020');
  const lc = resolveRequest(ds, {unit: '15'});
  assert.ok(lc.ok);
  assert.deepEqual(
    lc.request.units.map((u) => u.unit_id),
    ['15'],
  );
  assert.equal(lc.request.via?.name, 'Lào Cai');
});

test('the widget: periods are those of the data; 2026-2035 is one, 2026-2030 is not', () => {
  const ok = resolveRequest(ds, {unit: 'ha-noi'});
  assert.ok(ok.ok);
  assert.equal(ok.request.period, '2026-2035', 'the latest period with a plan of Hà Nội');
  const bad = resolveRequest(ds, {unit: 'ha-noi', period: '2026-2030'});
  assert.ok(!bad.ok);
  assert.deepEqual(bad.error, {
    code: 'unknown-period',
    value: '2026-2030',
    valid: ['2016-2020', '2021-2025', '2026-2035'],
  });
});

test("a 2026 plan of a merged province is found under its new code, with its predecessors' plans", () => {
  // A plan of Quảng Trị (2025 list) for 2026, added to the real dataset.
  const plan = {...ds.plans.find((p) => p.plan_id === 'ha-noi-2026')!, plan_id: 'quang-tri-2026', unit_id: '44@2025'};
  const target = {
    ...ds.targets.find((t) => t.target_id === 'ha-noi-2026:communication.commune_coverage')!,
    target_id: 'quang-tri-2026:communication.commune_coverage',
    plan_id: 'quang-tri-2026',
    unit_id: '44@2025',
  };
  const more: Dataset = {...ds, plans: [...ds.plans, plan], targets: [...ds.targets, target]};
  const r = resolveRequest(more, {unit: '44'});
  assert.ok(r.ok);
  assert.deepEqual(
    r.request.units.map((u) => u.unit_id),
    ['44@2025', '45'],
  );
  assert.equal(r.request.period, '2026-2035');
  assert.deepEqual(
    planSeries(more, ['44@2025', '44', '45']).map((s) => s.plan.plan_id),
    ['quang-tri-2017-2020', 'quang-tri-2022-2025', 'quang-tri-2026'],
  );
});

test('an unknown unit lists the units with plans or results', () => {
  const r = resolveRequest(ds, {unit: 'quang-tri-x'});
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'unknown-unit');
  assert.ok(r.error.valid.includes('45 (quang-tri-cu)'));
  assert.ok(r.error.valid.includes('15 (yen-bai)'));
  assert.ok(!r.error.valid.includes('04 (cao-bang)'));
});

test('the units view defaults to the latest period with a national target to read units against', () => {
  const r = resolveRequest(ds, {view: 'units', indicator: 'communication.commune_coverage'});
  assert.ok(r.ok);
  assert.equal(r.request.period, '2021-2025', 'not 2026-2035, where only Hà Nội has a plan');
  const hn = resolveRequest(ds, {view: 'units', indicator: 'communication.residents'});
  assert.ok(hn.ok);
  assert.equal(hn.request.period, '2026-2035', 'no national target: the latest period with targets');
});

test('a dataset.json of 1.0 (units without code, kind or unit_2025, loaded with src) still resolves', () => {
  // The 1.0.0 units, as their rows were: a successor code is not a row of the table.
  const legacyUnits = ds.units
    .filter((u) => ['VN', '08', '06', '45', '51', '40', '416'].includes(u.unit_id))
    .map(
      ({
        unit_id,
        slug,
        name,
        name_en,
        level,
        parent_id,
        successor_id,
        successor_name,
        successor_from,
        successor_note,
      }) => ({
        unit_id,
        slug: slug.replace(/-cu$/, ''),
        name,
        name_en,
        level,
        parent_id,
        successor_id,
        successor_name,
        successor_from,
        successor_note,
      }),
    ) as unknown as Dataset['units'];
  const legacy: Dataset = {
    ...ds,
    units: legacyUnits,
    programmes: undefined,
    plans: ds.plans.filter((p) => legacyUnits.some((u) => u.unit_id === p.unit_id)),
  };
  assert.deepEqual(
    resolveUnits(legacy, '19')!.members.map((u) => u.unit_id),
    ['06'],
  );
  assert.deepEqual(resolveUnits(legacy, 'quang-tri')!.unit.unit_id, '45');
  const r = resolveRequest(legacy, {unit: '19'});
  assert.ok(r.ok);
  assert.deepEqual(r.request.via, {asked: '19', name: 'Thái Nguyên', unit_id: '19', from: '2025-07-01'});
  assert.equal(unitFullName(legacy, legacyUnits[1], 'en'), `${legacyUnits[1].name_en} province`);
});
