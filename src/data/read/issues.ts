/**
 * What can be wrong with a results file. Each issue names where (file, line or item, column, and the cell of a
 * workbook) and what (a code, the value as written, what was expected); src/i18n/index.ts words every code in Vietnamese
 * and English (src/i18n/results.ts, describeIssue).
 */

/** Problems of the whole file: no row is read. */
export type FileIssueCode =
  /**
   * Not UTF-8 and not clearly Windows-1258, which is read (value: 'TCVN3', 'VNI', 'Windows-1258' when it only
   * leads, or '' when unknown); also TCVN3/VNI letters in Unicode text.
   */
  | 'legacy_encoding'
  /** Not a results file (value: 'xls', 'ods', 'docx', 'pdf', 'image', 'html', 'binary'). */
  | 'unsupported_file'
  /** Nothing in it. */
  | 'empty'
  /** A zip that is not a readable .xlsx workbook. */
  | 'bad_workbook'
  /** The sheet asked for (URL fragment, `sheet` option) is not in the workbook (expected: the sheets it has). */
  | 'no_sheet'
  /** A part of the workbook larger than the reader takes (value and expected in MB). */
  | 'file_too_large'
  /** More rows (or JSON items) than the reader takes (value: how many; expected: the limit, MAX_TABLE_ROWS). */
  | 'too_many_rows'
  /** JSON that does not parse (value: the text near the error). */
  | 'json_syntax'
  /** JSON that is neither an array of rows nor {"results": [...]}. */
  | 'not_array'
  /** No header row with the columns needed (column: those missing). */
  | 'missing_column'
  /** The header splits into the columns needed only with another separator (value: it; expected: the one used). */
  | 'wrong_separator'
  /** A workbook whose rows stand in one column, each a line of CSV (value: the first cell). */
  | 'one_column'
  /** A column that may appear once is named twice (column: it). */
  | 'duplicate_column'
  /** A quote opened on this line is never closed: the rest of the file is not read (rows above it are). */
  | 'unclosed_quote'
  /** Kept for compatibility: a syntax error described in `value`. */
  | 'syntax';

/** Problems of one row: the row is left out, the others are read. */
export type RowIssueCode =
  | 'not_number'
  /** "5.300" or "1,234" in a file with no other evidence of its decimal mark (expected: "5300|5.3"). */
  | 'ambiguous_number'
  /** A decimal mark other than the file's (expected: the file's). */
  | 'mixed_decimal'
  /** A fraction where the target counts things. */
  | 'not_integer'
  /** A workbook date in the value column (Excel turns "5/3" into a date). */
  | 'date_in_value'
  /** A workbook cell holding a formula error (#DIV/0!, #REF!…). */
  | 'excel_error'
  /** A workbook cell holding a formula with no calculated value (value: the formula, "=SUM(B6:E6)", or ''). */
  | 'uncalculated_formula'
  /** Above 100 for a percentage. */
  | 'over_100'
  /** Not finite, or above the largest plausible value (expected). */
  | 'too_large'
  | 'negative'
  | 'not_date'
  /** More than a year after today (expected: the latest date taken, ISO). */
  | 'future_date'
  | 'required'
  | 'unknown_target'
  | 'unknown_unit'
  | 'unknown_indicator'
  /** unit_id + indicator_id match several targets (expected: their ids). */
  | 'ambiguous'
  /** A target of a unit the chart does not show (value: the target; expected: the chart's units). */
  | 'other_unit'
  /** A second row for the same target and date (expected: the line of the first, which is kept). */
  | 'duplicate'
  | 'bad_url'
  /** A row with more cells than the header (value: its cells; expected: the header's). */
  | 'field_count'
  /** A JSON item that is not an object. */
  | 'not_object';

export type ResultIssueCode = FileIssueCode | RowIssueCode;

export interface ResultIssue {
  file: string;
  /**
   * CSV/TSV: physical line the row starts on (header = 1). Workbook: row number. JSON: item number (1-based).
   * 0 for the whole file.
   */
  line: number;
  /**
   * How `line` counts: lines of text ('csv': CSV, TSV, and where JSON text does not parse), rows of a sheet
   * ('xlsx'), or items of a JSON array ('json').
   */
  kind: 'csv' | 'xlsx' | 'json';
  /** The column (header name), or '' for the row or file. */
  column: string;
  code: ResultIssueCode;
  /** The value as written (shortened when long). */
  value: string;
  /** What was expected, in a form the messages word per language ('' if nothing to add). */
  expected: string;
  /** Workbooks: the cell, e.g. "C5". */
  cell?: string;
}

export const FILE_ISSUES: ReadonlySet<ResultIssueCode> = new Set<FileIssueCode>([
  'legacy_encoding',
  'unsupported_file',
  'empty',
  'bad_workbook',
  'no_sheet',
  'file_too_large',
  'too_many_rows',
  'json_syntax',
  'not_array',
  'missing_column',
  'wrong_separator',
  'one_column',
  'duplicate_column',
  'unclosed_quote',
  'syntax',
]);
