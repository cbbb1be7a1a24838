// Ceilings on what an input can make the reader do: rows per input (by address, file or property alike), and the
// total time of a download (a server that sends a byte every few seconds), each said in Vietnamese and English.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fetchResults, MAX_TABLE_ROWS, readResults, ResultsFetchError} from '../../src/data/results-input.js';
import {readTargets} from '../../src/data/targets/input.js';
import {describeFetchError, describeIssue} from '../../src/i18n/results.js';

const ds = {targets: [], units: [], indicators: []};

test('results given as a property with more rows than the limit: one problem naming the count and the limit', async () => {
  const rows = Array.from({length: MAX_TABLE_ROWS + 1}, () => ({target_id: 'x', value: 1}));
  const started = performance.now();
  const r = await readResults(rows, ds);
  assert.ok(performance.now() - started < 500);
  assert.deepEqual(
    r.issues.map((i) => [i.file, i.kind, i.code, i.value, i.expected]),
    [['results', 'json', 'too_many_rows', String(MAX_TABLE_ROWS + 1), String(MAX_TABLE_ROWS)]],
  );
  assert.equal(r.rows.length, 0);
  assert.equal(
    describeIssue('vi', r.issues[0]).message,
    'results: có 250.001 dòng, nhiều hơn 250.000 dòng mà biểu đồ đọc được: hãy chia thành nhiều tệp, hoặc chỉ giữ các dòng cần vẽ',
  );
  assert.match(describeIssue('en', r.issues[0]).message, /250,001 rows, more than the 250,000 the chart reads/);
  // At the limit, every row is read.
  assert.equal((await readResults(rows.slice(1), ds)).issues[0].code, 'unknown_target');
});

test('the same limit for a CSV file and for targets', async () => {
  const csv = 'label,value\n' + 'a,1\n'.repeat(MAX_TABLE_ROWS + 1);
  const t = await readTargets(new TextEncoder().encode(csv), {file: 'plan.csv'});
  assert.deepEqual(
    t.issues.map((i) => [i.file, i.code, i.value]),
    [['plan.csv', 'too_many_rows', String(MAX_TABLE_ROWS + 1)]],
  );
});

test('a download that keeps sending a little, never silent for long: stopped at the total time, said as such', async () => {
  let clock = 0;
  let pulls = 0;
  const trickle = (async (_u: RequestInfo | URL, options?: RequestInit) =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(c) {
          // A byte every 5 s of the pinned clock: never 15 s of silence.
          clock += 5_000;
          pulls++;
          if (options?.signal?.aborted) c.error(new DOMException('aborted', 'AbortError'));
          else c.enqueue(new Uint8Array([65]));
        },
      }),
    )) as typeof fetch;
  let error: unknown;
  try {
    await fetchResults('https://x.example/r.csv', {fetch: trickle, now: () => clock, totalMs: 60_000});
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof ResultsFetchError);
  assert.deepEqual([error.code, error.status, error.detail.limit], ['timeout', 60_000, 'total']);
  assert.ok(pulls <= 14, `${pulls} pieces read`);
  assert.equal(error.message, 'could not load results https://x.example/r.csv: not loaded within 60000 ms');
  assert.equal(
    describeFetchError('vi', error as Parameters<typeof describeFetchError>[1]),
    'tệp chưa tải xong sau 60 giây (thời gian tải tối đa): máy chủ gửi quá chậm',
  );
  assert.equal(
    describeFetchError('en', error as Parameters<typeof describeFetchError>[1]),
    'the file was not downloaded within 60 seconds (the longest a download may take): the server sends too slowly',
  );
});

test('a download that takes longer than the total on the real clock is stopped by its timer too', async () => {
  // The server's timer is stopped however the reader stops (abort or cancel), and after the test in any case: a
  // timer left running keeps the test file's process alive, and the suite never ends.
  const timers: ReturnType<typeof setInterval>[] = [];
  const slow = (async (_u: RequestInfo | URL, options?: RequestInit) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          const t = setInterval(() => {
            try {
              c.enqueue(new Uint8Array([65]));
            } catch {
              clearInterval(t);
            }
          }, 5);
          timers.push(t);
          options?.signal?.addEventListener('abort', () => {
            clearInterval(t);
            c.error(new DOMException('aborted', 'AbortError'));
          });
        },
        cancel() {
          timers.forEach(clearInterval);
        },
      }),
    )) as typeof fetch;
  const started = Date.now();
  try {
    await assert.rejects(
      fetchResults('https://x.example/r.csv', {fetch: slow, totalMs: 60, timeoutMs: 1_000}),
      (e: unknown) => e instanceof ResultsFetchError && e.code === 'timeout' && e.detail.limit === 'total',
    );
  } finally {
    timers.forEach(clearInterval);
  }
  assert.ok(Date.now() - started < 1_000);
});
