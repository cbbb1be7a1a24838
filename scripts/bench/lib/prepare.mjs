// Builds what the browser runs need: the BASELINE specs (the project's own spec builders run in Node on the built
// dataset), the BASELINE and scale bundles (esbuild) and the bench pages, all under tmp/bench/.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {tsImport} from 'tsx/esm/api';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const TMP = fileURLToPath(new URL('../../../tmp/bench/', import.meta.url));
/** URL path of TMP on the bench server (which serves the repository root). */
export const TMP_PATH = '/tmp/bench/';

/** The widget's default light theme (src/charts/palettes.ts): the BASELINE specs and the scale page use it. */
export const {DEFAULT_THEME: THEME} = await tsImport('../../../src/charts/palettes.ts', import.meta.url);
/** Chart width of the one-widget pages; the widget draws at its host's width less 42 px, so the host is 722 px. */
export const WIDTH = 680;
export const HOST_OFFSET = 42;

let builders;
/** The project's spec builders, loaded from src/ through tsx. */
async function specBuilders() {
  builders ??= tsImport('./builders.ts', import.meta.url).then((b) => ({
    buildView: b.buildView,
    resolveRequest: b.resolveRequest,
    toVegaLite: b.rowChartVegaLite,
  }));
  return builders;
}

/**
 * What a widget with these attributes draws, as the plain Vega-Lite specs a page would write by hand (the widget
 * draws the same charts from Vega specs; test/components/vega-equivalence.browser.test.ts checks that both give
 * the same pixels): {title, summary, specs}.
 * @param {{view?: string, unit?: string, indicator?: string, level?: string, period?: string}} attrs
 */
export async function viewModel(attrs, {lang = 'vi', width = WIDTH, dataset = 'dist/data/dataset.json'} = {}) {
  const {buildView, resolveRequest, toVegaLite} = await specBuilders();
  const ds = JSON.parse(readFileSync(new URL(dataset, `file://${ROOT}`), 'utf8'));
  const r = resolveRequest(ds, attrs);
  if (!r.ok) throw new Error(`bench: cannot resolve ${JSON.stringify(attrs)}: ${r.error.code} ${r.error.value}`);
  const m = buildView({ds, lang, theme: THEME, width}, r.request, []);
  return {title: m.title, summary: m.summary, specs: m.panels.map((p) => toVegaLite(p.options))};
}

