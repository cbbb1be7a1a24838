// Citations of a view (src/export/cite.ts): text in the widget's language, BibTeX, RIS and CSL-JSON, for an
// attainment chart with results; the permalink. The access date is pinned.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {buildView} from '../../src/charts/build.js';
import {
  DATASET_AUTHOR,
  DATASET_HOMEPAGE,
  bibtex,
  citationText,
  citedPlans,
  cslJson,
  permalink,
  ris,
  type CiteInput,
} from '../../src/export/cite.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import type {Lang} from '../../src/i18n/index.js';
import {resolveRequest, type Attributes} from '../../src/data/request.js';
import {readResultsSync} from '../../src/data/results-input.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {bibtexParser} from 'latex-utensils';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const results = readResultsSync(readFileSync('test/fixtures/results-quang-ngai.csv', 'utf8'), ds, {
  file: 'results.csv',
  today: '2026-11-30',
}).rows;
const LINK =
  'https://portal.example.vn/plan-chart/embed.html?view=attainment&unit=quang-ngai&period=2021-2025&lang=vi&results=https://portal.example.vn/kq.csv';

function input(attrs: Attributes, lang: Lang = 'vi', link: string | null = LINK): CiteInput {
  const r = resolveRequest(ds, attrs);
  assert.ok(r.ok);
  const m = buildView({ds, lang, theme: DEFAULT_THEME, width: 600}, r.request, results);
  return {ds, lang, title: m.title, rows: m.rows, withResults: m.statuses, permalink: link, accessed: '2026-03-12'};
}

const QN_SECTIONS = 'II.1.a, II.2.a, II.3.a, II.4.a, II.5.a';

test('the dataset’s author and home page are data/datapackage.json’s', () => {
  const dp = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
  assert.equal(DATASET_AUTHOR, dp.contributors[0].title);
  assert.equal(DATASET_HOMEPAGE, dp.homepage);
});

test('the cited plans carry the sections of the rows shown, in order', () => {
  const c = input({unit: 'quang-ngai'});
  assert.deepEqual(
    citedPlans(ds, c.rows).map((p) => [p.plan.plan_id, p.sections.join(', ')]),
    [['quang-ngai-2021-2025', QN_SECTIONS]],
  );
});

