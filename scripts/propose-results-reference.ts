// Runs proposeResults over the reported results of the references (provinces.md §2, provinces-2.md §C, national.md
// §2: each "- " item with its quoted "> " lines is one report excerpt; the date the item says the page was
// published or reports as of (dd/mm/yyyy or yyyy-mm-dd) is the report's date, as an editor would type it) and compares what it proposes with the
// dataset's rows of data/results.csv: a row is recovered when a proposal from the excerpt holding its quote (or, where
// no excerpt holds it, from the row's own quote) has the same value and result_kind. Prints the misses and the
// proposals the dataset has no row for. Re-runnable:
//   npx tsx scripts/propose-results-reference.ts [REFERENCE_DIR] [--quiet]
import {existsSync, readFileSync} from 'node:fs';
import {parseCsv} from '../src/data/csv.js';
import {normalizeText} from '../src/data/validate.js';
import {proposeResults, type ResultProposal} from '../src/data/propose/index.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/reference';
const FILES: [string, RegExp][] = [
  ['provinces.md', /^## 2\. /],
  ['provinces-2.md', /^## C\. /],
  ['national.md', /^## 2\. /],
];

export interface Excerpt {
  file: string;
  item: string;
  reportDate: string | undefined;
  text: string;
}

/** The report excerpts of a reference file's results part: "- " items, each with its "> " quote lines. */
export function splitExcerpts(md: string, file: string, start: RegExp): Excerpt[] {
  const out: Excerpt[] = [];
  let inPart = false;
  let current: Excerpt | null = null;
  for (const line of md.split('\n')) {
    if (/^## /.test(line)) inPart = start.test(line);
    if (!inPart) continue;
    const quote = /^\s*(?:- )?> ?(.*)$/.exec(line);
    if (quote && current) current.text += (current.text ? '\n' : '') + quote[1];
    else if (/^- /.test(line)) {
      const d =
        /(?:published|as of|report of|dated|Báo [^\d,;)]*)\s*(?:(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})|((?:19|20)\d{2}-\d{2}-\d{2}))/iu.exec(
          line,
        );
      const reportDate = d ? (d[4] ?? `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`) : undefined;
      current = {file, item: line.slice(2, 100), reportDate, text: ''};
      out.push(current);
    }
  }
  return out.filter((e) => e.text);
}

// The reference as shipped with the dataset (data/sources/reference-*.md) where the directory does not hold it.
const pathOf = (f: string): string | null =>
  [`${dir}/${f}`, `data/sources/reference-${f}`].find((x) => existsSync(x)) ?? null;
const excerpts = FILES.flatMap(([f, re]) => {
  const path = pathOf(f);
  return path ? splitExcerpts(readFileSync(path, 'utf8'), f, re) : [];
});
if (!excerpts.length) {
  console.error(`propose-results-reference: no reference files in ${dir}`);
  process.exit(2);
}
const rows = parseCsv(readFileSync('data/results.csv', 'utf8')).records.map((r) => r.values);
const proposalsOf = new Map<Excerpt, ResultProposal[]>(
  excerpts.map((e) => [e, proposeResults(e.text, {document: 'report', reportDate: e.reportDate})]),
);
const bare = (q: string): string => normalizeText(q.replace(/^…\s*;?\s*/u, '').replace(/[\s,;]*…\s*$/u, ''));

const show = (p: ResultProposal): string =>
  `${p.comparator === '=' ? '' : `${p.comparator} `}${p.value}${p.denominator !== null ? `/${p.denominator}` : ''} ` +
  `${p.measure}${p.counted ? ` (${p.counted})` : ''} ${p.result_kind} as_of ${p.as_of || '?'} → ${p.indicator_id ?? '-'}`;

const used = new Set<ResultProposal>();
const totals = {rows: rows.length, recovered: 0, otherKind: 0, missed: 0, sameAsOf: 0, sameIndicator: 0};
const misses: string[] = [];
for (const r of rows) {
  const q = bare(r.quote);
  const excerpt = excerpts.find((e) => normalizeText(e.text).includes(q));
  const ps = excerpt ? proposalsOf.get(excerpt)! : proposeResults(r.quote, {document: 'report'});
  // The same figure of the same sentence: its value (the numerator of a share), and the row's quote in its sentence.
  const same = ps.filter(
    (p) => !used.has(p) && p.value === Number(r.value) && (normalizeText(p.quote).includes(q) || q.includes(p.quote)),
  );
  const p = same.find((x) => x.result_kind === r.result_kind) ?? same[0];
  const where = excerpt ? `${excerpt.file}` : 'own quote';
  if (!p) {
    totals.missed++;
    misses.push(`${r.result_id}: ${r.value} ${r.result_kind} (${where}) — no proposal with this value`);
    continue;
  }
  used.add(p);
  if (p.result_kind !== r.result_kind) {
    totals.otherKind++;
    misses.push(`${r.result_id}: ${r.value} ${r.result_kind} (${where}) — proposed as ${p.result_kind}`);
    continue;
  }
  totals.recovered++;
  if (p.as_of === r.as_of) totals.sameAsOf++;
  if (p.indicator_id === r.indicator_id) totals.sameIndicator++;
  if (!quiet)
    console.log(
      `  recovered  ${r.result_id}: ${show(p)}` +
        (p.as_of !== r.as_of ? `  [as_of ${p.as_of || '""'}, dataset ${r.as_of || '""'}]` : ''),
    );
}
if (!quiet) {
  console.log('\nProposals the dataset has no row for:');
  for (const [e, ps] of proposalsOf)
    for (const p of ps.filter((x) => !used.has(x)))
      console.log(`  extra  ${e.file} ${e.item.slice(0, 40)}: ${show(p)}`);
}
console.log(`\nMisses (${misses.length}):`);
for (const m of misses) console.log(`  ${m}`);
const extra = [...proposalsOf.values()].flat().filter((p) => !used.has(p)).length;
console.log(
  `\n${excerpts.length} report excerpts; results.csv rows ${totals.rows}: recovered with the same value and kind ` +
    `${totals.recovered}/${totals.rows}, same value but another kind ${totals.otherKind}, missed ${totals.missed}; ` +
    `of the recovered, same as_of ${totals.sameAsOf}, same indicator ${totals.sameIndicator}; ` +
    `${extra} proposals without a dataset row.`,
);
