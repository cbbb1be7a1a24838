/**
 * "Did you mean": the units whose names come closest to a key that names none ("quang tre" → Quảng Trị and the
 * former Quảng Trị; "hue city" → Huế). Only on the error path: the widget's first content never loads it.
 */
import type {Dataset, Unit} from './schema.js';
import {isCurrent, nameKey} from './units.js';

/** Edit distance (insertions, deletions, substitutions) of two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * Up to `n` units closest to `key` by name, slug or alias (nameKey: no diacritics, case or kind word), today's
 * before a former one at the same distance; none when nothing is near (more than a third of the letters differ
 * and the key is not part of a name).
 */
export function closestUnits(ds: Pick<Dataset, 'units'>, key: string, n = 3): Unit[] {
  const k = nameKey(key.normalize('NFC'));
  if (!k) return [];
  const scored: {unit: Unit; score: number}[] = [];
  for (const u of ds.units) {
    const names = [u.name, u.name_en, u.slug, ...(u.aliases ?? '').split(';')].filter(Boolean).map(nameKey);
    // A key inside a name ("thien hue" in "thuathienhue") or a name inside the key ("quangtrix") is near.
    const score = Math.min(
      ...names.map((x) =>
        k.length > 2 && (x.includes(k) || k.includes(x)) ? 0.1 : distance(k, x) / Math.max(k.length, x.length),
      ),
    );
    if (score <= 1 / 3) scored.push({unit: u, score});
  }
  return scored
    .sort((a, b) => a.score - b.score || +isCurrent(b.unit) - +isCurrent(a.unit))
    .slice(0, n)
    .map((s) => s.unit);
}