test('the text citation: chart, dataset with version and licence, document, targets, results, permalink, access date', () => {
  const c = input({unit: 'quang-ngai'});
  const text = citationText(c);
  const ids = c.rows.map((r) => r.target_id);
  assert.equal(ids.length, 16);
  assert.equal(
    text,
    [
      'Tỉnh Quảng Ngãi: chỉ tiêu và kết quả, giai đoạn 2021–2025.',
      `Dữ liệu: plan-chart contributors, Chỉ tiêu kế hoạch phòng, chống mại dâm của tỉnh, huyện (Việt Nam) (plan-chart-targets), phiên bản ${ds.version}, giấy phép CC BY 4.0.`,
      `Văn bản: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, Quyết định 1736/QĐ-UBND, 05/11/2021, “${ds.plans.find((p) => p.plan_id === 'quang-ngai-2021-2025')!.title}”, mục ${QN_SECTIONS}.`,
      `Chỉ tiêu: ${ids.join(', ')}.`,
      'Số liệu kết quả: Báo cáo tổng kết (ví dụ kiểm thử), https://example.org/bao-cao; Báo cáo tổng kết (ví dụ kiểm thử); Báo cáo năm 2023 (ví dụ kiểm thử); Báo cáo năm 2024 (ví dụ kiểm thử).',
      `Xem tại: ${LINK} (truy cập ngày 12/03/2026).`,
    ].join(' '),
  );
  const en = citationText(input({unit: 'quang-ngai'}, 'en'));
  assert.match(
    en,
    /^Quang Ngai province: targets and results, 2021–2025\. Data: plan-chart contributors, Targets of Vietnamese provincial and district prostitution-prevention plans \(plan-chart-targets\), version \d+\.\d+\.\d+, licence CC BY 4\.0\./,
  );
  assert.match(
    en,
    /Documents: The Chair of the Quang Ngai Provincial People's Committee, Decision 1736\/QĐ-UBND, 5 Nov 2021, “Kế hoạch[^”]+” \[[^\]]+\], section II\.1\.a,/,
  );
  assert.match(en, /Results: Báo cáo tổng kết \(ví dụ kiểm thử\), https:\/\/example\.org\/bao-cao;/);
  assert.ok(en.endsWith(`Available at ${LINK} (accessed 12 Mar 2026).`));
  // Without a permalink the access date still stands; without results shown, no results part.
  const bare = citationText(input({unit: 'quang-tri', view: 'periods'}, 'vi', null));
  assert.ok(bare.endsWith('(truy cập ngày 12/03/2026).'));
  assert.ok(!bare.includes('Số liệu kết quả'));
  assert.match(
    bare,
    /Ủy ban nhân dân tỉnh Quảng Trị, “Kế hoạch phòng, chống mại dâm tỉnh Quảng Trị giai đoạn 2017-2020 \(theo tin báo chí\)”.*\(nguồn thứ cấp: https:\/\/infonet/,
  );
});

test('BibTeX: the dataset with version, url, urldate and the targets; one entry per plan document', () => {
  const bib = bibtex(input({unit: 'quang-ngai'}));
  const entries = bib.split(/\n(?=@)/);
  assert.equal(entries.length, 2);
  assert.match(entries[0], new RegExp(`^@misc\\{plan-chart-targets-${ds.version.replace(/\./g, '\\.')},\\n`));
  assert.match(entries[0], /^ {2}author = \{\{plan-chart contributors\}\},$/m);
  assert.match(entries[0], new RegExp(`^  version = \\{${ds.version.replace(/\./g, '\\.')}\\},$`, 'm'));
  assert.ok(entries[0].includes(`  url = {${LINK}},`));
  assert.match(entries[0], /^ {2}urldate = \{2026-03-12\},$/m);
  // TeX's specials escaped in text fields (the ids' underscores), not in the url.
  assert.ok(entries[0].includes('quang-ngai-2021-2025:communication.commune\\_coverage'));
  assert.ok(entries[0].includes('số liệu kết quả: Báo cáo tổng kết (ví dụ kiểm thử), https://example.org/bao-cao;'));
  assert.match(entries[1], /^@misc\{quang-ngai-2021-2025,$/m);
  assert.match(entries[1], /^ {2}author = \{\{Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi\}\},$/m);
  assert.match(entries[1], /^ {2}type = \{Quyết định\},$/m);
  assert.match(entries[1], /^ {2}number = \{1736\/QĐ-UBND\},$/m);
  assert.match(entries[1], /^ {2}date = \{2021-11-05\},$/m);
  assert.match(entries[1], new RegExp(`^  note = \\{Mục ${QN_SECTIONS.replace(/\./g, '\\.')}\\},$`, 'm'));
  // Braces balance in every entry.
  for (const e of entries) {
    const unescaped = e.replace(/\\[{}]/g, '');
    assert.equal((unescaped.match(/\{/g) ?? []).length, (unescaped.match(/\}/g) ?? []).length);
  }
});

test('RIS: a DATA record and a GOVDOC record, two-letter tags, CRLF, each record closed', () => {
  const text = ris(input({unit: 'quang-ngai'}, 'en'));
  assert.ok(text.endsWith('ER  - \r\n'));
  const lines = text.split('\r\n').filter(Boolean);
  for (const l of lines) assert.match(l, /^[A-Z][A-Z0-9] {2}- /);
  const records = text.split('ER  - \r\n').filter(Boolean);
  assert.equal(records.length, 2);
  assert.match(records[0], /^TY {2}- DATA\r\n/);
  assert.ok(records[0].includes(`ET  - ${ds.version}\r\n`));
  assert.ok(records[0].includes(`UR  - ${LINK}\r\n`));
  assert.ok(records[0].includes('Y2  - 2026/03/12\r\n'));
  assert.ok(records[0].includes('quang-ngai-2021-2025:capacity.staff_trained:district-commune'));
  assert.ok(records[0].includes('N1  - results: Báo cáo năm 2023 (ví dụ kiểm thử)\r\n'));
  assert.match(records[1], /^TY {2}- GOVDOC\r\n/);
  assert.ok(records[1].includes('AU  - Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi\r\n'));
  assert.ok(records[1].includes('M1  - 1736/QĐ-UBND\r\n'));
  assert.ok(records[1].includes('DA  - 2021/11/05\r\n'));
  assert.ok(records[1].includes(`N1  - Section ${QN_SECTIONS}\r\n`));
});

test('CSL-JSON: a dataset item and a legislation item with authority, number, date and sections', () => {
  const [data, doc, ...rest] = cslJson(input({unit: 'quang-ngai'}));
  assert.equal(rest.length, 0);
  assert.deepEqual(
    {type: data.type, version: data.version, URL: data.URL, accessed: data.accessed},
    {type: 'dataset', version: ds.version, URL: LINK, accessed: {'date-parts': [[2026, 3, 12]]}},
  );
  assert.deepEqual(
    {
      type: doc.type,
      authority: doc.authority,
      number: doc.number,
      genre: doc.genre,
      issued: doc.issued,
      section: doc.section,
    },
    {
      type: 'legislation',
      authority: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi',
      number: '1736/QĐ-UBND',
      genre: 'Quyết định',
      issued: {'date-parts': [[2021, 11, 5]]},
      section: QN_SECTIONS,
    },
  );
});

test('the permalink: embed.html with the view’s parameters in order, empty ones left out, readable', () => {
  assert.equal(
    permalink('https://x.vn/pc/embed.html', {
      lang: 'en',
      unit: 'bac-kan,quang-tri',
      view: 'units',
      period: '2021-2025',
      indicator: '',
      level: null,
      results: 'https://x.vn/a b.csv',
    }),
    'https://x.vn/pc/embed.html?view=units&unit=bac-kan,quang-tri&period=2021-2025&lang=en&results=https://x.vn/a%20b.csv',
  );
  assert.equal(
    permalink('https://x.vn/embed.html', {data: '[{"target_id":"a","value":1}]'}),
    'https://x.vn/embed.html?data=%5B%7B%22target_id%22:%22a%22,%22value%22:1%7D%5D',
  );
  assert.equal(permalink('https://x.vn/embed.html', {}), 'https://x.vn/embed.html');
});

/** What a BibTeX field's text reads as once TeX has typeset it: the escapes `bib` writes, undone. */
const untex = (s: string) =>
  s.replace(
    /\\textbackslash\{\}|\\textbraceleft\{\}|\\textbraceright\{\}|\\textasciitilde\{\}|\\textasciicircum\{\}|\\([&%$#_])/g,
    (m, ch) =>
      ch ??
      {
        '\\textbackslash{}': '\\',
        '\\textbraceleft{}': '{',
        '\\textbraceright{}': '}',
        '\\textasciitilde{}': '~',
        '\\textasciicircum{}': '^',
      }[m]!,
  );

test('BibTeX: a hostile title (braces, backslashes, newlines, "}@comment{") stays inside its field', () => {
  const hostile = 'Kế hoạch \\} }@comment{ \\{ x\n@misc{evil,\n  title = {pwned}} 100% & ~^ _#$';
  const plans = ds.plans.map((p) => ({...p, title: hostile, source_url: 'https://x.vn/a b}{\\"'}));
  const c = {...input({unit: 'quang-ngai'}), ds: {...ds, plans}, title: hostile};
  const bib = bibtex(c);
  // latex-utensils counts braces as BibTeX does: a brace after a backslash still opens or closes.
  const parsed = bibtexParser.parse(bib);
  const entries = parsed.content.filter(bibtexParser.isEntry);
  assert.deepEqual(
    entries.map((e) => e.internalKey),
    [`plan-chart-targets-${ds.version}`, 'quang-ngai-2021-2025'],
  );
  assert.equal(parsed.content.length, 2, 'no comment, preamble or stray text between the entries');
  const field = (k: number, name: string) => {
    const v = entries[k].content.find((f) => f.name === name)?.value;
    assert.ok(v && v.kind === 'text_string', `${name} is one braced text`);
    return v.content;
  };
  const flat = hostile.replace(/\s+/g, ' ');
  assert.equal(untex(field(1, 'title')), flat);
  assert.ok(untex(field(0, 'note')).startsWith(`${flat}. `));
  assert.equal(field(1, 'url'), 'https://x.vn/a%20b%7D%7B%5C%22');
  assert.equal(field(1, 'number'), '1736/QĐ-UBND');
});
