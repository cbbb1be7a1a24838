// The dataset as readable tables, filtered by unit, period, indicator and source kind (text only, built with the DOM).
// Reads the per-table JSON of dist/data/ (every column), not the widget's trimmed dataset.json.
import {lang, params} from './page.js';

const en = lang === 'en';
const base = '../dist/data/';
const load = (name) => fetch(base + name).then((r) => r.json());
const [pkg, units, programmes, plans, groups, indicators, targets, results] = await Promise.all(
  ['datapackage', 'units', 'programmes', 'plans', 'groups', 'indicators', 'targets', 'results'].map((n) =>
    load(`${n}.json`),
  ),
);

// ---------------------------------------------------------------- words and formats
const T = en
  ? {
      all: 'All',
      allUnits: 'All units',
      allPeriods: 'All periods',
      allIndicators: 'All indicators',
      allKinds: 'All sources',
      official: 'official text',
      secondary: 'secondary (public page)',
      source: 'source',
      sourceHead: 'Source',
      draft: 'draft programme',
      unit: 'Unit',
      plan: 'Plan',
      period: 'Period',
      indicator: 'Indicator',
      target: 'Target',
      quote: 'Verbatim quote',
      kind: 'Kind',
      figure: 'Figure',
      id: 'Id',
      notes: 'Notes',
      targetsCount: (n) => `${n} target${n === 1 ? '' : 's'}`,
      noDoc: 'number not given',
      noDate: 'date not given',
      by: (y) => `by ${y}`,
      everyYear: (y) => `every year to ${y}`,
      throughout: (y) => `throughout, to ${y}`,
      roleTask: 'stated in the tasks section',
      roleAssignment: 'assigned to one agency',
      against: 'against',
      national: 'national target',
      reportedAgainst: 'reported against the national target',
      published: 'published',
      asOf: 'as of',
      perMonth: 'per month',
      perYear: 'per year',
      perYearChange: '% a year',
      of: 'of',
      none: 'No rows match these filters.',
      shown: (a, b, c, d, e, f) => `Showing ${a} of ${b} plans, ${c} of ${d} targets, ${e} of ${f} results.`,
      summary: (v, p, t, r, u, i) =>
        `Dataset version ${v}: ${p} plans, ${t} targets, ${r} results, ${i} indicators, ${u} units (the 63 provinces before 1 July 2025 and the 34 after). Every target and result carries the verbatim sentence of its source.`,
      former: 'former',
      basis: {
        programme: 'the programme decision',
        implements: 'implements the programme',
        not_stated: 'programme not stated',
        none: 'outside any programme',
      },
      resultKind: {
        value: 'indicator value',
        units_meeting_target: 'units meeting the target',
        units_with_activity: 'units with the activity',
        count_context: 'count of activity (context)',
      },
      kindWord: {country: '', province: 'province', city: 'city', district: 'district'},
      months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    }
  : {
      all: 'Tất cả',
      allUnits: 'Mọi đơn vị',
      allPeriods: 'Mọi giai đoạn',
      allIndicators: 'Mọi chỉ số',
      allKinds: 'Mọi loại nguồn',
      official: 'văn bản gốc',
      secondary: 'thứ cấp (trang công khai)',
      source: 'nguồn',
      sourceHead: 'Nguồn',
      draft: 'chương trình dự thảo',
      unit: 'Đơn vị',
      plan: 'Kế hoạch',
      period: 'Giai đoạn',
      indicator: 'Chỉ số',
      target: 'Chỉ tiêu',
      quote: 'Trích nguyên văn',
      kind: 'Loại',
      figure: 'Số liệu',
      id: 'Mã',
      notes: 'Ghi chú',
      targetsCount: (n) => `${n} chỉ tiêu`,
      noDoc: 'không rõ số',
      noDate: 'không rõ ngày',
      by: (y) => `đến ${y}`,
      everyYear: (y) => `hằng năm, đến ${y}`,
      throughout: (y) => `duy trì, đến ${y}`,
      roleTask: 'nêu ở phần nhiệm vụ',
      roleAssignment: 'giao cho một cơ quan',
      against: 'đối chiếu',
      national: 'chỉ tiêu quốc gia',
      reportedAgainst: 'báo cáo theo chỉ tiêu quốc gia',
      published: 'đăng',
      asOf: 'tính đến',
      perMonth: 'lần/tháng',
      perYear: 'lần/năm',
      perYearChange: '%/năm',
      of: 'trên',
      none: 'Không có hàng nào khớp bộ lọc.',
      shown: (a, b, c, d, e, f) => `Đang hiện ${a}/${b} kế hoạch, ${c}/${d} chỉ tiêu, ${e}/${f} kết quả.`,
      summary: (v, p, t, r, u, i) =>
        `Bộ dữ liệu phiên bản ${v}: ${p} kế hoạch, ${t} chỉ tiêu, ${r} kết quả, ${i} chỉ số, ${u} đơn vị (63 tỉnh, thành phố trước ngày 1/7/2025 và 34 sau đó). Mỗi chỉ tiêu và kết quả kèm câu nguyên văn của nguồn.`,
      former: 'cũ',
      basis: {
        programme: 'quyết định phê duyệt chương trình',
        implements: 'thực hiện chương trình',
        not_stated: 'nguồn không nói thực hiện chương trình nào',
        none: 'ngoài chương trình',
      },
      resultKind: {
        value: 'giá trị của chỉ số',
        units_meeting_target: 'số đơn vị đạt chỉ tiêu',
        units_with_activity: 'số đơn vị có hoạt động',
        count_context: 'số đếm hoạt động (bối cảnh)',
      },
      kindWord: {country: '', province: 'tỉnh', city: 'thành phố', district: 'huyện'},
    };

