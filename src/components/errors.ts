/**
 * The one error path: whatever went wrong (a bad attribute, a dataset or results file that cannot be loaded or
 * read, a chart that cannot be drawn, an export) becomes the message the widget shows, in the reader's language,
 * and the `plan-chart-error` detail. No lit, no DOM: tested in Node.
 */
import type {Dataset} from '../data/schema.js';
import type {RequestError} from '../data/request.js';
import type {TargetIssue} from '../data/targets/input.js';
import type {PageViewError} from '../data/targets/page-plan.js';
import {isLoadError} from '../data/load-error.js';
import {unitName} from '../charts/common.js';
import {MESSAGES, type Lang} from '../i18n/index.js';
import type {ResultsText} from './controllers/data-controller.js';
import type {ErrorCode, PlanChartErrorDetail} from './events.js';

/** What else an error needs to be worded. */
export interface ErrorContext {
  lang: Lang;
  /** The loaded dataset, to name a unit. */
  ds?: Dataset | null;
  /** The `results` attribute, named in results errors. */
  results?: unknown;
  /** The results reader's messages, once loaded (they travel with the reader, not with the widget). */
  text?: ResultsText;
  /** What failed when it is not in the error itself: drawing or exporting. */
  during?: 'render' | 'export';
  /** Whose file it is: the page's results (default), or the targets of a plan the page supplies. */
  what?: 'results' | 'targets';
}

const isRequestError = (e: unknown): e is RequestError =>
  typeof e === 'object' && e !== null && 'code' in e && 'valid' in e && Array.isArray((e as RequestError).valid);
type DownloadCode = 'http' | 'timeout' | 'network' | 'too-large' | 'aborted';
const DOWNLOAD_CODES: readonly string[] = ['http', 'timeout', 'network', 'too-large', 'aborted'];
/** A page file's download that failed: a LoadError of results or targets with a download code (or its old shape). */
const isFetchError = (
  e: unknown,
): e is {code: DownloadCode; url: string; status?: number; detail?: {limit?: 'silence' | 'total'}} =>
  ((e as Error | undefined)?.name === 'ResultsFetchError' || (isLoadError(e) && e.what !== 'dataset')) &&
  DOWNLOAD_CODES.includes((e as {code: string}).code);
const isPageViewError = (e: unknown): e is PageViewError => (e as PageViewError | null)?.code === 'page-view';
/** The page's targets could not be charted (data-controller.ts, TargetsError). */
const isTargetsError = (
  e: unknown,
): e is {name: 'TargetsError'; cause: unknown; text?: ErrorContext['text']; issues: TargetIssue[]} =>
  (e as Error | undefined)?.name === 'TargetsError';

/** The message and detail of an unsupported `lang`. */
export function langError(value: string): PlanChartErrorDetail {
  return {code: 'unknown-lang', message: MESSAGES.vi.errors.unknownLang(value), value, valid: ['vi', 'en']};
}

/**
 * The problems of a results file, for the notice beside the chart and for `plan-chart-error`: the first problem in
 * the message, every problem (line, column, what is wrong) in `issues`.
 */
export function resultsIssuesDetail(
  issues: TargetIssue[],
  ctx: ErrorContext & {text: ResultsText},
): PlanChartErrorDetail {
  const m = MESSAGES[ctx.lang];
  const described = issues.map((i) => ({issue: i, ...ctx.text.describeIssue(ctx.lang, i)}));
  const targets = ctx.what === 'targets';
  return {
    code: targets ? 'targets' : 'results',
    message: (targets ? m.errors.targets : m.errors.results)(described[0].where, described[0].problem),
    issues: described.map(({issue, message}) => ({line: issue.line, column: issue.column, message})),
    value: typeof ctx.results === 'string' ? ctx.results : undefined,
  };
}

export function errorDetail(e: unknown, ctx: ErrorContext): PlanChartErrorDetail {
  const m = MESSAGES[ctx.lang];
  if (isTargetsError(e)) {
    const inner = {...ctx, text: e.text ?? ctx.text, what: 'targets' as const};
    return e.issues.length ? resultsIssuesDetail(e.issues, {...inner, text: inner.text!}) : errorDetail(e.cause, inner);
  }
  if (isPageViewError(e))
    return {
      code: 'unknown-view',
      message: m.errors.pageView(e.value, e.plans, e.valid.join(', ')),
      value: e.value,
      valid: e.valid,
    };
  if (isRequestError(e)) return requestError(e, ctx);
  const targets = ctx.what === 'targets';
  const load = targets ? m.errors.targetsLoad : m.errors.resultsLoad;
  const code = targets ? 'targets' : 'results';
  if (isFetchError(e) && (ctx.text || !isLoadError(e))) {
    const problem = ctx.text ? ctx.text.describeFetchError(ctx.lang, e) : e.code;
    return {code, message: load(e.url, problem), value: e.url};
  }
  if (isLoadError(e)) {
    const words = m.loadProblem[e.problem as keyof typeof m.loadProblem];
    const problem = words ? words(e.detail) : e.problem;
    return e.what === 'dataset'
      ? {code: 'dataset', message: m.errors.dataset(e.url, problem), value: e.url}
      : {code, message: load(e.url, problem), value: e.url};
  }
  if ((e as Error | undefined)?.name === 'ObjectAttributeError')
    return {code, message: targets ? m.errors.targetsObject : m.errors.resultsObject, value: '[object Object]'};
  const text = e instanceof Error ? e.message : String(e);
  if (ctx.during === 'export') return {code: 'export', message: m.exportFailed(text)};
  return {code: 'render', message: m.errors.render(text)};
}

function requestError(err: RequestError, ctx: ErrorContext): PlanChartErrorDetail {
  const m = MESSAGES[ctx.lang].errors;
  const valid = err.valid;
  const k = (valid.length > 14 ? [...valid.slice(0, 14), '…'] : valid).join(', ');
  const code = err.code as ErrorCode;
  let message: string;
  switch (err.code) {
    case 'unknown-view':
      message = m.unknownView(err.value, k);
      break;
    case 'unknown-unit':
      message = m.unknownUnit(err.value, k);
      break;
    case 'unknown-indicator':
      message = m.unknownIndicator(err.value, k);
      break;
    case 'unknown-period':
      message = m.unknownPeriod(err.value, k);
      break;
    case 'unknown-level':
      message = m.unknownLevel(err.value, k);
      break;
    case 'no-plan': {
      const name = ctx.ds ? unitName(ctx.ds, err.unit.unit_id, ctx.lang) : err.unit.unit_id;
      message = valid.length ? m.noPlan(name, err.value, k) : m.noPlanAtAll(name);
      break;
    }
  }
  return {code, message, value: err.value, valid};
}

/**
 * What an error is known by, to announce it once: its code, value and words (a new language words it anew, and
 * the event then carries the new words). Two details of one cause give the same key, however often they are built.
 */
export const errorKey = (d: PlanChartErrorDetail): string =>
  JSON.stringify([d.code, d.value ?? null, d.message, d.issues?.length ?? 0]);
