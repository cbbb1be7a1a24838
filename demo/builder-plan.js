// "Biểu đồ cho kế hoạch của bạn / Chart your own plan": an editor pastes the targets section of a plan (or uploads a
// .txt or .docx), checks what proposeTargets proposes in editable cards (each quote highlighted in the text), fixes,
// deletes and adds targets, fills in the plan's details and any results, previews the chart, and copies a snippet
// that carries the targets inline. The same reader as the widget's `targets` checks every card, so what the preview
// shows is what the snippet draws. Nothing leaves the browser.
import {holdStyle, lang} from './page.js';

const en = lang === 'en';
const T = en
  ? {
      card: (n) => `Target ${n}`,
      section: (s) => `section ${s}`,
      role: {task: 'in the tasks section', assignment: 'in the assignments section'},
      label: 'What is measured',
      comparator: 'Comparison',
      value: 'Value',
      valueMax: 'Upper bound',
      measure: 'Measure',
      counted: 'What is counted',
      year: 'Year due',
      recurrence: 'Recurs',
      sectionField: 'Section',
      quote: 'Sentence, word for word',
      result: 'Result',
      asOf: 'As of (a date, or a year)',
      source: 'Source of the result (name or address)',
      resultsSummary: 'Result (optional)',
      show: 'Show in the text',
      remove: (n, l) => `Delete target ${n}${l ? `: ${l}` : ''}`,
      removeShort: 'Delete',
      check: 'Check: ',
      notInText: 'This sentence is not in the pasted text: copy it word for word.',
      comparators: {
        '>=': '≥ at least',
        '>': '> more than',
        '=': '= a figure',
        '<=': '≤ at most',
        range: 'from … to …',
      },
      measures: {
        percent: '% (percent)',
        count: 'count',
        per_month: 'times a month',
        per_year: 'times a year',
        annual_change_percent: '% a year (change)',
      },
      recurrences: {once: 'once', annual: 'every year', continuous: 'maintained'},
      proposed: (n) =>
        n
          ? `${n} target${n === 1 ? '' : 's'} proposed from the text. Check each card.`
          : 'No numeric target found in this text. Paste the objectives section, or add targets by hand.',
      changed: 'The text has changed. ',
      repropose: 'Propose again from the text (your edits are lost)',
      added: (n) => `Target ${n} added.`,
      removed: (n) => `Target ${n} deleted.`,
      grid: 'Targets',
      used: (n, k) =>
        `${n} target${n === 1 ? '' : 's'} charted${k ? `, ${k} problem${k === 1 ? '' : 's'} left out:` : '.'}`,
      none: 'No target to chart yet: paste the plan’s text, or add a target.',
      copied: 'Copied.',
      copyFailed: 'Select the snippet and copy it (Ctrl+C).',
      file: {
        not_utf8: 'The file is not UTF-8 text: save it as UTF-8, or as .docx.',
        doc: 'This is a Word 97-2003 .doc file: save it as .docx.',
        pdf: 'This is a PDF: copy its text and paste it here.',
        docx_unreadable: 'The .docx file could not be read.',
        empty: 'The file is empty.',
      },
      read: (name, n) => `Read ${name}: ${n.toLocaleString('en')} characters.`,
    }
  : {
      card: (n) => `Chỉ tiêu ${n}`,
      section: (s) => `mục ${s}`,
      role: {task: 'ở phần nhiệm vụ, giải pháp', assignment: 'ở phần tổ chức thực hiện'},
      label: 'Điều được đo',
      comparator: 'So sánh',
      value: 'Giá trị',
      valueMax: 'Tối đa (khoảng)',
      measure: 'Đơn vị đo',
      counted: 'Đếm gì',
      year: 'Năm phải đạt',
      recurrence: 'Lặp lại',
      sectionField: 'Mục',
      quote: 'Câu nguyên văn',
      result: 'Kết quả',
      asOf: 'Tính đến (ngày, hoặc năm)',
      source: 'Nguồn kết quả (tên hoặc địa chỉ)',
      resultsSummary: 'Kết quả (không bắt buộc)',
      show: 'Xem trong văn bản',
      remove: (n, l) => `Xóa chỉ tiêu ${n}${l ? `: ${l}` : ''}`,
      removeShort: 'Xóa',
      check: 'Cần xem lại: ',
      notInText: 'Câu này không có trong văn bản đã dán: hãy chép đúng nguyên văn.',
      comparators: {
        '>=': '≥ ít nhất',
        '>': '> trên',
        '=': '= con số',
        '<=': '≤ không quá',
        range: 'từ … đến …',
      },
      measures: {
        percent: '% (tỷ lệ)',
        count: 'số lượng',
        per_month: 'lần mỗi tháng',
        per_year: 'lần mỗi năm',
        annual_change_percent: '%/năm (mức tăng, giảm)',
      },
      recurrences: {once: 'một lần', annual: 'hằng năm', continuous: 'duy trì'},
      proposed: (n) =>
        n
          ? `Đã đề xuất ${n} chỉ tiêu từ văn bản. Hãy kiểm tra từng thẻ.`
          : 'Không tìm thấy chỉ tiêu có số trong văn bản này. Hãy dán phần mục tiêu, chỉ tiêu, hoặc thêm chỉ tiêu bằng tay.',
      changed: 'Văn bản đã thay đổi. ',
      repropose: 'Đề xuất lại từ văn bản (các sửa đổi sẽ mất)',
      added: (n) => `Đã thêm chỉ tiêu ${n}.`,
      removed: (n) => `Đã xóa chỉ tiêu ${n}.`,
      grid: 'Bảng chỉ tiêu',
      used: (n, k) => `${n} chỉ tiêu được vẽ${k ? `, ${k} lỗi bị bỏ qua:` : '.'}`,
      none: 'Chưa có chỉ tiêu để vẽ: hãy dán văn bản kế hoạch, hoặc thêm chỉ tiêu.',
      copied: 'Đã chép.',
      copyFailed: 'Hãy chọn mã và chép (Ctrl+C).',
      file: {
        not_utf8: 'Tệp không phải văn bản UTF-8: hãy lưu lại dạng UTF-8, hoặc .docx.',
        doc: 'Đây là tệp Word 97-2003 (.doc): hãy lưu lại thành .docx.',
        pdf: 'Đây là tệp PDF: hãy chép phần văn bản rồi dán vào đây.',
        docx_unreadable: 'Không đọc được tệp .docx.',
        empty: 'Tệp trống.',
      },
      read: (name, n) => `Đã đọc ${name}: ${n.toLocaleString('vi')} ký tự.`,
    };

