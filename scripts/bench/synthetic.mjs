// Writes a SYNTHETIC dataset for the scale benchmark: 63 provinces and 700 districts, 20 indicators, two periods,
// every value drawn from a seeded PRNG. Every name, title and the version say "SYNTHETIC"; the files go to
// tmp/bench/synthetic/ (never under data/ or dist/) and follow the tables of src/data/schema.ts, so that the
// researchers' API (loadDataset) validates them like the real ones.
//
//   node scripts/bench/synthetic.mjs [outDir]
import {mkdirSync, writeFileSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {tsImport} from 'tsx/esm/api';

export const SYNTHETIC_VERSION = '0.0.0-SYNTHETIC';
export const DEFAULT_DIR = fileURLToPath(new URL('../../tmp/bench/synthetic/', import.meta.url));
export const PROVINCES = 63;
export const DISTRICTS = 700;
export const INDICATORS = 20;
/** Share of targets with a reported result (the real dataset: 3 results for 83 targets). */
const RESULT_SHARE = 0.1;

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (columns, rows) =>
  [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';

const LETTERS = 'abcdefghijklmnopqrst';
const WORDS = (
  'xã phường thị trấn tổ chức tuyên truyền thường xuyên kiểm tra cơ sở kinh doanh dịch vụ hỗ trợ người ' +
  'hòa nhập cộng đồng lồng ghép chương trình giảm nghèo việc làm phòng chống tội phạm'
).split(' ');

/**
 * Generates the tables.
 * @param {{seed?: number, provinces?: number, districts?: number, indicators?: number}} [o]
 */
export function generate({
  seed = 20250701,
  provinces = PROVINCES,
  districts = DISTRICTS,
  indicators = INDICATORS,
} = {}) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const sentence = (n) => Array.from({length: n}, () => pick(WORDS)).join(' ');
  const hex = () => Array.from({length: 64}, () => '0123456789abcdef'[int(0, 15)]).join('');

  const groups = ['a', 'b', 'c', 'd', 'e'].map((g, k) => ({
    group_id: `synthetic_${g}`,
    order: k + 1,
    label_vi: `SYNTHETIC nhóm ${g.toUpperCase()}`,
    label_en: `SYNTHETIC group ${g.toUpperCase()}`,
  }));
  const MEASURE_OF = ['percent', 'percent', 'percent', 'count', 'per_month'];
  const inds = Array.from({length: indicators}, (_, k) => ({
    indicator_id: `${groups[k % groups.length].group_id}.indicator_${LETTERS[k]}`,
    group: groups[k % groups.length].group_id,
    label_vi: `SYNTHETIC chỉ tiêu ${k + 1}: ${sentence(6)}`,
    label_en: `SYNTHETIC indicator ${k + 1}`,
    measure: k === 0 ? 'percent' : MEASURE_OF[k % MEASURE_OF.length],
    denominator_vi: 'SYNTHETIC mẫu số',
    denominator_en: 'SYNTHETIC denominator',
    direction: 'higher_is_better',
    comparison: 'direct',
    comparability: '',
  }));

  const units = [
    {
      unit_id: 'VN',
      slug: 'synthetic-viet-nam',
      name: 'SYNTHETIC Quốc gia',
      name_en: 'SYNTHETIC Nation',
      code: 'VN',
      kind: 'country',
      level: 'national',
    },
  ];
  const pad = (n, w) => String(n).padStart(w, '0');
  for (let p = 1; p <= provinces; p++)
    units.push({
      unit_id: pad(p, 2),
      slug: `synthetic-province-${pad(p, 2)}`,
      name: `SYNTHETIC Tỉnh số ${pad(p, 2)}`,
      name_en: `SYNTHETIC Province ${pad(p, 2)}`,
      code: pad(p, 2),
      kind: 'province',
      level: 'province',
      parent_id: 'VN',
    });
  for (let d = 0; d < districts; d++)
    units.push({
      unit_id: String(100 + d),
      slug: `synthetic-district-${100 + d}`,
      name: `SYNTHETIC Huyện số ${100 + d}`,
      name_en: `SYNTHETIC District ${100 + d}`,
      code: String(100 + d),
      kind: 'district',
      level: 'district',
      parent_id: pad((d % provinces) + 1, 2),
    });

  const plans = [];
  const targets = [];
  const results = [];
  for (const u of units) {
    for (const [period, start, end] of [
      ['2016-2020', 2016, 2020],
      ['2021-2025', 2021, 2025],
    ]) {
      const plan_id = `${u.slug}-${period}`;
      plans.push({
        plan_id,
        title: `SYNTHETIC kế hoạch ${u.name} giai đoạn ${period}`,
        title_en: `SYNTHETIC plan ${u.name_en} ${period}`,
        issuer: `SYNTHETIC UBND ${u.name}`,
        unit_id: u.unit_id,
        level: u.level,
        period,
        span_start: start,
        span_end: end,
        document_no: `${int(1, 999)}/KH-SYNTHETIC`,
        issued_on: `${start}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
        parent: '',
        programme_basis: 'implements',
        source_file: 'SYNTHETIC.txt',
        source_sha256: hex(),
        source_kind: 'official',
        completeness: 'full',
        source_url: '',
        notes: 'SYNTHETIC',
      });
      for (const ind of inds) {
        // A few rows count something else (another measure, another scope), as in the real plans.
        const measure = rand() < 0.03 ? 'count' : ind.measure;
        const percent = measure === 'percent';
        const comparator = pick(['>=', '>=', '=', 'range']);
        const value = percent ? int(40, 95) : int(1, 40);
        const target = {
          target_id: `${plan_id}:${ind.indicator_id}`,
          plan_id,
          unit_id: u.unit_id,
          period,
          level: u.level,
          indicator_id: ind.indicator_id,
          scope: rand() < 0.1 ? 'SYNTHETIC phạm vi khác' : '',
          scope_en: '',
          comparator,
          value,
          value_max: comparator === 'range' ? value + (percent ? Math.min(5, 100 - value) : 5) : '',
          measure,
          target_year: end,
          recurrence: pick(['once', 'once', 'annual', 'continuous']),
          section: `II.${int(1, 5)}`,
          section_role: 'objective',
          quote: `SYNTHETIC ${sentence(int(12, 30))}.`,
          source_url: '',
          notes: '',
        };
        if (target.scope) target.scope_en = 'SYNTHETIC other scope';
        targets.push(target);
        if (rand() < RESULT_SHARE)
          results.push({
            result_id: `synthetic-result-${results.length + 1}`,
            target_id: target.target_id,
            unit_id: u.unit_id,
            indicator_id: ind.indicator_id,
            period,
            result_kind: 'value',
            as_of: `${end - 1}-12-31`,
            value: percent ? int(20, 100) : int(0, 50),
            comparator: '=',
            measure,
            denominator: '',
            denominator_label: '',
            source_url: 'https://example.org/SYNTHETIC',
            source_title: 'SYNTHETIC báo cáo',
            published_on: '',
            quote: `SYNTHETIC ${sentence(10)}.`,
            source_kind: 'official',
            source_file: 'SYNTHETIC.txt',
            notes: '',
          });
      }
    }
  }
  const programmes = ['2016-2020', '2021-2025'].map((period) => ({
    period,
    status: 'approved',
    decision_no: `${int(1, 999)}/QĐ-SYNTHETIC`,
    decided_on: `${period.slice(0, 4)}-03-01`,
    plan_id: '',
    title: `SYNTHETIC chương trình ${period}`,
    title_en: `SYNTHETIC programme ${period}`,
    source_file: 'SYNTHETIC.txt',
    source_url: '',
    quote: '',
    notes: 'SYNTHETIC',
  }));
  return {groups, indicators: inds, units, programmes, plans, targets, results};
}

/**
 * Writes datapackage.json and the CSVs of every table to `dir`; returns the counts and the folder's file URL.
 * @param {string} [dir]
 */
export async function writeSynthetic(dir = DEFAULT_DIR, options = {}) {
  const root = resolve(dir);
  const inRepo = relative(fileURLToPath(new URL('../..', import.meta.url)), root).split(sep);
  if (inRepo[0] === 'data' || inRepo[0] === 'dist')
    throw new Error(`synthetic data must not be written under data/ or dist/: ${root}`);
  mkdirSync(root, {recursive: true});
  const tables = generate(options);
  // The columns come from the schema (src/data/schema.ts), so the files follow it as it changes; a column the
  // generator does not know stays empty, and a new required one makes validation fail loudly.
  const {TABLES} = await tsImport('../../src/data/schema.ts', import.meta.url);
  for (const spec of TABLES) writeFileSync(resolve(root, spec.file), csv(Object.keys(spec.columns), tables[spec.name]));
  writeFileSync(
    resolve(root, 'datapackage.json'),
    JSON.stringify(
      {
        name: 'plan-chart-targets-synthetic',
        title: 'SYNTHETIC dataset for benchmarks — not real plans',
        version: SYNTHETIC_VERSION,
        resources: TABLES.map((t) => ({name: t.name, path: t.file})),
      },
      null,
      2,
    ),
  );
  const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
  return {dir: root, url: pathToFileURL(`${root}/`).href, counts};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {dir, counts} = await writeSynthetic(process.argv[2] ?? DEFAULT_DIR);
  console.log(`synthetic dataset ${SYNTHETIC_VERSION} -> ${dir}`, counts);
}
