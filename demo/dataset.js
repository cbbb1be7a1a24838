// Lists the dataset as plain tables (text only, built with the DOM).
const en = new URLSearchParams(location.search).get('lang') === 'en';
const ds = await (await fetch('../dist/data/dataset.json')).json();

function table(id, columns, rows) {
  const t = document.getElementById(id);
  const thead = t.createTHead().insertRow();
  for (const [, label] of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    thead.append(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const [key] of columns) {
      const td = tr.insertCell();
      td.textContent = r[key] ?? '';
      if (key === 'quote') td.className = 'quote';
    }
  }
}
const KIND = {
  official: en ? 'official text' : 'văn bản gốc',
  secondary: en ? 'secondary (news page)' : 'thứ cấp (trang báo)',
};
const CMP = {'>=': '≥', '>': '>', '=': '=', '<=': '≤', range: ''};
const MEASURE = en
  ? {percent: '%', count: '', per_month: ' per month', per_year: ' per year', annual_change_percent: '% a year'}
  : {percent: '%', count: '', per_month: ' lần/tháng', per_year: ' lần/năm', annual_change_percent: '%/năm'};
const unitName = (id) => ds.units.find((u) => u.unit_id === id)?.[en ? 'name_en' : 'name'] ?? id;
const indicator = (id) => ds.indicators.find((i) => i.indicator_id === id)?.[en ? 'label_en' : 'label_vi'] ?? id;
document.getElementById('summary').textContent = en
  ? `Dataset version ${ds.version}: ${ds.plans.length} plans, ${ds.targets.length} targets, ${ds.indicators.length} indicators, ${ds.results.length} results.`
  : `Bộ dữ liệu phiên bản ${ds.version}: ${ds.plans.length} kế hoạch, ${ds.targets.length} chỉ tiêu, ${ds.indicators.length} chỉ số, ${ds.results.length} kết quả.`;
table(
  'plans',
  [
    ['plan_id', 'plan_id'],
    ['unit', en ? 'Unit' : 'Đơn vị'],
    ['period', en ? 'Period' : 'Giai đoạn'],
    ['title', en ? 'Title' : 'Tên'],
    ['document_no', en ? 'Document' : 'Số văn bản'],
    ['issued_on', en ? 'Issued' : 'Ngày'],
    ['source_kind', en ? 'Source' : 'Nguồn'],
    ...(en ? [] : [['notes', 'Ghi chú']]),
  ],
  ds.plans.map((p) => ({
    ...p,
    unit: unitName(p.unit_id),
    title: en ? p.title_en : p.title,
    source_kind: KIND[p.source_kind],
  })),
);
table(
  'targets',
  [
    ['target_id', 'target_id'],
    ['unit', en ? 'Unit' : 'Đơn vị'],
    ['period', en ? 'Period' : 'Giai đoạn'],
    ['indicator', en ? 'Indicator' : 'Chỉ số'],
    ['scope', en ? 'Scope' : 'Phạm vi'],
    ['target', en ? 'Target' : 'Chỉ tiêu'],
    ['target_year', en ? 'Deadline' : 'Thời hạn'],
    ['section', en ? 'Section' : 'Mục'],
    ['quote', en ? 'Verbatim quote' : 'Trích nguyên văn'],
  ],
  ds.targets.map((t) => ({
    ...t,
    unit: unitName(t.unit_id),
    indicator: indicator(t.indicator_id),
    scope: en ? t.scope_en : t.scope,
    target:
      `${CMP[t.comparator]} ${t.value}${t.value_max != null ? `–${t.value_max}` : ''}${MEASURE[t.measure]}`.trim(),
  })),
);
table(
  'results',
  [
    ['result_id', 'result_id'],
    ['indicator', en ? 'Indicator' : 'Chỉ số'],
    ['period', en ? 'Period' : 'Giai đoạn'],
    ['result_kind', en ? 'Kind' : 'Loại'],
    ['figure', en ? 'Figure' : 'Số liệu'],
    ['quote', en ? 'Quote' : 'Trích'],
    ['source_url', en ? 'Source' : 'Nguồn'],
  ],
  ds.results.map((r) => ({
    ...r,
    indicator: indicator(r.indicator_id),
    figure: r.denominator != null ? `${r.value} / ${r.denominator} ${r.denominator_label ?? ''}` : r.value,
  })),
);
