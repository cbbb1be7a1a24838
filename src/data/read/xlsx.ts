/**
 * Reads one sheet of an .xlsx workbook into rows of cells: numbers as numbers (with what their format says: a date,
 * a percentage), text from the shared strings table or inline, formula results as cached by the program that saved
 * the file. Loaded only when a workbook arrives (a chunk of its own in the drop-in build).
 *
 * The zip is opened with fflate's `unzipSync` (pure JavaScript: no eval, no Worker, no DOM), only the parts needed
 * are inflated, and each is refused above {@link MAX_PART_BYTES} so that a zip bomb cannot exhaust memory.
 */
import {unzipSync, type UnzipFileInfo} from 'fflate';
import {columnIndex, type Cell, type RawRow} from './cells.js';
import {excelSerialDate} from './numbers.js';
import type {Clock, Work} from './slice.js';
import {TAG, attribute, attributes, elements, stringItemText, unescapeOoxml, unescapeXml} from './xml.js';

/** Largest uncompressed part (sheet, shared strings) read: 200 MB, some 2 million rows of results. */
export const MAX_PART_BYTES = 200_000_000;

export type WorkbookRead =
  | {ok: true; sheet: string; sheets: string[]; rows: RawRow[]}
  | {
      ok: false;
      code: 'bad_workbook' | 'no_sheet' | 'unsupported_file' | 'file_too_large';
      value: string;
      expected: string;
    };

const decoder = new TextDecoder('utf-8');

/** Excel's built-in number formats that show a date (14-17, 22; 27-36 and 50-58 in East Asian locales). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_PERCENT = new Set([9, 10]);

/** What a number format code shows: a date (d, m with y, y), a percentage (%), or a plain number. */
export function formatKind(code: string): 'date' | 'percent' | 'number' {
  // Drop quoted text, escaped characters, and bracketed parts ([Red], [$-42A] locale, [h] elapsed hours).
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  const first = bare.split(';')[0];
  if (/[dy]/i.test(first)) return 'date';
  if (first.includes('%')) return 'percent';
  return 'number';
}

/** Reads `sheetName` (or the first visible sheet) of a workbook. */
export function* readWorkbook(bytes: Uint8Array, sheetName: string | undefined, clock: Clock): Work<WorkbookRead> {
  const names = new Map<string, UnzipFileInfo>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.set(f.name, f);
        return false;
      },
    });
  } catch {
    return {ok: false, code: 'bad_workbook', value: '', expected: ''};
  }
  const find = (path: string) => {
    if (names.has(path)) return path;
    const lower = path.toLowerCase();
    for (const n of names.keys()) if (n.toLowerCase() === lower) return n;
    return undefined;
  };
  // Which document the zip holds: the package relationships name it; an OpenDocument file says so in "mimetype".
  const parts = new Map<string, string>();
  const read = (paths: (string | undefined)[]): WorkbookRead | null => {
    const wanted = new Set(paths.filter((p): p is string => !!p && !parts.has(p)));
    if (!wanted.size) return null;
    for (const p of wanted)
      if (names.get(p)!.originalSize > MAX_PART_BYTES)
        return {
          ok: false,
          code: 'file_too_large',
          value: String(Math.ceil(names.get(p)!.originalSize / 1e6)),
          expected: String(MAX_PART_BYTES / 1e6),
        };
    try {
      const files = unzipSync(bytes, {filter: (f) => wanted.has(f.name)});
      for (const [name, data] of Object.entries(files)) parts.set(name, decoder.decode(data));
    } catch {
      return {ok: false, code: 'bad_workbook', value: '', expected: ''};
    }
    return null;
  };
  const rootRels = find('_rels/.rels');
  const mimetype = find('mimetype');
  let failed = read([rootRels, mimetype]);
  if (failed) return failed;
  if (mimetype && /opendocument/.test(parts.get(mimetype) ?? ''))
    return {ok: false, code: 'unsupported_file', value: 'ods', expected: ''};
  const officeDoc = elements(parts.get(rootRels ?? '') ?? '', 'Relationship').find((r) =>
    /\/officeDocument$/.test(r.Type ?? ''),
  );
  const workbookPath = find(resolvePath('', officeDoc?.Target ?? 'xl/workbook.xml'));
  if (!workbookPath) {
    const word = find('word/document.xml') ? 'docx' : '';
    return word
      ? {ok: false, code: 'unsupported_file', value: word, expected: ''}
      : {ok: false, code: 'bad_workbook', value: '', expected: ''};
  }
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = find(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
  failed = read([workbookPath, relsPath]);
  if (failed) return failed;
  const workbook = parts.get(workbookPath)!;
  const rels = new Map(elements(parts.get(relsPath ?? '') ?? '', 'Relationship').map((r) => [r.Id, r]));
  const date1904 = elements(workbook, 'workbookPr').some((w) => w.date1904 === '1' || w.date1904 === 'true');
  const sheets = elements(workbook, 'sheet');
  const sheetNames = sheets.map((s) => s.name ?? '');
  const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
  let chosen: Record<string, string> | undefined;
  if (sheetName !== undefined && sheetName !== '') {
    chosen = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => norm(s.name ?? '') === norm(sheetName));
    if (!chosen) return {ok: false, code: 'no_sheet', value: sheetName, expected: sheetNames.join(', ')};
  } else chosen = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  const rel = chosen && rels.get(chosen.id);
  const sheetPath = rel && find(resolvePath(dir, rel.Target));
  if (!sheetPath) return {ok: false, code: 'bad_workbook', value: '', expected: ''};

  // Shared strings and styles, by the workbook's relationships (with the usual names as a fallback).
  const relOf = (type: string) => [...rels.values()].find((r) => r.Type?.endsWith(`/${type}`));
  const stringsRel = relOf('sharedStrings');
  const stylesRel = relOf('styles');
  const stringsPath = find(stringsRel ? resolvePath(dir, stringsRel.Target) : `${dir}sharedStrings.xml`);
  const stylesPath = find(stylesRel ? resolvePath(dir, stylesRel.Target) : `${dir}styles.xml`);
  failed = read([sheetPath, stringsPath, stylesPath]);
  if (failed) return failed;
  yield* pause(clock);

  const strings = sharedStrings(parts.get(stringsPath ?? '') ?? '');
  const styles = styleKinds(parts.get(stylesPath ?? '') ?? '');
  const rows = yield* sheetRows(parts.get(sheetPath) ?? '', strings, styles, date1904, clock);
  return {ok: true, sheet: chosen.name ?? '', sheets: sheetNames, rows};
}