const $ = (id) => document.getElementById(id);
const textEl = $('plan-text');
const sourceEl = $('source');
const cardsEl = $('cards');
const gridStatus = $('grid-status');
const textStatus = $('text-status');
const previewEl = $('preview');
const issuesEl = $('issues');
const readEl = $('read');
const snippetEl = $('snippet');
const base = $('base');
base.value = new URL('../dist/', location.href).href;
$('chart-lang').value = lang;

const PlanChart = await customElements.whenDefined('plan-chart');
const tools = await PlanChart.planTools();

// The dataset's indicator labels, offered as the label of a target (the plan's own words stay the default).
try {
  const ds = await (await fetch(new URL('../dist/data/dataset.json', location.href))).json();
  const list = Object.assign(document.createElement('datalist'), {id: 'indicator-labels'});
  for (const i of ds.indicators) list.append(Object.assign(document.createElement('option'), {value: i.label_vi}));
  document.body.append(list);
} catch {
  // Without suggestions the labels are typed.
}

/** The fields of a target, in the order of its card. */
const FIELDS = [
  'label',
  'comparator',
  'value',
  'value_max',
  'measure',
  'counted',
  'target_year',
  'recurrence',
  'section',
  'quote',
  'result',
  'result_as_of',
  'result_source',
];
const FIELD_LABEL = {
  label: T.label,
  comparator: T.comparator,
  value: T.value,
  value_max: T.valueMax,
  measure: T.measure,
  counted: T.counted,
  target_year: T.year,
  recurrence: T.recurrence,
  section: T.sectionField,
  quote: T.quote,
  result: T.result,
  result_as_of: T.asOf,
  result_source: T.source,
  result_source_url: T.source,
};

