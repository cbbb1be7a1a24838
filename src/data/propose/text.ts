/**
 * The structure of a plan's text for proposeTargets: an NFC copy with a map back to the input's offsets, the
 * conversion artefacts undone (Markdown markup, lines wrapped mid-sentence), paragraphs with their section numbers
 * ("II.1.a") and roles, and sentences. Pure string work: no DOM, runs in Node and the browser.
 */
import type {SECTION_ROLES} from '../constants.js';

export type SectionRole = (typeof SECTION_ROLES)[number];

/** The text analysed: NFC, same length relations as the input through `toInput`. */
export interface Source {
  input: string;
  text: string;
  /** Offset in `text` → offset in `input` (length text.length + 1); null when the input was already NFC. */
  map: Int32Array | null;
}

export function makeSource(input: string): Source {
  const text = input.normalize('NFC');
  if (text === input) return {input, text, map: null};
  // Normalize one base character with its combining marks at a time, keeping where each piece came from.
  const out: string[] = [];
  const map: number[] = [];
  for (const m of input.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(m.index + (k === 0 ? 0 : Math.min(k, m[0].length - 1)));
    out.push(piece);
  }
  map.push(input.length);
  return {input, text: out.join(''), map: Int32Array.from(map)};
}

export const toInput = (src: Source, offset: number): number => (src.map ? src.map[offset] : offset);

/** Collapses whitespace (line breaks from the conversion included) as the dataset's quote check does. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export type MarkerKind = 'roman' | 'arabic' | 'letter' | 'bullet' | 'article';

export interface Marker {
  kind: MarkerKind;
  /** "II", "1", "1.2", "a"; "" for bullets. */
  label: string;
}

export interface Paragraph {
  /** Content range in Source.text: after the marker, without Markdown markup at either end. */
  start: number;
  end: number;
  marker: Marker | null;
  /** Section path at this paragraph, e.g. "II.1.a"; null where the text numbers nothing. */
  section: string | null;
  /** Role from the nearest heading that names one; null where none does. */
  role: SectionRole | null;
  /** True when a heading placed the paragraph in a part of the plan that holds no targets (funding, reporting…). */
  neutral: boolean;
  /** Deadline year named by an enclosing heading ("CHỈ TIÊU … ĐẾN NĂM 2025"). */
  headingYear: number | null;
  /** Title of the nearest enclosing heading, squashed. */
  heading: string | null;
}

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function readMarker(line: string): {marker: Marker; length: number} | null {
  let m = /^([IVX]{1,6})\s*[.)/]\s*(?=\S)/.exec(line);
  if (m && ROMAN.test(m[1])) return {marker: {kind: 'roman', label: m[1]}, length: m[0].length};
  m = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s+(?=\S)/.exec(line);
  if (m) return {marker: {kind: 'arabic', label: m[1]}, length: m[0].length};
  m = /^([a-zđ])\s*[).]\s+(?=\S)/u.exec(line);
  if (m) return {marker: {kind: 'letter', label: m[1]}, length: m[0].length};
  m = /^[-+•*–—]\s*(?=\S)/.exec(line);
  if (m) return {marker: {kind: 'bullet', label: ''}, length: m[0].length};
  m = /^Điều\s+\d+\s*[.:]\s*/u.exec(line);
  if (m) return {marker: {kind: 'article', label: ''}, length: m[0].length};
  return null;
}

interface Line {
  start: number;
  end: number;
  marker: Marker | null;
}

