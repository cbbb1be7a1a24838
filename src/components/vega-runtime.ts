/**
 * The chart engine chunk: Vega's parser, dataflow and SVG/canvas renderers with the transforms a row chart uses,
 * and nothing else. No Vega-Lite (the specs are Vega already, see src/charts/rows.ts), no vega-embed, and not the
 * `vega` bundle, which registers every transform (geo, force, word cloud, …) and so cannot be tree-shaken.
 * Expressions run through vega-interpreter (`ast: true`): no `unsafe-eval` needed.
 */
import {transforms} from 'vega-dataflow';
import * as encode from 'vega-encode';
import {expressionInterpreter} from 'vega-interpreter';
import {parse} from 'vega-parser';
import * as tx from 'vega-transforms';
import {extend} from 'vega-util';
import {View} from 'vega-view';
import * as vtx from 'vega-view-transforms';
import type {Spec, View as VegaView} from 'vega-typings';
import type {Panel} from '../charts/common.js';
import {rowChartSpec, type RowChartOptions} from '../charts/rows.js';
import {canvasMeasure} from './measure.js';
import {createTooltip} from './tooltip.js';

extend(transforms, tx, vtx, encode);

/**
 * The Vega spec of a panel, laid out here with the chart engine: the layout code and the canvas text measure
 * are not needed for a widget's title and summary, so they stay out of plan-chart.js.
 */
export function chartSpec(options: RowChartOptions): Spec {
  return rowChartSpec({...options, measureText: options.measureText ?? canvasMeasure(options.theme.font)});
}

type TooltipHandler = (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;

/**
 * Draws a Vega spec as SVG into `container`; resolves with the view once it is rendered. The specs carry every
 * text already formatted in the widget's language (axis labels included), so no number locale is involved.
 */
export async function draw(container: HTMLElement, spec: Spec, tooltip?: TooltipHandler): Promise<VegaView> {
  const view = new View(parse(spec, undefined, {ast: true}), {
    container,
    renderer: 'svg',
    expr: expressionInterpreter,
    tooltip,
    hover: false,
  }) as unknown as VegaView;
  await view.runAsync();
  return view;
}

/**
 * Draws each panel into its container, with a tooltip inside `root` (the widget's shadow root) that asks the panel
 * for its text when a mark is hovered. Returns the views, their specs and their teardown, as vega-embed's Result.
 */
export async function drawPanels(
  root: HTMLElement,
  containers: HTMLElement[],
  panels: Panel[],
): Promise<{views: VegaView[]; specs: Spec[]; finalize(): void}> {
  const tooltip = createTooltip(root);
  const specs = panels.map((p) => chartSpec(p.options));
  const views = await Promise.all(
    panels.map((p, k) =>
      // The spec's tooltip is a target id: the panel builds the text when it is hovered.
      draw(containers[k], specs[k], (handler, event, item, value) =>
        tooltip(handler, event, item, typeof value === 'string' ? (p.tooltip(value) ?? null) : value),
      ),
    ),
  );
  // The SVGs are described by the panel heading and the chart's summary; Vega's own roles stay off (aria: false).
  for (const c of containers) c.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  return {views, specs, finalize: () => views.forEach((v) => v.finalize())};
}