/** A number as the editor types it: the page's decimal mark, no grouping. */
const num = (n) => (n === null || n === undefined ? '' : en ? String(n) : String(n).replace('.', ','));

let text = '';
/** The targets being edited: the field values as typed, where each came from in the text, what to check. */
let rows = [];
let nextKey = 1;
/** Whether the editor changed a card since the last proposal (then a new text does not wipe the cards). */
let edited = false;

/** What to tell the editor about a proposal: not which indicator it is (a page's plan has none), nor that an annual
 * plan's year is its deadline. */
const notesOf = (p, span) =>
  p.notes.filter(
    (_, k) => p.flags[k] !== 'no_indicator' && !(p.flags[k] === 'year_from_span' && span && span[0] === span[1]),
  );

function fromProposal(p, span) {
  return {
    key: nextKey++,
    // A label cut short keeps its "…": the editor sees that it wants shortening.
    label: p.label,
    comparator: p.comparator,
    value: num(p.value),
    value_max: num(p.value_max),
    measure: p.measure,
    counted: p.measure === 'count' ? (p.counted ?? '') : '',
    target_year: p.target_year ? String(p.target_year) : '',
    recurrence: p.recurrence,
    section: p.section ?? '',
    quote: p.quote,
    result: '',
    result_as_of: '',
    result_source: '',
    role: p.section_role,
    notes: notesOf(p, span),
    at: [p.start, p.end],
    proposedQuote: p.quote,
  };
}

const blank = () => ({
  key: nextKey++,
  label: '',
  comparator: '>=',
  value: '',
  value_max: '',
  measure: 'percent',
  counted: '',
  target_year: spanEnd(),
  recurrence: 'once',
  section: '',
  quote: '',
  result: '',
  result_as_of: '',
  result_source: '',
  role: 'objective',
  notes: [],
  at: null,
  proposedQuote: null,
});

function spanEnd() {
  const m = /(\d{4})\s*$/.exec($('plan-span').value.trim());
  return m ? m[1] : '';
}

// ——— the plan's details, read from its header ———

/** "XÃ ĐÔNG SƠN" → "xã Đông Sơn": the kind word in lower case, the name in title case. */
function placeName(upper) {
  const words = upper.trim().toLocaleLowerCase('vi').split(/\s+/);
  const kinds = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường'];
  const joined = words.join(' ');
  const kind = kinds.find((k) => joined.startsWith(`${k} `));
  const rest = kind ? joined.slice(kind.length + 1) : joined;
  const name = rest.replace(/(^|\s)(\p{L})/gu, (_, s, c) => s + c.toLocaleUpperCase('vi'));
  return kind ? `${kind} ${name}` : name;
}

