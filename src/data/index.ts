/**
 * `plan-chart/data`: the dataset for researchers. arquero tables in Node and the browser, the zod-backed row
 * types, and the queries the widget uses.
 */
export {
  loadDataset,
  loadUnits,
  loadProgrammes,
  loadPlans,
  loadGroups,
  loadIndicators,
  loadTargets,
  loadResults,
  periodComparison,
  targetsWithResults,
  type LoadOptions,
  type ComparisonOptions,
  type AttainmentOptions,
} from './load.js';
export {
  headlineTargets,
  pairPeriods,
  joinResults,
  attainmentOf,
  reportedTargets,
  comparableTargets,
  planSeries,
  seriesChanges,
  periodsIn,
  periodsOf,
  periodsWithRows,
  defaultPeriods,
  changeOf,
  type PeriodPair,
  type PlanStep,
  type SeriesChange,
  type Change,
  type TargetRow,
  type TargetWithResult,
} from './queries.js';
export {resolveUnits, unitsFor, unitFullName, isCurrent, nameKey, KIND_WORDS, type ResolvedUnits} from './units.js';
export {closestUnits} from './unit-suggest.js';
export {attainmentStatus, meets, STATUSES, type Status} from './status.js';
export {parseCsv, toCsv} from './csv.js';
export {parseTable, checkDataset, normalizeText} from './validate.js';
export * from './schema.js';
export {
  proposeTargets,
  planSpanOf,
  PROPOSAL_FLAGS,
  type Proposal,
  type ProposalFlag,
  type ProposeOptions,
  type Recurrence,
  type SectionRole,
  proposeResults,
  matchTarget,
  describeResult,
  documentKindOf,
  RESULT_FLAGS,
  type ResultProposal,
  type ResultFlag,
  type ResultMatch,
  type ProposeResultsOptions,
  type TargetToMatch,
  type DocumentKind,
  type FigureKind,
} from './propose/index.js';
export {planFileText, PlanFileError, type PlanFileErrorCode} from './read/plan-file.js';
export {docxText, DocxError} from './read/docx.js';
