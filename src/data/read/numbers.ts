/**
 * Numbers and dates as Vietnamese offices write them. vi-VN writes `1.234,5` (dot groups thousands, comma marks
 * decimals), en-US `1,234.5`; `5.300` is five thousand three hundred in one and five point three in the other.
 * The decimal mark is decided once per file, from the values that can be read only one way (Datawrapper decides
 * per column); a value that could be read both ways in a file with no other evidence is reported, not guessed.
 */
import type {Cell} from './cells.js';

export type DecimalMark = ',' | '.';

/**
 * How a number written as text can be read, before the file's decimal mark is known:
 *  - int: digits only (`5300`);
 *  - comma: only a decimal comma fits (`72,5`, `1.234,5`, `5.300.000`, `0,125`);
 *  - dot: only a decimal point fits (`72.5`, `1,234.5`, `5,300,000`, `0.125`);
 *  - ambiguous: one separator followed by exactly three digits (`5.300`, `1,234`): a thousands group or decimals;
 *  - invalid: not a number.
 */
export type NumberShape = 'int' | 'comma' | 'dot' | 'ambiguous' | 'invalid';

export interface NumberText {
  shape: NumberShape;
  /** Sign and digits without spaces, `%` or sign; '' when invalid. */
  body: string;
  negative: boolean;
}

// Spaces that group thousands: space, no-break space, narrow no-break space, thin space.
const SPACES = /[ \u00a0\u202f\u2009]/g;
const SPACE_GROUPED = /^\d{1,3}([ \u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/;

/** Classifies a number written as text ("72,5", "5.300", "1 234,5", "-3", "+4%", "72,5 %"). */
export function numberText(raw: string): NumberText {
  let s = raw.trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  let negative = false;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1).trimStart();
  } else if (s.startsWith('+')) s = s.slice(1).trimStart();
  if (SPACE_GROUPED.test(s)) s = s.replace(SPACES, '');
  const invalid: NumberText = {shape: 'invalid', body: '', negative};
  if (!/^[\d.,]+$/.test(s) || !/^\d/.test(s) || !/\d$/.test(s)) return invalid;
  if (/^\d+$/.test(s)) return {shape: 'int', body: s, negative};
  const comma = s.indexOf(',');
  const dot = s.indexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal mark and the other must group thousands before it.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '\\.' : ',';
    const re = new RegExp(`^\\d{1,3}(${group}\\d{3})+${decimal === ',' ? ',' : '\\.'}\\d+$`);
    return re.test(s) ? {shape: decimal === ',' ? 'comma' : 'dot', body: s, negative} : invalid;
  }
  const mark = comma >= 0 ? ',' : '.';
  const other: NumberShape = mark === ',' ? 'dot' : 'comma';
  const same: NumberShape = mark === ',' ? 'comma' : 'dot';
  const parts = s.split(mark);
  if (parts.length > 2) {
    // Several: they can only group thousands, so the decimal mark is the other one.
    const grouped = /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
    return grouped ? {shape: other, body: s, negative} : invalid;
  }
  // One mark followed by exactly three digits, and a first group that could lead a grouped number ("0,125" cannot).
  if (parts[1].length === 3 && /^[1-9]\d{0,2}$/.test(parts[0])) return {shape: 'ambiguous', body: s, negative};
  return {shape: same, body: s, negative};
}

/** The value of a classified number read with `decimal` as decimal mark. */
export function readAs(t: NumberText, decimal: DecimalMark): number {
  let body = t.body;
  const group = decimal === ',' ? '.' : ',';
  if (body.includes(group)) body = body.split(group).join('');
  if (decimal === ',') body = body.replace(',', '.');
  const v = Number(body);
  return t.negative ? -v : v;
}

/** Counts the evidence for each decimal mark among a file's values; null when there is none. */
export class DecimalVote {
  comma = 0;
  dot = 0;
  add(shape: NumberShape): void {
    if (shape === 'comma') this.comma++;
    else if (shape === 'dot') this.dot++;
  }
  /**
   * The file's decimal mark: the one its unambiguous values use (the majority if they disagree; the values of the
   * other are then reported). Without any, `fallback` (a `;`-separated file comes from a decimal-comma locale).
   */
  decide(fallback: DecimalMark | null = null): DecimalMark | null {
    if (this.comma > this.dot) return ',';
    if (this.dot > this.comma) return '.';
    return this.comma ? null : fallback;
  }
}

