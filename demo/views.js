// Every view for one unit (?unit=slug, default Bắc Kạn), with the snippet that draws each. The units are those of
// the dataset with something to chart: a plan, results against another unit's targets (Yên Bái), or today's
// province formed from such units (1 July 2025).
const params = new URLSearchParams(location.search);
const en = params.get('lang') === 'en';
const ds = await (await fetch(new URL('../dist/data/dataset.json', location.href))).json();

const withPlans = new Set(ds.plans.map((p) => p.unit_id));
const withRows = new Set([...withPlans, ...ds.results.map((r) => r.unit_id)]);
const heirs = new Map();
for (const u of ds.units) if (withRows.has(u.unit_id) && u.unit_2025) heirs.set(u.unit_2025, u);
const current = new Set(ds.units.filter((u) => !u.valid_to).map((u) => u.name));
const label = (u) =>
  u.level === 'national'
    ? en
      ? 'National'
      : 'Toàn quốc'
    : `${en ? u.name_en : u.name}${u.valid_to && current.has(u.name) ? (en ? ' (former)' : ' (cũ)') : ''}${u.level === 'district' ? (en ? ' district' : ' (huyện)') : ''}`;
const units = ds.units
  .filter((u) => withRows.has(u.unit_id) || heirs.has(u.unit_id))
  .sort((a, b) =>
    a.level === 'national' ? -1 : b.level === 'national' ? 1 : label(a).localeCompare(label(b), en ? 'en' : 'vi'),
  );
const chosen = units.find((u) => u.slug === params.get('unit')) ?? units.find((u) => u.slug === 'bac-kan');
const unit = chosen.slug;
const only = params.get('view');

// A select of the units (there are some thirty): choosing one opens its charts.
const nav = document.querySelector('nav.units');
const select = document.createElement('select');
select.id = 'unit';
for (const u of units) select.append(new Option(label(u), u.slug, false, u === chosen));
const title = document.createElement('label');
title.htmlFor = 'unit';
title.textContent = en ? 'Unit: ' : 'Đơn vị: ';
select.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('unit', select.value);
  url.searchParams.delete('view');
  location.href = url.pathname + url.search;
});
nav.append(title, select);

// The periods with rows for the unit (its own plans, its predecessors', or results against the national targets).
const members = new Set([
  chosen.unit_id,
  ...ds.units.filter((u) => u.unit_2025 === chosen.unit_id).map((u) => u.unit_id),
]);
const periods = [
  ...new Set([
    ...ds.plans.filter((p) => members.has(p.unit_id)).map((p) => p.period),
    ...ds.results.filter((r) => members.has(r.unit_id)).map((r) => r.period),
  ]),
].sort();
const level = chosen.level === 'district' ? 'district' : 'province';
const views = [
  ...periods.reverse().map((period, k) => ({view: 'attainment', attrs: k ? {unit, period} : {unit}})),
  {view: 'periods', attrs: {unit}},
  {view: 'units', attrs: {indicator: 'communication.commune_coverage', level}},
  {view: 'table', attrs: {unit}},
].filter((v) => !only || v.view === only);

const charts = document.getElementById('charts');
for (const {view, attrs} of views) {
  const card = document.createElement('section');
  card.className = 'card';
  const el = document.createElement('plan-chart');
  el.setAttribute('view', view);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (en) el.setAttribute('lang', 'en');
  const code = document.createElement('p');
  code.className = 'code';
  const c = document.createElement('code');
  c.textContent = el.outerHTML;
  code.append(c);
  card.append(code, el);
  charts.append(card);
}
