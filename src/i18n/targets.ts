/**
 * The targets reader's messages in Vietnamese and English: what is wrong with a targets file given by the page
 * (src/data/targets/input.ts), per issue code, and where. The codes it shares with results files are worded by
 * src/i18n/results.ts, except those that name a results file's columns or contents. Loaded with the reader, never
 * on a page without `targets`. Vietnamese text is NFC and holds no English.
 */
import {RESULT_MESSAGES, describeFetchError, issuePlace, type IssueText} from './results.js';
import type {Lang} from './index.js';
import type {TargetIssue, TargetOnlyIssueCode} from '../data/targets/input.js';
import type {ResultIssueCode} from '../data/read/issues.js';

export {describeFetchError};

type Own = TargetOnlyIssueCode | 'missing_column' | 'not_array' | 'not_object' | 'empty' | 'required' | 'duplicate';

const vi: Record<Own, (i: IssueText) => string> = {
  bad_comparator: ({value}) =>
    `"${value}" không phải cách so sánh (cần >=, >, =, <=, range, hoặc "ít nhất", "trên", "khoảng", "không quá", "từ … đến")`,
  bad_measure: ({value}) =>
    `"${value}" không phải đơn vị đo (cần percent hoặc %, count, per_month hoặc lần/tháng, per_year hoặc lần/năm, annual_change_percent hoặc %/năm)`,
  bad_year: ({value}) => `"${value}" không phải năm (cần bốn chữ số, từ 1990 đến 2100)`,
  bad_recurrence: ({value}) =>
    `"${value}" không phải cách lặp (cần once hoặc để trống, annual hoặc "hằng năm", continuous hoặc "duy trì")`,
  no_max: () => 'chỉ tiêu dạng khoảng (range) cần giá trị tối đa ở cột value_max',
  max_below: ({value, expected}) => `giá trị tối đa "${value}" nhỏ hơn giá trị tối thiểu ${expected}`,
  max_not_range: ({value, expected}) =>
    expected
      ? `có giá trị tối đa "${value}" nhưng cách so sánh là "${expected}": giá trị tối đa chỉ dùng cho khoảng (range)`
      : `cột value đã ghi một khoảng, nên bỏ trống value_max (đang có "${value}")`,
  bad_span: ({value}) => `"${value}" không phải thời kỳ của kế hoạch (cần "2021-2025" hoặc một năm "2026")`,
  missing_column: ({column}) => `thiếu cột ${column ?? ''}: dòng tiêu đề cần cột label (chỉ tiêu) và cột value`,
  not_array: () =>
    'JSON phải là một mảng các chỉ tiêu, hoặc {"title": …, "targets": [...]}, hoặc {"plans": [{…, "targets": [...]}]}',
  not_object: () => 'mục này không phải một đối tượng {"label": …, "value": …, "quote": …}',
  empty: () => 'tệp trống (cần dòng tiêu đề và các dòng chỉ tiêu)',
  required: ({column, expected}) =>
    column === 'quote'
      ? 'ô trống: cần câu nguyên văn trong kế hoạch nêu chỉ tiêu này'
      : column === 'target_year'
        ? 'ô trống: cần năm phải đạt (hoặc thời kỳ của kế hoạch, ở cột plan_span hay thuộc tính plan-span)'
        : expected
          ? `ô trống (cần một trong: ${expected})`
          : 'ô trống (cần có giá trị)',
  duplicate: ({value, expected, kind}) =>
    `${kind === 'json' ? 'mục' : 'dòng'} ${expected} đã có chỉ tiêu "${value}" với cùng mức và năm; ${kind === 'json' ? 'mục' : 'dòng'} này bị bỏ qua`,
};

const en: Record<Own, (i: IssueText) => string> = {
  bad_comparator: ({value}) =>
    `"${value}" is not a comparison (expected >=, >, =, <=, range, or "ít nhất", "trên", "khoảng", "không quá", "từ … đến")`,
  bad_measure: ({value}) =>
    `"${value}" is not a measure (expected percent or %, count, per_month, per_year or annual_change_percent)`,
  bad_year: ({value}) => `"${value}" is not a year (expected four digits, 1990 to 2100)`,
  bad_recurrence: ({value}) => `"${value}" is not a recurrence (expected once or empty, annual, or continuous)`,
  no_max: () => 'a range target needs its upper bound in value_max',
  max_below: ({value, expected}) => `the upper bound "${value}" is below the lower bound ${expected}`,
  max_not_range: ({value, expected}) =>
    expected
      ? `an upper bound "${value}" is given but the comparison is "${expected}": an upper bound is only for a range`
      : `the value column already gives a range, so leave value_max empty (it holds "${value}")`,
  bad_span: ({value}) => `"${value}" is not a plan period (expected "2021-2025" or one year such as "2026")`,
  missing_column: ({column}) => `column ${column ?? ''} is missing: the header row needs label and value`,
  not_array: () =>
    'the JSON must be an array of targets, or {"title": …, "targets": [...]}, or {"plans": [{…, "targets": [...]}]}',
  not_object: () => 'this item is not an object {"label": …, "value": …, "quote": …}',
  empty: () => 'the file is empty (expected a header row and rows of targets)',
  required: ({column, expected}) =>
    column === 'quote'
      ? 'is empty: the sentence of the plan that states this target is required, word for word'
      : column === 'target_year'
        ? "is empty: the year it is due is required (or the plan's period, in plan_span or the plan-span attribute)"
        : expected
          ? `is empty (expected one of: ${expected})`
          : 'is empty (a value is required)',
  duplicate: ({value, expected, kind}) =>
    `${kind === 'json' ? 'item' : 'line'} ${expected} already has the target "${value}" with the same figure and year; this ${kind === 'json' ? 'item' : 'row'} is left out`,
};

const OWN: Record<Lang, Record<Own, (i: IssueText) => string>> = {vi, en};

/**
 * One problem of a targets file in a language: where ("plan.csv dòng 4, cột value"; an attribute such as
 * "plan-date" by its name), what, and both as one message.
 */
export function describeIssue(lang: Lang, i: TargetIssue): {where: string; problem: string; message: string} {
  const where = issuePlace(lang, i);
  const own = OWN[lang][i.code as Own];
  const problem = own ? own(i) : RESULT_MESSAGES[lang].issue[i.code as ResultIssueCode](i);
  return {where, problem, message: `${where}: ${problem}`};
}
