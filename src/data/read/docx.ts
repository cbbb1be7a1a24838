/**
 * The text of a Word .docx file, one paragraph a line, for proposeTargets: word/document.xml read with fflate's
 * unzip and a few regular expressions (no DOM, so it runs in Node and in the browser alike). Numbering that Word
 * draws itself (lists and numbered headings, from word/numbering.xml, directly or through a paragraph style) is
 * written out ("II.", "1.", "a)") because proposeTargets reads sections from it.
 */
import {strFromU8, unzipSync} from 'fflate';

export class DocxError extends Error {
  constructor(
    message: string,
    readonly code: 'not_docx' | 'unreadable',
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

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

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
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
      levels[Number(l[1])] = {
        start: Number(attr(l[2], 'w:start') ?? 1),
        format: attr(l[2], 'w:numFmt') ?? 'decimal',
        text: decodeXml(attr(l[2], 'w:lvlText') ?? ''),
      };
    abstract.set(m[1], levels);
  }
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const base = abstract.get(attr(m[2], 'w:abstractNumId') ?? '');
    if (!base) continue;
    const levels = base.map((l) => ({...l}));
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2], 'w:startOverride');
      if (start !== undefined && levels[Number(o[1])]) levels[Number(o[1])].start = Number(start);
    }
    out.set(m[1], levels);
  }
  return out;
}

/** styleId → the numbering a paragraph style carries. */
function readStyles(xml: string | undefined): Map<string, {numId: string; ilvl: number}> {
  const out = new Map<string, {numId: string; ilvl: number}>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numId = attr(m[2], 'w:numId');
    if (numId) out.set(m[1], {numId, ilvl: Number(attr(m[2], 'w:ilvl') ?? 0)});
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
  const body = p.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '').replace(/<w:instrText\b[\s\S]*?<\/w:instrText>/g, '');
  let out = '';
  for (const m of body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr|noBreakHyphen)\b[^>]*\/>/g)) {
    if (m[1] !== undefined) out += decodeXml(m[1]);
    else out += m[2] === 'tab' ? '\t' : m[2] === 'noBreakHyphen' ? '-' : '\n';
  }
  return out;
}

/** The text of a .docx file: one line per paragraph, Word's own numbering written out. */
export function docxText(bytes: Uint8Array, name = 'file'): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].includes(f.name),
    });
  } catch (e) {
    throw new DocxError(`${name}: unreadable .docx (${(e as Error).message})`, 'unreadable');
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new DocxError(`${name}: not a .docx file (no word/document.xml)`, 'not_docx');
  const xml = strFromU8(doc);
  const numbering = readNumbering(files['word/numbering.xml'] && strFromU8(files['word/numbering.xml']));
  const styles = readStyles(files['word/styles.xml'] && strFromU8(files['word/styles.xml']));
  const counters = new Map<string, number[]>();
  const lines: string[] = [];
  for (const m of xml.matchAll(/<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const p = m[1] ?? '';
    const pPr = /<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
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
