// The 1.1.0 rows against their shipped sources: every quote is there, every number of a row is written in its quote,
// counts are counts, and every plan section of the provincial reference is in the dataset or in data/CHANGELOG.md.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {checkDataset, normalizeText} from '../../src/data/validate.js';
import {TABLES} from '../../src/data/schema.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const input = readCheckInput();
const {dataset: ds, problems} = checkDataset(input);
const planById = new Map(ds.plans.map((p) => [p.plan_id, p]));
const source = (file: string) => normalizeText(input.sources[file].text);
const CHANGELOG = readFileSync(new URL('../../data/CHANGELOG.md', import.meta.url), 'utf8');

test('the dataset validates', () => assert.deepEqual(problems, []));

test('every quote of a target, result and programme is found in its shipped source (whitespace aside)', () => {
  const missing: string[] = [];
  for (const t of ds.targets) {
    const file = t.source_file ?? planById.get(t.plan_id)!.source_file;
    if (!source(file).includes(normalizeText(t.quote))) missing.push(t.target_id);
  }
  for (const r of ds.results) if (!source(r.source_file).includes(normalizeText(r.quote))) missing.push(r.result_id);
  for (const g of ds.programmes ?? [])
    if (g.quote && !source(g.source_file).includes(normalizeText(g.quote))) missing.push(g.period);
  assert.deepEqual(missing, []);
  assert.ok(ds.targets.filter((t) => planById.get(t.plan_id)!.source_file === 'reference-provinces.md').length > 80);
});

/** The ways a source writes a number: 5300 as "5.300", 3968 as "3,968", 3 as "03", 78.4 as "78,4", 1 as "một". */
function written(v: number): string[] {
  const forms = new Set([String(v)]);
  if (Number.isInteger(v)) {
    forms.add(v.toLocaleString('vi-VN'));
    forms.add(v.toLocaleString('en-GB'));
    if (v < 10) forms.add(`0${v}`);
  } else forms.add(String(v).replace('.', ','));
  const words: Record<number, string[]> = {1: ['một', 'once'], 2: ['hai'], 10: ['ten']};
  for (const w of words[v] ?? []) forms.add(w);
  return [...forms];
}
const hasNumber = (quote: string, v: number) =>
  written(v).some((f) => new RegExp(`(^|[^\\d.,])${f.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`, 'u').test(quote));

test('every figure of a row is written in its own quote (no number typed that the quote does not hold)', () => {
  const bad: string[] = [];
  for (const t of ds.targets) {
    for (const v of [t.value, t.value_max]) if (v !== null && !hasNumber(t.quote, v)) bad.push(`${t.target_id} ${v}`);
  }
  for (const r of ds.results) if (!hasNumber(r.quote, r.value)) bad.push(`${r.result_id} ${r.value}`);
  // The one exception: the source writes "đến năm 2025,100%" without a space, which the pattern reads as 2025,100.
  const explained = ['quang-ngai-2021-2025:enforcement.venues_inspected_cumulative 100'];
  assert.deepEqual(
    bad.filter((b) => !explained.includes(b)),
    [],
  );
});

test('targets stated as counts are counts of something, with the figure as a number (5.300 → 5300)', () => {
  const t = (id: string) => ds.targets.find((x) => x.target_id === id)!;
  const row = (id: string) => {
    const x = t(id);
    return [x.comparator, x.value, x.measure, x.counted, x.counted_en];
  };
  assert.deepEqual(row('ha-noi-2026:communication.residents'), ['>=', 5300, 'count', 'người', 'people']);
  assert.deepEqual(row('ha-noi-2026:communication.workers_at_risk_venues'), ['=', 3500, 'count', 'người', 'people']);
  assert.deepEqual(row('ha-noi-2026:communication.students'), ['=', 100000, 'count', 'người', 'people']);
  assert.deepEqual(row('ha-noi-2026:enforcement.offences_handled'), ['=', 100, 'count', 'vụ án', 'cases']);
  assert.deepEqual(row('ha-noi-2026:enforcement.cases_tried'), ['=', 100, 'count', 'vụ án', 'cases']);
  assert.deepEqual(row('ha-noi-2026:communication.tv_features'), ['=', 3, 'count', 'phóng sự', 'features']);
  assert.deepEqual(row('ha-noi-2026-inspection:enforcement.venues_inspected_annual:count'), [
    '>=',
    2937,
    'count',
    'cơ sở',
    'businesses',
  ]);
  assert.deepEqual(row('ha-noi-2026-inspection:enforcement.commune_teams_guided'), [
    '>=',
    15,
    'count',
    'đội cấp xã',
    'commune teams',
  ]);
  const r = ds.results.find((x) => x.result_id === 'thanh-hoa-2023-venues')!;
  assert.deepEqual([r.value, r.measure, r.result_kind], [3968, 'count', 'count_context']);
  assert.equal(ds.results.find((x) => x.result_id === 'ninh-thuan-2020-healthy-communes')!.value, 78.4);
  // Every count says what it counts; no other measure does.
  for (const x of [...ds.targets, ...ds.results])
    assert.equal(x.measure === 'count', !!x.counted && !!x.counted_en, JSON.stringify(x).slice(0, 80));
});