const nf = new Intl.NumberFormat(en ? 'en-GB' : 'vi-VN', {maximumFractionDigits: 2});
const num = (v) => nf.format(v);
/** "2017", "06/2020" / "Jun 2020", "27/11/2020" / "27 Nov 2020". */
function date(s) {
  if (!s) return '';
  const [y, m, d] = s.split('-');
  if (!m) return y;
  if (en) return [d ? String(Number(d)) : '', T.months[Number(m) - 1], y].filter(Boolean).join(' ');
  return [d, m, y].filter(Boolean).join('/');
}
const CMP = {'>=': '≥', '>': '>', '=': '=', '<=': '≤', range: ''};
/** A value in its own measure: "70%", "5.300 người", "1 lần/tháng", "3–5%/năm". */
function amount(value, valueMax, measure, counted, countedEn) {
  const v = valueMax != null ? `${num(value)}–${num(valueMax)}` : num(value);
  switch (measure) {
    case 'percent':
      return `${v}%`;
    case 'count':
      return `${v} ${(en ? countedEn : counted) ?? ''}`.trim();
    case 'per_month':
      return `${v} ${T.perMonth}`;
    case 'per_year':
      return `${v} ${T.perYear}`;
    default:
      return `${v}${T.perYearChange}`;
  }
}

// ---------------------------------------------------------------- lookups
const unitById = new Map(units.map((u) => [u.unit_id, u]));
const planById = new Map(plans.map((p) => [p.plan_id, p]));
const indicatorById = new Map(indicators.map((i) => [i.indicator_id, i]));
const targetById = new Map(targets.map((t) => [t.target_id, t]));
const programmeOf = new Map(programmes.map((p) => [p.period, p]));
const currentNames = new Set(units.filter((u) => !u.valid_to && u.level === 'province').map((u) => u.name));
/** "Tỉnh Quảng Trị (cũ)" for a former province whose name continues after 1 July 2025. */
function unitName(id) {
  const u = unitById.get(id);
  if (!u) return id;
  const name = en ? u.name_en : u.name;
  if (u.kind === 'country') return name;
  const former = u.valid_to && u.level === 'province' && currentNames.has(u.name) ? ` (${T.former})` : '';
  const word = T.kindWord[u.kind];
  return en ? `${name} ${word}${former}` : `${word[0].toUpperCase()}${word.slice(1)} ${name}${former}`;
}
const indicatorName = (id) => indicatorById.get(id)?.[en ? 'label_en' : 'label_vi'] ?? id;
const periodLabel = (p) => p.replace('-', '–');