function* pause(clock: Clock): Work<void> {
  if (clock.due()) yield;
}

/** A relationship target resolved against the folder of its source part ("/xl/…" is from the package root). */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let k = xml.indexOf('<si'); k >= 0;) {
    const open = xml.indexOf('>', k);
    if (xml[open - 1] === '/') {
      out.push('');
      k = xml.indexOf('<si', open);
      continue;
    }
    const end = xml.indexOf('</si>', open);
    if (end < 0) break;
    out.push(stringItemText(xml.slice(open + 1, end)));
    k = xml.indexOf('<si', end);
  }
  return out;
}

/** For each cell style (index into cellXfs), what its number format shows. */
function styleKinds(xml: string): ('date' | 'percent' | 'number')[] {
  const custom = new Map(elements(xml, 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode ?? '']));
  const start = xml.search(/<(?:\w+:)?cellXfs[\s>]/);
  if (start < 0) return [];
  const end = xml.search(/<\/(?:\w+:)?cellXfs>/);
  return elements(xml.slice(start, end < 0 ? undefined : end), 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    if (custom.has(id)) return formatKind(custom.get(id)!);
    if (BUILTIN_DATES.has(id)) return 'date';
    if (BUILTIN_PERCENT.has(id)) return 'percent';
    return 'number';
  });
}

/** The rows of a worksheet's sheetData, with the cells at their column positions ('' where none). */
function* sheetRows(
  xml: string,
  strings: string[],
  styles: ('date' | 'percent' | 'number')[],
  date1904: boolean,
  clock: Clock,
): Work<RawRow[]> {
  const rows: RawRow[] = [];
  const re = new RegExp(TAG.source, 'g');
  const start = xml.search(/<(?:\w+:)?sheetData[\s>/]/);
  if (start < 0) return rows;
  re.lastIndex = start;
  let line = 0;
  let cells: Cell[] | null = null;
  let col = -1;
  let type = '';
  let style = 0;
  let value: string | null = null;
  let inline = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, name, attrs, self] = m;
    if (name === 'c') {
      if (close) {
        if (cells && value !== null) cells[col] = cellValue(value, type, style);
        continue;
      }
      const ref = attribute(attrs, 'r');
      col = ref ? columnIndex(ref) : col + 1;
      type = attribute(attrs, 't') ?? 'n';
      style = Number(attribute(attrs, 's') ?? 0);
      value = null;
      inline = -1;
    } else if (name === 'v' && !close) {
      if (self) continue;
      const end = xml.indexOf('<', re.lastIndex);
      value = xml.slice(re.lastIndex, end);
    } else if (name === 'is') {
      if (!close && !self) inline = re.lastIndex;
      else if (close && inline >= 0) {
        value = stringItemText(xml.slice(inline, m.index));
        type = 'inlineStr';
      }
    } else if (name === 'row') {
      if (close) {
        if (cells && cells.some((c) => c !== '')) rows.push({line, cells});
        cells = null;
        if (clock.due()) {
          const at = re.lastIndex;
          yield;
          re.lastIndex = at;
        }
        continue;
      }
      const r = attribute(attrs, 'r');
      line = r ? Number(r) : line + 1;
      cells = [];
      col = -1;
      if (self) cells = null;
    } else if (name === 'sheetData' && (close || self)) break;
  }
  // Cells are set at their column: fill the holes.
  for (const r of rows) for (let k = 0; k < r.cells.length; k++) if (r.cells[k] === undefined) r.cells[k] = '';
  return rows;

  function cellValue(v: string, t: string, s: number): Cell {
    switch (t) {
      case 's':
        return strings[Number(v)] ?? '';
      case 'inlineStr':
        return v;
      case 'str':
        return unescapeOoxml(unescapeXml(v));
      case 'b':
        return v === '1' ? 'TRUE' : 'FALSE';
      case 'e':
        return {error: unescapeXml(v)};
      case 'd': {
        const date = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
        return {num: NaN, format: 'date', date};
      }
      default: {
        const num = Number(v);
        const format = styles[s] ?? 'number';
        return format === 'date' ? {num, format, date: excelSerialDate(num, date1904)} : {num, format};
      }
    }
  }
}

// For tests: the attribute reader of the hot path agrees with the general one.
export const _internal = {attributes, resolvePath};