export type NumberReading =
  | {ok: true; value: number}
  | {ok: false; code: 'not_number' | 'mixed_decimal'}
  | {ok: false; code: 'ambiguous_number'; readings: [number, number]};

/**
 * Reads a classified number in a file whose decimal mark is `decimal` (null: undecided). `possible`: what the
 * target can be; of two readings, when only one is possible it is the one meant (`5.300` people is 5300, not 5.3;
 * `72,500`% is 72.5, not 72500).
 */
export function readNumber(
  t: NumberText,
  decimal: DecimalMark | null,
  possible?: (value: number) => boolean,
): NumberReading {
  switch (t.shape) {
    case 'invalid':
      return {ok: false, code: 'not_number'};
    case 'int':
      return {ok: true, value: readAs(t, '.')};
    case 'comma':
    case 'dot': {
      const mark: DecimalMark = t.shape === 'comma' ? ',' : '.';
      if (decimal && decimal !== mark) return {ok: false, code: 'mixed_decimal'};
      return {ok: true, value: readAs(t, mark)};
    }
    case 'ambiguous': {
      if (decimal) return {ok: true, value: readAs(t, decimal)};
      // "5.300": grouped (5300) or decimal (5.3), whichever mark it uses.
      const mark = t.body.includes(',') ? ',' : '.';
      const asGroup = readAs(t, mark === ',' ? '.' : ',');
      const asDecimal = readAs(t, mark);
      if (possible && possible(asGroup) !== possible(asDecimal))
        return {ok: true, value: possible(asGroup) ? asGroup : asDecimal};
      return {ok: false, code: 'ambiguous_number', readings: [asGroup, asDecimal]};
    }
  }
}

/** A date written as text: "2024-12-31" (time 00:00 allowed), "31/12/2024", "31-12-2024", "31.12.2024" → ISO. */
export function parseDateText(s: string): string | undefined {
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/.exec(s);
  if (match) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s))) [d, m, y] = [+match[1], +match[3], +match[4]];
  else return undefined;
  return isoDate(y, m, d);
}

/** A result's date: as precisely as the source gives it (YYYY, MM/YYYY, YYYY-MM, or a day). */
export function parsePartialDate(c: Cell): string | undefined {
  if (typeof c !== 'string') {
    if (!('format' in c)) return undefined;
    if (c.format === 'date' && c.date) return c.date;
    return c.format === 'number' && Number.isInteger(c.num)
      ? yearInRange(c.num)
        ? String(c.num)
        : undefined
      : undefined;
  }
  const s = c.trim();
  const full = parseDateText(s);
  if (full) return full;
  let m = /^(\d{4})$/.exec(s);
  if (m) return yearInRange(Number(m[1])) ? m[1] : undefined;
  m = /^(\d{4})-(\d{1,2})$/.exec(s) ?? null;
  if (m) return isoDate(Number(m[1]), Number(m[2]), 1) ? `${m[1]}-${m[2].padStart(2, '0')}` : undefined;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[2]), Number(m[1]), 1) ? `${m[2]}-${m[1].padStart(2, '0')}` : undefined;
  return undefined;
}

/** A year a plan or report may name (1990–2100), else undefined. */
const yearInRange = (y: number) => (y >= 1990 && y <= 2100 ? y : undefined);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DD" for a real calendar date, else undefined. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1])) return undefined;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * An Excel date serial number as an ISO date (the time of day dropped). Excel's 1900 system counts 1900-01-01 as 1
 * and has a 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3): serials from 61 on are one day
 * ahead. The 1904 system (old Mac workbooks) counts 1904-01-01 as 0.
 */
export function excelSerialDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  if (!date1904 && days === 60) return undefined;
  // Days since 1970-01-01: the 1900 system's day 25569 (its day 0 is 1899-12-30 from 61 on, 1899-12-31 before);
  // the 1904 system's day 0 is 24107 days before.
  return isoFromDays(date1904 ? days - 24107 : days - (days < 60 ? 25568 : 25569));
}

/** The date `z` days after 1970-01-01, without a Date object (200,000 of them in a large workbook). */
function isoFromDays(z: number): string {
  // Howard Hinnant's civil_from_days.
  const shifted = z + 719468;
  const era = Math.floor(shifted / 146097);
  const doe = shifted - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** `iso` plus one year (29 February to 1 March). */
export function oneYearAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
