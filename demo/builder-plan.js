// "Biểu đồ cho kế hoạch của bạn / Chart your own plan": an editor pastes the targets section of a plan (or uploads a
// .txt, .docx or a PDF with a text layer), checks what proposeTargets proposes in editable cards (each quote highlighted in the text), fixes,
// deletes and adds targets, fills in the plan's details and any results, previews the chart, and copies a snippet
// that carries the targets inline. The same reader as the widget's `targets` checks every card, so what the preview
// shows is what the snippet draws. Results come the same way from a report (proposeResults): each proposal in a card
// under the target it matches, confirmed into that target card's result fields. Nothing leaves the browser.
import {holdStyle, lang} from './page.js';

const en = lang === 'en';
/**
 * What the proposer cut (src/data/propose/limits.ts), said in the page's language: the text read only up to a
 * point, or the first proposals only. `what`: 'targets' or 'results'.
 */
function cutMessage(cut, what, l) {
  const n = (x) => x.toLocaleString(l === 'en' ? 'en-GB' : 'vi-VN');
  const parts = [];
  if (l === 'en') {
    const noun = what === 'results' ? 'results' : 'targets';
    if (cut.text)
      parts.push(
        `The text is too long to read at once: only its first ${n(cut.text.readTo)} characters of ${n(cut.text.length)} were read (limit ${n(cut.text.limit)}).`,
      );
    if (cut.proposals)
      parts.push(
        `Only the first ${n(cut.proposals.limit)} ${noun} are proposed (the limit per text); the text was read up to character ${n(cut.proposals.readTo)}.`,
      );
    if (cut.figures)
      parts.push(
        `The text holds more than ${n(cut.figures.limit)} figures: it was read up to character ${n(cut.figures.readTo)} only.`,
      );
    parts.push('Paste the plan part by part to read the rest.');
  } else {
    const noun = what === 'results' ? 'kết quả' : 'chỉ tiêu';
    if (cut.text)
      parts.push(
        `Văn bản quá dài để đọc một lần: chỉ đọc ${n(cut.text.readTo)} ký tự đầu trong ${n(cut.text.length)} ký tự (giới hạn ${n(cut.text.limit)}).`,
      );
    if (cut.proposals)
      parts.push(
        `Chỉ đề xuất ${n(cut.proposals.limit)} ${noun} đầu tiên (giới hạn cho một văn bản); văn bản được đọc đến ký tự thứ ${n(cut.proposals.readTo)}.`,
      );
    if (cut.figures)
      parts.push(`Văn bản có hơn ${n(cut.figures.limit)} con số: chỉ đọc đến ký tự thứ ${n(cut.figures.readTo)}.`);
    parts.push('Hãy dán từng phần của văn bản để đọc phần còn lại.');
  }
  return parts.join(' ');
}

