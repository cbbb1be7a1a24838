// The BASELINE page's one script: every chart of the page rendered the plain way — vega-embed, the Vega-Lite specs
// inline in the page (built in Node by the project's own spec builders), all at once, no lazy loading.
import embed from 'vega-embed';

const views = new Map();

/** Renders {title, summary, specs} into the box `id` (replacing what was there); resolves when every SVG is drawn. */
async function render(id, model) {
  const box = document.getElementById(id);
  for (const v of views.get(id) ?? []) v.finalize();
  box.querySelector('h2').textContent = model.title;
  box.querySelector('.summary').textContent = model.summary;
  const charts = box.querySelector('.charts');
  if (charts.children.length !== model.specs.length)
    charts.replaceChildren(...model.specs.map(() => Object.assign(document.createElement('div'), {className: 'vis'})));
  const results = await Promise.all(
    model.specs.map((spec, k) => embed(charts.children[k], spec, {renderer: 'svg', actions: false})),
  );
  views.set(id, results);
}

const data = JSON.parse(document.getElementById('bench-specs').textContent);
const alternatives = JSON.parse(document.getElementById('bench-alternatives')?.textContent ?? '{}');
window.__baseline = {
  done: Promise.all(Object.entries(data).map(([id, model]) => render(id, model))),
  /** Re-renders box `id` with the alternative `key` (interaction bench); returns the time it took. */
  async swap(id, key) {
    const t0 = performance.now();
    await render(id, alternatives[key]);
    return performance.now() - t0;
  },
};
