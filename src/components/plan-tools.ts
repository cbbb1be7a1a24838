/**
 * What the embed builder needs to chart a plan of its own, loaded on demand through `PlanChart.planTools()`: a plan's
 * text to proposed targets (`proposeTargets`, `planSpanOf`; `planFileText` reads a .txt or .docx), a report's text to
 * proposed results matched to those targets (`proposeResults`, `matchTarget`), and the targets reader the widget
 * itself uses, so that what the builder previews and writes into a snippet is what the widget reads back.
 */
export {
  proposeTargets,
  proposeTargetsBounded,
  planSpanOf,
  PROPOSAL_FLAGS,
  type Proposal,
  type ProposeOptions,
} from '../data/propose/index.js';
export {
  MAX_FIGURES,
  MAX_PROPOSALS,
  MAX_SENTENCE_CHARS,
  MAX_TEXT_CHARS,
  type Bounded,
  type ProposalCut,
} from '../data/propose/index.js';
export {
  proposeResults,
  proposeResultsBounded,
  matchTarget,
  describeResult,
  RESULT_FLAGS,
  type ResultProposal,
  type ResultMatch,
  type ResultFlag,
  type TargetToMatch,
  type ProposeResultsOptions,
} from '../data/propose/index.js';
export {planFileText, PlanFileError, type PlanFileErrorCode} from '../data/read/plan-file.js';
export {
  readTargets,
  targetsToInline,
  inlineToCsv,
  TARGET_COLUMNS,
  readComparator,
  readMeasure,
  type PageTarget,
  type PlanFields,
  type TargetIssue,
  type ReadTargetsOutput,
  type InlinePlan,
} from '../data/targets/input.js';
export {describeIssue} from '../i18n/targets.js';
