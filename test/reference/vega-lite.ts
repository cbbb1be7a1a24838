/**
 * The same row chart as a Vega-Lite spec: what a page would write by hand to draw it with vega-embed. The widget
 * does not use it (it draws the Vega spec of `rows.ts`, so it ships no Vega-Lite compiler); the bench's BASELINE
 * renders it, and a browser test checks that both specs draw the same pixels.
 */
import type {TopLevelSpec} from 'vega-lite';
import {chartScene, sceneFrame, type RowChartOptions, type Scene} from '../../src/charts/rows.js';

/** The Vega-Lite spec of a row chart. Pure: the same options give the same spec. */
export function rowChartVegaLite(o: RowChartOptions): TopLevelSpec {
  const sc = chartScene(o);
  // Every position is in pixels, as in the Vega spec: no scales, no axes.
  const px = (field: string) => ({field, type: 'quantitative' as const, scale: null, axis: null});
  const same = (field: string) => ({field, type: 'nominal' as const, scale: null});
  const tip = {field: 'tip', type: 'nominal' as const};
  // Vega-Lite draws the tooltip objects themselves (the widget's spec carries target ids instead).
  const withTip = <T extends {tipId?: string}>(items: T[]) =>
    items.map((d) => ({...d, tip: d.tipId && sc.tips(d.tipId)}));
  const rects = (mark: Scene['rects'][number]['mark']) => {
    const values = withTip(sc.rects.filter((r) => r.mark === mark));
    const clickable = values.some((r) => r.tipId);
    return {
      data: {values},
      mark: clickable ? {type: 'rect', cursor: 'pointer'} : {type: 'rect'},
      encoding: {
        x: px('x'),
        x2: {field: 'x2'},
        y: px('y'),
        y2: {field: 'y2'},
        color: same('color'),
        ...(clickable ? {tooltip: tip} : {}),
      },
    };
  };
  const textLayers = (['left', 'center', 'right'] as const).flatMap((align) =>
    (['bold', 'normal'] as const).map((fontWeight) => ({
      data: {values: sc.texts.filter((d) => d.align === align && d.fontWeight === fontWeight)},
      mark: {type: 'text', align, baseline: 'top', font: sc.font, fontWeight},
      encoding: {x: px('x'), y: px('y'), text: {field: 'text'}, color: same('fill'), size: same('fontSize')},
    })),
  );
  const layers = [
    {
      data: {values: sc.grid},
      mark: {type: 'rule', color: sc.gridColor, strokeOpacity: 0.5},
      encoding: {x: px('x'), y: {value: 0}, y2: {value: sc.height}},
    },
    rects('track'),
    rects('zone'),
    rects('link'),
    rects('bar'),
    {
      data: {values: withTip(sc.rules.filter((r) => r.mark === 'rule'))},
      mark: {type: 'rule', strokeWidth: 3, cursor: 'pointer'},
      encoding: {x: px('x'), y: px('y'), y2: {field: 'y2'}, color: same('color'), tooltip: tip},
    },
    {
      data: {values: sc.rules.filter((r) => r.mark === 'reference')},
      mark: {type: 'rule', strokeWidth: 2, strokeDash: [4, 3]},
      encoding: {x: px('x'), y: px('y'), y2: {field: 'y2'}, color: same('color')},
    },
    {
      data: {values: withTip(sc.points)},
      mark: {type: 'point', size: sc.pointSize, strokeWidth: 2, opacity: 1, cursor: 'pointer'},
      encoding: {
        x: px('x'),
        y: px('y'),
        shape: same('shape'),
        stroke: same('color'),
        fill: same('fill'),
        tooltip: tip,
      },
    },
    ...textLayers,
  ];
  return {
    ...sceneFrame(sc),
    config: {view: {stroke: null}, aria: false, font: sc.font},
    layer: layers,
  } as unknown as TopLevelSpec;
}
