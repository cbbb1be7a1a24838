// Runs proposeTargets over the plan quotes of the provinces reference (§1 of provinces.md, and any later part with
// "### " plan headings such as the shipped copy's extensions: one heading per plan, its "- > " lines being the
// plan's quoted text, read as a pasted section) and compares what it proposes with
// the dataset's rows for that file (plans.csv source_file = reference-provinces.md): proposed unchanged (same value,
// value_max, comparator, measure and target_year), proposed with differences, missed, extra; and, for the rows
// proposed, whether the suggested indicator is the dataset's. Re-runnable:
//   npx tsx scripts/propose-reference.ts [PROVINCES.md] [--source-file reference-provinces.md] [--quiet]
import {existsSync, readFileSync} from 'node:fs';
import {parseCsv} from '../src/data/csv.js';
import {normalizeText} from '../src/data/validate.js';
import {proposeTargets, type Proposal} from '../src/data/propose/index.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const sourceFile = flag('--source-file') ?? 'reference-provinces.md';
const quiet = args.includes('--quiet');
const file =
  args.find((a) => !a.startsWith('--')) ??
  [`data/sources/${sourceFile}`, '../shared/reference/provinces.md'].find((f) => existsSync(f));
if (!file || !existsSync(file)) {
  console.error('propose-reference: no provinces file (give its path, or ship data/sources/reference-provinces.md)');
  process.exit(2);
}

export interface PlanQuotes {
  heading: string;
  span: [number, number] | undefined;
  text: string;
}

/** The plans: each "### " heading with its quoted lines joined as one pasted section ("## " ends a plan). */
export function splitPlans(md: string): PlanQuotes[] {
  const plans: PlanQuotes[] = [];
  let current: PlanQuotes | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) current = null;
    else if (line.startsWith('### ')) {
      const heading = line.slice(4).trim();
      const last = heading.split(' — ').pop() ?? '';
      const range = /((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})/.exec(last);
      const year = /^((?:19|20)\d{2})\b/.exec(last);
      const span: [number, number] | undefined = range
        ? [Number(range[1]), Number(range[2])]
        : year
          ? [Number(year[1]), Number(year[1])]
          : undefined;
      current = {heading, span, text: ''};
      plans.push(current);
    } else if (current && /^- > /.test(line)) current.text += (current.text ? '\n' : '') + line.slice(4);
  }
  return plans.filter((p) => p.text);
}

function places(hay: string, quote: string): [number, number][] {
  const q = normalizeText(quote);
  const out: [number, number][] = [];
  for (let at = hay.indexOf(q); at >= 0; at = hay.indexOf(q, at + 1)) out.push([at, at + q.length]);
  return out;
}
const overlap = (a: [number, number][], b: [number, number][]): boolean =>
  a.some(([a0, a1]) => b.some(([b0, b1]) => Math.min(a1, b1) - Math.max(a0, b0) >= 0.5 * Math.min(a1 - a0, b1 - b0)));

const plans = splitPlans(readFileSync(file, 'utf8'));
const csv = (name: string): Record<string, string>[] =>
  existsSync(`data/${name}`) ? parseCsv(readFileSync(`data/${name}`, 'utf8')).records.map((r) => r.values) : [];
const refPlans = new Map(
  csv('plans.csv')
    .filter((p) => p.source_file === sourceFile)
    .map((p) => [p.plan_id, p]),
);
const rows = csv('targets.csv').filter((t) => refPlans.has(t.plan_id));

/** The section a row comes from: its quote must be there; its plan's number and span in the heading decide ties. */
function sectionOf(row: Record<string, string>): PlanQuotes | undefined {
  const plan = refPlans.get(row.plan_id)!;
  let best: {p: PlanQuotes; score: number} | undefined;
  for (const p of plans) {
    if (!places(normalizeText(p.text), row.quote.replace(/…$/, '')).length) continue;
    let score = 1;
    if (plan.document_no && p.heading.includes(plan.document_no)) score += 2;
    if (p.span && p.span[0] === Number(plan.span_start) && p.span[1] === Number(plan.span_end)) score += 1;
    if (!best || score > best.score) best = {p, score};
  }
  return best?.p;
}
const rowsOf = new Map<PlanQuotes, Record<string, string>[]>();
for (const r of rows) {
  const p = sectionOf(r);
  if (p) rowsOf.set(p, [...(rowsOf.get(p) ?? []), r]);
}

