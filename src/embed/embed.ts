/**
 * embed.html?view=…&unit=…&indicator=…&period=…&level=…&lang=…&results=…&src=…: one widget, full width; the URL is
 * the chart's permalink. Posts `{type: 'plan-chart:height', height}` to the parent page on every change, and again
 * whenever the parent asks with `{type: 'plan-chart:ask'}` (embed-resizer.js does on load, however late it arrives).
 */
import '../define.js';

const ATTRS = ['view', 'unit', 'indicator', 'period', 'level', 'lang', 'results', 'src'] as const;
const params = new URLSearchParams(location.search);
const el = document.createElement('plan-chart');
for (const a of ATTRS) {
  const v = params.get(a);
  if (v) el.setAttribute(a, v);
}
// Results given in the URL itself (the embed builder's iframe snippet): a JSON array, as in the inline <script>.
const data = params.get('data');
if (data) {
  try {
    el.results = JSON.parse(data);
  } catch {
    // Let the widget's own parser report the JSON error, in the reader's language.
    el.results = URL.createObjectURL(new Blob([data], {type: 'application/json'}));
  }
}
document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'vi';
document.body.append(el);

let last = 0;
const post = (force = false) => {
  if (window.parent === window) return;
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h === last && !force) return;
  last = h;
  window.parent.postMessage({type: 'plan-chart:height', height: h}, '*');
};
new ResizeObserver(() => post()).observe(document.documentElement);
el.addEventListener('plan-chart-render', () => post());
el.addEventListener('plan-chart-error', () => post());
// A resizer that arrives after the embed settled asks for the height it missed.
window.addEventListener('message', (e) => {
  if (e.source === window.parent && e.data?.type === 'plan-chart:ask') post(true);
});
