/**
 * Reads one sheet of an .xlsx workbook into rows of cells: numbers as numbers (with what their format says: a date,
 * a percentage), text from the shared strings table or inline, formula results as cached by the program that saved
 * the file; a formula with no cached result is a cell of its own ({@link FormulaCell}), never 0 or empty. Loaded only when a workbook arrives (a chunk of its own in the drop-in build).
 *
 * The zip's directory is read by ./zip.ts and only the parts needed are inflated, a slice at a time, with fflate's
 * streaming Inflate (pure JavaScript: no eval, no Worker, no DOM); each part is refused above
 * {@link MAX_PART_BYTES} so that a zip bomb cannot exhaust memory.
 */
import {columnIndex, type Cell, type FormulaCell, type RawRow} from './cells.js';
import {excelSerialDate} from './numbers.js';
import type {Clock, Work} from './slice.js';
import {TAG, attribute, elements, stringItemText, unescapeOoxml, unescapeXml} from './xml.js';
import {entryReader, entryText, zipEntries, ZipSizeError, type ZipEntry} from './zip.js';

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
  const bad: WorkbookRead = {ok: false, code: 'bad_workbook', value: '', expected: ''};
  let names: Map<string, ZipEntry>;
  try {
    names = zipEntries(bytes);
  } catch {
    return bad;
  }
  const find = (path: string) => {
    if (names.has(path)) return path;
    const lower = path.toLowerCase();
    for (const n of names.keys()) if (n.toLowerCase() === lower) return n;
    return undefined;
  };
  const parts = new Map<string, string>();
  function* read(paths: (string | undefined)[]): Work<WorkbookRead | null> {
    for (const p of paths) {
      if (!p || parts.has(p)) continue;
      const entry = names.get(p)!;
      if (entry.size > MAX_PART_BYTES) return tooLarge(entry);
      try {
        parts.set(p, yield* entryText(bytes, entry, clock, MAX_PART_BYTES));
      } catch (e) {
        return inflateFailed(e, bad);
      }
    }
    return null;
  }
  // Which document the zip holds: the package relationships name it; an OpenDocument file says so in "mimetype".
  const rootRels = find('_rels/.rels');
  const mimetype = find('mimetype');
  let failed = yield* read([rootRels, mimetype]);
  if (failed) return failed;
  if (mimetype && /opendocument/.test(parts.get(mimetype) ?? ''))
    return {ok: false, code: 'unsupported_file', value: 'ods', expected: ''};
  const officeDoc = elements(parts.get(rootRels ?? '') ?? '', 'Relationship').find((r) =>
    /\/officeDocument$/.test(r.Type ?? ''),
  );
  const workbookPath = find(resolvePath('', officeDoc?.Target ?? 'xl/workbook.xml'));
  if (!workbookPath) {
    const word = find('word/document.xml') ? 'docx' : '';
    return word ? {ok: false, code: 'unsupported_file', value: word, expected: ''} : bad;
  }
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = find(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
  failed = yield* read([workbookPath, relsPath]);
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
  if (!sheetPath) return bad;

  // Shared strings and styles, by the workbook's relationships (with the usual names as a fallback).
  const relOf = (type: string) => [...rels.values()].find((r) => r.Type?.endsWith(`/${type}`));
  const stringsRel = relOf('sharedStrings');
  const stylesRel = relOf('styles');
  const stringsPath = find(stringsRel ? resolvePath(dir, stringsRel.Target) : `${dir}sharedStrings.xml`);
  const stylesPath = find(stylesRel ? resolvePath(dir, stylesRel.Target) : `${dir}styles.xml`);
  failed = yield* read([stylesPath]);
  if (failed) return failed;
  const styles = styleKinds(parts.get(stylesPath ?? '') ?? '');
  // The shared strings and the sheet, parsed as they are inflated, a few whole elements at a time: a sheet of
  // 200,000 rows is never one string.
  const strings: string[] = [];
  failed = yield* stream(stringsPath, 'si', (xml) => sharedStrings(xml, strings, clock));
  if (failed) return failed;
  const sheet = new SheetParser(strings, styles, date1904, clock);
  failed = yield* stream(sheetPath, 'row', (xml) => sheet.feed(xml));
  if (failed) return failed;
  return {ok: true, sheet: chosen.name ?? '', sheets: sheetNames, rows: sheet.finish()};

  /** Inflates a part and feeds it to `parse` in segments of whole elements, yielding whenever the slice is used up. */
  function* stream(
    path: string | undefined,
    element: string,
    parse: (xml: string) => Work<void>,
  ): Work<WorkbookRead | null> {
    if (!path) return null;
    const entry = names.get(path)!;
    if (entry.size > MAX_PART_BYTES) return tooLarge(entry);
    const queue: string[] = [];
    const pieces = wholeElements(element, (xml) => queue.push(xml));
    try {
      const reader = entryReader(bytes, entry, pieces.push, MAX_PART_BYTES);
      for (let done = false; !done;) {
        done = reader.step();
        if (done) pieces.end();
        while (queue.length) yield* parse(queue.shift()!);
        if (clock.dueNow()) yield;
      }
    } catch (e) {
      return inflateFailed(e, bad);
    }
    return null;
  }
}

/**
 * Why inflating a part stopped: past the reader's limit, the file is too large (the limit said); past the size the
 * part declares, the workbook lies about itself (a zip bomb) and is not read; anything else, it is damaged.
 */
function inflateFailed(e: unknown, bad: WorkbookRead): WorkbookRead {
  if (!(e instanceof ZipSizeError)) return bad;
  if (e.declared) return {ok: false, code: 'bad_workbook', value: 'size', expected: String(e.limit)};
  return {
    ok: false,
    code: 'file_too_large',
    value: String(Math.ceil(e.inflated / 1e6)),
    expected: String(MAX_PART_BYTES / 1e6),
  };
}