/** Bundles the BASELINE page script and the scale page script (minified ESM, everything inside). */
export async function bundles() {
  mkdirSync(TMP, {recursive: true});
  const out = {};
  for (const name of ['baseline', 'scale']) {
    const outfile = `${TMP}${name}.js`;
    await esbuild.build({
      entryPoints: [fileURLToPath(new URL(`../entries/${name}.mjs`, import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      outfile,
      logLevel: 'warning',
    });
    out[name] = outfile;
  }
  return out;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const json = (o) => JSON.stringify(o).replace(/</g, '\\u003c');

const BOX_CSS = `.pc{box-sizing:border-box;padding:12px;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#1d232b}
.pc h2{font-size:1.2em;line-height:1.3;margin:0 0 .35em}.pc .vis svg{display:block}`;

/** A BASELINE box standing where a widget stands: title, summary and one chart container per panel. */
const box = (id, model) =>
  `<div class="pc" id="${id}"><h2>${esc(model.title)}</h2><p class="summary">${esc(model.summary)}</p>` +
  `<div class="charts">${model.specs.map(() => '<div class="vis"></div>').join('')}</div></div>`;

const page = ({title, head = '', body}) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)}</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

const INTRO =
  '<h1>Bài viết với một biểu đồ</h1><p>Công tác phòng, chống mại dâm trên địa bàn tiếp tục được triển khai.</p>';

/** One widget (attainment, Yên Bái) at 680 px, its BASELINE with the interaction alternatives, and its FLOOR. */
export async function onePages() {
  const attrs = {view: 'attainment', unit: 'yen-bai'};
  const main = await viewModel(attrs);
  const alternatives = {
    'yen-bai|vi': main,
    'quang-ngai|vi': await viewModel({...attrs, unit: 'quang-ngai'}),
    'yen-bai|en': await viewModel(attrs, {lang: 'en'}),
  };
  const wrap = (inner) => `${INTRO}<div style="width:${WIDTH + HOST_OFFSET}px">${inner}</div>`;
  writeFileSync(
    `${TMP}one.html`,
    page({
      title: 'bench: one widget',
      head: '<script type="module" src="/dist/plan-chart.js"></script>',
      body: wrap('<plan-chart id="w0" view="attainment" unit="yen-bai"></plan-chart>'),
    }),
  );
  writeFileSync(
    `${TMP}one-baseline.html`,
    page({
      title: 'bench: one chart, BASELINE',
      head: `<style>${BOX_CSS}</style><script type="module" src="${TMP_PATH}baseline.js"></script>`,
      body:
        wrap(box('w0', main)) +
        `<script type="application/json" id="bench-specs">${json({w0: main})}</script>` +
        `<script type="application/json" id="bench-alternatives">${json(alternatives)}</script>`,
    }),
  );
  // FLOOR: the best a script-driven widget could do on this page: the same title and summary written into a shadow
  // root by a module of a few hundred bytes (no dataset, no framework, nothing computed).
  writeFileSync(
    `${TMP}floor.js`,
    `document.getElementById('w0').attachShadow({mode: 'open'}).innerHTML = ${json(
      `<style>${BOX_CSS}</style><div class="pc"><h2>${esc(main.title)}</h2><p class="summary">${esc(main.summary)}</p></div>`,
    )};\n`,
  );
  writeFileSync(
    `${TMP}one-floor.html`,
    page({
      title: 'bench: one widget, FLOOR',
      head: `<script type="module" src="${TMP_PATH}floor.js"></script>`,
      body: wrap('<div id="w0"></div>'),
    }),
  );
  return {
    widget: `${TMP_PATH}one.html`,
    baseline: `${TMP_PATH}one-baseline.html`,
    floor: `${TMP_PATH}one-floor.html`,
    panels: main.specs.length,
  };
}

/**
 * The BASELINE of test/e2e/pages/many.html: the same article, each <plan-chart> replaced by a box with the same
 * specs, built at `width` (the widgets' drawn width on that page), all rendered at once.
 */
export async function manyBaseline(width) {
  const html = readFileSync(`${ROOT}test/e2e/pages/many.html`, 'utf8');
  const specs = {};
  const tags = [...html.matchAll(/<plan-chart\s+id="(w\d+)"([^>]*)><\/plan-chart>/g)];
  for (const [, id, attrText] of tags) {
    const attrs = Object.fromEntries([...attrText.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    specs[id] = await viewModel(attrs, {width});
  }
  let out = html.replace(/<plan-chart\s+id="(w\d+)"[^>]*><\/plan-chart>/g, (_, id) => box(id, specs[id]));
  out = out
    .replace(
      '<script type="module" src="/dist/plan-chart.js"></script>',
      `<style>${BOX_CSS}</style><script type="module" src="${TMP_PATH}baseline.js"></script>`,
    )
    .replace('</body>', `<script type="application/json" id="bench-specs">${json(specs)}</script>\n  </body>`);
  writeFileSync(`${TMP}many-baseline.html`, out);
  return {widget: '/test/e2e/pages/many.html', baseline: `${TMP_PATH}many-baseline.html`, ids: Object.keys(specs)};
}

/** The scale page: loads the synthetic dataset.json and exposes window.__scale. */
export function scalePage() {
  writeFileSync(
    `${TMP}scale.html`,
    page({
      title: 'bench: scale (SYNTHETIC data)',
      head: `<script type="module" src="${TMP_PATH}scale.js"></script>`,
      body: `<div id="charts" style="width:${WIDTH + HOST_OFFSET}px"></div>`,
    }),
  );
  return `${TMP_PATH}scale.html`;
}
