/**
 * The results reader's messages in Vietnamese and English: what is wrong with a results file (per issue code of
 * src/data/read/issues.ts), where (file, line or item, column, cell), and why a file could not be downloaded (per
 * code of its LoadError). A module of its own, loaded with the reader (`import('./results.js')`): none of it
 * is needed to draw a chart, and inside src/i18n/index.ts it would add 3.3 kB gzip to the first download of every page
 * (budget 40 kB). Vietnamese text is NFC and holds no English.
 */
import {formatDate, formatNumber, type Lang} from './index.js';
import type {ResultIssue, ResultIssueCode} from '../data/read/issues.js';
import type {ResultsFetchErrorCode} from '../data/read/fetch.js';
import type {TextEncoding} from '../data/read/decode.js';

/** What a message may use of its issue. */
export type IssueText = {value: string; expected: string} & Partial<Pick<ResultIssue, 'column' | 'kind'>>;

export interface ResultMessages {
  /** What is wrong, per issue code. */
  issue: Record<ResultIssueCode, (i: IssueText) => string>;
  /** Where, in lines of text or rows of a sheet: "results.csv dòng 3, cột value". */
  line: (file: string, line: number, column: string) => string;
  /** Where, for an item of a JSON array: "results.json mục 3, trường value". */
  item: (file: string, item: number, column: string) => string;
  /** A workbook's cell after the line: " (ô C5)". */
  cell: (ref: string) => string;
  /** Why a results file could not be downloaded, per code of its LoadError. */
  fetch: Record<ResultsFetchErrorCode, (o: {status?: number; limit?: 'silence' | 'total'}) => string>;
}

/** A number as plain digits with the language's decimal mark, no grouping: unambiguous in both ("5300", "5,3"). */
const plain = (lang: Lang, n: string) => (lang === 'vi' ? n.replace('.', ',') : n);

const SEPARATOR_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    ',': 'dấu phẩy (,)',
    ';': 'dấu chấm phẩy (;)',
    '\t': 'dấu tab',
    '|': 'dấu gạch đứng (|)',
    ':': 'dấu hai chấm (:)',
  },
  en: {',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'vertical bar (|)', ':': 'colon (:)'},
};
const separatorName = (lang: Lang, s: string) => SEPARATOR_NAMES[lang][s] ?? `"${s}"`;

