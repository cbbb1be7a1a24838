// Every view for one unit (?unit=slug, default Bắc Kạn), with the snippet that draws each.
const UNITS = [
  ['viet-nam', 'Toàn quốc', 'National'],
  ['tuyen-quang', 'Tuyên Quang', 'Tuyen Quang'],
  ['bac-kan', 'Bắc Kạn', 'Bac Kan'],
  ['quang-tri', 'Quảng Trị', 'Quang Tri'],
  ['quang-ngai', 'Quảng Ngãi', 'Quang Ngai'],
  ['quy-chau', 'Quỳ Châu', 'Quy Chau'],
];
const params = new URLSearchParams(location.search);
const en = params.get('lang') === 'en';
const unit = UNITS.some((u) => u[0] === params.get('unit')) ? params.get('unit') : 'bac-kan';
const only = params.get('view');

const nav = document.querySelector('nav.units');
for (const [slug, vi, eng] of UNITS) {
  const a = document.createElement('a');
  const url = new URL(location.href);
  url.searchParams.set('unit', slug);
  url.searchParams.delete('view');
  a.href = url.pathname + url.search;
  a.textContent = en ? eng : vi;
  if (slug === unit) a.setAttribute('aria-current', 'page');
  nav.append(a);
}

const level = unit === 'viet-nam' ? 'province' : unit === 'quy-chau' ? 'district' : 'province';
const views = [
  {view: 'attainment', attrs: {unit}},
  ...(unit === 'viet-nam' || unit === 'quang-tri' ? [{view: 'attainment', attrs: {unit, period: '2016-2020'}}] : []),
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
