/**
 * Each cause of an error fires `plan-chart-error` once (README, "Events"): a dataset that cannot be loaded, an unknown
 * `lang`, an unknown `view`, however many updates (a width measured, texts or the dataset arriving) show the error.
 * A new cause fires again.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import type {PlanChart} from '../../src/components/plan-chart.js';
import '../../src/define.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Places a widget with `attrs`, counts its error events for `ms` ms (resizing its container meanwhile). */
async function errorsOf(attrs: Record<string, string>, ms = 1500) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement('plan-chart') as PlanChart;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: CustomEvent[] = [];
  el.addEventListener('plan-chart-error', (e) => errors.push(e as CustomEvent));
  box.append(el);
  await sleep(ms / 3);
  // A new width re-lays out the widget: the same error, not a new one.
  box.style.width = '500px';
  await sleep(ms / 3);
  box.style.width = '900px';
  await sleep(ms / 3);
  return {el, box, errors};
}

describe('<plan-chart> error events', () => {
  it('a dataset that cannot be loaded (bad src) fires one error', async () => {
    const {errors} = await errorsOf({unit: 'quang-ngai', src: '/no-such-folder/'});
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['dataset']);
  });

  it('src="mailto:x@y" fires one error', async () => {
    const {errors} = await errorsOf({unit: 'quang-ngai', src: 'mailto:x@y'});
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['dataset']);
  });

  it('an unknown lang fires one error, and another unknown lang one more', async () => {
    const {el, errors} = await errorsOf({unit: 'quang-ngai', lang: 'fr'});
    expect(errors.map((e) => [e.detail.code, e.detail.value])).to.deep.equal([['unknown-lang', 'fr']]);
    el.setAttribute('lang', 'de');
    await sleep(500);
    expect(errors.map((e) => [e.detail.code, e.detail.value])).to.deep.equal([
      ['unknown-lang', 'fr'],
      ['unknown-lang', 'de'],
    ]);
  });

  it('an unknown view fires one error; the same cause set again after a good value fires again', async () => {
    const {el, errors} = await errorsOf({unit: 'quang-ngai', view: 'pie'});
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['unknown-view']);
    expect(errors[0].detail.valid).to.include('table');
    expect(errors[0].detail.message).to.match(/attainment, periods, units, table/);
    el.setAttribute('view', 'attainment');
    await sleep(500);
    el.setAttribute('view', 'pie');
    await sleep(500);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['unknown-view', 'unknown-view']);
  });
});
