/**
 * embed.html?view=…&unit=…&indicator=…&period=…&level=…&lang=…&results=…&src=…&data=…: one widget, full width; the
 * URL is the chart's permalink.
 *
 * - `src=` and `results=` are addresses: they are used only when they are on the embed page's own origin, or on an
 *   origin the site lists in embed.html itself (`<meta name="plan-chart-allow-origins" content="https://a.example">`,
 *   space-separated, edited on the server, never taken from the URL). A refused address is named in a message above
 *   the chart, in the reader's language, and the chart is drawn without it.
 * - `data=` (results carried in the link itself, a JSON array) is drawn with `results-origin="link"`, which makes the
 *   widget say that these figures came with the link and not from the site's dataset.
 * - Height: posts `{type: 'plan-chart:height', height}` to the parent page on every change, and again whenever the
 *   parent asks with `{type: 'plan-chart:ask'}` (embed-resizer.js does on load, however late it arrives).
 */
import '../define.js';
import {allowedAddress} from './address.js';
import {EMBED_REFUSED} from './refused.js';

type EmbedParam = 'src' | 'results';

const ATTRS = ['view', 'unit', 'indicator', 'period', 'level', 'lang'] as const;
const ADDRESSES: readonly EmbedParam[] = ['src', 'results'];

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
// English texts travel in a module of their own (src/i18n/en.ts).
if (lang === 'en') await import('../i18n/en.js');
document.documentElement.lang = lang;

/** The origins `src=` and `results=` may point to: this page's own, and those listed in its allow-origins meta. */
function allowedOrigins(): Set<string> {
  const allowed = new Set([location.origin]);
  const meta = document.querySelector<HTMLMetaElement>('meta[name="plan-chart-allow-origins"]');
  for (const entry of meta?.content.split(/[\s,]+/) ?? []) {
    if (!entry) continue;
    try {
      const {origin} = new URL(entry);
      if (origin !== 'null') allowed.add(origin);
    } catch {
      console.warn(
        `plan-chart embed: ignoring "${entry}" in plan-chart-allow-origins (not an origin such as https://example.org)`,
      );
    }
  }
  return allowed;
}

const el = document.createElement('plan-chart');
for (const a of ATTRS) {
  const v = params.get(a);
  if (v) el.setAttribute(a, v);
}

const refused: HTMLElement[] = [];
const allowed = allowedOrigins();
for (const a of ADDRESSES) {
  const v = params.get(a);
  if (!v) continue;
  const href = allowedAddress(v, location.href, allowed);
  if (href) {
    el.setAttribute(a, href);
    continue;
  }
  const p = document.createElement('p');
  p.className = 'refused';
  p.setAttribute('role', 'alert');
  p.dataset.param = a;
  p.textContent = EMBED_REFUSED[lang](a, v);
  refused.push(p);
}

// Results given in the URL itself (the embed builder's iframe snippet): a JSON array, as in the inline <script>.
const data = params.get('data');
if (data) {
  el.setAttribute('results-origin', 'link');
  try {
    el.results = JSON.parse(data);
  } catch {
    // Let the widget's own parser report the JSON error, in the reader's language.
    el.results = URL.createObjectURL(new Blob([data], {type: 'application/json'}));
  }
}
document.body.append(...refused, el);

// Tells the builder (which measures heights in hidden frames) and tests that the first chart or error is drawn.
const done = () => (document.documentElement.dataset.planChart = 'done');
el.addEventListener('plan-chart-render', done, {once: true});
el.addEventListener('plan-chart-error', done, {once: true});

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
