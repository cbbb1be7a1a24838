/**
 * What a results file is, from its bytes (never from its name): an `.xlsx` workbook, or text in UTF-8 (with or
 * without BOM), UTF-16 (Excel's "Unicode Text") or Windows-1258 (Excel's "CSV (Comma delimited)" on a Vietnamese
 * Windows), decoded. Windows-1258 has a standard decoder (WHATWG Encoding) and is read when its bytes clearly say so
 * ({@link looksWindows1258}); the encodings of the Vietnamese fonts before Unicode (TCVN3/ABC, VNI) have none and
 * are recognised and refused: read as UTF-8 their letters would be shown as "Ba�o ca�o", and guessed wrongly they
 * would be worse.
 */
import type {Clock, Work} from './slice.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type LegacyEncoding = 'Windows-1258' | 'TCVN3' | 'VNI';

export type Sniffed =
  | {kind: 'xlsx'}
  /** Text in this encoding (decode it with {@link decodeText}). */
  | {kind: 'text'; encoding: TextEncoding}
  /**
   * Not UTF-8, and not clearly Windows-1258: `value` names the encoding it looks most like ('' when it is not UTF-8
   * but looks like none of the three).
   */
  | {kind: 'legacy'; value: LegacyEncoding | ''}
  /** `value`: 'xls', 'pdf', 'image' or 'binary'. */
  | {kind: 'unsupported'; value: string}
  | {kind: 'empty'};

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, k) => b[k] === x);

/** What bytes are: a workbook, text in an encoding, or something refused. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return {kind: 'empty'};
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return {kind: 'xlsx'};
  // Excel 97-2003 (.xls) and other OLE2 compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return {kind: 'unsupported', value: 'xls'};
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return {kind: 'unsupported', value: 'pdf'};
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  )
    return {kind: 'unsupported', value: 'image'};
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes, 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
  // UTF-16 without a BOM: ASCII letters leave a zero byte in every other position.
  const probe = Math.min(bytes.length & ~1, 1024);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let k = 0; k < probe; k++) {
    if (bytes[k] !== 0) continue;
    if (k % 2) zeroOdd++;
    else zeroEven++;
  }
  const pairs = probe / 2;
  if (pairs >= 2 && zeroOdd > 0.4 * pairs && zeroEven < 0.05 * pairs) return utf16(bytes, 'utf-16le');
  if (pairs >= 2 && zeroEven > 0.4 * pairs && zeroOdd < 0.05 * pairs) return utf16(bytes, 'utf-16be');
  if (zeroEven + zeroOdd > 0) return {kind: 'unsupported', value: 'binary'};
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Sniffed {
  // Invalid UTF-8 near the start says it now; further in, decodeText finds it.
  const head = bytes.subarray(0, 1 << 16);
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(head, {stream: head.length < bytes.length});
  } catch {
    // A BOM says UTF-8: bytes after it that are not are damage, not another encoding.
    if (encoding === 'utf-8' && looksWindows1258(bytes)) return {kind: 'text', encoding: 'windows-1258'};
    return {kind: 'legacy', value: legacyBytes(bytes)};
  }
  return {kind: 'text', encoding};
}

function utf16(_bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Sniffed {
  return {kind: 'text', encoding};
}

/**
 * Text of bytes in `encoding` (a BOM dropped), decoded a few MB at a time; null when the bytes are not valid in it
 * (for UTF-8: a legacy encoding, see {@link legacyBytes}). Windows-1258 text is returned in NFC: the code page
 * writes most toned letters as a letter and a combining mark ("Ba\u0301o"), which NFC composes ("Báo").
 */
export function* decodeText(bytes: Uint8Array, encoding: TextEncoding, clock: Clock): Work<string | null> {
  if (encoding === 'windows-1258') {
    // A single-byte code page: every byte decodes, and a step may cut between a letter and its mark, so the text is
    // composed once it is whole.
    const decoder = new TextDecoder('windows-1258');
    const parts: string[] = [];
    const STEP = 1 << 22;
    for (let p = 0; p < bytes.length; p += STEP) {
      parts.push(decoder.decode(bytes.subarray(p, p + STEP), {stream: p + STEP < bytes.length}));
      if (clock.dueNow()) yield;
    }
    return parts.join('').normalize('NFC');
  }
  const decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, {fatal: true});
  const parts: string[] = [];
  // An even step: a UTF-16 code unit is never cut (and TextDecoder's stream mode joins cut UTF-8 sequences).
  const STEP = 1 << 22;
  try {
    for (let p = 0; p < bytes.length; p += STEP) {
      parts.push(decoder.decode(bytes.subarray(p, p + STEP), {stream: p + STEP < bytes.length}));
      if (clock.dueNow()) yield;
    }
  } catch {
    return null;
  }
  return parts.join('');
}

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isAsciiVowel = (b: number) => 'aeiouyAEIOUY'.includes(String.fromCharCode(b));

