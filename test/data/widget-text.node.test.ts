// The proposed split of the widget's dataset (core inside plan-chart.js, text loaded later) loses nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {mergeText} from '../../src/data/widget-text.js';
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
  assert.deepEqual(core.unit_order!.vi.length, core.units.length);
});

test('a text of another version is refused', () => {
  const {core, text} = widgetSplit(ds);
  assert.throws(() => mergeText(core, {...text, version: '0.0.0'}), {
    message: `dataset text version mismatch: core ${ds.version}, text 0.0.0`,
  });
});
