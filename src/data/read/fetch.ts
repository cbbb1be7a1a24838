/**
 * Downloads a file the page gives (results, a page's targets) as bytes; the reader decides what it is from them.
 * Errors are a {@link LoadError} with a code, for the widget to word in its reader's language; their `message` is
 * for developers.
 */
import {LoadError, type DownloadProblem} from '../load-error.js';

/** Largest results file downloaded: 50 MB (about 500,000 rows of CSV). */
export const MAX_RESULTS_BYTES = 50_000_000;
/** How long the server may stay silent (before answering, or between two pieces of the body), in ms. */
export const RESULTS_TIMEOUT_MS = 15_000;
/** How long a whole download may take, in ms: a server that sends a byte every few seconds never ends otherwise. */
export const RESULTS_TOTAL_MS = 60_000;

/** What can go wrong while downloading: the codes of a {@link LoadError} that the readers' messages word. */
export type ResultsFetchErrorCode = DownloadProblem;
/** The download error's old name: it is the one {@link LoadError}. */
export {LoadError as ResultsFetchError};

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
  /** How long the whole download may take, in ms (default {@link RESULTS_TOTAL_MS}). */
  totalMs?: number;
  /** The clock the total is measured on, in ms (tests); default `Date.now`. */
  now?: () => number;
  /** Whose file it is, for the error: 'results' (default) or 'targets'. */
  what?: 'results' | 'targets';
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

/** Fetches a file: its bytes, name and sheet; rejects with a {@link LoadError}. */
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
  const totalMs = options.totalMs ?? RESULTS_TOTAL_MS;
  const now = options.now ?? Date.now;
  const what = options.what ?? 'results';
  const error = (code: DownloadProblem, status?: number, cause?: unknown, limit?: 'total') =>
    new LoadError(what, code, href, {status, ...(limit && {limit})}, cause === undefined ? undefined : {cause});

  const controller = new AbortController();
  let timedOut: 'silence' | 'total' | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut ??= 'silence';
      controller.abort();
    }, timeoutMs);
  };
  const start = now();
  const whole = setTimeout(() => {
    timedOut ??= 'total';
    controller.abort();
  }, totalMs);
  /** The whole download's time, read between pieces of the body (a clock a test pins). */
  const overTime = () => {
    if (now() - start <= totalMs) return false;
    timedOut ??= 'total';
    return true;
  };
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) {
    clearTimeout(whole);
    throw error('aborted');
  }
  options.signal?.addEventListener('abort', onAbort, {once: true});
  const fail = (e: unknown): never => {
    if (e instanceof LoadError) throw e;
    if (timedOut === 'total') throw error('timeout', totalMs, e, 'total');
    if (timedOut) throw error('timeout', timeoutMs, e);
    if (options.signal?.aborted) throw error('aborted', undefined, e);
    throw error('network', undefined, e);
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
      throw error('http', res.status);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    // A compressed body's length says nothing about the bytes it will give; only an uncompressed one's is checked.
    if (declared > maxBytes && !res.headers.get('content-encoding')) {
      res.body?.cancel().catch(() => {});
      throw error('too-large', declared);
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
          if (overTime()) {
            reader.cancel().catch(() => {});
            throw error('timeout', totalMs, undefined, 'total');
          }
          size += value.byteLength;
          if (size > maxBytes) {
            reader.cancel().catch(() => {});
            throw error('too-large', size);
          }
          chunks.push(value);
        }
      } else {
        const buf = new Uint8Array(await res.arrayBuffer());
        if (buf.byteLength > maxBytes) throw error('too-large', buf.byteLength);
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
    clearTimeout(whole);
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