// ---------------------------------------------------------------- filters
const form = document.getElementById('filters');
const withRows = new Set([...plans.map((p) => p.unit_id), ...results.map((r) => r.unit_id)]);
const byName = new Intl.Collator(en ? 'en' : 'vi').compare;
function options(select, first, list) {
  select.replaceChildren(new Option(first, ''));
  for (const item of list) {
    if (item.group) {
      const g = document.createElement('optgroup');
      g.label = item.group;
      for (const [value, label] of item.options) g.append(new Option(label, value));
      select.append(g);
    } else select.append(new Option(item[1], item[0]));
  }
}
options(
  form.unit,
  T.allUnits,
  [...withRows]
    .map((id) => [id, unitName(id)])
    .sort((a, b) => (a[0] === 'VN' ? -1 : b[0] === 'VN' ? 1 : byName(a[1], b[1]))),
);
options(
  form.period,
  T.allPeriods,
  programmes.map((p) => [p.period, periodLabel(p.period) + (p.status === 'draft' ? ` (${T.draft})` : '')]),
);
options(
  form.indicator,
  T.allIndicators,
  groups.map((g) => ({
    group: en ? g.label_en : g.label_vi,
    options: indicators
      .filter((i) => i.group === g.group_id)
      .map((i) => [i.indicator_id, indicatorName(i.indicator_id)]),
  })),
);
options(form.kind, T.allKinds, [
  ['official', T.official],
  ['secondary', T.secondary],
]);
// ?unit= takes a unit_id or a slug; the other filters their values.
const wantedUnit = params.get('unit');
const unitFromParam = wantedUnit && units.find((u) => u.unit_id === wantedUnit || u.slug === wantedUnit);
if (unitFromParam && withRows.has(unitFromParam.unit_id)) form.unit.value = unitFromParam.unit_id;
for (const k of ['period', 'indicator', 'kind']) if (params.get(k)) form[k].value = params.get(k);

// ---------------------------------------------------------------- tables
function cell(tr, label, ...content) {
  const td = tr.insertCell();
  td.dataset.label = label;
  for (const c of content) if (c !== null && c !== undefined && c !== '') td.append(c);
  return td;
}
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const line = (text, cls = 'sub') => el('span', cls, text);
function link(url, text) {
  const a = el('a', '', text);
  a.href = url;
  a.rel = 'noopener';
  return a;
}
function table(id, columns, rows, render) {
  const t = document.getElementById(id);
  t.replaceChildren();
  const head = t.createTHead().insertRow();
  for (const [label, cls] of columns) {
    const th = el('th', cls ?? '', label);
    th.scope = 'col';
    head.append(th);
  }
  const body = t.createTBody();
  if (!rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = columns.length;
    td.className = 'empty';
    td.textContent = T.none;
  }
  for (const r of rows) render(body.insertRow(), r);
}
const sourceLine = (kind, url, extra) => {
  const s = el('span', 'sub source');
  s.append(kind === 'official' ? T.official : T.secondary);
  if (url) s.append(' · ', link(url, `${T.source} ↗`));
  if (extra) s.append(' · ', extra);
  return s;
};