/** Lines of the text with Markdown headings, quotes and emphasis taken off both ends. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at <= text.length;) {
    const nl = text.indexOf('\n', at);
    const stop = nl < 0 ? text.length : nl;
    const line = readLine(text, at, stop);
    if (line) lines.push(line);
    at = stop + 1;
  }
  return lines;
}

function readLine(text: string, from: number, to: number): Line | null {
  let s = from;
  let e = to;
  const strip = (): void => {
    for (;;) {
      const rest = text.slice(s, e);
      const lead = /^(?:\s+|#{1,6}\s+|>\s*|\*\*|__)/.exec(rest);
      if (lead && lead[0].length) {
        s += lead[0].length;
        continue;
      }
      const trail = /(?:\s+|\*\*|__)$/.exec(rest);
      if (trail && trail[0].length && rest.length > trail[0].length) {
        e -= trail[0].length;
        continue;
      }
      break;
    }
    // A single emphasis star around a whole line: "*Căn cứ …;*".
    if (e - s > 2 && text[s] === '*' && text[s + 1] !== ' ' && text[e - 1] === '*') {
      s += 1;
      e -= 1;
    }
  };
  strip();
  if (e <= s) return null;
  let marker: Marker | null = null;
  const read = readMarker(text.slice(s, e));
  if (read) {
    marker = read.marker;
    s += read.length;
    strip();
    // "- > quote" and "- - item": a bullet followed by more markup.
    if (marker.kind === 'bullet') {
      const inner = readMarker(text.slice(s, e));
      if (inner && inner.marker.kind === 'bullet') {
        s += inner.length;
        strip();
      }
    }
  }
  return {start: s, end: Math.max(s, e), marker};
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** All letters upper case (at least three): a title such as "KẾ HOẠCH". */
function allCaps(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && letters.every(isUpper);
}

/** Joins lines that the conversion broke mid-sentence into paragraphs. */
function joinLines(text: string, lines: Line[]): {start: number; end: number; marker: Marker | null}[] {
  const paras: {start: number; end: number; marker: Marker | null}[] = [];
  for (const line of lines) {
    const prev = paras[paras.length - 1];
    const body = text.slice(line.start, line.end);
    let cont = false;
    if (prev && !line.marker && body) {
      const p = text.slice(prev.start, prev.end).trimEnd();
      const last = p[p.length - 1] ?? '';
      const first = body[0];
      const heading = !!prev.marker && prev.marker.kind !== 'bullet';
      // A document's title line ("BÁO CÁO kết quả công tác … năm 2024") ends where the next line starts in capitals.
      const title = /^(?:BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|TỜ TRÌNH|CHƯƠNG TRÌNH)(?![\p{L}])/u.test(p);
      if (!p || /[.;:!?…]$/.test(p) || allCaps(body) || allCaps(p) || (title && isUpper(first))) cont = false;
      else if (heading && p.length <= 60 && /[\p{Lu}\d]/u.test(first)) cont = /[,\-–(/]$/.test(last);
      else if (!isUpper(first)) cont = true;
      // A capital after a numbered line starts its body ("1. Mục đích" / "Tạo sự …"); a bullet's sentence goes on.
      else cont = !heading || /[,\-–(/]$/.test(last);
    }
    if (cont) prev.end = line.end;
    else paras.push({start: line.start, end: line.end, marker: line.marker});
  }
  return paras;
}

type RoleOrNeutral = SectionRole | 'neutral';

const ROLE_WORDS: [RegExp, RoleOrNeutral][] = [
  [/mục tiêu|chỉ tiêu|chi tiêu|kết quả cần đạt/, 'objective'],
  [/nhiệm vụ|giải pháp|nội dung thực hiện|nội dung hoạt động|hoạt động chủ yếu/, 'task'],
  [/tổ chức thực hiện|phân công|trách nhiệm thực hiện/, 'assignment'],
  [/kinh phí|chế độ báo cáo|thông tin báo cáo|chế độ thông tin|quan điểm|mục đích|yêu cầu|căn cứ|hiệu lực/, 'neutral'],
];

/**
 * The role a heading's title names. The first keyword wins ("Giải pháp về tổ chức thực hiện" → task); words of
 * parts without targets (funding, reporting, viewpoints) count only when no role word is there
 * ("QUAN ĐIỂM, MỤC TIÊU" → objective).
 */
export function roleOfTitle(title: string): RoleOrNeutral | null {
  const t = title.toLowerCase();
  let best: {at: number; role: RoleOrNeutral} | null = null;
  for (const [re, role] of ROLE_WORDS) {
    const m = re.exec(t);
    if (!m) continue;
    const better =
      !best || (best.role === 'neutral' && role !== 'neutral') || (role !== 'neutral' && m.index < best.at);
    if (better) best = {at: m.index, role};
  }
  return best?.role ?? null;
}

/** The title part of a numbered paragraph, if it reads as a heading; null for a numbered sentence or target. */
function titleOf(body: string): string | null {
  const colon = body.indexOf(':');
  let title: string | null = null;
  if (colon > 0 && colon <= 120) {
    if (/^\s*\d/.test(body.slice(colon + 1))) return null; // "Đến năm 2017: 50%, …"
    title = body.slice(0, colon);
  } else if (body.length <= 160 && !/[.;]\s*\S/.test(body)) title = body;
  else if (allCaps(body.slice(0, 60))) title = body;
  if (title && /\d\s*%/.test(title)) return null;
  return title;
}

const YEAR_IN_TITLE =
  /(?:đến|tới|trong)\s+năm\s+((?:19|20)\d{2})|giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})/iu;