/** Shows what was cut in `el` (hidden when nothing was). */
function showCut(el, cut, what) {
  el.textContent = cut ? T.cut(cut, what) : '';
  el.hidden = !cut;
}

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
      cut: (c, what) => cutMessage(c, what, 'en'),
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
        pdf_scanned:
          'This PDF has no text layer (it is a scan or a picture of the pages): paste its text here instead, copied from elsewhere or typed.',
        pdf_locked: 'This PDF is protected by a password: open it, copy its text and paste it here.',
        pdf_unreadable: 'This PDF could not be read (the file is damaged or not a PDF): paste its text here instead.',
        pdf_reader:
          'The PDF reader could not be loaded (dist/builder/pdfjs/ is missing: run npm run build): paste the text here instead.',
        docx_unreadable: 'The .docx file could not be read.',
        empty: 'The file is empty.',
      },
      read: (name, n) => `Read ${name}: ${n.toLocaleString('en')} characters.`,
      downloadCsv: 'Download the targets (CSV)',
      downloadBoth: 'Download the targets and results (CSV)',
      r: {
        card: (n) => `Result ${n}`,
        value: 'Value reported',
        comparator: 'Comparison',
        asOf: 'As of (a date, or a year)',
        target: 'Reports against',
        quote: 'Sentence, word for word',
        noTarget: '— no target —',
        unmatched: 'Matched to no target',
        group: (n, label) => `Target ${n}${label ? `: ${label}` : ''}`,
        comparators: {
          '=': '= the figure',
          '>': '> more than (a lower bound)',
          '>=': '≥ at least',
          '<': '< less than',
          '<=': '≤ at most',
        },
        read: (d) => `Read: ${d}`,
        match: (c) => `fits its target at ${Math.round(c * 100)}%`,
        proposedState: 'proposed',
        confirmedState: 'confirmed: in the chart',
        confirm: 'Confirm',
        repropose: 'Find the results again (unconfirmed edits are lost)',
        unconfirm: 'Take out of the chart',
        drop: 'Drop',
        dropLabel: (n) => `Drop result ${n}`,
        confirmLabel: (n) => `Confirm result ${n}`,
        empty: 'No report text yet: paste the report, or choose a file.',
        none: (kept) =>
          `No reported figure found in this text: paste the part of the report that gives the results${
            kept ? `. The ${kept} confirmed result${kept === 1 ? '' : 's'} stay` : ''
          }.`,
        found: (n, m) =>
          `${n} result${n === 1 ? '' : 's'} proposed from the report, ${m} matched to a target. Confirm, fix or drop each.`,
        noTargets: ' There is no target card yet: paste the plan first (step 1), then choose each result’s target.',
        confirmed: (n, t) => `Result ${n} confirmed: it is the result of target ${t} in the chart.`,
        replaced: (n, t, old) => `Result ${n} confirmed for target ${t}; result ${old} is no longer in the chart.`,
        unconfirmed: (n) => `Result ${n} taken out of the chart.`,
        dropped: (n) => `Result ${n} dropped.`,
        targetGone: (n) => `Result ${n}: its target was deleted; choose another.`,
        bound: ' Its comparison is not charted: the chart takes the figure itself as the result.',
        needTarget: 'choose the target it reports against',
        needValue: 'enter the reported figure, in digits',
        badValue: (v) => `"${v}" is not a number (digits, with "." or "," for decimals)`,
        needAsOf: 'enter the date of the figure (a day, a month or a year)',
        notInText: 'This sentence is not in the pasted report: copy it word for word.',
        source: (title, no, date) =>
          [title, no ? `no. ${no}` : '', date ? `dated ${date}` : ''].filter(Boolean).join(', '),
      },
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
      cut: (c, what) => cutMessage(c, what, 'vi'),
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
        pdf_scanned:
          'Tệp PDF này không có lớp chữ (là bản quét hoặc ảnh chụp trang): hãy dán văn bản vào đây, chép từ nguồn khác hoặc gõ lại.',
        pdf_locked: 'Tệp PDF này có mật khẩu: hãy mở tệp, chép phần văn bản rồi dán vào đây.',
        pdf_unreadable: 'Không đọc được tệp PDF này (tệp hỏng hoặc không phải PDF): hãy dán văn bản vào đây.',
        pdf_reader:
          'Không tải được bộ đọc PDF (thiếu dist/builder/pdfjs/: hãy chạy npm run build): hãy dán văn bản vào đây.',
        docx_unreadable: 'Không đọc được tệp .docx.',
        empty: 'Tệp trống.',
      },
      read: (name, n) => `Đã đọc ${name}: ${n.toLocaleString('vi')} ký tự.`,
      downloadCsv: 'Tải chỉ tiêu (CSV)',
      downloadBoth: 'Tải chỉ tiêu và kết quả (CSV)',
      r: {
        card: (n) => `Kết quả ${n}`,
        value: 'Giá trị báo cáo',
        comparator: 'So sánh',
        asOf: 'Tính đến (ngày, hoặc năm)',
        target: 'Kết quả của chỉ tiêu',
        quote: 'Câu nguyên văn',
        noTarget: '— không gắn chỉ tiêu —',
        unmatched: 'Chưa gắn với chỉ tiêu nào',
        group: (n, label) => `Chỉ tiêu ${n}${label ? `: ${label}` : ''}`,
        comparators: {
          '=': '= con số',
          '>': '> hơn, trên (cận dưới)',
          '>=': '≥ ít nhất',
          '<': '< dưới',
          '<=': '≤ không quá',
        },
        read: (d) => `Đọc được: ${d}`,
        match: (c) => `khớp với chỉ tiêu ${Math.round(c * 100)}%`,
        proposedState: 'đề xuất',
        confirmedState: 'đã xác nhận: có trong biểu đồ',
        confirm: 'Xác nhận',
        repropose: 'Tìm lại kết quả (các sửa đổi chưa xác nhận sẽ mất)',
        unconfirm: 'Bỏ khỏi biểu đồ',
        drop: 'Bỏ',
        dropLabel: (n) => `Bỏ kết quả ${n}`,
        confirmLabel: (n) => `Xác nhận kết quả ${n}`,
        empty: 'Chưa có văn bản báo cáo: hãy dán báo cáo, hoặc chọn tệp.',
        none: (kept) =>
          `Không tìm thấy kết quả có số trong văn bản này: hãy dán phần báo cáo nêu kết quả${
            kept ? `. ${kept} kết quả đã xác nhận vẫn được giữ` : ''
          }.`,
        found: (n, m) =>
          `Đã đề xuất ${n} kết quả từ báo cáo, ${m} kết quả khớp với một chỉ tiêu. Hãy xác nhận, sửa hoặc bỏ từng kết quả.`,
        noTargets: ' Chưa có thẻ chỉ tiêu nào: hãy dán kế hoạch trước (bước 1), rồi chọn chỉ tiêu cho từng kết quả.',
        confirmed: (n, t) => `Đã xác nhận kết quả ${n}: là kết quả của chỉ tiêu ${t} trong biểu đồ.`,
        replaced: (n, t, old) => `Đã xác nhận kết quả ${n} cho chỉ tiêu ${t}; kết quả ${old} không còn trong biểu đồ.`,
        unconfirmed: (n) => `Đã bỏ kết quả ${n} khỏi biểu đồ.`,
        dropped: (n) => `Đã bỏ kết quả ${n}.`,
        targetGone: (n) => `Kết quả ${n}: chỉ tiêu của nó đã bị xóa; hãy chọn chỉ tiêu khác.`,
        bound: ' Biểu đồ không thể hiện phép so sánh: kết quả được vẽ đúng bằng con số.',
        needTarget: 'hãy chọn chỉ tiêu mà kết quả này báo cáo',
        needValue: 'hãy nhập con số báo cáo, bằng chữ số',
        badValue: (v) => `"${v}" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)`,
        needAsOf: 'hãy nhập thời điểm của số liệu (ngày, tháng hoặc năm)',
        notInText: 'Câu này không có trong báo cáo đã dán: hãy chép đúng nguyên văn.',
        source: (title, no, date) =>
          [title, no ? `số ${no}` : '', date ? `ngày ${date}` : ''].filter(Boolean).join(', '),
      },
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
    // Not a field of the snippet: what proposeResults matches a report's figures by.
    indicator: p.indicator_id,
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
  indicator: null,
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
  const {proposals, cut} = tools.proposeTargetsBounded(text, {lang, ...(span ? {span} : {})});
  rows = proposals.map((p) => fromProposal(p, span));
  showCut($('text-cut'), cut, 'targets');
  edited = false;
  rematchResults();
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

