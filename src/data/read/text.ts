/**
 * Delimited text before its rows are checked: which separator a file uses (told by where a header of the columns
 * needed appears), and where JSON that does not parse went wrong. Shared by the results and the targets readers,
 * each with its own idea of a header.
 */
import {CsvCursor} from './delimited.js';
import type {Cell} from './cells.js';

export type Separator = ',' | ';' | '\t';
export const SEPARATORS: Separator[] = [',', ';', '\t'];

/** Whether a row is a header of the columns needed, and how many known columns it names (0: not a header). */
export type HeaderScore = (cells: Cell[]) => number;

/**
 * The separator of delimited text: Excel's `sep=;` first line if present, else the one of `,` `;` tab that splits
 * one of the first lines into the columns needed (the most of them), else the most frequent in the first line.
 * `other`: when no header is found, a separator (also `|`, `:`) that would have given one.
 */
export function detectSeparator(
  text: string,
  headerScore: HeaderScore,
  forced?: Separator,
): {separator: Separator; skip: boolean; header: boolean; other?: string} {
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  const declared = sepLine && SEPARATORS.includes(sepLine[1] as Separator) ? (sepLine[1] as Separator) : undefined;
  const skip = !!sepLine;
  const score = (sep: string) => {
    const cursor = new CsvCursor(text, sep);
    if (skip) cursor.next();
    for (let k = 0; k < 10; k++) {
      const row = cursor.next();
      if (!row) break;
      const s = headerScore(row.cells);
      if (s) return s;
    }
    return 0;
  };
  const chosen = forced ?? declared;
  if (chosen) {
    if (score(chosen)) return {separator: chosen, skip, header: true};
    const other = [...SEPARATORS, '|', ':'].find((s) => s !== chosen && score(s));
    return {separator: chosen, skip, header: false, other};
  }
  let best: Separator | null = null;
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const s = score(sep);
    if (s > bestScore) [best, bestScore] = [sep, s];
  }
  if (best) return {separator: best, skip, header: true};
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const count = (c: string) => firstLine.split(c).length - 1;
  const frequent = SEPARATORS.reduce((a, b) => (count(b) > count(a) ? b : a), ',' as Separator);
  const other = ['|', ':'].find((s) => score(s));
  return {separator: frequent, skip, header: false, other};
}

/** Where JSON.parse stopped (engines word it differently: "at position 12", "line 2 column 5"), with the text there. */
export function jsonErrorAt(text: string, e: Error): {line: number; near: string} {
  let pos = -1;
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  const p = /position (\d+)/.exec(e.message);
  if (lc) {
    const lines = text.split('\n');
    pos = lines.slice(0, Number(lc[1]) - 1).reduce((s, l) => s + l.length + 1, 0) + Number(lc[2]) - 1;
  } else if (p) pos = Number(p[1]);
  if (pos < 0) pos = text.length;
  const line = text.slice(0, pos).split('\n').length;
  const near = text
    .slice(Math.max(0, pos - 15), pos + 15)
    .replace(/\s+/g, ' ')
    .trim();
  return {line, near};
}
