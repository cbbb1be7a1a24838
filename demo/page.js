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