/** A chosen file's text: a .docx or plain text (planFileText), or a PDF's text layer (pdfText, pdf.js loaded now). */
async function fileText(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return tools.planFileText(bytes, file.name);
  } catch (error) {
    if (error.code !== 'pdf') throw error;
    return pdfText(bytes);
  }
}

$('plan-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  try {
    textEl.value = await fileText(file);
  } catch (error) {
    textStatus.textContent = T.file[error.code] ?? String(error.message);
    e.target.value = '';
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
  markText(
    sourceEl,
    text,
    rows.map((r, k) => ({place: placeOf(r), key: r.key, no: k + 1})),
  );
  $('source-panel').hidden = !text;
}

/** `t` in `el`, each item's sentence (`place`: [start, end]) in a mark numbered `no`; items of one sentence share it. */
function markText(el, t, items) {
  const spans = [];
  for (const item of items) if (item.place) spans.push({start: item.place[0], end: item.place[1], items: [item]});
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.items.push(...s.items);
    } else merged.push({...s, items: [...s.items]});
  }
  const parts = [];
  let pos = 0;
  for (const m of merged) {
    parts.push(document.createTextNode(t.slice(pos, m.start)));
    const mark = document.createElement('mark');
    mark.dataset.rows = m.items.map((i) => i.key).join(' ');
    const no = Object.assign(document.createElement('span'), {
      className: 'mark-no',
      textContent: m.items.map((i) => i.no).join(', '),
    });
    no.setAttribute('aria-hidden', 'true');
    mark.append(no, t.slice(m.start, m.end));
    parts.push(mark);
    pos = m.end;
  }
  parts.push(document.createTextNode(t.slice(pos)));
  el.replaceChildren(...parts);
}