const show = (p: Proposal): string =>
  `${p.comparator} ${p.value}${p.value_max !== null ? `-${p.value_max}` : ''} ${p.measure}` +
  `${p.counted && p.measure === 'count' ? ` (${p.counted})` : ''} ${p.target_year ?? '?'} ${p.recurrence} → ` +
  `${p.indicator_id ?? '-'} ${p.confidence} | ${p.label}`;
const showRow = (r: Record<string, string>): string =>
  `${r.target_id}: ${r.comparator} ${r.value}${r.value_max ? `-${r.value_max}` : ''} ${r.measure} ${r.target_year}`;

const totals = {proposals: 0, unchanged: 0, different: 0, missed: 0, extra: 0, sameIndicator: 0};
/** Rows proposed (unchanged or not) whose suggested indicator is another, or none. */
const otherIndicator: string[] = [];
for (const plan of plans) {
  const proposals = proposeTargets(plan.text, plan.span ? {span: plan.span} : {});
  totals.proposals += proposals.length;
  const hay = normalizeText(plan.text);
  const mine = rowsOf.get(plan) ?? [];
  console.log(`\n### ${plan.heading}  (span ${plan.span?.join('-') ?? 'unknown'}; ${proposals.length} proposed)`);
  if (!quiet) for (const p of proposals) console.log(`  + ${show(p)}`);
  if (!rows.length) continue;
  const matched = new Set<Proposal>();
  for (const r of mine) {
    const rq = places(hay, r.quote.replace(/…$/, ''));
    // Same figure: the value, or for a share ("10/10 huyện") its numerator read as a count.
    const same = (q: Proposal): boolean => q.value === Number(r.value) || q.fraction?.numerator === Number(r.value);
    // Several figures of one sentence may share a value (BRVT's three "100%"): the one on the row's indicator first.
    const candidates = proposals.filter((q) => !matched.has(q) && same(q) && overlap(places(hay, q.quote), rq));
    const p = candidates.find((q) => q.indicator_id === r.indicator_id) ?? candidates[0];
    if (!p) {
      totals.missed++;
      console.log(`  missed     ${showRow(r)}`);
      continue;
    }
    matched.add(p);
    if (p.indicator_id === r.indicator_id) totals.sameIndicator++;
    else otherIndicator.push(`${r.target_id} → ${p.indicator_id ?? 'none'}`);
    const diffs: string[] = [];
    const want = {
      value: Number(r.value),
      value_max: r.value_max === '' ? null : Number(r.value_max),
      comparator: r.comparator,
      measure: r.measure,
      target_year: r.target_year === '' ? null : Number(r.target_year),
    };
    for (const [k, v] of Object.entries(want)) {
      const got = p[k as keyof typeof want];
      if (got !== v) diffs.push(`${k} ${String(got)} (dataset ${String(v)})`);
    }
    if (diffs.length) {
      totals.different++;
      console.log(`  different  ${showRow(r)}: ${diffs.join(', ')}`);
    } else {
      totals.unchanged++;
      console.log(`  unchanged  ${showRow(r)}`);
    }
  }
  for (const p of proposals.filter((q) => !matched.has(q))) {
    totals.extra++;
    console.log(`  extra      ${show(p)}`);
  }
}
const orphans = rows.filter((r) => !sectionOf(r));
console.log(
  `\n${plans.length} plans, ${totals.proposals} proposals; dataset rows for ${sourceFile}: ${rows.length}` +
    (rows.length
      ? ` — proposed unchanged ${totals.unchanged}, with differences ${totals.different}, missed ${totals.missed}, extra ${totals.extra}` +
        `; indicator suggested as in the dataset for ${totals.sameIndicator} of ${totals.unchanged + totals.different}` +
        (otherIndicator.length ? ` (other: ${otherIndicator.join('; ')})` : '') +
        (orphans.length
          ? `; ${orphans.length} rows whose quote is in no §1 plan: ${orphans.map((r) => r.target_id).join(', ')}`
          : '')
      : ' (none yet: proposals only)'),
);
