/**
 * `plan-chart/data`: the dataset for researchers. arquero tables in Node and the browser, the zod-backed row
 * types, and the queries the widget uses.
 */
export {
  loadDataset,
  loadUnits,
  loadPlans,
  loadGroups,
  loadIndicators,
  loadTargets,
  loadResults,
  periodComparison,
  targetsWithResults,
  type LoadOptions,
} from './load.js';
export {
  headlineTargets,
  pairPeriods,
  joinResults,
  periodsOf,
  changeOf,
  type PeriodPair,
  type Change,
  type TargetWithResult,
} from './queries.js';
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
} from './propose.js';
export {planFileText, PlanFileError, type PlanFileErrorCode} from './propose/read.js';
export {docxText, DocxError} from './docx.js';
