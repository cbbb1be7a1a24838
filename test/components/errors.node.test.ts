// The one error path (src/components/errors.ts): every kind of failure becomes a message in the reader's language
// and a plan-chart-error detail. English messages carry no Vietnamese.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {errorDetail, langError, resultsIssuesDetail} from '../../src/components/errors.js';
import * as text from '../../src/i18n/results.js';
import {LoadError} from '../../src/data/load-error.js';
import {resolveRequest} from '../../src/data/request.js';
import {readResultsSync} from '../../src/data/results-input.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const ds = checkDataset(readCheckInput()).dataset!;
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const requestError = (a: Parameters<typeof resolveRequest>[1]) => {
  const r = resolveRequest(ds, a);
  assert.equal(r.ok, false);
  return (r as {error: unknown}).error;
};
const issuesOf = (csv: string) => readResultsSync(csv, ds, {file: 'results.csv', today: '2026-11-30'}).issues;

describe('attributes', () => {
  test('an unknown unit names the value and the valid ones', () => {
    const d = errorDetail(requestError({unit: 'quang-tri-x'}), {lang: 'en', ds});
    assert.equal(d.code, 'unknown-unit');
    assert.equal(d.value, 'quang-tri-x');
    assert.match(d.message, /^There is no unit "quang-tri-x"\. Units in the dataset: VN \(viet-nam\), /);
  });

  test('a unit without any plan, and a period without a plan', () => {
    assert.equal(
      errorDetail(requestError({unit: '04'}), {lang: 'vi', ds}).message,
      'Bộ dữ liệu chưa có kế hoạch nào của Tỉnh Cao Bằng.',
    );
    assert.equal(
      errorDetail(requestError({unit: '04'}), {lang: 'en', ds}).message,
      'The dataset has no plan of Cao Bang province yet.',
    );
    const d = errorDetail(requestError({unit: 'bac-kan', period: '2016-2020'}), {lang: 'vi', ds});
    assert.equal(d.code, 'no-plan');
    assert.equal(d.message, 'Tỉnh Bắc Kạn không có kế hoạch giai đoạn 2016-2020. Giai đoạn có kế hoạch: 2021-2025.');
  });

  test('an unsupported language', () => {
    assert.deepEqual(langError('fr'), {
      code: 'unknown-lang',
      message: 'Ngôn ngữ "fr" không được hỗ trợ; dùng vi hoặc en.',
      value: 'fr',
      valid: ['vi', 'en'],
    });
  });
});

describe('files', () => {
  test('each load problem is worded in both languages, English without Vietnamese', () => {
    const cases: [LoadError, string][] = [
      [new LoadError('dataset', 'invalid-url', 'mailto:x@y'), 'not an http(s) address the page can load'],
      [
        new LoadError('dataset', 'http', 'https://a.b/d/dataset.json', {status: 404}),
        'the server answered 404 (no file at this address)',
      ],
      [new LoadError('results', 'timeout', 'https://a.b/r.csv'), 'the server did not answer in time'],
      [
        new LoadError('dataset', 'shape', 'https://a.b/x.json', {field: 'targets'}),
        'the file is not a plan-chart dataset ("targets" is missing)',
      ],
      [
        new LoadError('dataset', 'dangling', 'https://a.b/x.json', {field: 'indicator_id', value: 'x.y'}),
        'a target points to indicator_id "x.y", which the file does not have',
      ],
    ];
    for (const [e, problem] of cases) {
      const en = errorDetail(e, {lang: 'en'});
      assert.equal(en.code, e.what);
      assert.ok(en.message.endsWith(problem), en.message);
      assert.doesNotMatch(en.message, VIETNAMESE);
      const vi = errorDetail(e, {lang: 'vi'});
      assert.match(vi.message, /^Không tải được (bộ dữ liệu từ|tệp kết quả) /);
      assert.doesNotMatch(vi.message.replace(e.url, ''), /server|file|answer/);
    }
  });

  test('a results file: the first problem in the message, every problem in the detail, in the reader’s language', () => {
    const issues = issuesOf('target_id,value\nbac-kan-2021-2025:communication.commune_coverage,7O\nnope,5\n');
    const d = resultsIssuesDetail(issues, {lang: 'vi', results: 'results.csv', text});
    assert.equal(d.code, 'results');
    assert.equal(d.value, 'results.csv');
    assert.match(d.message, /^Tệp kết quả có lỗi: results\.csv dòng 2, cột value: "7O" không phải là số/);
    assert.deepEqual(
      d.issues!.map((i) => [i.line, i.column]),
      [
        [2, 'value'],
        [3, 'target_id'],
      ],
    );
    const en = resultsIssuesDetail(issues, {lang: 'en', text});
    assert.match(en.issues![0].message, /^results\.csv line 2, column value: "7O" is not a number/);
    assert.doesNotMatch(en.message, VIETNAMESE);
  });

  test('missing columns, in English, are English', () => {
    const d = resultsIssuesDetail(issuesOf('value;as_of\n70;2025-12-31\n'), {lang: 'en', text});
    assert.doesNotMatch(d.message, VIETNAMESE);
    assert.doesNotMatch(d.message, /hoặc/);
    assert.match(d.message, /target_id/);
  });

  test('a results download that fails is worded by the reader’s messages', () => {
    const e = Object.assign(new Error('x'), {
      name: 'ResultsFetchError',
      code: 'http',
      url: 'https://a.b/r.csv',
      status: 404,
    });
    const vi = errorDetail(e, {lang: 'vi', text});
    assert.equal(vi.code, 'results');
    assert.match(vi.message, /^Không tải được tệp kết quả https:\/\/a\.b\/r\.csv: /);
    assert.doesNotMatch(vi.message, /HTTP|Failed/);
  });
});

test('drawing and exporting failures', () => {
  assert.deepEqual(errorDetail(new Error('boom'), {lang: 'en', during: 'export'}), {
    code: 'export',
    message: 'The file could not be exported: boom',
  });
  assert.equal(errorDetail(new Error('boom'), {lang: 'vi'}).message, 'Lỗi khi vẽ biểu đồ: boom');
});
