/**
 * The rows shown as an Excel workbook (`.xlsx`), beside the CSV: no separator or decimal mark to guess, so it opens
 * the same in Excel on a Vietnamese Windows, LibreOffice and Google Sheets. Numbers are number cells, full dates date
 * cells (shown in the reader's own date format), every text an inline string — never a formula, whatever it begins
 * with. Sheet 1 is the table (`rowsTable`, the CSV's columns: a filled-in copy reads back as a results file); sheet 2
 * says what it is: the chart's title, its sources, the dataset's version and licence, the address, the day.
 * Written here rather than with a workbook library: the parts are a few lines of XML (ECMA-376), zipped by fflate,
 * which the image exports already load.
 */
import {zipSync, strToU8} from 'fflate';
import type {TableCell} from './sources.js';
import {formatDate} from '../i18n/index.js';

export interface Workbook {
  /** Sheets in order: a name (at most 31 characters, none of `[]:*?/\`), column titles, rows. */
  sheets: {name: string; columns: string[]; cells: TableCell[][]; widths?: number[]; filter?: boolean}[];
}

// XML 1.0 has no place for most control characters: a cell with one (pasted from a PDF) is written without it.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xml = (s: string) =>
  s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "A", "B", …, "Z", "AA": the column letters of a 0-based index. */
export function columnName(k: number): string {
  let s = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's serial day of an ISO date (1900 date system; every date here is after 1 March 1900). */
export function serialDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

// Styles: 0 plain, 1 a date (built-in format 14, the reader's short date), 2 the header (bold), 3 text that wraps.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>`;

function cellXml(ref: string, c: TableCell, header: boolean): string {
  if (c === null || c === '') return '';
  if (typeof c === 'number') return Number.isFinite(c) ? `<c r="${ref}"><v>${c}</v></c>` : '';
  // A full date is a date cell; a year or a month ("2017", "2025-12") stays as the source gives it.
  if (typeof c === 'object')
    return /^\d{4}-\d{2}-\d{2}$/.test(c.date)
      ? `<c r="${ref}" s="1"><v>${serialDay(c.date)}</v></c>`
      : cellXml(ref, formatDate('vi', c.date), false);
  const s = header ? 2 : c.length > 60 ? 3 : 0;
  const space = /^\s|\s$/.test(c) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t${space}>${xml(c)}</t></is></c>`;
}

function sheetXml(sheet: Workbook['sheets'][number]): string {
  const rows = [sheet.columns, ...sheet.cells];
  const last = `${columnName(Math.max(0, sheet.columns.length - 1))}${rows.length}`;
  const cols = (sheet.widths ?? sheet.columns.map((t) => Math.min(60, Math.max(10, t.length + 2))))
    .map((w, k) => `<col min="${k + 1}" max="${k + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const data = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((c, k) => cellXml(`${columnName(k)}${r + 1}`, c, r === 0)).join('')}</row>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<dimension ref="A1:${last}"/>` +
    // The header row stays in view while scrolling.
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${data}</sheetData>` +
    (sheet.filter && sheet.cells.length ? `<autoFilter ref="A1:${last}"/>` : '') +
    `</worksheet>`
  );
}

/** A sheet's name as Excel takes it: without `[]:*?/\`, at most 31 characters. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** The bytes of an `.xlsx` file of these sheets. */
export function xlsxBytes(book: Workbook): Uint8Array {
  const n = book.sheets.length;
  const ids = book.sheets.map((_, k) => k + 1);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${ids
        .map(
          (k) =>
            `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${book.sheets
        .map((s, k) => `<sheet name="${xml(sheetName(s.name))}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`)
        .join('')}</sheets>${
        // The autofilters' ranges, as Excel itself names them.
        book.sheets.some((s) => s.filter && s.cells.length)
          ? `<definedNames>${book.sheets
              .map((s, k) =>
                s.filter && s.cells.length
                  ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${k}" hidden="1">'${xml(sheetName(s.name)).replace(/'/g, "''")}'!$A$1:$${columnName(s.columns.length - 1)}$${s.cells.length + 1}</definedName>`
                  : '',
              )
              .join('')}</definedNames>`
          : ''
      }</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids
        .map(
          (k) =>
            `<Relationship Id="rId${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  book.sheets.forEach((s, k) => (files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, {level: 6});
}
