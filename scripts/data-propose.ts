// `npm run data:propose -- FILE [--json] [--span 2021-2025] [--lang en] [--document plan|report|auto]
// [--report-date 2025-06-30]`: proposes the numeric targets and the reported results of a plan's or a report's text
// (UTF-8 or UTF-16 text, or .docx) for the dataset's maintainers; a review or a news report of one mixes both. Prints
// them readably, or with --json a JSON array (each row with `kind: "target"` or `kind: "result"`, in the order of the
// text; `[]` when there is no figure) and nothing else on standard output. Exit 2 when the file is missing or cannot
// be read as text.
import {readFileSync} from 'node:fs';
import {
  describeResult,
  planSpanOf,
  proposeResults,
  proposeTargets,
  reportDateOf,
  type DocumentKind,
  type Proposal,
} from '../src/data/propose/index.js';
import {PlanFileError, planFileText} from '../src/data/read/plan-file.js';

const USAGE =
  'usage: npm run data:propose -- FILE [--json] [--span 2021-2025] [--lang vi|en] [--document plan|report|auto] [--report-date YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`data:propose: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
let span: [number, number] | undefined;
let lang: 'vi' | 'en' = 'vi';
let document: DocumentKind = 'auto';
let reportDate: string | undefined;
const files: string[] = [];
for (let k = 0; k < args.length; k++) {
  const a = args[k];
  if (a === '--json') continue;
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a === '--span') {
    const m = /^((?:19|20)\d{2})(?:-((?:19|20)\d{2}))?$/.exec(args[++k] ?? '');
    if (!m) fail(`--span: expected YEAR or YEAR-YEAR, got "${args[k] ?? ''}"\n${USAGE}`);
    span = [Number(m[1]), Number(m[2] ?? m[1])];
  } else if (a === '--lang') {
    const v = args[++k];
    if (v !== 'vi' && v !== 'en') fail(`--lang: expected vi or en, got "${v ?? ''}"`);
    lang = v;
  } else if (a === '--document') {
    const v = args[++k];
    if (v !== 'plan' && v !== 'report' && v !== 'auto')
      fail(`--document: expected plan, report or auto, got "${v ?? ''}"`);
    document = v;
  } else if (a === '--report-date') {
    reportDate =
      reportDateOf(args[++k]) ?? fail(`--report-date: expected YYYY-MM-DD or dd/mm/yyyy, got "${args[k] ?? ''}"`);
  } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
  else files.push(a);
}
if (files.length !== 1) fail(`expected one FILE, got ${files.length}\n${USAGE}`);
const file = files[0];

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(
    `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (e as Error).message}`,
  );
}
let text: string;
try {
  text = planFileText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
} catch (e) {
  if (e instanceof PlanFileError) fail(e.message);
  throw e;
}

const proposals = proposeTargets(text, {span, lang, document, reportDate});
const results = proposeResults(text, {lang, document, reportDate});
if (json) {
  const rows = [...proposals.map((p) => ({kind: 'target' as const, ...p})), ...results].sort(
    (a, b) => a.start - b.start || a.figure.start - b.figure.start,
  );
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  process.exit(0);
}

const planSpan = span ?? planSpanOf(text);
const count = (role: Proposal['section_role']) => proposals.filter((p) => p.section_role === role).length;
console.log(
  `${file}: ${proposals.length} proposed target${proposals.length === 1 ? '' : 's'}` +
    ` (plan span ${planSpan ? planSpan.join('-') : 'not found: give --span'}; ` +
    `${count('objective')} objective, ${count('task')} task, ${count('assignment')} assignment)`,
);
const unit: Record<Proposal['measure'], string> = {
  percent: '%',
  count: '',
  per_month: ' per month',
  per_year: ' per year',
  annual_change_percent: '% a year',
};
proposals.forEach((p, k) => {
  const figure =
    p.comparator === 'range'
      ? `${p.value}-${p.value_max}`
      : `${p.comparator === '=' ? '' : `${p.comparator} `}${p.value}`;
  const what =
    p.measure === 'count'
      ? ` ${p.counted ?? ''}`
      : p.fraction
        ? ` (${p.fraction.numerator}/${p.fraction.denominator})`
        : '';
  console.log(
    `\n${String(k + 1).padStart(3)}. [${p.section_role}${p.section ? ` ${p.section}` : ''}] ${figure}${unit[p.measure]}${what}` +
      ` by ${p.target_year ?? '?'} (${p.recurrence})  ${p.indicator_id ?? 'no indicator'}` +
      (p.indicator_id ? ` (${p.confidence})` : ''),
  );
  console.log(`     ${p.label}`);
  console.log(`     «${p.quote.length > 160 ? `${p.quote.slice(0, 159)}…` : p.quote}»  [${p.start}-${p.end}]`);
  p.flags.forEach((f, j) => console.log(`     ! ${f}: ${p.notes[j]}`));
});
if (!proposals.length) console.log('No numeric target found.');

console.log(`\n${file}: ${results.length} proposed result${results.length === 1 ? '' : 's'}`);
results.forEach((r, k) => {
  console.log(
    `\n${String(k + 1).padStart(3)}. [${r.result_kind}] ${describeResult(r)} as of ${r.as_of || '?'}  ` +
      `${r.indicator_id ?? 'no indicator'}${r.indicator_id ? ` (${r.confidence})` : ''}`,
  );
  console.log(`     «${r.quote.length > 160 ? `${r.quote.slice(0, 159)}…` : r.quote}»  [${r.start}-${r.end}]`);
  r.flags.forEach((f, j) => console.log(`     ! ${f}: ${r.notes[j]}`));
});
