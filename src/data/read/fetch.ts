/**
 * Downloads a results file as bytes (the reader decides what it is from them). Errors carry a code, for the
 * widget to word in its reader's language; their `message` is for developers.
 */

/** Largest results file downloaded: 50 MB (about 500,000 rows of CSV). */
export const MAX_RESULTS_BYTES = 50_000_000;
/** How long the server may stay silent (before answering, or between two pieces of the body), in ms. */
export const RESULTS_TIMEOUT_MS = 15_000;

export type ResultsFetchErrorCode = 'http' | 'timeout' | 'network' | 'too-large' | 'aborted';

export class ResultsFetchError extends Error {
  constructor(
    readonly code: ResultsFetchErrorCode,
    /** The address asked for (absolute). */
    readonly url: string,
    /** 'http': the status (404); 'too-large': the size in bytes, where known; 'timeout': the limit in ms. */
    readonly status?: number,
    options?: {cause?: unknown},
  ) {
    const what = {
      http: `status ${status}`,
      timeout: `no answer within ${status} ms`,
      network: 'network error',
      'too-large': `larger than ${MAX_RESULTS_BYTES} bytes`,
      aborted: 'aborted',
    }[code];
    super(`could not load results ${url}: ${what}`, options);
    this.name = 'ResultsFetchError';
  }
}

export interface FetchResultsOptions {
  signal?: AbortSignal;
  /** Silence allowed before the answer and between pieces of the body, in ms (default {@link RESULTS_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Base of a relative URL; default the page's address. */
  base?: string;
  /** The fetch to use (tests); default the global one. */
  fetch?: typeof fetch;
  /** Largest body taken, in bytes (default {@link MAX_RESULTS_BYTES}). */
  maxBytes?: number;
}

export interface FetchedResults {
  bytes: Uint8Array;
  /** The absolute address, without its fragment. */
  url: string;
  /** The file's name from the address ("ket-qua.xlsx"), for messages. */
  file: string;
  /** The fragment (`results.xlsx#Sheet2` → "Sheet2"): the sheet of a workbook to read. */
  sheet?: string;
  /** The Content-Type the server sent, if any. */
  contentType?: string;
}

/** Fetches a results file: its bytes, name and sheet; rejects with a {@link ResultsFetchError}. */
export async function fetchResults(url: string | URL, options: FetchResultsOptions = {}): Promise<FetchedResults> {
  const base = options.base ?? (globalThis as {location?: {href: string}}).location?.href;
  const address = new URL(String(url), base);
  const sheet = address.hash ? safeDecode(address.hash.slice(1)) : undefined;
  address.hash = '';
  const href = address.href;
  const file = safeDecode(address.pathname.split('/').pop() || '') || 'results';
  const timeoutMs = options.timeoutMs ?? RESULTS_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_RESULTS_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch;

  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) throw new ResultsFetchError('aborted', href);
  options.signal?.addEventListener('abort', onAbort, {once: true});
  const fail = (e: unknown): never => {
    if (e instanceof ResultsFetchError) throw e;
    if (timedOut) throw new ResultsFetchError('timeout', href, timeoutMs, {cause: e});
    if (options.signal?.aborted) throw new ResultsFetchError('aborted', href, undefined, {cause: e});
    throw new ResultsFetchError('network', href, undefined, {cause: e});
  };
  try {
    arm();
    let res: Response;
    try {
      res = await doFetch(href, {signal: controller.signal, credentials: 'same-origin'});
    } catch (e) {
      return fail(e);
    }
    if (!res.ok) {
      res.body?.cancel().catch(() => {});
      throw new ResultsFetchError('http', href, res.status);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    // A compressed body's length says nothing about the bytes it will give; only an uncompressed one's is checked.
    if (declared > maxBytes && !res.headers.get('content-encoding')) {
      res.body?.cancel().catch(() => {});
      throw new ResultsFetchError('too-large', href, declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          arm();
          const {done, value} = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            reader.cancel().catch(() => {});
            throw new ResultsFetchError('too-large', href, size);
          }
          chunks.push(value);
        }
      } else {
        const buf = new Uint8Array(await res.arrayBuffer());
        if (buf.byteLength > maxBytes) throw new ResultsFetchError('too-large', href, buf.byteLength);
        chunks.push(buf);
        size = buf.byteLength;
      }
    } catch (e) {
      return fail(e);
    }
    const bytes = chunks.length === 1 ? chunks[0] : new Uint8Array(size);
    if (chunks.length !== 1) {
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.byteLength;
      }
    }
    const contentType = res.headers.get('content-type') ?? undefined;
    return {bytes, url: href, file, sheet, contentType};
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
