/**
 * A file that could not be loaded or is not what it should be: typed, so that the widget can say what went wrong in
 * the reader's language (the message here is for developers and logs), with the original error kept as `cause`.
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

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly what: 'dataset' | 'results',
    readonly problem: LoadProblem,
    readonly url: string,
    readonly detail: {status?: number; field?: string; value?: string} = {},
    options?: {cause?: unknown},
  ) {
    super(
      `${what} ${url}: ${problem}${detail.status ? ` ${detail.status}` : ''}${detail.field ? ` (${detail.field}${detail.value ? ` "${detail.value}"` : ''})` : ''}`,
      options,
    );
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
