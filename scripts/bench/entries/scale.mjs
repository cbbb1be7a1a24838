// The scale bench's page script: the widget's own pure functions (request resolution and spec building, bundled
// from src/) and vega-embed with the CSP-safe expression interpreter, as the widget runs them.
import embed from 'vega-embed';
import {expressionInterpreter} from 'vega-interpreter';
import {buildView} from '../../../src/charts/build.ts';
import {resolveRequest} from '../../../src/data/request.ts';

let ds = null;
let model = null;
let views = [];
let ctx = null;

/** As in src/components/plan-chart.ts: label widths from a canvas in the widget's font. */
function canvasMeasure(font) {
  const c = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    c.font = `${bold ? 'bold ' : ''}${size}px ${font}`;
    return c.measureText(text).width;
  };
}

window.__scale = {
  async load(url, theme, width) {
    ds = await (await fetch(url)).json();
    ctx = {ds, lang: 'vi', theme, width, measure: canvasMeasure(theme.font)};
    return {targets: ds.targets.length, units: ds.units.length, version: ds.version};
  },
  /** resolveRequest + buildView of the units view, timed. */
  build(attrs) {
    const t0 = performance.now();
    const r = resolveRequest(ds, attrs);
    if (!r.ok) throw new Error(JSON.stringify(r.error).slice(0, 300));
    model = buildView(ctx, r.request, []);
    const ms = performance.now() - t0;
    return {ms, panels: model.panels.length, rows: model.rows.length};
  },
  /** Renders the last built model's panels with vega-embed (ast + interpreter, SVG), timed. */
  async render() {
    for (const v of views) v.finalize();
    const box = document.getElementById('charts');
    box.replaceChildren(...model.panels.map(() => document.createElement('div')));
    const t0 = performance.now();
    const results = await Promise.all(
      model.panels.map((p, k) =>
        embed(box.children[k], p.spec, {
          renderer: 'svg',
          actions: false,
          ast: true,
          expr: expressionInterpreter,
          defaultStyle: false,
        }),
      ),
    );
    const ms = performance.now() - t0;
    views = results;
    return {ms, paths: box.querySelectorAll('svg path').length, texts: box.querySelectorAll('svg text').length};
  },
};
