/**
 * The text of a Word .docx file, one paragraph a line, for proposeTargets: word/document.xml read with the one zip
 * reader (./zip.ts: the bytes inflated are counted, never the sizes the zip declares) and a linear scan of its
 * elements (no DOM, so it runs in Node and in the browser alike; no lazy regular expression over the whole text, so
 * 40,000 unclosed paragraphs take as long as one). Numbering that Word
 * draws itself (lists and numbered headings, from word/numbering.xml, directly or through a paragraph style) is
 * written out ("II.", "1.", "a)") because proposeTargets reads sections from it.
 */
import {entryReader, zipEntries, ZipError, ZipSizeError} from './zip.js';

/** The largest part of a .docx read, inflated: 50 MB of XML (a plan of a few hundred pages is under 5 MB). */
export const MAX_DOCX_PART_BYTES = 50_000_000;

export class DocxError extends Error {
  constructor(
    message: string,
    readonly code: 'not_docx' | 'unreadable' | 'too_large',
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

const ENTITIES: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};

function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (_, hex, dec, name) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ENTITIES[name],
  );
}

const isNameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Where the next `<tag` starts whose name ends there (`<w:p` but not `<w:pPr`), from `from`; -1 when none. */
function opening(xml: string, tag: string, from: number): number {
  for (let at = xml.indexOf(`<${tag}`, from); at >= 0; at = xml.indexOf(`<${tag}`, at + 1))
    if (!isNameChar(xml.charCodeAt(at + tag.length + 1))) return at;
  return -1;
}

/**
 * Every `<tag …>body</tag>` and `<tag …/>` of `xml`, in order, each body up to the first `</tag>` after its start (as
 * the lazy expression `<tag\b[^>]*>([\s\S]*?)</tag>` reads them), in one pass: the next closing tag is looked for
 * once, not again from every unclosed start.
 */
function* elements(xml: string, tag: string): Generator<{start: string; body: string}> {
  const close = `</${tag}>`;
  let next = -2;
  for (let at = opening(xml, tag, 0); at >= 0;) {
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    const start = xml.slice(at, end + 1);
    if (xml.charCodeAt(end - 1) === 47) {
      yield {start, body: ''};
      at = opening(xml, tag, end + 1);
      continue;
    }
    if (next !== -1 && next < end) next = xml.indexOf(close, end);
    if (next === -1) {
      // Never closed: only a self-closing one may follow.
      at = opening(xml, tag, end + 1);
      continue;
    }
    yield {start, body: xml.slice(end + 1, next)};
    at = opening(xml, tag, next + close.length);
  }
}

/** `xml` without its `<tag>…</tag>` elements (deleted text, field codes). */
function without(xml: string, tag: string): string {
  if (opening(xml, tag, 0) < 0) return xml;
  const close = `</${tag}>`;
  let out = '';
  let kept = 0;
  for (let at = opening(xml, tag, 0); at >= 0;) {
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    out += xml.slice(kept, at);
    kept = end + close.length;
    at = opening(xml, tag, kept);
  }
  return out + xml.slice(kept);
}

/** An attribute of a start tag. */
const attrOf = (start: string, name: string): string | undefined => {
  const at = start.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 3;
  const end = start.indexOf('"', from);
  return end < 0 ? undefined : start.slice(from, end);
};

/** An attribute of the first `<tag>` in `xml`. */
const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => {
  const at = opening(xml, tag, 0);
  if (at < 0) return undefined;
  const end = xml.indexOf('>', at);
  return end < 0 ? undefined : attrOf(xml.slice(at, end + 1).replace(/\s/g, ' '), name);
};

interface Level {
  start: number;
  format: string;
  text: string;
}

/** numId → its levels (from the abstract numbering it points to, with start overrides). */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const abstract = new Map<string, Level[]>();
  const space = (s: string) => s.replace(/\s/g, ' ');
  for (const m of elements(xml, 'w:abstractNum')) {
    const id = attrOf(space(m.start), 'w:abstractNumId');
    if (!id) continue;
    const levels: Level[] = [];
    for (const l of elements(m.body, 'w:lvl')) {
      const ilvl = attrOf(space(l.start), 'w:ilvl');
      if (!ilvl || !/^\d+$/.test(ilvl) || !l.body) continue;
      levels[Number(ilvl)] = {
        start: Number(attr(l.body, 'w:start') ?? 1),
        format: attr(l.body, 'w:numFmt') ?? 'decimal',
        text: decodeXml(attr(l.body, 'w:lvlText') ?? ''),
      };
    }
    abstract.set(id, levels);
  }
  for (const m of elements(xml, 'w:num')) {
    const id = attrOf(space(m.start), 'w:numId');
    if (!id) continue;
    const base = abstract.get(attr(m.body, 'w:abstractNumId') ?? '');
    if (!base) continue;
    const levels = base.map((l) => ({...l}));
    for (const o of elements(m.body, 'w:lvlOverride')) {
      const ilvl = attrOf(space(o.start), 'w:ilvl');
      const start = attr(o.body, 'w:startOverride');
      if (ilvl && /^\d+$/.test(ilvl) && start !== undefined && levels[Number(ilvl)])
        levels[Number(ilvl)].start = Number(start);
    }
    out.set(id, levels);
  }
  return out;
}

