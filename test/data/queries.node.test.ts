import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {headlineTargets, joinResults, pairPeriods, periodsOf, targetsOn} from '../../src/data/queries.js';
import type {Result} from '../../src/data/schema.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {widgetDataset} from '../../scripts/lib/widget-dataset.js';

const ds = checkDataset(readCheckInput()).dataset;

test('Quảng Trị has plans in both periods; Bắc Kạn in one', () => {
  assert.deepEqual(periodsOf(ds, '45'), ['2016-2020', '2021-2025']);
  assert.deepEqual(periodsOf(ds, '06'), ['2021-2025']);
});

test('Quảng Trị: commune coverage lowered from 100% to 70%; healthy communes dropped; pilot models new', () => {
  const pairs = pairPeriods(ds, '45');
  const by = (id: string) => pairs.find((p) => p.indicator_id === id)!;
  assert.equal(by('communication.commune_coverage').change, 'lowered');
  assert.equal(by('communication.commune_coverage').before!.value, 100);
  assert.equal(by('communication.commune_coverage').after!.value, 70);
  assert.equal(by('healthy_communes.share').change, 'dropped');
  assert.equal(by('harm_reduction.pilot_models').change, 'new');
});

test('national headline prefers the programme decision over the ministry plan, and the final milestone', () => {
  const h = headlineTargets(
    ds.targets.filter((t) => t.unit_id === 'VN'),
    ds.plans,
  );
  const ind = h.find((t) => t.indicator_id === 'communication.industrial_zone_workers')!;
  assert.equal(ind.plan_id, 'vn-qd1629-2021');
  const cc2016 = h.find((t) => t.indicator_id === 'communication.commune_coverage' && t.period === '2016-2020')!;
  assert.equal(cc2016.target_year, 2020);
  assert.equal(cc2016.value, 100);
});

test('Quảng Ngãi keeps provincial press (per month) and central press (per year) apart', () => {
  const pairs = pairPeriods(ds, '51', ['communication.media_frequency']);
  assert.deepEqual(pairs.map((p) => p.measure).sort(), ['per_month', 'per_year']);
});

test('"60 of 63 provinces" is attached as a unit count, never as the indicator value', () => {
  const joined = joinResults(
    ds.targets.filter((t) => t.unit_id === 'VN'),
    ds.results,
    ds.indicators,
  );
  const t = joined.find((x) => x.target_id === 'vn-qd361-2016:communication.commune_coverage:2020')!;
  assert.equal(t.result, null);
  assert.equal(t.status, 'no_data');
  assert.equal(t.unit_counts[0].value, 60);
  assert.equal(t.unit_counts[0].denominator, 63);
});

test('a value result by target id sets the status; the latest as_of wins', () => {
  const base: Result = {
    ...ds.results[0],
    target_id: 'bac-kan-2021-2025:communication.commune_coverage',
    unit_id: '06',
    period: '2021-2025',
    result_kind: 'value',
    measure: 'percent',
    denominator: null,
  };
  const results = [
    {...base, result_id: 'a', value: 50, as_of: '2023-12-31'},
    {...base, result_id: 'b', value: 72, as_of: '2025-12-31'},
  ];
  const [t] = joinResults(
    ds.targets.filter((x) => x.target_id === base.target_id),
    results,
    ds.indicators,
  );
  assert.equal(t.result!.result_id, 'b');
  assert.equal(t.status, 'met');
});

test('targetsOn reads the precomputed index of the widget dataset, and scans when the index is wrong', () => {
  const plain = ds!;
  const built = widgetDataset(plain);
  for (const ind of plain.indicators) {
    const scanned = plain.targets.filter((t) => t.indicator_id === ind.indicator_id).map((t) => t.target_id);
    assert.deepEqual(
      targetsOn(built, ind.indicator_id).map((t) => t.target_id),
      scanned,
    );
    assert.deepEqual(
      targetsOn(plain, ind.indicator_id).map((t) => t.target_id),
      scanned,
    );
  }
  // An index pointing at the wrong rows is not trusted.
  const id = 'communication.commune_coverage';
  const wrong = {...built, targets: [...built.targets], target_index: {indicator: {[id]: [0, 1, 2]}}};
  assert.deepEqual(
    targetsOn(wrong, id).map((t) => t.target_id),
    plain.targets.filter((t) => t.indicator_id === id).map((t) => t.target_id),
  );
});