function render() {
  const f = Object.fromEntries(new FormData(form));
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(f)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  history.replaceState(null, '', url);

  const planOk = (p) =>
    (!f.unit || p.unit_id === f.unit) && (!f.period || p.period === f.period) && (!f.kind || p.source_kind === f.kind);
  const targetRows = targets.filter(
    (t) => planOk(planById.get(t.plan_id)) && (!f.indicator || t.indicator_id === f.indicator),
  );
  const planRows = plans.filter((p) => planOk(p) && (!f.indicator || targetRows.some((t) => t.plan_id === p.plan_id)));
  const resultRows = results.filter(
    (r) =>
      (!f.unit || r.unit_id === f.unit) &&
      (!f.period || r.period === f.period) &&
      (!f.kind || r.source_kind === f.kind) &&
      (!f.indicator || r.indicator_id === f.indicator),
  );
  document.getElementById('shown').textContent = T.shown(
    planRows.length,
    plans.length,
    targetRows.length,
    targets.length,
    resultRows.length,
    results.length,
  );
  document.getElementById('plans-h').textContent = `${en ? 'Plans' : 'Kế hoạch'} (${planRows.length})`;
  document.getElementById('targets-h').textContent = `${en ? 'Targets' : 'Chỉ tiêu'} (${targetRows.length})`;
  document.getElementById('results-h').textContent =
    `${en ? 'Published results' : 'Kết quả đã công bố'} (${resultRows.length})`;

  const count = new Map();
  for (const t of targets) count.set(t.plan_id, (count.get(t.plan_id) ?? 0) + 1);
  table(
    'plans',
    [[T.unit], [T.plan, 'wide'], [T.period], [T.sourceHead], ...(en ? [] : [[T.notes, 'wide']]), [T.id]],
    planRows,
    (tr, p) => {
      cell(tr, T.unit, unitName(p.unit_id));
      const doc = `${p.document_no ?? T.noDoc}, ${p.issued_on ? date(p.issued_on) : T.noDate}`;
      cell(
        tr,
        T.plan,
        el('span', '', en ? p.title_en : p.title),
        line(doc),
        line(`${T.basis[p.programme_basis]} · ${T.targetsCount(count.get(p.plan_id) ?? 0)}`),
      );
      const programme = programmeOf.get(p.period);
      const span = p.span_start === p.span_end ? String(p.span_start) : `${p.span_start}–${p.span_end}`;
      cell(
        tr,
        T.period,
        el('span', '', periodLabel(p.period)),
        programme?.status === 'draft' ? line(T.draft) : null,
        span !== periodLabel(p.period) ? line(span) : null,
      );
      cell(tr, T.sourceHead, sourceLine(p.source_kind, p.source_url));
      if (!en) cell(tr, T.notes, el('span', 'sub', p.notes ?? ''));
      cell(tr, T.id, el('code', '', p.plan_id));
    },
  );

  const deadline = (t) =>
    t.recurrence === 'annual'
      ? T.everyYear(t.target_year)
      : t.recurrence === 'continuous'
        ? T.throughout(t.target_year)
        : T.by(t.target_year);
  table('targets', [[T.unit], [T.indicator], [T.target], [T.quote, 'quote'], [T.id]], targetRows, (tr, t) => {
    const p = planById.get(t.plan_id);
    cell(tr, T.unit, el('span', '', unitName(t.unit_id)), line(periodLabel(t.period)));
    const scope = en ? t.scope_en : t.scope;
    cell(tr, T.indicator, el('span', '', indicatorName(t.indicator_id)), scope ? line(scope) : null);
    const role = t.section_role === 'task' ? T.roleTask : t.section_role === 'assignment' ? T.roleAssignment : '';
    cell(
      tr,
      T.target,
      el(
        'strong',
        'figure',
        `${CMP[t.comparator]} ${amount(t.value, t.value_max, t.measure, t.counted, t.counted_en)}`.trim(),
      ),
      line(deadline(t)),
      role ? line(role) : null,
    );
    const q = cell(tr, T.quote, el('q', '', t.quote));
    q.className = 'quote';
    q.append(
      sourceLine(
        p.source_kind,
        t.source_url ?? p.source_url,
        `${p.document_no ?? T.noDoc}${t.section ? `, ${t.section}` : ''}`,
      ),
    );
    cell(tr, T.id, el('code', '', t.target_id));
  });

  table('results', [[T.unit], [T.indicator], [T.kind], [T.figure], [T.quote, 'quote'], [T.id]], resultRows, (tr, r) => {
    cell(tr, T.unit, el('span', '', unitName(r.unit_id)), line(periodLabel(r.period)));
    cell(tr, T.indicator, indicatorName(r.indicator_id));
    cell(tr, T.kind, el('span', `kind ${r.result_kind}`, T.resultKind[r.result_kind]));
    // In its own measure: "75%", "60/63 tỉnh, thành phố", "100% of 63 provinces", "26.958 buổi".
    let figure;
    const label = en ? r.denominator_label_en : r.denominator_label;
    if (r.denominator != null && r.measure === 'count')
      figure = `${num(r.value)}/${num(r.denominator)} ${label ?? ''}`.trim();
    else if (r.denominator != null)
      figure = `${amount(r.value, null, r.measure)} ${T.of} ${num(r.denominator)} ${label ?? ''}`.trim();
    else figure = amount(r.value, null, r.measure, r.counted, r.counted_en);
    const t = r.target_id ? targetById.get(r.target_id) : null;
    cell(
      tr,
      T.figure,
      el('strong', 'figure', figure),
      r.as_of ? line(`${T.asOf} ${date(r.as_of)}`) : null,
      t
        ? line(
            `${T.against} ${CMP[t.comparator]} ${amount(t.value, t.value_max, t.measure, t.counted, t.counted_en)} (${T.by(t.target_year)})${t.unit_id !== r.unit_id ? ` — ${T.reportedAgainst}` : ''}`,
          )
        : null,
    );
    const q = cell(tr, T.quote, el('q', '', r.quote));
    q.className = 'quote';
    q.append(sourceLine(r.source_kind, r.source_url, r.published_on ? `${T.published} ${date(r.published_on)}` : ''));
    cell(tr, T.id, el('code', '', r.result_id));
  });
}

document.getElementById('summary').textContent = T.summary(
  pkg.version,
  plans.length,
  targets.length,
  results.length,
  units.length,
  indicators.length,
);
form.addEventListener('change', render);
form.addEventListener('reset', () => setTimeout(render));
render();