/** styleId → the numbering a paragraph style carries. */
function readStyles(xml: string | undefined): Map<string, {numId: string; ilvl: number}> {
  const out = new Map<string, {numId: string; ilvl: number}>();
  if (!xml) return out;
  for (const m of elements(xml, 'w:style')) {
    const id = attrOf(m.start.replace(/\s/g, ' '), 'w:styleId');
    const numId = attr(m.body, 'w:numId');
    if (id && numId) out.set(id, {numId, ilvl: Number(attr(m.body, 'w:ilvl') ?? 0)});
  }
  return out;
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The text of a paragraph's runs: w:t, tabs and breaks; deleted text and field codes left out. */
function runText(p: string): string {
  const body = without(without(p, 'w:del'), 'w:instrText');
  let out = '';
  let close = -2;
  for (let at = body.indexOf('<w:'); at >= 0;) {
    let k = at + 3;
    while (isNameChar(body.charCodeAt(k))) k++;
    const name = body.slice(at + 3, k);
    const end = body.indexOf('>', k);
    if (end < 0) break;
    let next = at + 3;
    if (name === 't' && (body[k] === '>' || /\s/.test(body[k]))) {
      if (close !== -1 && close < end) close = body.indexOf('</w:t>', end);
      if (close >= 0) {
        out += decodeXml(body.slice(end + 1, close));
        next = close + 6;
      }
    } else if (/^(tab|br|cr|noBreakHyphen)$/.test(name) && body.charCodeAt(end - 1) === 47) {
      out += name === 'tab' ? '\t' : name === 'noBreakHyphen' ? '-' : '\n';
      next = end + 1;
    }
    at = body.indexOf('<w:', next);
  }
  return out;
}

/** The text of a .docx file: one line per paragraph, Word's own numbering written out. */
export function docxText(bytes: Uint8Array, name = 'file'): string {
  const files: Record<string, string> = {};
  try {
    const entries = zipEntries(bytes);
    for (const part of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']) {
      const entry = entries.get(part);
      if (!entry) continue;
      if (entry.size > MAX_DOCX_PART_BYTES) throw new ZipSizeError(part, entry.size, MAX_DOCX_PART_BYTES, false);
      const pieces: string[] = [];
      const reader = entryReader(bytes, entry, (t) => pieces.push(t), MAX_DOCX_PART_BYTES);
      while (!reader.step());
      files[part] = pieces.join('');
    }
  } catch (e) {
    if (e instanceof ZipSizeError)
      throw new DocxError(
        e.declared
          ? `${name}: unreadable .docx (${e.entry} inflates to more than the ${e.limit} bytes it declares)`
          : `${name}: too large (${e.entry} holds more than ${MAX_DOCX_PART_BYTES / 1e6} MB of text; at most ${MAX_DOCX_PART_BYTES / 1e6} MB)`,
        e.declared ? 'unreadable' : 'too_large',
      );
    if (e instanceof ZipError) throw new DocxError(`${name}: unreadable .docx (${e.message})`, 'unreadable');
    throw e;
  }
  const xml = files['word/document.xml'];
  if (xml === undefined) throw new DocxError(`${name}: not a .docx file (no word/document.xml)`, 'not_docx');
  const numbering = readNumbering(files['word/numbering.xml']);
  const styles = readStyles(files['word/styles.xml']);
  const counters = new Map<string, number[]>();
  const lines: string[] = [];
  for (const m of elements(xml, 'w:p')) {
    const p = m.body;
    const pPr = elements(p, 'w:pPr').next().value?.body ?? '';
    let numId = attr(pPr, 'w:numId');
    let ilvl = Number(attr(pPr, 'w:ilvl') ?? 0);
    const style = styles.get(attr(pPr, 'w:pStyle') ?? '');
    if (numId === undefined && style) ({numId, ilvl} = style);
    let prefix = '';
    const levels = numId !== undefined && numId !== '0' ? numbering.get(numId) : undefined;
    if (levels?.[ilvl]) {
      const count = counters.get(numId!) ?? [];
      count[ilvl] = (count[ilvl] ?? levels[ilvl].start - 1) + 1;
      count.length = ilvl + 1;
      counters.set(numId!, count);
      const lvl = levels[ilvl];
      if (lvl.format === 'bullet') prefix = '- ';
      else {
        const text = lvl.text.replace(/%(\d)/g, (_, d) => {
          const k = Number(d) - 1;
          return formatNumber(count[k] ?? levels[k]?.start ?? 1, levels[k]?.format ?? 'decimal');
        });
        if (text) prefix = `${text} `;
      }
    }
    lines.push(prefix + runText(p));
  }
  return lines.join('\n');
}