/** What the text's header says about the plan: title, issuer, number, date, span, place. */
function detailsOf(t) {
  const lines = t
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const out = {};
  const k = lines.findIndex((l) => /^KẾ HOẠCH\b/u.test(l));
  if (k >= 0) {
    const own = lines[k].replace(/^KẾ HOẠCH\s*/u, '');
    const next = own || lines.slice(k + 1).find((l) => l) || '';
    // The title line, not the preamble: "Căn cứ …", a section, or a sentence that ends in ":" or "." ("Thực hiện Kế
    // hoạch của UBND tỉnh …, UBND xã ban hành … như sau:"). A title may begin "Thực hiện công tác …".
    if (next && !/^(Căn cứ|I\.)/u.test(next) && !(/^Thực hiện/u.test(next) && /[:.]$/u.test(next)))
      out.title = `Kế hoạch ${next[0].toLocaleLowerCase('vi')}${next.slice(1)}`;
  }
  const head = lines.slice(0, Math.max(12, k + 1)).join('\n');
  const no = /Số:\s*(\d+[^\s,;]*)/u.exec(head);
  if (no) out.document = no[1];
  const day = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(head);
  if (day) out.date = `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const ubnd = lines.findIndex((l) => /^(ỦY|UỶ) BAN NHÂN DÂN$/u.test(l));
  const place = ubnd >= 0 && /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s/u.test(lines[ubnd + 1] ?? '');
  const ofTitle = out.title
    ? /(?:địa bàn|của)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+[^,.;()]+?)(?:\s+(?:năm|giai đoạn)\b|[,.;(]|$)/u.exec(
        out.title,
      )
    : null;
  if (place) out.issuer = `UBND ${placeName(lines[ubnd + 1])}`;
  else if (ofTitle) out.issuer = `UBND ${ofTitle[1]}`;
  const span = tools.planSpanOf(t);
  if (span) out.span = span[0] === span[1] ? String(span[0]) : `${span[0]}-${span[1]}`;
  return out;
}

/** Plan inputs filled from the text, until the editor types in them. */
const autoFilled = new Set();
function fillDetails(t) {
  const d = detailsOf(t);
  for (const [field, id] of [
    ['title', 'plan-title'],
    ['issuer', 'plan-issuer'],
    ['document', 'plan-document'],
    ['date', 'plan-date'],
    ['span', 'plan-span'],
  ]) {
    const input = $(id);
    if (input.value && !autoFilled.has(id)) continue;
    input.value = d[field] ?? '';
    if (d[field]) autoFilled.add(id);
    else autoFilled.delete(id);
  }
}
for (const input of $('plan-fields').querySelectorAll('input'))
  input.addEventListener('input', () => {
    autoFilled.delete(input.id);
    schedule();
  });

// ——— proposals ———

function propose() {
  text = textEl.value;
  fillDetails(text);
  const span = tools.planSpanOf(text);
  rows = tools.proposeTargets(text, {lang, ...(span ? {span} : {})}).map((p) => fromProposal(p, span));
  edited = false;
  renderCards();
  renderSource();
  // The text panel opens at the first target's sentence, not at the letterhead.
  const first = sourceEl.querySelector('mark');
  if (first) sourceEl.scrollTop = Math.max(0, first.offsetTop - sourceEl.offsetTop - 24);
  gridStatus.textContent = T.proposed(rows.length);
  textStatus.replaceChildren();
  schedule(0);
}

let typing;
textEl.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    if (!edited || !rows.length) return propose();
    // Cards the editor changed are not thrown away without asking.
    text = textEl.value;
    renderSource();
    const again = Object.assign(document.createElement('button'), {type: 'button', textContent: T.repropose});
    again.addEventListener('click', propose);
    textStatus.replaceChildren(T.changed, again);
  }, 400);
});

$('sample').addEventListener('click', async () => {
  textEl.value = await (await fetch(new URL('plan-sample.txt', location.href))).text();
  propose();
});

$('plan-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  try {
    textEl.value = tools.planFileText(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    textStatus.textContent = T.file[error.code] ?? String(error.message);
    return;
  }
  propose();
  textStatus.textContent = T.read(file.name, textEl.value.length);
});

// ——— the text, with each target's sentence marked ———

/** Where a quote stands in the text, whitespace aside: [start, end] offsets, or null. */
function locate(t, quote) {
  const q = quote.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return null;
  let flat = '';
  const at = [];
  let space = false;
  for (let i = 0; i < t.length; i++) {
    if (/\s/.test(t[i])) {
      if (!space && flat) {
        flat += ' ';
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    flat += t[i];
    at.push(i);
  }
  const k = flat.normalize('NFC').indexOf(q);
  return k < 0 ? null : [at[k], at[k + q.length - 1] + 1];
}

/** Each row's place in the text: its proposal's offsets while its quote is unchanged, else where its quote is. */
function placeOf(row) {
  if (row.at && row.quote === row.proposedQuote) return row.at;
  return locate(text, row.quote);
}

function renderSource() {
  const spans = [];
  rows.forEach((r, k) => {
    const p = placeOf(r);
    if (p) spans.push({start: p[0], end: p[1], rows: [k]});
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Targets of one sentence share its mark.
  const merged = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.rows.push(...s.rows);
    } else merged.push({...s, rows: [...s.rows]});
  }
  const parts = [];
  let pos = 0;
  for (const m of merged) {
    parts.push(document.createTextNode(text.slice(pos, m.start)));
    const mark = document.createElement('mark');
    mark.dataset.rows = m.rows.map((k) => rows[k].key).join(' ');
    const no = Object.assign(document.createElement('span'), {
      className: 'mark-no',
      textContent: m.rows.map((k) => k + 1).join(', '),
    });
    no.setAttribute('aria-hidden', 'true');
    mark.append(no, text.slice(m.start, m.end));
    parts.push(mark);
    pos = m.end;
  }
  parts.push(document.createTextNode(text.slice(pos)));
  sourceEl.replaceChildren(...parts);
  $('source-panel').hidden = !text;
}

/** Marks a card's sentence as current, and brings it into view in the text (`page`: scrolling the page too). */
function showInText(key, page) {
  let found = null;
  for (const m of sourceEl.querySelectorAll('mark')) {
    const mine = m.dataset.rows.split(' ').includes(String(key));
    m.classList.toggle('current', mine);
    if (mine) found ??= m;
  }
  if (!found) return;
  if (page) found.scrollIntoView({block: 'center', behavior: 'smooth'});
  else if (sourceEl.scrollHeight > sourceEl.clientHeight + 4)
    sourceEl.scrollTo({top: found.offsetTop - sourceEl.offsetTop - sourceEl.clientHeight / 3, behavior: 'smooth'});
}

// ——— the cards ———

function option(value, label, selected) {
  return Object.assign(document.createElement('option'), {value, textContent: label, selected: value === selected});
}

function field(row, name, k) {
  const id = `t${row.key}-${name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  if (name === 'label' || name === 'quote' || name === 'result_source') label.className = 'wide';
  label.append(Object.assign(document.createElement('span'), {textContent: FIELD_LABEL[name]}));
  let input;
  if (name === 'comparator' || name === 'measure' || name === 'recurrence') {
    input = document.createElement('select');
    const labels = name === 'comparator' ? T.comparators : name === 'measure' ? T.measures : T.recurrences;
    for (const [v, l] of Object.entries(labels)) input.append(option(v, l, row[name]));
  } else if (name === 'quote') {
    input = Object.assign(document.createElement('textarea'), {rows: 3, value: row.quote});
  } else {
    input = Object.assign(document.createElement('input'), {value: row[name]});
    if (['value', 'value_max', 'result'].includes(name)) input.inputMode = 'decimal';
    if (name === 'target_year') input.inputMode = 'numeric';
    if (name === 'label') input.setAttribute('list', 'indicator-labels');
    if (name === 'result_as_of') input.placeholder = en ? '2025-12-31' : '31/12/2025';
  }
  input.id = id;
  input.name = name;
  input.dataset.row = String(k);
  label.append(input);
  return label;
}

function card(row, k) {
  const li = Object.assign(document.createElement('li'), {className: 'target-card'});
  li.dataset.key = String(row.key);
  const fs = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = T.card(k + 1);
  const where = [row.section ? T.section(row.section) : '', T.role[row.role] ?? ''].filter(Boolean).join(', ');
  if (where)
    legend.append(Object.assign(document.createElement('span'), {className: 'where', textContent: ` (${where})`}));
  fs.append(legend);
  const grid = Object.assign(document.createElement('div'), {className: 'fields'});
  for (const name of FIELDS.slice(0, 10)) grid.append(field(row, name, k));
  fs.append(grid);
  const details = Object.assign(document.createElement('details'), {className: 'result', open: !!row.result});
  details.append(Object.assign(document.createElement('summary'), {textContent: T.resultsSummary}));
  const resultGrid = Object.assign(document.createElement('div'), {className: 'fields'});
  for (const name of FIELDS.slice(10)) resultGrid.append(field(row, name, k));
  details.append(resultGrid);
  fs.append(details);
  if (row.notes.length)
    fs.append(
      Object.assign(document.createElement('p'), {className: 'notes', textContent: T.check + row.notes.join(' ')}),
    );
  const problems = Object.assign(document.createElement('ul'), {className: 'problems', id: `t${row.key}-problems`});
  fs.append(problems);
  const actions = Object.assign(document.createElement('div'), {className: 'card-actions'});
  const show = Object.assign(document.createElement('button'), {type: 'button', textContent: T.show});
  show.addEventListener('click', () => showInText(row.key, true));
  const remove = Object.assign(document.createElement('button'), {type: 'button', textContent: T.removeShort});
  remove.setAttribute('aria-label', T.remove(k + 1, row.label));
  remove.addEventListener('click', () => removeRow(k));
  actions.append(show, remove);
  fs.append(actions);
  li.append(fs);
  return li;
}

function renderCards() {
  cardsEl.replaceChildren(...rows.map(card));
}

cardsEl.addEventListener('input', (e) => {
  const input = e.target;
  const k = Number(input.dataset.row);
  if (!rows[k] || !input.name) return;
  rows[k][input.name] = input.value;
  edited = true;
  if (input.name === 'quote') renderSource();
  if (input.name === 'label')
    cardsEl.children[k]
      ?.querySelector('.card-actions button:last-child')
      ?.setAttribute('aria-label', T.remove(k + 1, input.value));
  schedule();
});
cardsEl.addEventListener('focusin', (e) => {
  const li = e.target.closest('.target-card');
  if (li) showInText(Number(li.dataset.key), false);
});

function removeRow(k) {
  rows.splice(k, 1);
  edited = true;
  renderCards();
  renderSource();
  gridStatus.textContent = T.removed(k + 1);
  // Focus goes to the card that took its place, or to "add".
  (cardsEl.children[k]?.querySelector('input, select, textarea') ?? $('add')).focus();
  schedule(0);
}

$('add').addEventListener('click', () => {
  rows.push(blank());
  edited = true;
  renderCards();
  gridStatus.textContent = T.added(rows.length);
  cardsEl.lastElementChild.querySelector('input').focus();
  schedule(0);
});

// ——— checking, preview and snippet ———

const chart = document.createElement('plan-chart');
// Drawn at once, not when scrolled near: the snippet waits for the preview's plan-chart-render (at 1280 px the
// preview sits below the cards, and the snippet stayed empty until the reader scrolled past it).
chart.setAttribute('loading', 'eager');
previewEl.append(chart);
let inline = null;
let seq = 0;
let timer;
function schedule(ms = 300) {
  clearTimeout(timer);
  timer = setTimeout(update, ms);
}
for (const id of ['view', 'chart-lang', 'base']) $(id).addEventListener('change', () => schedule(0));

/** The plan as the reader takes it: its details and the cards, each field as typed (empty ones left out). */
function planInput() {
  const plan = {};
  for (const name of ['title', 'issuer', 'document', 'date', 'url', 'span', 'unit']) {
    const v = $(`plan-${name}`).value.trim();
    if (v) plan[name] = v;
  }
  const targets = rows.map((r) =>
    Object.fromEntries(FIELDS.map((f) => [f, String(r[f] ?? '').trim()]).filter(([, v]) => v)),
  );
  return {...plan, targets};
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function showProblems(issues) {
  for (const el of document.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  }
  for (const ul of cardsEl.querySelectorAll('.problems')) ul.replaceChildren();
  issuesEl.replaceChildren();
  for (const i of issues) {
    const said = tools.describeIssue(lang, i);
    issuesEl.append(Object.assign(document.createElement('li'), {textContent: said.message}));
    if (!i.line) {
      // A detail of the plan ("plan-date"): its input.
      const input = $(i.file);
      if (input) input.setAttribute('aria-invalid', 'true');
      continue;
    }
    const li = cardsEl.children[i.line - 1];
    if (!li) continue;
    const list = li.querySelector('.problems');
    list.append(
      Object.assign(document.createElement('li'), {
        textContent: `${FIELD_LABEL[i.column] ?? i.column}: ${said.problem}`,
      }),
    );
    const input = li.querySelector(`[name="${i.column}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', list.id);
      if (input.closest('details')) input.closest('details').open = true;
    }
  }
}

/**
 * The chart's height in a 1280 px column, drawn out of sight (heights only fall as columns widen): what the snippet
 * holds while the script loads, so that the article below does not jump when the chart appears. 0 if it did not
 * draw within 15 s.
 */
async function wideHeight(targets, view, chartLang) {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  Object.assign(box.style, {position: 'absolute', left: '-20000px', top: '0', width: '1280px', visibility: 'hidden'});
  const el = document.createElement('plan-chart');
  el.setAttribute('loading', 'eager');
  el.setAttribute('view', view);
  el.setAttribute('lang', chartLang);
  box.append(el);
  document.body.append(box);
  const rendered = new Promise((resolve) => {
    el.addEventListener('plan-chart-render', () => resolve(true), {once: true});
    // Bad rows among good ones are an error too, but the chart is drawn: wait for it; any other error ends it.
    el.addEventListener('plan-chart-error', (e) => e.detail.code !== 'targets' && resolve(false));
  });
  el.targets = targets;
  const drawn = await Promise.race([rendered, new Promise((resolve) => setTimeout(() => resolve(false), 15_000))]);
  const height = drawn ? el.getBoundingClientRect().height : 0;
  box.remove();
  return height;
}

async function update() {
  const id = ++seq;
  const read = await tools.readTargets(planInput(), {file: T.grid});
  if (id !== seq) return;
  showProblems(read.issues);
  readEl.textContent = read.targets.length ? T.used(read.targets.length, read.issues.length) : T.none;
  if (!read.targets.length) {
    inline = null;
    snippetEl.value = '';
    chart.hidden = true;
    document.body.dataset.ready = 'true';
    return;
  }
  inline = tools.targetsToInline(read.targets);
  chart.hidden = false;
  const view = $('view').value;
  const chartLang = $('chart-lang').value;
  const done = new Promise((resolve) => {
    chart.addEventListener('plan-chart-render', resolve, {once: true});
    chart.addEventListener('plan-chart-error', resolve, {once: true});
  });
  chart.setAttribute('view', view);
  chart.setAttribute('lang', chartLang);
  chart.targets = inline;
  const wide = wideHeight(inline, view, chartLang);
  await done;
  const hold = holdStyle(await wide);
  if (id !== seq) return;
  const root = chart.shadowRoot;
  const title = root.querySelector('h2')?.textContent ?? '';
  const summary = root.querySelector('#chart-desc, .summary')?.textContent ?? '';
  const json = JSON.stringify(inline).replace(/</g, '\\u003c');
  snippetEl.value =
    `<script type="module" src="${esc(new URL('plan-chart.js', base.value).href)}"></script>\n` +
    `<plan-chart view="${view}" lang="${chartLang}"${hold}>\n` +
    `  <script type="application/json" data-targets>${json}</script>\n` +
    `  <p><strong>${esc(title)}</strong><br>${esc(summary)}</p>\n` +
    `</plan-chart>`;
  document.body.dataset.ready = 'true';
}

$('copy').addEventListener('click', async () => {
  const status = $('copy-status');
  snippetEl.select();
  try {
    await navigator.clipboard.writeText(snippetEl.value);
    status.textContent = T.copied;
  } catch {
    status.textContent = document.execCommand('copy') ? T.copied : T.copyFailed;
  }
});

/** The targets as a CSV file in the `targets` columns (the plan's details on the first row), for `targets="…"`. */
$('download-csv').addEventListener('click', () => {
  if (!inline) return;
  const a = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob(['\ufeff' + tools.inlineToCsv(inline)], {type: 'text/csv;charset=utf-8'})),
    download: 'chi-tieu-ke-hoach.csv',
  });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

renderSource();
await update();
