/**
 * The widget's English texts, in a module of their own: loaded when a widget is in English (the element calls
 * `import('./en.js')`), so that Vietnamese pages, the common case, do not download them before their first
 * content. Importing it registers them in MESSAGES.
 */
import {cap, formatNumber, registerMessages, sentences, type Messages} from './index.js';

export const en: Messages = {
  status: {met: 'Met', not_met: 'Not met', not_due: 'Not yet due', no_data: 'No data'},
  statusLabel: 'Status',
  measure: {
    percent: 'Share (%)',
    count: 'Count',
    per_month: 'Times per month',
    per_year: 'Times per year',
    annual_change_percent: 'Annual increase (%)',
  },
  change: {
    raised: 'Raised',
    lowered: 'Lowered',
    unchanged: 'Unchanged',
    differs: 'Different definitions, not compared',
    new: 'New',
    dropped: 'Dropped',
  },
  comparator: {'>=': 'at least', '>': 'more than', '=': 'reach', '<=': 'at most', range: 'between'},
  loading: 'Loading data…',
  loadingChart: 'Drawing the chart…',
  loadingResults: 'Loading the results file…',
  resultsProblems: (n) => `Show ${n} problem${n === 1 ? '' : 's'}`,
  resultsKept: (n) =>
    `${n} valid result row${n === 1 ? ' was' : 's were'} charted; the rows with problems were left out.`,
  target: 'Target',
  result: 'Result',
  deadline: 'Deadline',
  period: 'Period',
  plan: 'Plan',
  document: 'Document',
  section: 'Section',
  scope: 'Scope',
  quote: 'Verbatim quote',
  source: 'Source',
  sources: 'Sources',
  secondary: 'secondary source',
  asOf: 'as of',
  dataset: 'plan-chart dataset',
  licence: 'Licence',
  download: 'Download data',
  csv: 'CSV',
  png: 'PNG',
  pngBroadcast: 'PNG 1920×1080',
  svg: 'SVG',
  copied: 'Citation copied',
  showSummary: 'Summary',
  hideSummary: 'Hide summary',
  showTable: 'Show table',
  showChart: 'Show chart',
  table: 'Data table',
  selected: 'Selected target',
  close: 'Close',
  unit: 'Unit',
  indicator: 'Indicator',
  national: 'National',
  nationalRef: (v) => `National: ${v}`,
  differs: 'defined differently',
  notComparable: 'Defined differently from the national target',
  unitsMet: (met, total, label) =>
    `reported: ${met} of ${total} ${label} met the target (a count of units, not the indicator's value)`,
  noValueOnlyCounts: 'No value for the indicator',
  legend: {
    floor: 'at least (a floor)',
    point: 'exact figure',
    band: 'range',
    period: (p) => p,
    differs: 'defined differently',
  },
  unitsActivity: (v, label) => `${v} ${label} report the activity (not whether the target was met)`,
  onlyPeriod: (p) => `The dataset has its ${p} plan only`,
  onlyExcerpt: (p) => `Only in the ${p} plan, as far as its excerpt shows`,
  reportedAgainst: (u, docs) =>
    `${u} has no plan of its own in the dataset: its reported results are read against the targets of ${docs}.`,
  targetOf: (u) => `target of ${u}`,
  noResultsYet:
    'No result has been reported against this plan yet. Results are in the unit’s own reports (annual reports, mid-term and final reviews); the page that shows this chart can add them with a results file.',
  targetList: (n) => `The plan’s targets (${n})`,
  pendingList: (n) => `Targets without a reported result (${n})`,
  contextCounts: 'Activity counts (context)',
  bound: {
    '>': (v) => `more than ${v}`,
    '>=': (v) => `${v} or more`,
    '<': (v) => `under ${v}`,
    '<=': (v) => `at most ${v}`,
  },
  draftProgramme: (p) =>
    `The national programme for ${p} is still a draft (not approved); this plan implements no national programme.`,
  successorNote: (drawn, asked, date) => `Plans of ${drawn}; part of ${asked} since ${date}.`,
  mergedNote: (name, others, date) =>
    others
      ? `Plans of ${name} from before its merger with ${others} (${date}).`
      : `Plans of ${name} from before ${date}.`,
  planLabel: (span, doc) => `Plan ${span}${doc ? ` (${doc})` : ''}`,
  seriesChange: {first: 'First stated', raised: 'Raised', lowered: 'Lowered', unchanged: 'Unchanged'},
  noDocNo: 'no number given',
  noDate: 'no date given',
  milestone: (y) => `milestone ${y}`,
  by: (y) => `by ${y}`,
  everyYear: 'every year',
  throughout: 'throughout',
  roleTask: 'stated under tasks and solutions',
  roleAssignment: 'stated under assignments',
  error: 'The chart could not be drawn',
  empty: 'No target for this selection in the plan.',
  available: 'Data is available for',
  onlyOnePeriod: (unit, period) =>
    `${unit} has a plan only for ${period} in the dataset, so its two periods cannot be compared.`,
  showIndicatorForm: (i) => `See “${i}” in every plan, by period`,
  targetsFromPage:
    'Note: the targets in this chart were supplied by the publishing site (from its own plan), not taken from the plan-chart dataset.',
  targetsKept: (n) => `${n} valid target${n === 1 ? ' was' : 's were'} charted; the rows with problems were left out.`,
  pagePlan: {unit: 'Plan', untitled: 'Plan (no title given)', group: "The plan's targets"},
  resultsFromLink:
    "Note: the results in this chart were supplied by the link itself, not taken from the publishing site's data.",
  oneIndicator: (label) => `This chart draws one indicator: ${label}.`,
  title: {
    attainment: (u, p) => `${u}: targets and results, ${p}`,
    attainmentYear: (u, y) => `${u}: targets and results, ${y}`,
    targets: (u, p) => `${u}: targets, ${p}`,
    targetsYear: (u, y) => `${u}: targets, ${y}`,
    tableYear: (u, y) => `${u}: table of targets, ${y}`,
    periods: (u, a, b) => `${u}: targets in ${a} and ${b}`,
    series: (u, n) => `${u}: targets across ${n} plans`,
    periodsIndicator: (i) => `${i}: targets in the plans of each period`,
    units: (i, lvl) => `${i}: compared across ${lvl}`,
    table: (u, p) => `${u}: table of targets, ${p}`,
  },
  levelPlural: {national: 'national level', province: 'provinces', district: 'districts'},
  errors: {
    unknownUnit: (v, k) => `There is no unit "${v}". Units in the dataset: ${k}.`,
    unknownIndicator: (v, k) => `There is no indicator or group "${v}". Valid values: ${k}.`,
    unknownPeriod: (v, k) => `"${v}" is not a valid period. Valid periods: ${k}.`,
    unknownView: (v, k) => `"${v}" is not a valid view. Valid views: ${k}.`,
    unknownLevel: (v, k) => `"${v}" is not a valid level. Valid levels: ${k}.`,
    unknownLang: (v) => `Language "${v}" is not supported; use vi or en.`,
    noPlan: (u, p, k) => `${u} has no plan for ${p}. Periods with a plan: ${k}.`,
    noPlanAtAll: (u) => `The dataset has no plan of ${u} yet.`,
    dataset: (url, d) => `Could not load the dataset from ${url}: ${d}`,
    results: (where, d) => `The results file has an error: ${where}: ${d}`,
    resultsLoad: (url, d) => `Could not load the results file ${url}: ${d}`,
    targets: (where, d) => `The targets file has an error: ${where}: ${d}`,
    targetsLoad: (url, d) => `Could not load the targets file ${url}: ${d}`,
    targetsObject:
      'The targets attribute is the text "[object Object]": the page assigned an array before <plan-chart> was defined, so it became an HTML attribute. Set the targets property after customElements.whenDefined(\'plan-chart\').',
    pageView: (v, n, k) =>
      v === 'units'
        ? `The "units" view compares the dataset's units; it does not apply to a plan supplied by the page. Views that apply: ${k}.`
        : `The "${v}" view compares plans, but the page supplies ${n} plan${n === 1 ? '' : 's'}. Views that apply: ${k}.`,
    resultsObject:
      'The results attribute is the text "[object Object]": the page assigned an array before <plan-chart> was defined, so it became an HTML attribute. Set the results property after customElements.whenDefined(\'plan-chart\').',
    render: (d) => `Error while drawing the chart: ${d}`,
  },

  loadProblem: {
    'invalid-url': () => 'not an http(s) address the page can load',
    http: ({status}) =>
      `the server answered ${status} (${status === 404 ? 'no file at this address' : 'server error'})`,
    network: () => 'no connection (offline, a wrong address, or the other site does not allow loading)',
    timeout: () => 'the server did not answer in time',
    'not-json': () => 'the file is not JSON',
    shape: ({field}) => `the file is not a plan-chart dataset ("${field}" is missing)`,
    dangling: ({field, value}) => `a target points to ${field} "${value}", which the file does not have`,
  },
  exportFailed: (d) => `The file could not be exported: ${d}`,
  moreDocuments: (n) => `and ${n} more documents (listed in the CSV and the citation)`,
  docKind: {decision: 'Decision', plan: 'Plan', directive: 'Directive', resolution: 'Resolution'},
  issuedBy: (doc, date, issuer) => `${doc}${date ? ` of ${date}` : ''}${issuer ? ` by ${issuer}` : ''}`,
  resultsSource: 'results',
  resultsFromPage: 'supplied by the page showing the chart',
  secondaryVia: (host) => `secondary source: ${host}`,
  datasetTitle: 'Targets of Vietnamese provincial and district prostitution-prevention plans',
  cite: 'Cite',
  copyCitation: 'Copy citation',
  citeText: {
    data: 'Data',
    version: 'version',
    documents: 'Documents',
    targets: 'Targets',
    at: (url, date) => `Available at ${url} (accessed ${date})`,
    accessed: (date) => `accessed ${date}`,
    fromPage: 'Targets supplied by the publishing site from the document below, not from the plan-chart dataset',
  },
  bibtex: 'BibTeX',
  ris: 'RIS',
  cslJson: 'CSL-JSON',
  exportGroups: {data: 'Data', web: 'Image for the web', tv: 'Television', social: 'Social media', print: 'Print'},
  pngSocial: 'PNG 1080×1080',
  printPng: 'PNG 300 dpi',
  printSvg: 'SVG (text kept as text)',
  columnWidth: 'Width',
  columns: (n, mm) => `${n} ${n === 1 ? 'column' : 'columns'} (${mm} mm)`,
  darkExport: 'Dark background',
  transparentExport: 'Transparent background (to key over video)',
  exporting: 'Exporting…',
  exported: (n) => `${n} ${n === 1 ? 'file' : 'files'} downloaded`,
  exportedZip: (n) => `${n} frames downloaded in one ZIP file`,
  xlsx: 'Excel (.xlsx)',
  continued: 'continued',
  workbook: {
    data: 'Data',
    about: 'About',
    chart: 'Chart',
    sources: 'Sources',
    dataset: 'Dataset',
    address: 'Address',
    downloaded: 'Downloaded on',
    howTo: 'How to read it',
    howToText:
      'Each row of the "Data" sheet is a target shown in the chart, with its reported result (if any), its document and the verbatim quote. The columns from target_id on are codes for programs (see the codebook). Fill in "Result value" and "Result as of" and save: the file works as the chart\'s results file.',
  },
  panelScale: (from, to) => `scale ${formatNumber('en', from)}–${formatNumber('en', to)}`,
  pickRows: 'Rows in the images',
  pickedRows: (n, total) => `${n} of ${total} rows`,
  pickAll: 'Pick all',
  pickNone: 'Pick none',
  noRowsPicked: 'No row is picked for the image.',
  rowKeysHint: 'Arrow keys: move between targets; Enter: show the quote and its source; Esc: close.',
  summary: {
    attainment: (f) => {
      const n = `${f.n} numeric target${f.n === 1 ? '' : 's'}`;
      const s3 = [
        f.unitsMet ? `counts of provinces meeting a target (${f.unitsMet.replace(/\//g, ' of ')})` : '',
        f.unitsActive
          ? `counts of provinces reporting the activity, not whether they met the target (${f.unitsActive.replace(/\//g, ' of ')})`
          : '',
      ].filter(Boolean);
      return sentences(
        f.reported
          ? `${cap(f.unit)} reports results against ${n} of the ${f.period} programme.`
          : `The ${f.period} plan of ${f.unit} sets ${n}.`,
        f.withData
          ? `Results are reported for ${f.withData}: ${f.met} met, ${f.notMet} not met, ${f.notDue} not yet due.`
          : f.hasCounts
            ? ''
            : 'No result has been reported for any of them.',
        s3.length ? `National results are published only as ${s3.join(' and ')}, not as the indicator's value.` : '',
      );
    },
    indicatorPeriods: (f) =>
      `${f.indicator}: ${f.parts.map((p) => `${p.n} plan(s) for ${p.period} set ${p.range}`).join('; ')}. Each plan is one row; most units have a plan for one period only in the dataset.`,
    periods: (f) => {
      const were = (k: number) => (k === 1 ? 'was' : 'were');
      return sentences(
        `Compared with ${f.before}, the ${f.after} plan of ${f.unit} raised ${f.raised}, lowered ${f.lowered} and kept ${f.unchanged} targets; ${f.added} ${were(f.added)} new and ${f.dropped} ${were(f.dropped)} dropped.`,
        f.loweredList.length ? `Lowered: ${f.loweredList.join('; ')}.` : '',
        f.differ ? 'Some pairs count different things and are marked ≠.' : '',
      );
    },
    series: (f) =>
      sentences(
        `${cap(f.unit)} has ${f.spans.length} plans in the dataset (${f.spans.join(', ')}).`,
        `Against the plan before, ${f.raised} targets were raised, ${f.lowered} lowered and ${f.unchanged} kept.`,
        f.loweredList.length ? `Lowered: ${f.loweredList.join('; ')}.` : '',
        f.missing ? `The dataset has no plan for ${f.missing}.` : '',
      ),
    units: (f) =>
      sentences(
        `${f.indicator}: ${f.n} ${f.n === 1 ? f.levelPlural.replace(/s$/, '') : f.levelPlural} set a target, ${f.range}.`,
        f.national ? `The national target is ${f.national}.` : 'The dataset has no national target for it.',
        f.flagged ? `${f.flagged} unit(s) count something different and are marked ≠.` : '',
      ),
  },
};

registerMessages('en', en);
