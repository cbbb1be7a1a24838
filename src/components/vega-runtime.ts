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
import type {Spec, View as ViewType} from 'vega';
import {rowChartSpec, type RowChartOptions} from '../charts/rows.js';
import {canvasMeasure} from './measure.js';
export {createTooltip} from './tooltip.js';

extend(transforms, tx, vtx, encode);

/**
 * The Vega spec of a panel, laid out here with the chart engine: the layout code and the canvas text measure
 * are not needed for a widget's title and summary, so they stay out of plan-chart.js.
 */
export function chartSpec(options: RowChartOptions): Spec {
  return rowChartSpec({...options, measure: options.measure ?? canvasMeasure(options.theme.font)});
}

export interface DrawOptions {
  tooltip: (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;
}

/**
 * Draws a Vega spec as SVG into `container`; resolves with the view once it is rendered. The specs carry every
 * text already formatted in the widget's language (axis labels included), so no number locale is involved.
 */
export async function draw(container: HTMLElement, spec: Spec, o: DrawOptions): Promise<ViewType> {
  const view = new View(parse(spec, undefined, {ast: true}), {
    container,
    renderer: 'svg',
    expr: expressionInterpreter,
    tooltip: o.tooltip,
    hover: false,
  }) as unknown as ViewType;
  await view.runAsync();
  return view;
}