interface Heading {
  level: number;
  role: RoleOrNeutral | null;
  year: number | null;
  title: string | null;
}

export interface Structure {
  paragraphs: Paragraph[];
  /** True when headings name roles (a whole document or a section with its headings). */
  hasRoles: boolean;
}

/** Paragraphs with their section path, role and heading year. */
export function readStructure(text: string): Structure {
  const paras = joinLines(text, readLines(text));
  let roman: string | null = null;
  let arabic: string | null = null;
  let letter: string | null = null;
  const stack: Heading[] = [];
  const out: Paragraph[] = [];
  const underHeading: boolean[] = [];
  let hasRoles = false;
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    const kind = p.marker?.kind;
    let level = 0;
    if (kind === 'roman') {
      roman = p.marker!.label;
      arabic = letter = null;
      level = 1;
    } else if (kind === 'arabic') {
      arabic = p.marker!.label;
      letter = null;
      level = 2;
    } else if (kind === 'letter') {
      letter = p.marker!.label;
      level = 3;
    }
    if (level) {
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const title = titleOf(body);
      const role = title ? roleOfTitle(title) : null;
      if (role && role !== 'neutral') hasRoles = true;
      const y = title ? YEAR_IN_TITLE.exec(title) : null;
      stack.push({level, role, year: y ? Number(y[1] ?? y[2]) : null, title: title ? squash(title) : null});
    }
    const parts = [roman, arabic, letter].filter((x): x is string => x !== null);
    let role: RoleOrNeutral | null = null;
    let headingYear: number | null = null;
    let heading: string | null = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      role ??= stack[k].role;
      headingYear ??= stack[k].year;
      heading ??= stack[k].title;
    }
    underHeading.push(stack.length > 0);
    out.push({
      start: p.start,
      end: p.end,
      marker: p.marker,
      section: parts.length ? parts.join('.') : null,
      role: role === 'neutral' ? null : role,
      neutral: role === 'neutral',
      headingYear,
      heading,
    });
  }
  // In a document whose headings name roles, what comes before the first heading is its preamble.
  if (hasRoles) out.forEach((p, k) => (p.neutral ||= !underHeading[k]));
  return {paragraphs: out, hasRoles};
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = /(?:^|[\s(])(?:TP|Tp|TX|TT|UB|ThS|TS|PGS|GS|St|Q|P|T|Mr|Ms|Dr|No)\.$/u;

/** Sentence ranges of a paragraph: a full stop (or ?!…) followed by a capital letter or a digit ends one. */
export function sentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  const re = /[.!?…]+(?:\/\.)?(?=\s+["“(]?[\p{Lu}\d])/gu;
  // The lookahead must find its capital within the paragraph: checked at the match, not by slicing the text to the
  // paragraph's end (a copy of the text up to each paragraph made reading quadratic in paragraphs).
  const next = /\s+["“(]?[\p{Lu}\d]/uy;
  re.lastIndex = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= end) break;
    const stop = m.index + m[0].length;
    next.lastIndex = stop;
    if (!next.exec(text) || next.lastIndex > end) continue;
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(s, m.index - 6), m.index + 1))) continue;
    out.push([s, stop]);
    s = stop;
    while (s < end && /\s/.test(text[s])) s++;
  }
  if (s < end) out.push([s, end]);
  return out.filter(([a, b]) => /\S/.test(text.slice(a, b)));
}
