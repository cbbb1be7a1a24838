// The researchers' API in Node: arquero tables from the bundled files, typed by the zod schemas.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {op} from 'arquero';
import {loadDataset, loadTargets, periodComparison, targetsWithResults} from '../../src/data/load.js';

test('loadTargets gives an arquero table of every target with typed columns', async () => {
  const t = await loadTargets();
  assert.equal(t.numRows(), 83);
  const row = t
    .filter((d: {target_id: string}) => d.target_id === 'quang-ngai-2021-2025:harm_reduction.pilot_models')
    .object() as Record<string, unknown>;
  assert.equal(row.comparator, 'range');
  assert.equal(row.value, 1);
  assert.equal(row.value_max, 2);
  assert.equal(row.measure, 'count');
});

test('unit codes stay strings ("08", not 8)', async () => {
  const t = await loadTargets();
  const units = t.rollup({u: op.array_agg_distinct('unit_id')}).object() as {u: string[]};
  assert.ok(units.u.includes('08'));
});

test('a version that is not the bundled one is refused', async () => {
  await assert.rejects(loadDataset({src: new URL('../../data/', import.meta.url), version: '9.9.9'}), {
    message: /^dataset version mismatch: requested 9\.9\.9, found 1\.0\.0 at file:/,
  });
});

test('README question: which targets did Quảng Trị lower from 2016-2020 to 2021-2025?', async () => {
  const lowered = (await periodComparison('45'))
    .filter((d: {change: string}) => d.change === 'lowered')
    .objects() as Record<string, unknown>[];
  assert.deepEqual(
    lowered.map((d) => [d.indicator_id, d.value_2016_2020, d.value_2021_2025]),
    [['communication.commune_coverage', 100, 70]],
  );
});

test("README question: provinces' annual inspection targets against the national one", async () => {
  const t = (await loadTargets())
    .filter((d: {indicator_id: string}) => d.indicator_id === 'enforcement.venues_inspected_annual')
    .orderby('unit_id')
    .select('unit_id', 'comparator', 'value')
    .objects();
  assert.deepEqual(
    t,
    [
      {unit_id: '416', comparator: '>=', value: 40},
      {unit_id: '45', comparator: '>=', value: 20},
      {unit_id: '51', comparator: '>=', value: 20},
      {unit_id: '06', comparator: '>=', value: 20},
      {unit_id: 'VN', comparator: '>=', value: 20},
    ].sort((a, b) => a.unit_id.localeCompare(b.unit_id)),
  );
});

test('targetsWithResults keeps unit counts apart from values', async () => {
  const t = (await targetsWithResults())
    .filter((d: {unit_id: string; units_met: number | null}) => d.unit_id === 'VN' && d.units_met !== null)
    .objects() as Record<string, unknown>[];
  assert.deepEqual(t.map((d) => [d.target_id, d.units_met, d.units_total, d.status]).sort(), [
    ['vn-qd1629-2021:communication.commune_coverage', 56, 63, 'no_data'],
    ['vn-qd361-2016:communication.commune_coverage:2020', 60, 63, 'no_data'],
  ]);
});