/** Marks a card's sentence as current, and brings it into view in the text (`page`: scrolling the page too). */
function showInText(key, page, el = sourceEl) {
  let found = null;
  for (const m of el.querySelectorAll('mark')) {
    const mine = m.dataset.rows.split(' ').includes(String(key));
    m.classList.toggle('current', mine);
    if (mine) found ??= m;
  }
  if (!found) return;
  if (page) found.scrollIntoView({block: 'center', behavior: 'smooth'});
  else if (el.scrollHeight > el.clientHeight + 4)
    el.scrollTo({top: found.offsetTop - el.offsetTop - el.clientHeight / 3, behavior: 'smooth'});
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

/** Past this many cards, those off screen are laid out only when they near it (builder.css, `.many`). */
const MANY_CARDS = 40;

function renderCards() {
  cardsEl.classList.toggle('many', rows.length > MANY_CARDS);
  cardsEl.replaceChildren(...rows.map(card));
  // The result cards name the target cards, and are grouped under them.
  renderResults();
}

cardsEl.addEventListener('input', (e) => {
  const input = e.target;
  const k = Number(input.dataset.row);
  if (!rows[k] || !input.name) return;
  rows[k][input.name] = input.value;
  edited = true;
  if (input.name === 'quote') renderSource();
  if (input.name === 'label') renderResults();
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

// ——— results from a report ———

const reportEl = $('report-text');
const reportSourceEl = $('report-source');
const resultsEl = $('results');
const reportStatus = $('report-status');
const resultsStatus = $('results-status');
const R = T.r;

/** The report the result cards were read from. */
let report = '';
/**
 * The results being checked: the fields as typed, the target card they report against (its key, or ''), whether the
 * editor confirmed them (then they fill that card's result fields), and what the proposal read.
 */
let results = [];
let nextResultKey = 1;

/** A YYYY, YYYY-MM or YYYY-MM-DD date as the editor types it on this page: 31/12/2025, 12/2025, 2025. */
function shownDate(iso) {
  if (!iso || en) return iso ?? '';
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : y;
}

/** The current target cards as proposeResults and matchTarget take them. */
function targetsToMatch() {
  return rows.map((r) => ({
    id: String(r.key),
    measure: r.measure,
    indicator_id: r.indicator ?? null,
    label: r.label,
    counted: r.counted || null,
    target_year: Number(r.target_year) || null,
    quote: r.quote,
  }));
}

/** Results of the same comparison, offered in the card's select: a proposal's "range" reads as its lower figure. */
const resultComparator = (c) => (c in R.comparators ? c : c === 'range' ? '>=' : '=');

function fromResult(p) {
  const match = p.target;
  return {
    key: nextResultKey++,
    // A percentage target's result is the share of "106/112 xã"; a count's is the count.
    value: num(match?.value ?? p.value),
    comparator: resultComparator(p.comparator),
    as_of: shownDate(p.as_of),
    target: match ? match.id : '',
    confidence: match?.confidence ?? null,
    quote: p.quote,
    read: en
      ? tools.describeResult(p).replace('/tháng', ' a month').replace('/năm', ' a year')
      : tools.describeResult(p),
    // What matchTarget weighs, for matching again when the target cards change.
    matchBy: {
      indicator_id: p.indicator_id,
      measure: p.measure,
      counted: p.counted,
      label: p.label,
      as_of: p.as_of,
      share: p.share,
      value: p.value,
    },
    needsDate: p.flags.includes('as_of_needs_report_date') || p.flags.includes('as_of_from_report_date'),
    // What to check, with why: the notes about a missing date go once a date is there.
    notes: p.notes
      .map((text, k) => ({flag: p.flags[k], text}))
      .filter((n) => !['no_indicator', 'no_target', 'as_of_from_report_date'].includes(n.flag))
      // "đến nay" without the report's date says so; "gives no date" would say it twice.
      .filter((n, _, all) => !(n.flag === 'no_as_of' && all.some((m) => m.flag === 'as_of_needs_report_date'))),
    at: [p.start, p.end],
    proposedQuote: p.quote,
    confirmed: false,
    // What confirming wrote into the target card: taken back only while the card still holds it.
    applied: null,
  };
}

/** The source every confirmed result carries: the report's title, number and date as typed. */
function reportSource() {
  const date = $('report-date').value;
  return R.source($('report-title').value.trim(), $('report-document').value.trim(), shownDate(date));
}

const rowIndex = (key) => rows.findIndex((r) => String(r.key) === String(key));

/** Whether a typed value looks like a number ("94,64", "1.050"): the targets reader, which reads it, says the rest. */
const looksNumeric = (v) => /^\s*-?[\d.,\s]*\d[\d.,\s]*$/.test(String(v));

/** Why a result cannot be confirmed yet, per field; empty when it can. */
function resultProblems(res) {
  const out = [];
  if (!String(res.value).trim()) out.push(['value', R.needValue]);
  else if (!looksNumeric(res.value)) out.push(['value', R.badValue(res.value)]);
  if (!res.as_of.trim()) out.push(['as_of', R.needAsOf]);
  if (!res.target || rowIndex(res.target) < 0) out.push(['target', R.needTarget]);
  return out;
}

/** Writes a confirmed result into its target card (the card's own result fields, as if typed there). */
function applyResult(res) {
  const k = rowIndex(res.target);
  if (k < 0) return;
  const row = rows[k];
  const put = {result: String(res.value).trim(), result_as_of: res.as_of.trim(), result_source: reportSource()};
  Object.assign(row, put);
  res.applied = {key: row.key, ...put};
  const li = cardsEl.children[k];
  if (!li) return;
  for (const [name, v] of Object.entries(put)) {
    const input = li.querySelector(`[name="${name}"]`);
    if (input) input.value = v;
  }
  const details = li.querySelector('details.result');
  if (details) details.open = true;
}

/** Takes a result out of its target card, if the card still holds what confirming wrote. */
function unapplyResult(res) {
  const a = res.applied;
  res.applied = null;
  if (!a) return;
  const k = rowIndex(a.key);
  if (k < 0) return;
  const row = rows[k];
  if (row.result !== a.result || row.result_as_of !== a.result_as_of || row.result_source !== a.result_source) return;
  Object.assign(row, {result: '', result_as_of: '', result_source: ''});
  const li = cardsEl.children[k];
  for (const name of ['result', 'result_as_of', 'result_source']) {
    const input = li?.querySelector(`[name="${name}"]`);
    if (input) input.value = '';
  }
}

function targetOptions(res) {
  const select = document.createElement('select');
  select.append(option('', R.noTarget, res.target));
  rows.forEach((r, k) => select.append(option(String(r.key), R.group(k + 1, r.label), String(res.target))));
  return select;
}

function resultField(res, name, labelText) {
  const id = `r${res.key}-${name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  if (name === 'quote' || name === 'target') label.className = 'wide';
  label.append(Object.assign(document.createElement('span'), {textContent: labelText}));
  let input;
  if (name === 'comparator') {
    input = document.createElement('select');
    for (const [v, l] of Object.entries(R.comparators)) input.append(option(v, l, res.comparator));
  } else if (name === 'target') input = targetOptions(res);
  else if (name === 'quote') input = Object.assign(document.createElement('textarea'), {rows: 3, value: res.quote});
  else {
    input = Object.assign(document.createElement('input'), {value: res[name]});
    if (name === 'value') input.inputMode = 'decimal';
    if (name === 'as_of') input.placeholder = en ? '2025-12-31' : '31/12/2025';
  }
  input.id = id;
  input.name = name;
  input.dataset.result = String(res.key);
  label.append(input);
  return label;
}

function resultCard(res, n) {
  const li = Object.assign(document.createElement('li'), {className: 'target-card result-card'});
  li.dataset.key = String(res.key);
  if (res.confirmed) li.classList.add('confirmed');
  const fs = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = R.card(n);
  const state = [res.confirmed ? R.confirmedState : R.proposedState];
  if (!res.confirmed && res.confidence !== null && res.target) state.push(R.match(res.confidence));
  legend.append(
    Object.assign(document.createElement('span'), {className: 'where', textContent: ` (${state.join(', ')})`}),
  );
  fs.append(legend);
  const grid = Object.assign(document.createElement('div'), {className: 'fields'});
  grid.append(
    resultField(res, 'comparator', R.comparator),
    resultField(res, 'value', R.value),
    resultField(res, 'as_of', R.asOf),
    resultField(res, 'target', R.target),
    resultField(res, 'quote', R.quote),
  );
  fs.append(grid);
  if (res.read)
    fs.append(Object.assign(document.createElement('p'), {className: 'read-as', textContent: R.read(res.read)}));
  const dated = !!res.as_of.trim();
  const notes = res.notes
    .filter((x) => !(dated && (x.flag === 'no_as_of' || x.flag === 'as_of_needs_report_date')))
    .map((x) => x.text);
  if (res.quote && !locate(report, res.quote)) notes.push(R.notInText);
  if (notes.length)
    fs.append(Object.assign(document.createElement('p'), {className: 'notes', textContent: T.check + notes.join(' ')}));
  fs.append(Object.assign(document.createElement('ul'), {className: 'problems', id: `r${res.key}-problems`}));
  const actions = Object.assign(document.createElement('div'), {className: 'card-actions'});
  const confirm = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'confirm',
    textContent: res.confirmed ? R.unconfirm : R.confirm,
  });
  if (!res.confirmed) confirm.setAttribute('aria-label', R.confirmLabel(n));
  confirm.addEventListener('click', () => toggleResult(res.key));
  const show = Object.assign(document.createElement('button'), {type: 'button', textContent: T.show});
  show.addEventListener('click', () => showInText(res.key, true, reportSourceEl));
  const drop = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'drop',
    textContent: R.drop,
  });
  drop.setAttribute('aria-label', R.dropLabel(n));
  drop.addEventListener('click', () => dropResult(res.key));
  actions.append(confirm, show, drop);
  fs.append(actions);
  li.append(fs);
  return li;
}

/** The result cards, under the target each reports against (in the order of the target cards), then the others. */
function renderResults() {
  const gone = [];
  results.forEach((res, k) => {
    if (!res.target || rowIndex(res.target) >= 0) return;
    if (res.confirmed) gone.push(k + 1);
    Object.assign(res, {target: '', confirmed: false, applied: null});
  });
  if (gone.length) resultsStatus.textContent = gone.map(R.targetGone).join(' ');
  const number = new Map(results.map((r, k) => [r.key, k + 1]));
  const groups = [];
  rows.forEach((row, k) => {
    const mine = results.filter((r) => String(r.target) === String(row.key));
    if (mine.length) groups.push([R.group(k + 1, row.label), mine]);
  });
  const loose = results.filter((r) => !r.target);
  if (loose.length) groups.push([R.unmatched, loose]);
  resultsEl.classList.toggle('many', results.length > MANY_CARDS);
  resultsEl.replaceChildren(
    ...groups.map(([title, list]) => {
      const section = Object.assign(document.createElement('section'), {className: 'result-group'});
      const h = Object.assign(document.createElement('h3'), {textContent: title});
      const ol = Object.assign(document.createElement('ol'), {className: 'cards'});
      ol.append(...list.map((r) => resultCard(r, number.get(r.key))));
      section.append(h, ol);
      return section;
    }),
  );
  markText(
    reportSourceEl,
    report,
    results.map((r) => ({
      key: r.key,
      no: number.get(r.key),
      place: r.at && r.quote === r.proposedQuote ? r.at : locate(report, r.quote),
    })),
  );
  $('report-panel').hidden = !report;
  $('download-csv').textContent = results.some((r) => r.confirmed) ? T.downloadBoth : T.downloadCsv;
}

/** Re-renders the result cards, keeping focus on the same field of the same result. */
function rerenderResults() {
  const active = document.activeElement;
  const key = active?.dataset?.result;
  const name = active?.name || active?.className;
  renderResults();
  if (!key) return;
  const li = resultsEl.querySelector(`li[data-key="${key}"]`);
  (
    li?.querySelector(`[name="${name}"]`) ??
    li?.querySelector(`button.${name}`) ??
    li?.querySelector('select')
  )?.focus();
}

function showResultProblems(res, problems) {
  const li = resultsEl.querySelector(`li[data-key="${res.key}"]`);
  if (!li) return;
  const list = li.querySelector('.problems');
  list.replaceChildren(
    ...problems.map(([name, said]) =>
      Object.assign(document.createElement('li'), {
        textContent: `${{value: R.value, as_of: R.asOf, target: R.target}[name]}: ${said}`,
      }),
    ),
  );
  for (const el of li.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  }
  for (const [name] of problems) {
    const input = li.querySelector(`[name="${name}"]`);
    input?.setAttribute('aria-invalid', 'true');
    input?.setAttribute('aria-describedby', list.id);
  }
  li.querySelector('[aria-invalid]')?.focus();
}

function toggleResult(key) {
  const res = results.find((r) => r.key === key);
  if (!res) return;
  const n = results.indexOf(res) + 1;
  if (res.confirmed) {
    res.confirmed = false;
    unapplyResult(res);
    resultsStatus.textContent = R.unconfirmed(n);
  } else {
    const problems = resultProblems(res);
    if (problems.length) return showResultProblems(res, problems);
    // One result per target: confirming another takes the earlier one out.
    const before = results.find((r) => r !== res && r.confirmed && String(r.target) === String(res.target));
    if (before) {
      before.confirmed = false;
      unapplyResult(before);
    }
    res.confirmed = true;
    applyResult(res);
    const t = rowIndex(res.target) + 1;
    resultsStatus.textContent =
      (before ? R.replaced(n, t, results.indexOf(before) + 1) : R.confirmed(n, t)) +
      (res.comparator === '=' ? '' : R.bound);
  }
  rerenderResults();
  resultsEl.querySelector(`li[data-key="${key}"] button.confirm`)?.focus();
  schedule(0);
}

function dropResult(key) {
  const k = results.findIndex((r) => r.key === key);
  if (k < 0) return;
  const [res] = results.splice(k, 1);
  if (res.confirmed) unapplyResult(res);
  renderResults();
  resultsStatus.textContent = R.dropped(k + 1);
  const next = results[k] ?? results[k - 1];
  (next ? resultsEl.querySelector(`li[data-key="${next.key}"] input`) : reportEl).focus();
  schedule(0);
}

resultsEl.addEventListener('input', (e) => {
  const input = e.target;
  const res = results.find((r) => String(r.key) === input.dataset.result);
  if (!res || !input.name) return;
  res[input.name] = input.value;
  res.edited = true;
  if (input.name === 'target') {
    res.confidence = null;
    if (res.confirmed) {
      unapplyResult(res);
      res.confirmed = false;
    }
    rerenderResults();
    schedule(0);
    return;
  }
  if (input.name === 'quote')
    markText(
      reportSourceEl,
      report,
      results.map((r, k) => ({
        key: r.key,
        no: k + 1,
        place: r.at && r.quote === r.proposedQuote ? r.at : locate(report, r.quote),
      })),
    );
  // A confirmed result follows its edits into the chart, while it can still be confirmed.
  if (res.confirmed) {
    if (resultProblems(res).length) {
      res.confirmed = false;
      unapplyResult(res);
      rerenderResults();
    } else applyResult(res);
    schedule();
  }
});
resultsEl.addEventListener('focusin', (e) => {
  const li = e.target.closest('.result-card');
  if (li) showInText(Number(li.dataset.key), false, reportSourceEl);
});

/** What a report's header says about it: its title, number and date. */
function reportDetailsOf(t) {
  const lines = t
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const out = {};
  const k = lines.findIndex((l) => /^BÁO CÁO\b/u.test(l));
  if (k >= 0) {
    const own = lines[k].replace(/^BÁO CÁO\s*/u, '');
    const next = own || lines.slice(k + 1).find((l) => l) || '';
    if (next && !/^(Căn cứ|I\.)/u.test(next))
      // The document's own title, in its language whatever the page's: "Báo cáo kết quả …".
      out.title = `Báo cáo ${next[0].toLocaleLowerCase('vi')}${next.slice(1)}`;
  }
  const head = lines.slice(0, Math.max(12, k + 1)).join('\n');
  const no = /Số:\s*(\d+[^\s,;]*)/u.exec(head);
  if (no) out.document = no[1];
  const day = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(head);
  if (day) out.date = `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  return out;
}

const reportAuto = new Set();
function fillReportDetails(t) {
  const d = reportDetailsOf(t);
  for (const field of ['title', 'document', 'date']) {
    const input = $(`report-${field}`);
    if (input.value && !reportAuto.has(input.id)) continue;
    if (!d[field]) continue;
    input.value = d[field];
    reportAuto.add(input.id);
  }
}

/** Proposes results from the report's text: new proposals replace the unconfirmed ones; confirmed ones stay. */
function proposeReport() {
  const t = reportEl.value;
  if (!t.trim()) {
    reportStatus.textContent = R.empty;
    return;
  }
  fillReportDetails(t);
  const date = $('report-date').value;
  const {proposals: found, cut} = tools.proposeResultsBounded(t, {
    lang,
    ...(date ? {reportDate: date} : {}),
    targets: targetsToMatch(),
  });
  showCut($('report-cut'), cut, 'results');
  const kept = results.filter((r) => r.confirmed);
  report = t;
  const fresh = found
    .map(fromResult)
    .filter((f) => !kept.some((r) => r.proposedQuote === f.proposedQuote && r.matchBy.value === f.matchBy.value));
  for (const r of kept) r.at = null;
  results = [...kept, ...fresh];
  renderResults();
  reportStatus.replaceChildren();
  if (!found.length) resultsStatus.textContent = R.none(kept.length);
  else
    resultsStatus.textContent =
      R.found(found.length, fresh.filter((r) => r.target).length) + (rows.length ? '' : R.noTargets);
  const first = reportSourceEl.querySelector('mark');
  if (first) reportSourceEl.scrollTop = Math.max(0, first.offsetTop - reportSourceEl.offsetTop - 24);
}

/** Results without a target matched again against the current cards (after the plan was proposed again). */
function rematchResults() {
  for (const res of results)
    if (res.target && rowIndex(res.target) < 0) Object.assign(res, {target: '', confirmed: false, applied: null});
  const targets = targetsToMatch();
  if (!targets.length) return;
  for (const res of results) {
    if (res.target && rowIndex(res.target) >= 0) continue;
    const m = tools.matchTarget(res.matchBy, targets);
    if (!m) continue;
    res.target = m.id;
    res.confidence = m.confidence;
    if (m.value !== null) res.value = num(m.value);
  }
}

let reportTyping;
reportEl.addEventListener('input', () => {
  clearTimeout(reportTyping);
  reportTyping = setTimeout(() => {
    if (!reportEl.value.trim()) return;
    if (!results.some((r) => r.edited && !r.confirmed)) return proposeReport();
    // Result cards the editor changed but did not confirm are not thrown away without asking.
    const again = Object.assign(document.createElement('button'), {type: 'button', textContent: R.repropose});
    again.addEventListener('click', proposeReport);
    reportStatus.replaceChildren(T.changed, again);
  }, 400);
});
$('find-results').addEventListener('click', proposeReport);

for (const input of $('report-fields').querySelectorAll('input'))
  input.addEventListener('input', () => {
    reportAuto.delete(input.id);
    // "đến nay": a result dated by the report takes its new date, unless the editor typed another.
    if (input.id === 'report-date' && input.value)
      for (const res of results)
        if (res.needsDate && !res.confirmed && (!res.as_of || res.as_of === res.autoDate)) {
          res.as_of = shownDate(input.value);
          res.autoDate = res.as_of;
        }
    for (const res of results) if (res.confirmed) applyResult(res);
    rerenderResults();
    schedule();
  });

/**
 * The text of a PDF's text layer, page by page, read by pdf.js: its legacy build, copied by the build into
 * dist/builder/pdfjs/ and imported only now (the widget never loads it). An error with a `code` of T.file else.
 */
async function pdfText(bytes) {
  const fail = (code) => Object.assign(new Error(code), {code});
  let pdfjs;
  try {
    pdfjs = await import(new URL('../dist/builder/pdfjs/pdf.min.mjs', location.href).href);
  } catch {
    throw fail('pdf_reader');
  }
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('../dist/builder/pdfjs/pdf.worker.min.mjs', location.href).href;
  let doc;
  try {
    doc = await pdfjs.getDocument({data: bytes, isEvalSupported: false}).promise;
  } catch (error) {
    throw fail(error?.name === 'PasswordException' ? 'pdf_locked' : 'pdf_unreadable');
  }
  try {
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let page = '';
      for (const item of content.items) if ('str' in item) page += item.str + (item.hasEOL ? '\n' : '');
      pages.push(page.trim());
    }
    const out = pages.join('\n\n');
    if (!out.trim()) throw fail('pdf_scanned');
    return out;
  } finally {
    doc.destroy();
  }
}

$('report-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  let t;
  try {
    t = await fileText(file);
  } catch (error) {
    // Nothing else changes: the text, the cards and the confirmed results stay as they were.
    reportStatus.textContent = T.file[error.code] ?? String(error.message);
    e.target.value = '';
    return;
  }
  reportEl.value = t;
  proposeReport();
  reportStatus.textContent = T.read(file.name, t.length);
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
