// fetchResults against fake servers (no live URL): bytes, file name and sheet; each failure as a coded error the
// widget words in its language.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fetchResults, ResultsFetchError, type ResultsFetchErrorCode} from '../../src/data/results-input.js';
import {describeFetchError, RESULT_MESSAGES} from '../../src/i18n/results.js';

const BASE = 'https://bao.example.vn/bai-viet/';

/** A fetch that answers with `body` (in pieces) and `init`, honouring the abort signal. */
function answering(body: Uint8Array[] | null, init: ResponseInit = {}, delayMs = 0): typeof fetch {
  return (async (_url: RequestInfo | URL, options?: RequestInit) => {
    const signal = options?.signal;
    if (delayMs)
      await new Promise((resolve, reject) => {
        const t = setTimeout(resolve, delayMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const stream =
      body &&
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const b of body) c.enqueue(b);
          c.close();
        },
      });
    return new Response(stream, init);
  }) as typeof fetch;
}

async function rejection(p: Promise<unknown>): Promise<ResultsFetchError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ResultsFetchError, String(e));
    return e;
  }
  assert.fail('expected a rejection');
}

test('bytes in pieces, the file name from the address, the sheet from its fragment', async () => {
  const got = await fetchResults('../du-lieu/k%E1%BA%BFt-qu%E1%BA%A3.xlsx#N%C4%83m%202024', {
    base: BASE,
    fetch: answering([new Uint8Array([1, 2]), new Uint8Array([3])], {headers: {'content-type': 'application/x'}}),
  });
  assert.deepEqual([...got.bytes], [1, 2, 3]);
  assert.equal(got.file, 'kết-quả.xlsx');
  assert.equal(got.sheet, 'Năm 2024');
  assert.equal(got.url, 'https://bao.example.vn/du-lieu/k%E1%BA%BFt-qu%E1%BA%A3.xlsx');
  assert.equal(got.contentType, 'application/x');
  const plain = await fetchResults('https://x.example/r.csv', {fetch: answering([new Uint8Array([65])])});
  assert.equal(plain.sheet, undefined);
});

test('an error status: code http with the status', async () => {
  const e = await rejection(fetchResults('r.csv', {base: BASE, fetch: answering(null, {status: 404})}));
  assert.deepEqual([e.code, e.status, e.url], ['http', 404, 'https://bao.example.vn/bai-viet/r.csv']);
  assert.equal(e.message, 'could not load results https://bao.example.vn/bai-viet/r.csv: status 404');
});

test('a server that never answers: timeout after the given silence', async () => {
  const e = await rejection(fetchResults('r.csv', {base: BASE, timeoutMs: 30, fetch: answering(null, {}, 10_000)}));
  assert.deepEqual([e.code, e.status], ['timeout', 30]);
});

test('a server that stops in the middle of the body: timeout too', async () => {
  const stalled = (async (_u: RequestInfo | URL, options?: RequestInit) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([1]));
          options?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      }),
    )) as typeof fetch;
  const e = await rejection(fetchResults('r.csv', {base: BASE, timeoutMs: 30, fetch: stalled}));
  assert.equal(e.code, 'timeout');
});

test('a network failure, an abort by the caller', async () => {
  const failing = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  const net = await rejection(fetchResults('r.csv', {base: BASE, fetch: failing}));
  assert.equal(net.code, 'network');
  assert.ok(net.cause instanceof TypeError);
  const controller = new AbortController();
  const p = fetchResults('r.csv', {base: BASE, signal: controller.signal, fetch: answering(null, {}, 10_000)});
  controller.abort();
  assert.equal((await rejection(p)).code, 'aborted');
  assert.equal((await rejection(fetchResults('r.csv', {base: BASE, signal: controller.signal}))).code, 'aborted');
});

test('too large: by Content-Length before reading, or while reading', async () => {
  const declared = await rejection(
    fetchResults('r.csv', {
      base: BASE,
      maxBytes: 10,
      fetch: answering([new Uint8Array(4)], {headers: {'content-length': '100'}}),
    }),
  );
  assert.deepEqual([declared.code, declared.status], ['too-large', 100]);
  const streamed = await rejection(
    fetchResults('r.csv', {base: BASE, maxBytes: 10, fetch: answering([new Uint8Array(6), new Uint8Array(6)])}),
  );
  assert.deepEqual([streamed.code, streamed.status], ['too-large', 12]);
});

test('every error code has a message in both languages, without English in the Vietnamese one', () => {
  const codes: ResultsFetchErrorCode[] = ['http', 'timeout', 'network', 'too-large', 'aborted'];
  assert.deepEqual(Object.keys(RESULT_MESSAGES.vi.fetch).sort(), [...codes].sort());
  assert.equal(RESULT_MESSAGES.vi.fetch.http({status: 404}), 'không tìm thấy tệp (lỗi 404)');
  assert.equal(RESULT_MESSAGES.en.fetch.http({status: 500}), 'the server answered with error 500');
  assert.equal(RESULT_MESSAGES.vi.fetch.timeout({status: 15000}), 'máy chủ không trả lời sau 15 giây');
  assert.equal(RESULT_MESSAGES.en.fetch.timeout({status: 15000}), 'the server did not answer within 15 seconds');
  assert.equal(describeFetchError('vi', {code: 'too-large'}), 'tệp quá lớn (tối đa 50 MB)');
  for (const code of codes)
    assert.doesNotMatch(RESULT_MESSAGES.vi.fetch[code]({status: 1}), /\b(the|not|file|error|server|HTTP|Failed)\b/);
});
