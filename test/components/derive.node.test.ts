// The element's load state, derived without a DOM (deriveLoad in src/components/state.ts): from what the data
// controller holds and the element's attributes to loading, error or a ready model with what it was built from.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import type {ChartContext} from '../../src/charts/common.js';
import type {DataState} from '../../src/components/controllers/data-controller.js';
import type {PlanChartErrorDetail} from '../../src/components/events.js';
import {deriveLoad, langCode, type Derived, type LoadInputs, type LoadTools} from '../../src/components/state.js';
import {DEFAULT_INDICATOR} from '../../src/data/constants.js';
import type {Dataset} from '../../src/data/schema.js';
import {readTargetsSync} from '../../src/data/targets/input.js';
import {pagePlanDataset, resolvePageRequest} from '../../src/data/targets/page-plan.js';
import {checkDataset} from '../../src/data/validate.js';
import {MESSAGES} from '../../src/i18n/index.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset!;
const none = {kind: 'none'} as const;
const readyData = (d: Dataset = ds, complete = true): DataState =>
  ({kind: 'ready', ds: d, results: none, complete}) as DataState;
const attributes = {view: 'attainment', unit: 'bac-kan', indicator: null, period: null, level: null};
// The controller hands the same state object over as long as nothing it loads changes (a move included).
const data0 = readyData();
const inputs = (over: Partial<LoadInputs> = {}): LoadInputs => ({
  data: data0,
  lang: 'vi',
  messages: true,
  width: 600,
  dark: false,
  attributes,
  indicatorForm: false,
  ...over,
});
const tools: LoadTools = {
  context: (d): ChartContext => ({ds: d, lang: 'vi', theme: DEFAULT_THEME, width: 600}),
  errorOf: (e) => ({code: 'render', message: String(e)}) as unknown as PlanChartErrorDetail,
};
const start: Derived = {load: {kind: 'loading'}, built: []};

describe('deriveLoad', () => {
  test('a dataset and a unit give a ready model holding the dataset, the request and the context', () => {
    const {load} = deriveLoad(inputs(), start, tools);
    assert.equal(load.kind, 'ready');
    if (load.kind !== 'ready') return;
    assert.equal(load.ds, ds);
    assert.equal(load.request.units.length, 1);
    assert.match(load.model.title, /Bắc Kạn/);
    assert.equal(load.ctx.ds, ds);
    assert.equal(load.stage, 'heading');
    assert.ok(load.model.rows.length > 0);
  });

  test('the same inputs give back the same state object: a moved element, whose controller kept its data, is not rebuilt', () => {
    const first = deriveLoad(inputs(), start, tools);
    const drawn: Derived = {
      ...first,
      load: {...(first.load as Extract<typeof first.load, {kind: 'ready'}>), stage: 'drawn'},
    };
    const again = deriveLoad(inputs(), drawn, tools);
    assert.equal(again.load, drawn.load);
    assert.equal(again.built, drawn.built);
  });

  test('another width rebuilds the model and keeps its drawn stage; another unit is drawn again', () => {
    const first = deriveLoad(inputs(), start, tools);
    const drawn: Derived = {
      ...first,
      load: {...(first.load as Extract<typeof first.load, {kind: 'ready'}>), stage: 'drawn'},
    };
    const wider = deriveLoad(inputs({width: 900}), drawn, tools);
    assert.notEqual(wider.load, drawn.load);
    assert.equal(wider.load.kind === 'ready' && wider.load.stage, 'drawn');
    const other = deriveLoad(inputs({attributes: {...attributes, unit: 'quang-ngai'}}), drawn, tools);
    assert.equal(other.load.kind === 'ready' && other.load.stage, 'body');
  });

  test('while another dataset loads the widget keeps what it shows; after an error it says loading', () => {
    const first = deriveLoad(inputs(), start, tools);
    const loading = deriveLoad(inputs({data: {kind: 'loading'} as DataState}), first, tools);
    assert.equal(loading.load, first.load);
    const failed: Derived = {load: {kind: 'error', error: {code: 'x', message: 'x'} as never}, built: ['old']};
    assert.deepEqual(deriveLoad(inputs({data: {kind: 'loading'} as DataState}), failed, tools).load, {kind: 'loading'});
  });

  test('English waits for its texts (and asks for them) and for the whole dataset', () => {
    const waiting = deriveLoad(inputs({lang: 'en', messages: false}), start, tools);
    assert.deepEqual(waiting.load, {kind: 'loading'});
    assert.equal(waiting.loadMessages, 'en');
    const core = deriveLoad(inputs({lang: 'en', data: readyData(ds, false)}), start, tools);
    assert.deepEqual(core.load, {kind: 'loading'});
    assert.equal(deriveLoad(inputs({lang: 'en'}), start, tools).load.kind, 'ready');
  });

  test('an unknown lang is an error naming it; an absent or empty lang is Vietnamese', () => {
    const bad = deriveLoad(inputs({lang: 'fr'}), start, tools).load;
    assert.equal(bad.kind === 'error' && bad.error.code, 'unknown-lang');
    assert.match(bad.kind === 'error' ? bad.error.message : '', /fr/);
    for (const lang of [null, undefined, '']) {
      assert.equal(deriveLoad(inputs({lang}), start, tools).load.kind, 'ready', String(lang));
      assert.equal(langCode(lang), 'vi');
    }
  });

  test('a unit not in the carried core waits for the whole dataset, then is an error', () => {
    const a = {...attributes, unit: 'no-such-unit'};
    assert.deepEqual(deriveLoad(inputs({attributes: a, data: readyData(ds, false)}), start, tools).load, {
      kind: 'loading',
    });
    const load = deriveLoad(inputs({attributes: a}), start, tools).load;
    assert.equal(load.kind, 'error');
  });

  test('the indicator form of the periods view: the flagship indicator when none is asked for', () => {
    const a = {...attributes, view: 'periods', unit: 'quang-ngai'};
    const load = deriveLoad(inputs({attributes: a, indicatorForm: true}), start, tools).load;
    assert.equal(load.kind, 'ready');
    if (load.kind !== 'ready') return;
    assert.equal(load.request.view, 'periods');
    assert.equal(load.request.form, 'indicator');
    assert.deepEqual(load.request.indicators, [DEFAULT_INDICATOR]);
  });

  test('a page plan resolves against its own one unit, whatever `unit` says', () => {
    const names = {vi: MESSAGES.vi.pagePlan, en: MESSAGES.vi.pagePlan};
    const text = readFileSync(new URL('../fixtures/targets/plan.csv', import.meta.url), 'utf8');
    const targets = readTargetsSync(text, {file: 'plan.csv', today: '2026-03-01'}).targets;
    const page = pagePlanDataset(targets, {names, version: '1.1.0'});
    const data = {
      kind: 'ready',
      ds: page.ds,
      results: none,
      complete: true,
      page: {targets: targets.length, resolve: (a: never) => resolvePageRequest(page.ds, a)},
    } as unknown as DataState;
    const load = deriveLoad(inputs({data, attributes: {...attributes, unit: 'ha-noi'}}), start, tools).load;
    assert.equal(load.kind, 'ready');
    if (load.kind !== 'ready') return;
    assert.equal(load.ds, page.ds);
    assert.deepEqual(
      load.request.units.map((u) => u.unit_id),
      page.ds.units.map((u) => u.unit_id),
    );
  });
});
