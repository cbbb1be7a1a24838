// Plan completeness (dataset 1.2.0): "new" and "dropped" only between plans whose whole target section the dataset
// holds; a target stated on one side only, where a side is an excerpt, is "excerpt_<period>"; two targets of
// different definitions are "differs", never "raised".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {isFullPlan, pairPeriods} from '../../src/data/queries.js';
import {unitsFor} from '../../src/data/units.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset;
const members = (key: string) => unitsFor(ds, key).members.map((u) => u.unit_id);

test('the official texts are full plans, the pages quoting a plan are excerpts', () => {
  const full = ds.plans.filter((p) => p.completeness === 'full').map((p) => p.plan_id);
  assert.deepEqual(full.sort(), [
    'bac-kan-2021-2025',
    'quang-ngai-2021-2025',
    'quang-tri-2022-2025',
    'quy-chau-2025',
    'tuyen-quang-2016-2020',
  ]);
  for (const p of ds.plans) assert.equal(isFullPlan(p), p.source_kind === 'official', p.plan_id);
  // A dataset.json before 1.2.0 has no completeness: derived from source_kind.
  assert.equal(isFullPlan({source_kind: 'official'}), true);
  assert.equal(isFullPlan({source_kind: 'secondary'}), false);
});

test('Quảng Trị 2017-2020 (excerpt) against 2022-2025 (full): no "new" or "dropped"', () => {
  const pairs = pairPeriods(ds, members('quang-tri'), undefined, {before: '2016-2020', after: '2021-2025'});
  assert.ok(pairs.length >= 10, `${pairs.length} pairs`);
  assert.deepEqual(
    pairs.filter((p) => p.change === 'new' || p.change === 'dropped').map((p) => p.indicator_id),
    [],
  );
  const onlyAfter = pairs.filter((p) => !p.before);
  assert.ok(onlyAfter.length >= 10);
  assert.ok(onlyAfter.every((p) => p.change === 'excerpt_2021_2025'));
  // The one target both state keeps its change: 100 % of communes with awareness activities in both plans.
  const communes = pairs.find((p) => p.indicator_id === 'communication.commune_coverage')!;
  assert.ok(communes.before && communes.after);
  assert.ok(['raised', 'lowered', 'unchanged'].includes(communes.change), communes.change);
});

test('Hà Nội 2025 and 2026 (excerpts): no "new" or "dropped"; the 62.500 sub-target is not "raised" to 100.000', () => {
  const pairs = pairPeriods(ds, members('ha-noi'), undefined, {before: '2021-2025', after: '2026-2035'});
  assert.ok(pairs.length > 0);
  assert.deepEqual(
    pairs.filter((p) => p.change === 'new' || p.change === 'dropped').map((p) => p.indicator_id),
    [],
  );
  assert.ok(pairs.some((p) => p.change === 'excerpt_2026_2035' || p.change === 'excerpt_2021_2025'));
  const students = pairs.find((p) => p.indicator_id === 'communication.students' && p.measure === 'count')!;
  assert.equal(students.before?.value, 62500);
  assert.equal(students.after?.value, 100000);
  assert.equal(students.comparable, false);
  assert.equal(students.change, 'differs');
});

test('between two full plans a target stated on one side only is still "new" or "dropped"', () => {
  // Quỳ Châu 2025 and Nghệ An are one history; Tuyên Quang 2016-2020 (full) has no 2021-2025 plan: only_<period>.
  const tq = pairPeriods(ds, ['08'], undefined, {before: '2016-2020', after: '2021-2025'});
  assert.ok(tq.length && tq.every((p) => p.change === 'only_2016_2020'));
  // Two full plans: the same unit's plans made whole on both sides by a copy of the dataset.
  const whole = {...ds, plans: ds.plans.map((p) => ({...p, completeness: 'full' as const}))};
  const qt = pairPeriods(whole, members('quang-tri'), undefined, {before: '2016-2020', after: '2021-2025'});
  assert.ok(qt.some((p) => p.change === 'new'));
});