const vi: ResultMessages = {
  issue: {
    not_number: ({value}) => `"${value}" không phải là số (cần chữ số, dấu "." hoặc "," thập phân)`,
    not_date: ({value}) => `"${value}" không phải ngày hợp lệ (cần YYYY-MM-DD hoặc dd/mm/yyyy)`,
    required: () => `ô trống (cần có giá trị)`,
    unknown_target: ({value, expected}) => `không có chỉ tiêu "${value}" (ví dụ mã hợp lệ: ${expected})`,
    unknown_unit: ({value, expected}) => `không có đơn vị "${value}" (mã hợp lệ: ${expected})`,
    unknown_indicator: ({value, expected}) => `không có chỉ tiêu "${value}" (mã hợp lệ: ${expected})`,
    ambiguous: ({value, expected}) => `"${value}" ứng với nhiều chỉ tiêu; thêm cột target_id (một trong: ${expected})`,
    missing_column: ({column}) =>
      `thiếu cột ${column ?? ''}: dòng tiêu đề cần cột target_id (hoặc unit_id và indicator_id) và cột value`,
    negative: ({value}) => `"${value}" là số âm (cần số từ 0 trở lên)`,
    bad_url: ({value}) => `"${value}" không phải địa chỉ http(s)`,
    /** Kept for compatibility: the reader no longer emits it. */
    syntax: ({value}) => value,
    not_array: () => `JSON phải là một mảng các dòng kết quả hoặc {"results": [...]}`,
    ambiguous_number: ({value, expected}) => {
      const [a, b] = expected.split('|');
      return `"${value}" có thể là ${plain('vi', a)} hay ${plain('vi', b)} (trong tệp không có số nào khác cho biết dấu nào là dấu thập phân): hãy viết ${plain('vi', a)} hoặc ${plain('vi', b)}`;
    },
    mixed_decimal: ({value, expected}) =>
      `"${value}" dùng dấu "${expected === ',' ? '.' : ','}" làm dấu thập phân, còn các số khác trong tệp dùng dấu "${expected}"`,
    not_integer: ({value}) => `"${value}" không phải số nguyên (chỉ tiêu này đếm số lượng)`,
    date_in_value: ({value}) =>
      `ô chứa ngày ${value}, không phải số: Excel có thể đã tự đổi số thành ngày; hãy định dạng ô là Số (Number) rồi nhập lại`,
    excel_error: ({value}) => `ô có lỗi công thức của Excel (${value})`,
    uncalculated_formula: ({value}) =>
      `ô là công thức${value ? ` ${value}` : ''} chưa được tính (tệp không lưu kết quả của nó): hãy mở tệp bằng Excel rồi lưu lại`,
    over_100: ({value}) => `"${value}" lớn hơn 100% (chỉ tiêu này là tỷ lệ phần trăm)`,
    too_large: ({value, expected}) => `"${value}" quá lớn (không quá ${formatNumber('vi', Number(expected))})`,
    future_date: ({value, expected}) =>
      `ngày "${value}" muộn hơn một năm sau hôm nay (muộn nhất ${formatDate('vi', expected)})`,
    other_unit: ({value, expected}) => `chỉ tiêu "${value}" thuộc đơn vị khác với đơn vị của biểu đồ (${expected})`,
    duplicate: ({value, expected, kind}) =>
      `${kind === 'json' ? 'mục' : 'dòng'} ${expected} đã có kết quả của chỉ tiêu "${value}" cho cùng ngày; ${kind === 'json' ? 'mục' : 'dòng'} này bị bỏ qua`,
    field_count: ({value, expected}) =>
      `dòng có ${value} ô, nhiều hơn ${expected} cột của dòng tiêu đề (số thập phân có dấu phẩy như 72,5 phải đặt trong ngoặc kép: "72,5"; hoặc lưu tệp với dấu chấm phẩy)`,
    not_object: () => `mục này không phải một đối tượng {"target_id": …, "value": …}`,
    legacy_encoding: ({value}) =>
      value === 'TCVN3' || value === 'VNI'
        ? `chữ tiếng Việt trong tệp được gõ bằng bảng mã ${value} (phông ${value === 'TCVN3' ? '.VnTime' : 'VNI-Times'}), không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey), rồi trong Excel chọn Tệp > Lưu như > "CSV UTF-8" (*.csv)`
        : `tệp không ở dạng Unicode UTF-8${value ? ` (có vẻ là bảng mã ${value})` : ''}: trong Excel chọn Tệp > Lưu như, chọn kiểu "CSV UTF-8" (*.csv) hoặc "Sổ làm việc Excel" (*.xlsx), rồi dùng tệp mới`,
    unsupported_file: ({value}) =>
      ({
        xls: 'đây là sổ Excel 97-2003 (.xls): hãy lưu lại thành "Sổ làm việc Excel" (*.xlsx) hoặc "CSV UTF-8" (*.csv)',
        ods: 'đây là bảng tính OpenDocument (.ods): hãy lưu thành .xlsx hoặc "CSV UTF-8" (*.csv)',
        docx: 'đây là văn bản Word, không phải bảng tính: hãy chép bảng sang Excel và lưu thành .xlsx hoặc "CSV UTF-8" (*.csv)',
        html: 'địa chỉ trả về một trang web, không phải tệp kết quả: hãy kiểm tra lại đường dẫn',
        pdf: 'đây là tệp PDF: cần tệp CSV, TSV, Excel (.xlsx) hoặc JSON',
      })[value] ?? 'đây không phải tệp CSV, TSV, Excel (.xlsx) hay JSON',
    empty: () => 'tệp trống (cần dòng tiêu đề và các dòng kết quả)',
    bad_workbook: ({value, expected}) =>
      value === 'size'
        ? `không đọc được sổ Excel: một phần của tệp giải nén ra nhiều hơn kích thước tệp tự khai (${formatNumber('vi', Number(expected))} byte), nên tệp bị hỏng hoặc được làm ra để làm treo trang; đã dừng giải nén`
        : 'không đọc được sổ Excel (tệp hỏng, hoặc không phải .xlsx)',
    no_sheet: ({value, expected}) => `sổ Excel không có trang tính "${value}" (các trang: ${expected})`,
    file_too_large: ({value, expected}) => `tệp quá lớn (${value} MB; tối đa ${expected} MB)`,
    too_many_rows: ({value, expected}) =>
      `có ${formatNumber('vi', Number(value))} dòng, nhiều hơn ${formatNumber('vi', Number(expected))} dòng mà biểu đồ đọc được: hãy chia thành nhiều tệp, hoặc chỉ giữ các dòng cần vẽ`,
    json_syntax: ({value}) => `JSON không hợp lệ gần "${value}"`,
    wrong_separator: ({value, expected}) =>
      `dòng tiêu đề không tách được thành các cột cần có bằng ${separatorName('vi', expected)}, nhưng tách được bằng ${separatorName('vi', value)}${[',', ';', '\t'].includes(value) ? '' : ' (cần dấu phẩy, dấu chấm phẩy hoặc tab để ngăn cách cột)'}`,
    one_column: ({value, expected}) =>
      `cả dòng nằm trong một ô ("${value}"): tệp CSV đã được mở trong Excel mà không tách cột; hãy tải thẳng tệp CSV lên, hoặc trong Excel dùng Dữ liệu > Văn bản thành Cột với ${separatorName('vi', expected)}`,
    duplicate_column: ({column}) => `cột ${column ?? ''} có hai lần trong dòng tiêu đề`,
    unclosed_quote: () => 'dấu ngoặc kép (") mở ở dòng này không được đóng: phần còn lại của tệp không đọc được',
  },
  line: (file, line, column) => (column ? `${file} dòng ${line}, cột ${column}` : `${file} dòng ${line}`),
  item: (file, item, column) => (column ? `${file} mục ${item}, trường ${column}` : `${file} mục ${item}`),
  cell: (ref) => ` (ô ${ref})`,
  fetch: {
    http: ({status}) => (status === 404 ? 'không tìm thấy tệp (lỗi 404)' : `máy chủ trả lời lỗi ${status}`),
    timeout: ({status, limit}) =>
      limit === 'total'
        ? `tệp chưa tải xong sau ${Math.round((status ?? 0) / 1000)} giây (thời gian tải tối đa): máy chủ gửi quá chậm`
        : `máy chủ không trả lời sau ${Math.round((status ?? 0) / 1000)} giây`,
    network: () => 'không kết nối được (lỗi mạng, hoặc máy chủ không cho trang này tải tệp)',
    'too-large': () => 'tệp quá lớn (tối đa 50 MB)',
    aborted: () => 'đã dừng tải',
  },
};

