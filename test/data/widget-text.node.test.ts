// The proposed split of the widget's dataset (core inside plan-chart.js, text loaded later) loses nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {decodeCore, encodeCore, mergeText} from '../../src/data/widget-text.js';
import {widgetDataset, widgetSplit} from '../../scripts/lib/widget-dataset.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset;
const byId = <T extends object>(rows: T[], key: keyof T) =>
  [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

test('mergeText(core, text) is the whole widget dataset', () => {
  const {core, text} = widgetSplit(ds);
  const merged = mergeText(core, text);
  const full = widgetDataset(ds);
  assert.deepEqual(merged.targets, full.targets);
  assert.deepEqual(merged.plans, full.plans);
  assert.deepEqual(byId(merged.results, 'result_id'), byId(full.results, 'result_id'));
  assert.deepEqual(byId(merged.units, 'unit_id'), byId(full.units, 'unit_id'));
  assert.deepEqual(merged.unit_order, full.unit_order);
});

test('the core carries no quote, and only the units with a plan or a result (and their 2025 provinces)', () => {
  const {core} = widgetSplit(ds);
  assert.ok(core.targets.every((t) => !('quote' in t) && !('notes' in t)));
  assert.ok(core.results.every((r) => r.result_kind !== 'count_context' && !('quote' in r)));
  const ids = new Set(core.units.map((u) => u.unit_id));
  for (const id of ['VN', '01', '45', '44@2025', '15', '15@2025', '06', '19@2025', '416']) assert.ok(ids.has(id), id);
  assert.ok(!ids.has('04'), 'Cao Bằng has no plan and no result');
  // The order of units comes with the text; the core's units are collated if a first content sorts them.
  assert.equal(core.unit_order, undefined);
});

test('a text of another version is refused', () => {
  const {core, text} = widgetSplit(ds);
  assert.throws(() => mergeText(core, {...text, version: '0.0.0'}), {
    message: `dataset text version mismatch: core ${ds.version}, text 0.0.0`,
  });
});

test('the core in columns (what plan-chart.js carries) decodes to the core, ids and derived cells included', () => {
  const {core} = widgetSplit(ds);
  const columns = encodeCore(core);
  const decoded = decodeCore(JSON.parse(JSON.stringify(columns)));
  assert.deepEqual(
    decoded.targets,
    core.targets.map((t) => ({...t})),
  );
  assert.deepEqual(decoded.plans, core.plans);
  assert.deepEqual(decoded.results, core.results);
  // What the targets repeat of their plan and id is left out: a row of Bắc Kạn's is mostly its own figures.
  const keys = columns.columns.targets.keys;
  const first = Object.fromEntries(keys.map((k, i) => [k, columns.columns.targets.rows[0][i]]));
  assert.equal(first.target_id, 0);
  assert.equal(first.unit_id, 0);
  assert.equal(typeof first.indicator_id, 'number');
  // A target whose id is not plan:indicator(:suffix) keeps it whole.
  const odd = {...core, targets: [{...core.targets[0], target_id: 'x-1'}, ...core.targets.slice(1)]};
  assert.equal(decodeCore(encodeCore(odd)).targets[0].target_id, 'x-1');
});
