// resolveRequest: the widget's attributes against the dataset — defaults, ids and slugs, successors' codes, and
// the first bad value with the valid ones.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {resolveRequest, type Attributes, type Request} from '../../src/data/request.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset!;
const ok = (a: Attributes): Request => {
  const r = resolveRequest(ds, a);
  if (!r.ok) assert.fail(JSON.stringify(r.error));
  return r.request;
};
const bad = (a: Attributes) => {
  const r = resolveRequest(ds, a);
  if (r.ok) assert.fail('resolved');
  return r.error;
};

test('defaults: attainment of the national level in its latest period; a comparison of the flagship indicator', () => {
  const r = ok({});
  assert.deepEqual(
    [r.view, r.units.map((u) => u.unit_id), r.period, r.level, r.indicators],
    ['attainment', ['VN'], '2021-2025', 'province', null],
  );
  const u = ok({view: 'units'});
  assert.deepEqual([u.units, u.indicators, u.period], [[], ['communication.commune_coverage'], '2021-2025']);
  assert.equal(ok({view: 'periods'}).form, 'indicator');
  assert.equal(ok({view: 'periods', unit: 'quang-tri'}).form, 'unit');
});

test('a unit by code or slug, an indicator by id or group, a period with an en dash', () => {
  assert.deepEqual(ok({unit: '06'}).units, ok({unit: 'bac-kan'}).units);
  assert.deepEqual(
    ok({unit: ' Bac-Kan , 51 '}).units.map((u) => u.unit_id),
    ['06', '51'],
  );
  assert.ok(ok({unit: 'bac-kan', indicator: 'communication'}).indicators!.includes('communication.students'));
  assert.equal(ok({unit: 'quang-tri', period: '2016–2020'}).period, '2016-2020');
});

test('a post-2025 code finds its predecessor, and says so', () => {
  const r = ok({unit: '19'});
  assert.deepEqual(
    r.units.map((u) => u.unit_id),
    ['06'],
  );
  assert.equal(r.via!.asked, '19');
});

test('the first bad value, with the valid ones', () => {
  assert.deepEqual(bad({view: 'pie'}), {
    code: 'unknown-view',
    value: 'pie',
    valid: ['attainment', 'periods', 'units', 'table'],
  });
  assert.equal(bad({level: 'commune'}).code, 'unknown-level');
  assert.equal(bad({unit: 'x'}).code, 'unknown-unit');
  assert.equal(bad({indicator: 'communication.x'}).code, 'unknown-indicator');
  assert.equal(bad({period: '2031-2035'}).code, 'unknown-period');
  const e = bad({unit: 'bac-kan', period: '2016-2020'});
  assert.deepEqual([e.code, e.value, e.valid], ['no-plan', '2016-2020', ['2021-2025']]);
  // A unit the dataset knows (for the 2025 reorganization) that issued no plan in it.
  const none = bad({unit: 'cao-bang'});
  assert.deepEqual([none.code, none.valid], ['no-plan', []]);
});
