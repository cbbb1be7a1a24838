// Shared by the demo pages: the language switch (?lang=en) sets every widget's lang and the page's own texts.
export const params = new URLSearchParams(location.search);
export const lang = params.get('lang') === 'en' ? 'en' : 'vi';
document.documentElement.lang = lang;
for (const el of document.querySelectorAll('[data-vi]')) el.textContent = lang === 'en' ? el.dataset.en : el.dataset.vi;
for (const el of document.querySelectorAll('[data-label-vi]'))
  el.setAttribute('aria-label', lang === 'en' ? el.dataset.labelEn : el.dataset.labelVi);
for (const el of document.querySelectorAll('plan-chart')) el.setAttribute('lang', lang);
for (const a of document.querySelectorAll('a[data-keep-lang]')) {
  const url = new URL(a.getAttribute('href'), location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  a.href = url.pathname + url.search;
}
const switcher = document.querySelector('[data-lang-switch]');
if (switcher) {
  const other = lang === 'en' ? 'vi' : 'en';
  const url = new URL(location.href);
  if (other === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  switcher.href = url.pathname + url.search;
  switcher.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
  switcher.lang = other;
}

/**
 * What a script snippet's <plan-chart> carries to hold the chart's space while the script loads, given the chart's
 * height in the widest column measured (heights only fall as columns widen): that height less 48 px (fonts, and a
 * notice the measured page may add), in tens of px, as a style attribute; '' when not measured. Without it the chart
 * pushes the rest of an article down when it appears (a layout shift of up to 0.44 with the chart in view); with
 * it, by the chart's extra height in a narrower column only, and it never leaves blank space below a chart.
 */
export function holdStyle(widestHeight) {
  const hold = Math.max(0, Math.floor((widestHeight - 48) / 10) * 10);
  return hold ? ` style="display:block;min-height:${hold}px"` : '';
}