test('a 2026 plan outside any programme: Hà Nội 07/KH-UBND, period 2026-2035 (a draft), basis the 2003 Ordinance', () => {
  const p = planById.get('ha-noi-2026')!;
  assert.deepEqual(
    [p.period, p.span_start, p.span_end, p.programme_basis, p.parent, p.document_no, p.issued_on],
    ['2026-2035', 2026, 2026, 'none', 'Pháp lệnh 10/2003/PL-UBTVQH11', '07/KH-UBND', '2026-01-07'],
  );
  const programme = ds.programmes!.find((g) => g.period === p.period)!;
  assert.deepEqual([programme.status, programme.decision_no, programme.decided_on], ['draft', null, null]);
  assert.equal(ds.targets.filter((t) => t.plan_id === 'ha-noi-2026').length, 12);
});

test('annual plans cover one year; every plan lies within its period', () => {
  for (const p of ds.plans) {
    const [a, b] = p.period.split('-').map(Number);
    assert.ok(p.span_start >= a && p.span_end <= b, p.plan_id);
  }
  for (const id of [
    'hue-2022',
    'hue-2023',
    'hue-2024',
    'nghe-an-2022',
    'quang-nam-2025',
    'binh-thuan-2024',
    'ha-noi-2025',
  ])
    assert.equal(planById.get(id)!.span_start, planById.get(id)!.span_end, id);
});

test('commune coverage has one recurrence for one wording: a level to reach by the deadline ("once")', () => {
  const r = new Set(
    ds.targets.filter((t) => t.indicator_id === 'communication.commune_coverage').map((t) => t.recurrence),
  );
  assert.deepEqual([...r], ['once']);
});

test('every plan section of the provincial reference (§1) is in the dataset, or in data/CHANGELOG.md with its reason', () => {
  const text = input.sources['reference-provinces.md'].text;
  const part = text.slice(text.indexOf('## 1. '), text.indexOf('## 1b.'));
  const sections = part.split(/\n(?=### )/).filter((s) => s.startsWith('### '));
  assert.equal(sections.length, 27);
  // A section is in the dataset when a plan of its place cites one of its addresses (as plan or target source).
  const urlsOf = new Map<string, Set<string>>();
  for (const p of ds.plans) urlsOf.set(p.plan_id, new Set([p.source_url ?? '']));
  for (const t of ds.targets) urlsOf.get(t.plan_id)!.add(t.source_url ?? '');
  const unitName = new Map(ds.units.map((u) => [u.unit_id, u.name]));
  const FORMER: Record<string, string> = {'Thừa Thiên Huế': 'Huế'};
  const missing: string[] = [];
  for (const s of sections) {
    const heading = s.split('\n')[0].slice(4);
    const place = heading.split(' — ')[0].replace(/^TP /, '');
    const urls = [...s.matchAll(/source(?: \d)?: (\S+)/g)].map((m) => m[1]);
    const inData = ds.plans.some(
      (p) => unitName.get(p.unit_id) === (FORMER[place] ?? place) && urls.some((u) => urlsOf.get(p.plan_id)!.has(u)),
    );
    const listed = CHANGELOG.includes(place) && urls.some((u) => CHANGELOG.includes(u));
    if (!inData && !listed) missing.push(heading);
  }
  assert.deepEqual(missing, []);
});

test('every page of reference-provinces-2.md (plans §B, results §C) is a row or named in data/CHANGELOG.md', () => {
  const text = input.sources['reference-provinces-2.md'].text;
  const part = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
  // An address is used when a plan, target or result cites it.
  const used = new Set<string>([
    ...ds.plans.map((p) => p.source_url ?? ''),
    ...ds.targets.map((t) => t.source_url ?? ''),
    ...ds.results.map((r) => r.source_url),
  ]);
  const urls = (s: string) => [...s.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
  const plans = urls(part('## B.', '## C.'));
  const results = urls(part('## C.', '## Summary table'));
  assert.ok(plans.length >= 8 && results.length >= 5, `${plans.length} plan and ${results.length} result addresses`);
  const missing = [...plans, ...results].filter((u) => !used.has(u) && !CHANGELOG.includes(u));
  assert.deepEqual(missing, []);
  // The new plans of 1.3.0 are rows; Vĩnh Cửu is not (no shipped source gives its district code).
  for (const id of ['binh-thuan-2017', 'dong-nai-2016-2020']) assert.ok(planById.has(id), id);
  assert.ok(!ds.units.some((u) => u.name === 'Vĩnh Cửu'));
});

test('data/README.md documents every column of every table', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  const missing: string[] = [];
  for (const t of TABLES) {
    const section = readme.slice(readme.indexOf(`### \`${t.file}\``));
    const table = section.slice(0, section.indexOf('\n### ', 5) > 0 ? section.indexOf('\n### ', 5) : undefined);
    for (const c of Object.keys(t.columns)) if (!table.includes(`| \`${c}\``)) missing.push(`${t.file} ${c}`);
  }
  assert.deepEqual(missing, []);
});

test('CITATION.cff cites the package version and the dataset version', () => {
  const cff = readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
  assert.equal(/^version: (\S+)$/m.exec(cff)?.[1], pkg.version);
  assert.equal(/^ {4}version: (\S+)$/m.exec(cff)?.[1], ds.version);
  assert.match(cff, new RegExp(`plan-chart-targets v${ds.version.replace(/\./g, '\\.')} \\(CC BY 4\\.0\\)`));
});
