/**
 * The one error path: whatever went wrong (a bad attribute, a dataset or results file that cannot be loaded or
 * read, a chart that cannot be drawn, an export) becomes the message the widget shows, in the reader's language,
 * and the `plan-chart-error` detail. No lit, no DOM: tested in Node.
 */
import type {Dataset} from '../data/schema.js';
import type {RequestError} from '../data/request.js';
import type {ResultIssue, ResultsError} from '../data/results-input.js';
import {isLoadError} from '../data/load-error.js';
import {unitName} from '../charts/common.js';
import {MESSAGES, type Lang} from '../i18n.js';
import type {ErrorCode, PlanChartErrorDetail} from './events.js';

/** What else an error needs to be worded. */
export interface ErrorContext {
  lang: Lang;
  /** The loaded dataset, to name a unit. */
  ds?: Dataset | null;
  /** The `results` attribute, named in results errors. */
  results?: unknown;
  /** What failed when it is not in the error itself: drawing or exporting. */
  during?: 'render' | 'export';
}

const isResultsError = (e: unknown): e is ResultsError => (e as Error | undefined)?.name === 'ResultsError';
const isRequestError = (e: unknown): e is RequestError =>
  typeof e === 'object' && e !== null && 'code' in e && 'valid' in e && Array.isArray((e as RequestError).valid);

/** Each results problem as "<file> dòng 3, cột value: <what is wrong>", in the reader's language. */
export function issueMessages(lang: Lang, issues: ResultIssue[]): {line: number; column: string; message: string}[] {
  return located(lang, issues).map(({line, column, message}) => ({line, column, message}));
}

function located(lang: Lang, issues: ResultIssue[]) {
  const m = MESSAGES[lang];
  return issues.map((i) => {
    const where = i.line
      ? i.kind === 'csv'
        ? m.line(i.file, i.line, i.column)
        : `${i.file} #${i.line}${i.column ? ` (${i.column})` : ''}`
      : i.file;
    const problem = m.resultIssue[i.code]({value: i.value, expected: i.expected});
    return {line: i.line, column: i.column, where, problem, message: `${where}: ${problem}`};
  });
}

/** The message and detail of an unsupported `lang`. */
export function langError(value: string): PlanChartErrorDetail {
  return {code: 'unknown-lang', message: MESSAGES.vi.errors.unknownLang(value), value, valid: ['vi', 'en']};
}

export function errorDetail(e: unknown, ctx: ErrorContext): PlanChartErrorDetail {
  const m = MESSAGES[ctx.lang];
  if (isRequestError(e)) return requestError(e, ctx);
  if (isResultsError(e)) {
    const issues = located(ctx.lang, e.issues);
    return {
      code: 'results',
      message: m.errors.results(issues[0].where, issues[0].problem),
      issues: issues.map(({line, column, message}) => ({line, column, message})),
      value: typeof ctx.results === 'string' ? ctx.results : undefined,
    };
  }
  if (isLoadError(e)) {
    const problem = m.loadProblem[e.problem](e.detail);
    return e.what === 'dataset'
      ? {code: 'dataset', message: m.errors.dataset(e.url, problem), value: e.url}
      : {code: 'results', message: m.errors.resultsLoad(e.url, problem), value: e.url};
  }
  if ((e as Error | undefined)?.name === 'ObjectAttributeError')
    return {code: 'results', message: m.errors.resultsObject, value: '[object Object]'};
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