const en: ResultMessages = {
  issue: {
    not_number: ({value}) => `"${value}" is not a number (expected digits with "." or "," as decimal separator)`,
    not_date: ({value}) => `"${value}" is not a valid date (expected YYYY-MM-DD or dd/mm/yyyy)`,
    required: () => `is empty (a value is required)`,
    unknown_target: ({value, expected}) => `there is no target "${value}" (valid ids include: ${expected})`,
    unknown_unit: ({value, expected}) => `there is no unit "${value}" (valid codes: ${expected})`,
    unknown_indicator: ({value, expected}) => `there is no indicator "${value}" (valid ids: ${expected})`,
    ambiguous: ({value, expected}) =>
      `"${value}" matches several targets; add a target_id column (one of: ${expected})`,
    missing_column: ({column}) =>
      `column ${column ?? ''} is missing: the header row needs target_id (or unit_id and indicator_id) and value`,
    negative: ({value}) => `"${value}" is negative (expected 0 or more)`,
    bad_url: ({value}) => `"${value}" is not an http(s) address`,
    /** Kept for compatibility: the reader no longer emits it. */
    syntax: ({value}) => value,
    not_array: () => `the JSON must be an array of result rows or {"results": [...]}`,
    ambiguous_number: ({value, expected}) => {
      const [a, b] = expected.split('|');
      return `"${value}" could be ${plain('en', a)} or ${plain('en', b)} (no other number in the file shows which mark is the decimal one): write ${plain('en', a)} or ${plain('en', b)}`;
    },
    mixed_decimal: ({value, expected}) =>
      `"${value}" uses "${expected === ',' ? '.' : ','}" as the decimal mark, while the other numbers in the file use "${expected}"`,
    not_integer: ({value}) => `"${value}" is not a whole number (this target counts things)`,
    date_in_value: ({value}) =>
      `the cell holds a date (${value}), not a number: Excel may have turned the number into a date; format the cell as Number and type it again`,
    excel_error: ({value}) => `the cell holds an Excel formula error (${value})`,
    uncalculated_formula: ({value}) =>
      `the cell is a formula${value ? ` (${value})` : ''} with no calculated value (the file does not store its result): open the file in Excel and save it again`,
    over_100: ({value}) => `"${value}" is above 100% (this target is a percentage)`,
    too_large: ({value, expected}) => `"${value}" is too large (at most ${formatNumber('en', Number(expected))})`,
    future_date: ({value, expected}) =>
      `"${value}" is more than a year after today (latest accepted: ${formatDate('en', expected)})`,
    other_unit: ({value, expected}) => `target "${value}" belongs to another unit than the chart's (${expected})`,
    duplicate: ({value, expected, kind}) =>
      `${kind === 'json' ? 'item' : 'line'} ${expected} already has a result for target "${value}" on the same date; this ${kind === 'json' ? 'item' : 'row'} is left out`,
    field_count: ({value, expected}) =>
      `the row has ${value} cells, more than the ${expected} columns of the header (a decimal comma such as 72,5 must be quoted: "72,5"; or save the file with semicolons)`,
    not_object: () => `this item is not an object {"target_id": …, "value": …}`,
    legacy_encoding: ({value}) =>
      value === 'TCVN3' || value === 'VNI'
        ? `the Vietnamese text was typed in the legacy ${value} encoding (${value === 'TCVN3' ? '.VnTime' : 'VNI-Times'} fonts), not Unicode: convert it to Unicode (e.g. with UniKey's converter), then in Excel choose File > Save As > "CSV UTF-8" (*.csv)`
        : `the file is not in Unicode UTF-8${value ? ` (it looks like ${value})` : ''}: in Excel choose File > Save As and the type "CSV UTF-8" (*.csv) or "Excel Workbook" (*.xlsx), then use the new file`,
    unsupported_file: ({value}) =>
      ({
        xls: 'this is an Excel 97-2003 workbook (.xls): save it as "Excel Workbook" (*.xlsx) or "CSV UTF-8" (*.csv)',
        ods: 'this is an OpenDocument spreadsheet (.ods): save it as .xlsx or "CSV UTF-8" (*.csv)',
        docx: 'this is a Word document, not a spreadsheet: copy the table into Excel and save it as .xlsx or "CSV UTF-8" (*.csv)',
        html: 'the address returned a web page, not a results file: check the address',
        pdf: 'this is a PDF file: expected CSV, TSV, Excel (.xlsx) or JSON',
      })[value] ?? 'this is not a CSV, TSV, Excel (.xlsx) or JSON file',
    empty: () => 'the file is empty (expected a header row and rows of results)',
    bad_workbook: ({value, expected}) =>
      value === 'size'
        ? `the Excel workbook cannot be read: a part of it inflates to more than the size it declares (${formatNumber('en', Number(expected))} bytes), so the file is damaged or made to hang the page; inflating was stopped`
        : 'the Excel workbook cannot be read (the file is damaged, or not an .xlsx)',
    no_sheet: ({value, expected}) => `the workbook has no sheet "${value}" (sheets: ${expected})`,
    file_too_large: ({value, expected}) => `the file is too large (${value} MB; at most ${expected} MB)`,
    too_many_rows: ({value, expected}) =>
      `there are ${formatNumber('en', Number(value))} rows, more than the ${formatNumber('en', Number(expected))} the chart reads: split them into several files, or keep only the rows to draw`,
    json_syntax: ({value}) => `invalid JSON near "${value}"`,
    wrong_separator: ({value, expected}) =>
      `the header row does not split into the columns needed with ${separatorName('en', expected)}, but does with ${separatorName('en', value)}${[',', ';', '\t'].includes(value) ? '' : ' (columns must be separated by commas, semicolons or tabs)'}`,
    one_column: ({value, expected}) =>
      `the whole row is in one cell ("${value}"): a CSV file was opened in Excel without splitting its columns; upload the CSV file itself, or in Excel use Data > Text to Columns with the ${separatorName('en', expected)} separator`,
    duplicate_column: ({column}) => `column ${column ?? ''} appears twice in the header row`,
    unclosed_quote: () => 'a quote (") opened on this line is never closed: the rest of the file could not be read',
  },
  line: (file, line, column) => (column ? `${file} line ${line}, column ${column}` : `${file} line ${line}`),
  item: (file, item, column) => (column ? `${file} item ${item}, field ${column}` : `${file} item ${item}`),
  cell: (ref) => ` (cell ${ref})`,
  fetch: {
    http: ({status}) =>
      status === 404 ? 'the file was not found (error 404)' : `the server answered with error ${status}`,
    timeout: ({status, limit}) =>
      limit === 'total'
        ? `the file was not downloaded within ${Math.round((status ?? 0) / 1000)} seconds (the longest a download may take): the server sends too slowly`
        : `the server did not answer within ${Math.round((status ?? 0) / 1000)} seconds`,
    network: () => 'could not connect (network error, or the server does not let this page load the file)',
    'too-large': () => 'the file is too large (at most 50 MB)',
    aborted: () => 'loading was stopped',
  },
};

