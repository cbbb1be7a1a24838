// One <plan-chart> with the attributes of the page's query string (?unit=yen-bai&view=attainment&lang=en).
const el = document.createElement('plan-chart');
for (const [k, v] of new URLSearchParams(location.search)) el.setAttribute(k, v);
document.getElementById('main').append(el);
