// Ids are a contract with researchers: every released id stays (removing or re-meaning one is a major version).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {parseCsv} from '../../src/data/csv.js';

const released = JSON.parse(readFileSync(new URL('../../data/released-ids.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, string[]>
>;
const KEYS = {
  units: 'unit_id',
  programmes: 'period',
  plans: 'plan_id',
  groups: 'group_id',
  indicators: 'indicator_id',
  targets: 'target_id',
  results: 'result_id',
};

test('the 1.0.0 id list is the one released (sha256 of the sorted ids)', () => {
  const all = Object.entries(released['1.0.0'])
    .flatMap(([t, ids]) => ids.map((id) => `${t}/${id}`))
    .sort()
    .join('\n');
  // Written when 1.0.0 was released; changing data/released-ids.json for 1.0.0 must fail here.
  assert.equal(createHash('sha256').update(all).digest('hex'), RELEASED_1_0_0_SHA256);
  assert.equal(released['1.0.0'].targets.length, 83);
});

test('1.1.0 adds ids and removes none: no id is listed twice', () => {
  const seen = new Set<string>();
  for (const byTable of Object.values(released))
    for (const [t, ids] of Object.entries(byTable))
      for (const id of ids) {
        assert.ok(!seen.has(`${t}/${id}`), `${t}/${id} released twice`);
        seen.add(`${t}/${id}`);
      }
  assert.equal(released['1.1.0'].targets.length, 85);
  assert.deepEqual(released['1.1.0'].programmes, ['2016-2020', '2021-2025', '2026-2035']);
});

for (const [table, key] of Object.entries(KEYS)) {
  test(`every released ${table} id still exists`, () => {
    const {records} = parseCsv(readFileSync(new URL(`../../data/${table}.csv`, import.meta.url), 'utf8'));
    const now = new Set(records.map((r) => r.values[key]));
    const missing = Object.values(released)
      .flatMap((v) => v[table] ?? [])
      .filter((id) => !now.has(id));
    assert.deepEqual(missing, []);
  });
}

const RELEASED_1_0_0_SHA256 = '123fb039c9f2469ca2754d6ff4a136e8a65a15caa541dab81aa5a62033b6bbb2';
