// The element's state as data (src/components/state.ts): what render() shows for each load and UI state, and the
// stage a rebuilt model starts at. No browser: these are pure functions.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {ViewModel} from '../../src/charts/build.js';
import type {ChartContext} from '../../src/charts/common.js';
import type {Request} from '../../src/data/request.js';
import type {Dataset} from '../../src/data/schema.js';
import {INITIAL_UI, display, nextStage, renderedWithoutChart, type LoadState} from '../../src/components/state.js';

const model = (over: Partial<ViewModel> = {}): ViewModel => ({
  view: 'attainment',
  title: 'T',
  summary: 'S',
  panels: [{} as ViewModel['panels'][number]],
  rows: [],
  plans: ['p'],
  notes: [],
  legend: [],
  statuses: true,
  offerIndicatorForm: null,
  empty: null,
  ...over,
});
const ready = (m: ViewModel, stage: 'heading' | 'body' | 'drawn'): LoadState => ({
  kind: 'ready',
  model: m,
  stage,
  ds: {} as Dataset,
  request: {} as Request,
  ctx: {} as ChartContext,
});
const error = {code: 'unknown-unit' as const, message: 'x'};

describe('display', () => {
  test('loading and error show as they are', () => {
    assert.deepEqual(display({kind: 'loading'}, INITIAL_UI), {kind: 'loading'});
    assert.deepEqual(display({kind: 'error', error}, INITIAL_UI), {kind: 'error', error});
  });

  test('a model at its heading stage shows its heading, whatever the reader chose', () => {
    const m = model({empty: {available: []}});
    assert.equal(display(ready(m, 'heading'), {...INITIAL_UI, table: true}).kind, 'heading');
  });

  test('the chart: drawn or not, with the summary until it is drawn or when opened', () => {
    const m = model();
    assert.deepEqual(display(ready(m, 'body'), INITIAL_UI), {kind: 'chart', model: m, drawn: false, summary: true});
    assert.deepEqual(display(ready(m, 'drawn'), INITIAL_UI), {kind: 'chart', model: m, drawn: true, summary: false});
    assert.equal((display(ready(m, 'drawn'), {...INITIAL_UI, summaryOpen: true}) as {summary: boolean}).summary, true);
  });

  test('the table: the table view has no way back to a chart; a chart view showing its table does', () => {
    const t = model({view: 'table', panels: []});
    assert.deepEqual(display(ready(t, 'body'), INITIAL_UI), {kind: 'table', model: t, toggle: false});
    const m = model();
    assert.deepEqual(display(ready(m, 'drawn'), {...INITIAL_UI, table: true}), {kind: 'table', model: m, toggle: true});
  });

  test('empty and the one-period offer come before the reader’s table choice', () => {
    const e = model({empty: {available: ['a']}, panels: []});
    assert.equal(display(ready(e, 'body'), {...INITIAL_UI, table: true}).kind, 'empty');
    const o = model({view: 'periods', offerIndicatorForm: 'Xã…', panels: []});
    assert.equal(display(ready(o, 'body'), INITIAL_UI).kind, 'offer');
  });

  test('a render without a chart is announced for the table, empty and offer displays only', () => {
    const m = model();
    assert.equal(renderedWithoutChart(display(ready(m, 'body'), {...INITIAL_UI, table: true})), true);
    assert.equal(renderedWithoutChart(display(ready(model({empty: {available: []}}), 'body'), INITIAL_UI)), true);
    assert.equal(renderedWithoutChart(display(ready(m, 'drawn'), INITIAL_UI)), false);
    assert.equal(renderedWithoutChart(display(ready(m, 'heading'), INITIAL_UI)), false);
    assert.equal(renderedWithoutChart(display({kind: 'error', error}, INITIAL_UI)), false);
  });
});

describe('nextStage', () => {
  const m = model();
  test('a widget shows its heading first', () => {
    assert.equal(nextStage({kind: 'loading'}, false), 'heading');
    assert.equal(nextStage({kind: 'error', error}, true), 'heading');
    assert.equal(nextStage(ready(m, 'heading'), true), 'heading');
  });
  test('the same request rebuilt keeps its drawn chart; another one is drawn again', () => {
    assert.equal(nextStage(ready(m, 'drawn'), true), 'drawn');
    assert.equal(nextStage(ready(m, 'drawn'), false), 'body');
    assert.equal(nextStage(ready(m, 'body'), true), 'body');
  });
});
