// The embed builder: choose a chart, check results, preview it live, copy a snippet (script tag or iframe),
// each with fallback content (title, summary, link) for readers without JavaScript, for RSS and for print.
const en = new URLSearchParams(location.search).get('lang') === 'en';
const UNITS = [
  ['viet-nam', 'Toàn quốc', 'National'],
  ['tuyen-quang', 'Tuyên Quang', 'Tuyen Quang'],
  ['bac-kan', 'Bắc Kạn', 'Bac Kan'],
  ['quang-tri', 'Quảng Trị', 'Quang Tri'],
  ['quang-ngai', 'Quảng Ngãi', 'Quang Ngai'],
  ['quy-chau', 'Quỳ Châu', 'Quy Chau'],
];
const form = document.getElementById('form');
const preview = document.getElementById('preview');
const issuesEl = document.getElementById('issues');
const base = document.getElementById('base');
base.value = new URL('../dist/', location.href).href;

const unitsBox = document.getElementById('units');
for (const [slug, vi, eng] of UNITS) {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), {
    type: 'checkbox',
    name: 'unit',
    value: slug,
    checked: slug === 'bac-kan',
  });
  label.append(box, ` ${en ? eng : vi}`);
  unitsBox.append(label);
}

const ds = await (await fetch(new URL('../dist/data/dataset.json', location.href))).json();
const indicatorSelect = document.getElementById('indicator');
for (const g of ds.groups) {
  const group = document.createElement('optgroup');
  group.label = en ? g.label_en : g.label_vi;
  group.append(
    Object.assign(document.createElement('option'), {
      value: g.group_id,
      textContent: `${en ? 'All of' : 'Cả nhóm'}: ${en ? g.label_en : g.label_vi}`,
    }),
  );
  for (const i of ds.indicators.filter((x) => x.group === g.group_id)) {
    group.append(
      Object.assign(document.createElement('option'), {
        value: i.indicator_id,
        textContent: en ? i.label_en : i.label_vi,
      }),
    );
  }
  indicatorSelect.append(group);
}

let results = [];
const PlanChart = await customElements.whenDefined('plan-chart');

/** The chosen attributes, in a fixed order, without empty ones. */
function attributes() {
  const f = new FormData(form);
  return Object.fromEntries(
    [
      ['view', f.get('view')],
      ['unit', f.getAll('unit').join(',')],
      ['indicator', f.get('indicator')],
      ['period', f.get('period')],
      ['level', f.get('view') === 'units' ? f.get('level') : ''],
      ['lang', f.get('lang')],
    ].filter(([, v]) => v),
  );
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function permalink(attrs) {
  const url = new URL('embed.html', base.value);
  for (const [k, v] of Object.entries(attrs)) url.searchParams.set(k, v);
  if (results.length) url.searchParams.set('data', JSON.stringify(results));
  return url.href;
}

function snippets(attrs, title, summary) {
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  const link = permalink(attrs);
  const more = attrs.lang === 'en' ? 'See the chart and its sources' : 'Xem biểu đồ và nguồn số liệu';
  const fallback = `<p><strong>${esc(title)}</strong><br>${esc(summary)} <a href="${esc(link)}">${more}</a></p>`;
  const inline = results.length
    ? `\n  <script type="application/json">${JSON.stringify(results).replace(/</g, '\\u003c')}</script>`
    : '';
  const script = `<script type="module" src="${esc(new URL('plan-chart.js', base.value).href)}"></script>\n<plan-chart${attrText}>${inline}\n  ${fallback}\n</plan-chart>`;
  const iframe = `<figure style="margin:0">\n  <iframe src="${esc(link)}" title="${esc(title)}" loading="lazy" scrolling="no" style="width:100%;height:640px;border:0"></iframe>\n  <figcaption>${fallback}</figcaption>\n</figure>\n<script src="${esc(new URL('embed-resizer.js', base.value).href)}"></script>`;
  return {script, iframe};
}

let seq = 0;
async function update() {
  const id = ++seq;
  const text = document.getElementById('results').value;
  results = [];
  issuesEl.replaceChildren();
  if (text.trim()) {
    const checked = await PlanChart.checkResults(text, {lang: en ? 'en' : 'vi', file: 'results.csv'});
    if (id !== seq) return;
    results = checked.results;
    for (const i of checked.issues)
      issuesEl.append(Object.assign(document.createElement('li'), {textContent: i.message}));
  }
  const attrs = attributes();
  const el = document.createElement('plan-chart');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (results.length) el.results = results;
  const done = new Promise((r) => {
    el.addEventListener('plan-chart-render', r, {once: true});
    el.addEventListener('plan-chart-error', r, {once: true});
  });
  preview.replaceChildren(el);
  await done;
  if (id !== seq) return;
  const root = el.shadowRoot;
  const title = root.querySelector('h2')?.textContent ?? '';
  const summary = root.querySelector('#chart-desc, .summary')?.textContent ?? '';
  const {script, iframe} = snippets(attrs, title, summary);
  document.getElementById('snippet-script').value = script;
  document.getElementById('snippet-iframe').value = iframe;
}

form.addEventListener('change', update);
document.getElementById('results').addEventListener('input', () => {
  clearTimeout(update.t);
  update.t = setTimeout(update, 300);
});
document.getElementById('file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  document.getElementById('results').value = await file.text();
  update();
});
for (const b of document.querySelectorAll('[data-copy]')) {
  b.addEventListener('click', async () => {
    const t = document.getElementById(b.dataset.copy);
    t.select();
    try {
      await navigator.clipboard.writeText(t.value);
      b.textContent = en ? 'Copied' : 'Đã chép';
    } catch {
      document.execCommand('copy');
    }
  });
}
await update();
document.body.dataset.ready = 'true';
