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
import {chartScene, rowChartSpec, sceneSpec, type RowChartOptions} from '../charts/rows.js';
import type {Lang} from '../i18n/index.js';
import {canvasMeasure} from './measure.js';
import {rowKeys} from './row-keys.js';
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

/** The row key of a Vega item (every mark's datum carries its row's key, see src/charts/rows.ts). */
const keyOf = (item: unknown) => ((item as {datum?: {key?: string}} | null)?.datum ?? {}).key;

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
 * for its text when a mark is hovered and sits above or below the hovered row, and the rows' list for the keyboard
 * over each panel (row-keys.ts). A click on a mark, or Enter on a row, calls `select` with the target and the row's
 * option (where focus goes back). Returns the views, their specs and their teardown, as vega-embed's Result.
 */
export async function drawPanels(
  root: HTMLElement,
  containers: HTMLElement[],
  panels: Panel[],
  select: (id: string, from: HTMLElement | undefined) => void = () => {},
): Promise<{views: VegaView[]; specs: Spec[]; finalize(): void}> {
  const tooltip = createTooltip(root);
  const scenes = panels.map((p) =>
    chartScene({...p.options, measureText: p.options.measureText ?? canvasMeasure(p.options.theme.font)}),
  );
  const specs = scenes.map(sceneSpec);
  const lang = (root.lang || 'vi') as Lang;
  // The rows' list is laid once the panels are drawn; the tooltip asks it for the hovered row's band.
  const laid: {keys?: ReturnType<typeof rowKeys>} = {};
  const views = await Promise.all(
    panels.map((p, k) =>
      // The spec's tooltip is a target id: the panel builds the text when it is hovered.
      draw(containers[k], specs[k], (handler, event, item, value) => {
        const key = keyOf(item);
        tooltip(
          handler,
          event,
          item,
          typeof value === 'string' ? (p.tooltip(value) ?? null) : value,
          key === undefined ? undefined : laid.keys?.band(k, key),
        );
      }),
    ),
  );
  // The SVGs are described by the rows' lists laid over them; Vega's own roles stay off (aria: false).
  for (const c of containers) c.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  const keys = (laid.keys = rowKeys(
    containers,
    panels.map((p, k) => ({
      label: `${root.querySelector('.chart')?.getAttribute('aria-label') ?? ''} — ${p.title}`,
      rows: p.options.rows,
      bands: scenes[k].bands,
      width: scenes[k].width,
      tip: (id) => p.tooltip(id),
    })),
    lang,
    select,
  ));
  views.forEach((v, k) =>
    v.addEventListener('click', (_e, item) => {
      const id = (item?.datum as {id?: string} | undefined)?.id;
      const key = keyOf(item);
      if (id) select(id, key === undefined ? undefined : keys.option(k, key));
    }),
  );
  return {
    views,
    specs,
    finalize: () => {
      keys.remove();
      views.forEach((v) => v.finalize());
    },
  };
}
