// The scale bench's page script: the widget's own pure functions (request resolution and spec building, bundled
// from src/) and its chart engine (src/components/vega-runtime.ts: Vega, CSP-safe expression interpreter), as the
// widget runs them; for the BASELINE, vega-embed with the equivalent Vega-Lite specs.
import embed from 'vega-embed';
import {buildView} from '../../../src/charts/build.ts';
import {rowChartSpec} from '../../../src/charts/rows.ts';
import {rowChartVegaLite} from '../../../test/reference/vega-lite.ts';
import {canvasMeasure} from '../../../src/components/measure.ts';
import {draw} from '../../../src/components/vega-runtime.ts';
import {resolveRequest} from '../../../src/data/request.ts';

let ds = null;
let model = null;
let specs = [];
let views = [];
let ctx = null;

window.__scale = {
  async load(url, theme, width) {
    ds = await (await fetch(url)).json();
    ctx = {ds, lang: 'vi', theme, width, measureText: canvasMeasure(theme.font)};
    return {targets: ds.targets.length, units: ds.units.length, version: ds.version};
  },
  /** resolveRequest + buildView of the units view + rowChartSpec of each panel (as the widget lays it out), timed. */
  build(attrs) {
    const t0 = performance.now();
    const r = resolveRequest(ds, attrs);
    if (!r.ok) throw new Error(JSON.stringify(r.error).slice(0, 300));
    model = buildView(ctx, r.request, []);
    specs = model.panels.map((p) => rowChartSpec(p.options));
    const ms = performance.now() - t0;
    return {ms, panels: model.panels.length, rows: model.rows.length};
  },
  /** BASELINE of build: a plain page gets its (Vega-Lite) specs by parsing them from the page (JSON.parse), timed. */
  parseSpecs() {
    const texts = model.panels.map((p) => JSON.stringify(rowChartVegaLite(p.options)));
    const t0 = performance.now();
    const specs = texts.map((t) => JSON.parse(t));
    return {ms: performance.now() - t0, panels: specs.length};
  },
  /**
   * Renders the last built model's panels, SVG, timed: as the widget does (its Vega specs through its chart engine)
   * or, for the BASELINE, the plain way (vega-embed's defaults with the equivalent Vega-Lite specs: compiled in the
   * page, expressions compiled with new Function).
   */
  async render({plain = false} = {}) {
    for (const v of views) v.finalize();
    const box = document.getElementById('charts');
    box.replaceChildren(...model.panels.map(() => document.createElement('div')));
    const lite = plain ? model.panels.map((p) => rowChartVegaLite(p.options)) : [];
    const t0 = performance.now();
    views = await Promise.all(
      model.panels.map((p, k) =>
        plain
          ? embed(box.children[k], lite[k], {renderer: 'svg', actions: false})
          : draw(box.children[k], specs[k], () => {}),
      ),
    );
    const ms = performance.now() - t0;
    return {ms, paths: box.querySelectorAll('svg path').length, texts: box.querySelectorAll('svg text').length};
  },
};
