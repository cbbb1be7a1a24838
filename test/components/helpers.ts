import {fixture, html} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {PlanChart} from '../../src/components/plan-chart.js';
import '../../src/define.js';

/** Resolves with the next render or error event of `el`. */
export function nextEvent(el: HTMLElement): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('plan-chart-render', done);
      el.removeEventListener('plan-chart-error', done);
      resolve(e as CustomEvent);
    };
    el.addEventListener('plan-chart-render', done);
    el.addEventListener('plan-chart-error', done);
  });
}

/** Mounts a widget in a container of the given width and waits until it has rendered or failed. */
export async function mount(template: TemplateResult, width = 720): Promise<{el: PlanChart; event: CustomEvent}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  render(template, wrapper);
  const el = wrapper.querySelector('plan-chart') as PlanChart;
  const event = await nextEvent(el);
  return {el, event};
}

export const shadow = (el: PlanChart) => el.shadowRoot!;
/** SVG texts, with the non-breaking spaces that keep "≥ 70%" together read as spaces. */
export const svgTexts = (el: PlanChart) =>
  [...shadow(el).querySelectorAll('.vis svg text')].map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' '));
export const text = (el: PlanChart) => shadow(el).textContent!.replace(/\s+/g, ' ');