const tooLarge = (entry: ZipEntry): WorkbookRead => ({
  ok: false,
  code: 'file_too_large',
  value: String(Math.ceil(entry.size / 1e6)),
  expected: String(MAX_PART_BYTES / 1e6),
});

/**
 * Text arriving in pieces, handed on in segments that end just after the last `</element>` received (an element is
 * never cut), the rest at the end.
 */
export function wholeElements(
  element: string,
  onXml: (xml: string) => void,
): {push: (text: string) => void; end: () => void} {
  let pending = '';
  const closing = `${element}>`;
  const isClose = (k: number) => {
    // "</row>" or "</x:row>": walk back over a prefix to "</".
    let j = k - 1;
    while (j >= 0 && /[\w.:-]/.test(pending[j]) && pending[j] !== '/') j--;
    if (pending[j] !== '/' || pending[j - 1] !== '<') return false;
    return j === k - 1 || pending[k - 1] === ':';
  };
  return {
    push(text: string) {
      pending += text;
      for (let k = pending.lastIndexOf(closing); k > 0; k = pending.lastIndexOf(closing, k - 1)) {
        if (!isClose(k)) continue;
        const cut = k + closing.length;
        onXml(pending.slice(0, cut));
        pending = pending.slice(cut);
        return;
      }
    },
    end() {
      if (pending) onXml(pending);
      pending = '';
    },
  };
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

/** Appends the text of each string item (`<si>`) in `xml` to `out`. */
function* sharedStrings(xml: string, out: string[], clock: Clock): Work<void> {
  for (let k = nextSi(xml, 0); k >= 0;) {
    const open = xml.indexOf('>', k);
    if (xml[open - 1] === '/') {
      out.push('');
      k = nextSi(xml, open);
      continue;
    }
    const end = xml.indexOf('</si>', open);
    if (end < 0) break;
    out.push(stringItemText(xml.slice(open + 1, end)));
    k = nextSi(xml, end);
    if (clock.due()) yield;
  }
}

/** The next `<si>` or `<si …>` (not `<sst`, not `<sig…`). */
function nextSi(xml: string, from: number): number {
  for (let k = xml.indexOf('<si', from); k >= 0; k = xml.indexOf('<si', k + 3)) {
    const c = xml[k + 3];
    if (c === '>' || c === ' ' || c === '/') return k;
  }
  return -1;
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

/**
 * The rows of a worksheet's sheetData, with the cells at their column positions ('' where none), from XML fed in
 * segments of whole rows.
 */
class SheetParser {
  private readonly rows: RawRow[] = [];
  private started = false;
  private done = false;
  private line = 0;

  constructor(
    private readonly strings: string[],
    private readonly styles: ('date' | 'percent' | 'number')[],
    private readonly date1904: boolean,
    private readonly clock: Clock,
  ) {}

  *feed(xml: string): Work<void> {
    if (this.done) return;
    const re = new RegExp(TAG.source, 'g');
    if (!this.started) {
      const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>/]/);
      if (start < 0) return;
      this.started = true;
      re.lastIndex = start;
    }
    let cells: Cell[] | null = null;
    let col = -1;
    let type = '';
    let style = 0;
    let value: string | null = null;
    let formula: string | null = null;
    let inline = -1;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      const [, close, name, attrs, self] = m;
      if (name === 'c') {
        if (close) {
          if (!cells) continue;
          // No cached result: no <v>, or an empty one where text is not expected (an empty text result is "").
          if (formula !== null && (value === null || (value === '' && type !== 'str')))
            cells[col] = {formula: unescapeXml(formula).trim()} satisfies FormulaCell;
          else if (value !== null) cells[col] = this.cellValue(value, type, style);
          continue;
        }
        const ref = attribute(attrs, 'r');
        col = ref ? columnIndex(ref) : col + 1;
        type = attribute(attrs, 't') ?? 'n';
        style = Number(attribute(attrs, 's') ?? 0);
        value = null;
        formula = null;
        inline = -1;
      } else if (name === 'f' && !close) {
        // <f>SUM(B6:E6)</f>, or <f t="shared" si="0"/> in a cell sharing another cell's formula.
        formula = self ? '' : xml.slice(re.lastIndex, xml.indexOf('<', re.lastIndex));
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
          if (cells && cells.some((c) => c !== '')) this.rows.push({line: this.line, cells});
          cells = null;
          if (this.clock.due()) {
            const at = re.lastIndex;
            yield;
            re.lastIndex = at;
          }
          continue;
        }
        const r = attribute(attrs, 'r');
        this.line = r ? Number(r) : this.line + 1;
        cells = self ? null : [];
        col = -1;
      } else if (name === 'sheetData' && (close || self)) {
        this.done = true;
        break;
      }
    }
  }

  finish(): RawRow[] {
    // Cells are set at their column: fill the holes.
    for (const r of this.rows) for (let k = 0; k < r.cells.length; k++) if (r.cells[k] === undefined) r.cells[k] = '';
    return this.rows;
  }

  private cellValue(v: string, t: string, s: number): Cell {
    switch (t) {
      case 's':
        return this.strings[Number(v)] ?? '';
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
        // <v></v>: no number (Number('') would be 0).
        if (!v.trim()) return '';
        const num = Number(v);
        const format = this.styles[s] ?? 'number';
        return format === 'date' ? {num, format, date: excelSerialDate(num, this.date1904)} : {num, format};
      }
    }
  }
}
