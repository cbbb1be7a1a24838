/**
 * Numbers as Vietnamese plans write them: "5.300" (5300), "72,5" (72.5), "03" (3), "100.000", and in words
 * ("một", "hai", "mười", "hai mươi lăm").
 */

/** A number in digits: dot-grouped thousands ("5.300", "4.602.661"), or a decimal comma or point ("72,5"). */
export const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

/**
 * The value of a number in digits. A dot followed by exactly three digits groups thousands; a comma is a decimal
 * comma, except in a count (`count: true`) where "8,659" is read as the English thousands it must be.
 */
export function parseNumber(s: string, opts: {count?: boolean} = {}): number {
  const t = s.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (opts.count && /^[1-9]\d{0,2}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  return Number(t.replace(',', '.'));
}

const UNITS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** Number words, longest first, for building patterns. */
export const NUMBER_WORD = String.raw`(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ)`;

/**
 * The value of a number written in words, up to 999: "một" 1, "mười" 10, "mười hai" 12, "hai mươi" 20,
 * "hai mươi lăm" 25, "một trăm" 100, "một trăm linh năm" 105. Null when the words do not form a number.
 */
export function parseNumberWords(s: string): number | null {
  const words = s.toLowerCase().normalize('NFC').trim().split(/\s+/);
  let total = 0;
  let k = 0;
  const unit = (): number | null => {
    const v = UNITS[words[k]];
    if (v === undefined) return null;
    k++;
    return v;
  };
  // hundreds
  if (words[k + 1] === 'trăm') {
    const h = unit();
    if (h === null) return null;
    k++; // trăm
    total += h * 100;
    if (k === words.length) return total;
    if (words[k] === 'linh' || words[k] === 'lẻ') {
      k++;
      const u = unit();
      return u !== null && k === words.length ? total + u : null;
    }
  }
  // tens
  if (words[k] === 'mười') {
    k++;
    total += 10;
  } else if (words[k + 1] === 'mươi') {
    const t = unit();
    if (t === null || t < 2) return null;
    k++; // mươi
    total += t * 10;
  }
  if (k < words.length) {
    const w = words[k];
    const tens = total % 100 >= 10;
    // "năm" after tens is written "lăm"; "mốt" only after "mươi"; "tư" only after tens.
    if (tens && w === 'năm') return null;
    if (!tens && (w === 'lăm' || w === 'mốt' || w === 'tư')) return null;
    const u = unit();
    if (u === null || u === 0) return null;
    total += u;
  }
  return k === words.length && words.length > 0 && words[0] !== '' ? total : null;
}
