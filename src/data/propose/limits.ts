/**
 * The ceilings of the proposers (proposeTargets, proposeResults): how much text they read at once, how long a
 * "sentence" they read as one, and how many proposals they give per text. Each is far beyond what a real plan or
 * report reaches, and keeps pasted junk (20 kB of "100% " was 4,096 cards in 33–41 s) bounded and answered within
 * a second. What was cut is returned, for the caller to say (the plan builder does, in Vietnamese and English).
 *
 * The five seed plans (shared/seeds/, the dataset's primary sources) measure, after normalisation: 16,832 to 23,915
 * characters each; 9 to 16 proposed targets each; sentences of at most 570 characters with at most 3 figures.
 */

/**
 * Characters read at once: 100,000, four times the longest seed plan (23,915), a plan of some 40 pages with its
 * annexes. The rest is not read; it is cut at the last line break (else space) before the limit.
 */
export const MAX_TEXT_CHARS = 100_000;

/**
 * Proposals per text: 200, twelve times the most a seed plan gives (16), and more cards than an editor can check.
 * The text is read up to the figure that would be the 201st.
 */
export const MAX_PROPOSALS = 200;

/**
 * Figures read per text, targets and results alike: 1,000, sixty times the most a seed plan holds (16). A text that
 * is mostly figures of the other kind (a report pasted as a plan) is read this far, then no further.
 */
export const MAX_FIGURES = 1_000;

/**
 * Characters read as one sentence: 1,200, twice the longest seed sentence (570). A longer run
 * without a sentence end (a table pasted as one line, repeated figures) is read in pieces of this size, cut at a
 * space: each figure's reading then looks at a bounded stretch of text, so the work grows with the text, not with its
 * square.
 */
export const MAX_SENTENCE_CHARS = 1_200;

/** What a proposer did not read, or did not propose. */
export interface ProposalCut {
  /** The text was longer than `limit` characters: `length` given, read up to `readTo` (an offset into the input). */
  text?: {limit: number; length: number; readTo: number};
  /** More proposals than `limit`: the first `limit` are given, read from the text up to `readTo`. */
  proposals?: {limit: number; readTo: number};
  /** More figures than `limit` (of either kind): the text was read up to `readTo`. */
  figures?: {limit: number; readTo: number};
}

/** The cut, or null when nothing was. */
export const cutOrNull = (cut: ProposalCut): ProposalCut | null =>
  cut.text || cut.proposals || cut.figures ? cut : null;

/** Proposals with what was cut (null: nothing was). */
export interface Bounded<T> {
  proposals: T[];
  cut: ProposalCut | null;
}

/** How far to read a text of `length` characters at once: all of it, or up to a line break (else a space) before the limit. */
export function textReadTo(text: string, limit = MAX_TEXT_CHARS): number {
  if (text.length <= limit) return text.length;
  const head = text.slice(0, limit);
  const line = head.lastIndexOf('\n');
  if (line > limit * 0.9) return line;
  const space = head.search(/\s\S*$/u);
  return space > limit * 0.9 ? space : limit;
}

/** A sentence [start, end) in pieces of at most `max` characters, each cut at a space where one is near. */
export function sentencePieces(text: string, start: number, end: number, max = MAX_SENTENCE_CHARS): [number, number][] {
  if (end - start <= max) return [[start, end]];
  const out: [number, number][] = [];
  let a = start;
  while (end - a > max) {
    let b = a + max;
    const space = text.lastIndexOf(' ', b);
    if (space > a + max / 2) b = space + 1;
    out.push([a, b]);
    a = b;
  }
  out.push([a, end]);
  return out;
}
