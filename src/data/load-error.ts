/**
 * The one error of a file that could not be loaded or is not what it should be — the dataset, a results file, a
 * page's targets — typed, so that the widget can say what went wrong in the reader's language (the message here is
 * for developers and logs), with the original error kept as `cause`. `fetchResults` (src/data/read/fetch.ts) rejects
 * with it too; `ResultsFetchError` is its old name.
 */
export type LoadProblem =
  /** Not an http(s) address the page can fetch (e.g. "mailto:…"). */
  | 'invalid-url'
  /** The server answered with an error status (`status`). */
  | 'http'
  /** No answer: offline, refused, blocked by CORS or CSP. */
  | 'network'
  /** No answer within the time allowed. */
  | 'timeout'
  /** The body is not JSON. */
  | 'not-json'
  /** JSON, but not a plan-chart dataset (`field` is missing). */
  | 'shape'
  /** A row points to a plan, indicator or unit the file does not have (`field`, `value`). */
  | 'dangling';

/** What can go wrong while downloading a file: the codes the readers' messages word (src/i18n/results.ts). */
export type DownloadProblem =
  | 'http'
  /** `status`: the limit in ms; `limit`: whether the server was silent that long, or the whole download took it. */
  | 'timeout'
  | 'network'
  /** `status`: the size in bytes, where known. */
  | 'too-large'
  | 'aborted';

export interface LoadDetail {
  /** 'http': the status (404); 'too-large': the size in bytes; 'timeout': the limit in ms. */
  status?: number;
  field?: string;
  value?: string;
  /** 'timeout': the limit passed, on silence (default) or on the whole download. */
  limit?: 'silence' | 'total';
}

export class LoadError extends Error {
  override readonly name: string = 'LoadError';
  constructor(
    readonly what: 'dataset' | 'results' | 'targets',
    readonly problem: LoadProblem | DownloadProblem,
    readonly url: string,
    readonly detail: LoadDetail = {},
    options?: {cause?: unknown},
  ) {
    super(`could not load ${what} ${url}: ${explain(problem, detail)}`, options);
  }
  /** The problem, as a download's code (the readers' messages are keyed on it). */
  get code(): LoadProblem | DownloadProblem {
    return this.problem;
  }
  get status(): number | undefined {
    return this.detail.status;
  }
}

function explain(problem: LoadError['problem'], d: LoadDetail): string {
  switch (problem) {
    case 'http':
      return `status ${d.status}`;
    case 'timeout':
      return d.limit === 'total' ? `not loaded within ${d.status} ms` : `no answer within ${d.status} ms`;
    case 'network':
      return 'network error';
    case 'too-large':
      return `too large${d.status ? ` (${d.status} bytes)` : ''}`;
    default:
      return `${problem}${d.field ? ` (${d.field}${d.value ? ` "${d.value}"` : ''})` : ''}`;
  }
}

export const isLoadError = (e: unknown): e is LoadError => (e as Error | undefined)?.name === 'LoadError';

/** The URL of an http(s) resource relative to `base`, or a LoadError naming the bad value. */
export function httpUrl(what: LoadError['what'], value: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch (e) {
    throw new LoadError(what, 'invalid-url', value, {}, {cause: e});
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'blob:')
    throw new LoadError(what, 'invalid-url', value);
  return url;
}