export const RESULT_MESSAGES: Record<Lang, ResultMessages> = {vi, en};

const ENCODING_NAMES: Record<Lang, Record<TextEncoding, string>> = {
  vi: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (BOM)',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'windows-1258': 'bảng mã Windows-1258 (Excel trên Windows tiếng Việt)',
  },
  en: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (BOM)',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'windows-1258': 'the Windows-1258 code page (Excel on a Vietnamese Windows)',
  },
};

/**
 * The encoding a text file was read in (its reader's `info.encoding`), in words for "Đọc như: CSV, …": "UTF-8 (BOM)",
 * "bảng mã Windows-1258 (Excel trên Windows tiếng Việt)".
 */
export const encodingName = (lang: Lang, encoding: TextEncoding): string => ENCODING_NAMES[lang][encoding];

/** Codes of problems of a whole file: their column, if any, is in the text, not in the place. */
const FILE_LEVEL = new Set<string>(['missing_column', 'duplicate_column', 'wrong_separator', 'one_column']);

/**
 * Where a problem of a results or targets file is, in a language: "results.csv dòng 3, cột value", "ket-qua.xlsx
 * dòng 5, cột value (ô C5)", "results mục 2, trường value", or the file alone for the whole file.
 */
export function issuePlace(
  lang: Lang,
  i: Pick<ResultIssue, 'file' | 'line' | 'kind' | 'column' | 'cell'> & {code: string},
): string {
  const m = RESULT_MESSAGES[lang];
  const column = FILE_LEVEL.has(i.code) ? '' : i.column;
  if (!i.line) return i.file;
  return i.kind === 'json'
    ? m.item(i.file, i.line, column)
    : m.line(i.file, i.line, column) + (i.cell ? m.cell(i.cell) : '');
}

/**
 * One problem of a results file in a language: where (`issuePlace`), what ('"7O" không phải là số…'), and both as
 * one message.
 */
export function describeIssue(lang: Lang, i: ResultIssue): {where: string; problem: string; message: string} {
  const where = issuePlace(lang, i);
  const problem = RESULT_MESSAGES[lang].issue[i.code](i);
  return {where, problem, message: `${where}: ${problem}`};
}

/** Why a file could not be downloaded, from its LoadError's code, status and (a timeout) limit. */
export function describeFetchError(
  lang: Lang,
  e: {code: ResultsFetchErrorCode; status?: number; detail?: {limit?: 'silence' | 'total'}},
): string {
  return RESULT_MESSAGES[lang].fetch[e.code]({status: e.status, limit: e.detail?.limit});
}