/**
 * Which legacy encoding bytes that are not UTF-8 are most likely in, from the bytes its Vietnamese letters use:
 *  - Windows-1258: tone marks as combining bytes after a letter (CC ` EC ´ D2 hook DE ~ F2 dot below), đ F0, ư FD;
 *  - TCVN3 (ABC, the .VnTime fonts): ă â ê ô ơ ư đ at A8-AE and à ả ã á ạ at B5-B9, one byte per toned letter;
 *  - VNI (the VNI-Times fonts, saved as Windows-1252): tone marks as letters after a vowel (ù ø û õ ï at F9 F8 FB
 *    F5 EF), đ as ñ (F1), ư as ö (F6).
 * '' when none of them stands out.
 */
export function legacyBytes(bytes: Uint8Array): LegacyEncoding | '' {
  const {cp1258, tcvn, vni} = legacyScores(bytes);
  const best = Math.max(cp1258, tcvn, vni);
  if (best === 0) return '';
  const winners = [cp1258 === best, tcvn === best, vni === best].filter(Boolean).length;
  if (winners > 1) return '';
  return cp1258 === best ? 'Windows-1258' : tcvn === best ? 'TCVN3' : 'VNI';
}

// The five tone marks as Windows-1258 writes them, combining (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309
// hook, U+0323 dot below); C1 controls, which the code page's undefined bytes (81, 8A, 8D-90, 9A, 9D, 9E) decode to.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const C1 = /[\u0080-\u009f]/;

/**
 * Bytes that are Windows-1258 beyond doubt, to be decoded rather than refused: its letters outnumber the other two
 * encodings' at least twice over ({@link legacyBytes} only needs a winner to name it), and its decoded text holds no
 * undefined byte, no tone mark left over after NFC (in Vietnamese every mark sits on a vowel it composes with;
 * TCVN3's è, é, ý, read as Windows-1258, would leave marks on consonants) and no TCVN3 or VNI letters.
 */
export function looksWindows1258(bytes: Uint8Array): boolean {
  const {cp1258, tcvn, vni} = legacyScores(bytes);
  if (cp1258 === 0 || cp1258 < 2 * Math.max(tcvn, vni)) return false;
  const text = new TextDecoder('windows-1258').decode(bytes.subarray(0, 1 << 20)).normalize('NFC');
  return !C1.test(text) && !TONE_MARK.test(text) && legacyLetters(text) === null;
}

/** How many bytes look like each legacy encoding's Vietnamese letters (see {@link legacyBytes}). */
function legacyScores(bytes: Uint8Array): {cp1258: number; tcvn: number; vni: number} {
  const n = Math.min(bytes.length, 1 << 20);
  let cp1258 = 0;
  let tcvn = 0;
  let vni = 0;
  for (let k = 0; k < n; k++) {
    const b = bytes[k];
    if (b < 0x80) continue;
    const prev = k ? bytes[k - 1] : 0;
    if ((b >= 0xa8 && b <= 0xae) || (b >= 0xb5 && b <= 0xb9)) tcvn++;
    if (
      [0xcc, 0xec, 0xd2, 0xde, 0xf2].includes(b) &&
      (isAsciiLetter(prev) || [0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd].includes(prev))
    )
      cp1258++;
    if (b === 0xf0 || b === 0xd0 || b === 0xfd || b === 0xdd) cp1258++;
    if ([0xf9, 0xf8, 0xfb, 0xf5, 0xef].includes(b) && isAsciiVowel(prev)) vni++;
    if (b === 0xf1 || b === 0xd1 || b === 0xf6 || b === 0xd6) vni++;
  }
  return {cp1258, tcvn, vni};
}

// Letters of Vietnamese that only Unicode has (ă đ ơ ư and the toned letters of Latin Extended Additional).
const VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/g;
// TCVN3 text shown through a Unicode font: its letters become ¨ © ª « ¬ ­ ® µ ¶ · ¸ ¹ next to Latin letters.
const TCVN3_LETTERS = /[a-zA-Z][\u00a8-\u00ae\u00b5-\u00b9]|[\u00a8-\u00ae\u00b5-\u00b9][a-zA-Z]/g;
// VNI text shown through a Unicode font: tone marks as ø û ï after a vowel, ù õ after a vowel, đ as ñ, ư as ö.
const VNI_LETTERS = /[aeiouyAEIOUY][ùøûõï]|[ñÑöÖ]/g;

/**
 * Text that is valid Unicode but was typed with a TCVN3 or VNI font (the letters are the font's, not Vietnamese):
 * 'TCVN3' or 'VNI' when such letters outnumber real Vietnamese ones (at least two of them), else null.
 */
export function legacyLetters(text: string): 'TCVN3' | 'VNI' | null {
  const sample = text.length > 1 << 20 ? text.slice(0, 1 << 20) : text;
  if (!/[\u00a8-\u00ff]/.test(sample)) return null;
  const real = sample.match(VIETNAMESE)?.length ?? 0;
  const tcvn = sample.match(TCVN3_LETTERS)?.length ?? 0;
  const vni = sample.match(VNI_LETTERS)?.length ?? 0;
  if (tcvn >= 2 && tcvn > real && tcvn >= vni) return 'TCVN3';
  if (vni >= 2 && vni > real) return 'VNI';
  return null;
}

/** A web page where a results file was expected (a portal's "not found" page answered with status 200). */
export function isHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 512).replace(/^\ufeff/, ''));
}
