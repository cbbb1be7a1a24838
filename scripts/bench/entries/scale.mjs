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
  /** BASELINE of build: a plain page gets the same specs by parsing them from the page (JSON.parse), timed. */
  parseSpecs() {
    const texts = model.panels.map((p) => JSON.stringify(p.spec));
    const t0 = performance.now();
    const specs = texts.map((t) => JSON.parse(t));
    return {ms: performance.now() - t0, panels: specs.length};
  },
  /**
   * Renders the last built model's panels with vega-embed, SVG, timed: as the widget does (ast + vega-interpreter)
   * or, for the BASELINE, the plain way (vega-embed's defaults: expressions compiled with new Function).
   */
  async render({plain = false} = {}) {
    for (const v of views) v.finalize();
    const box = document.getElementById('charts');
    box.replaceChildren(...model.panels.map(() => document.createElement('div')));
    const options = plain
      ? {renderer: 'svg', actions: false}
      : {renderer: 'svg', actions: false, ast: true, expr: expressionInterpreter, defaultStyle: false};
    const t0 = performance.now();
    const results = await Promise.all(model.panels.map((p, k) => embed(box.children[k], p.spec, options)));
    const ms = performance.now() - t0;
    views = results;
    return {ms, paths: box.querySelectorAll('svg path').length, texts: box.querySelectorAll('svg text').length};
  },
};
