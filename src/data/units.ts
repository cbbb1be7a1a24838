/**
 * Units across the 1 July 2025 reorganization. A key (unit_id, slug, alias or a bare code) resolves to one unit and
 * the units whose plans belong with it: a province of the 2025 list brings its predecessors ("44" or "quang-tri":
 * Quảng Trị from 2025, with the former Quảng Trị 45 and Quảng Bình 44), an older or unmerged unit stands alone.
 * Plain rows, no zod, no DOM: the widget runs it too.
 */
import type {Dataset, Unit} from './schema.js';
import type {UnitKind} from './constants.js';
import {closestUnits} from './unit-suggest.js';

export interface ResolvedUnits {
  /** The unit the key names. */
  unit: Unit;
  /** The unit and, for a province of the 2025 list, the provinces it was formed from (same level), in code order. */
  members: Unit[];
  /**
   * How the key was read: a unit_id, a slug or alias, a code of the 2025 list, or a name (with or without diacritics
   * and the kind word: "Quảng Trị", "tỉnh quang tri", "Thừa Thiên Huế", "TP Hồ Chí Minh").
   */
  matched: 'unit_id' | 'slug' | 'code_2025' | 'name';
  /**
   * Only for a dataset of 1.0 (no 2025 provinces as rows): a successor code names the units it took over ("19" →
   * Bắc Kạn), and this is the successor's name and date, for a note.
   */
  successor?: {name: string; from: string | null};
}

interface Index {
  byKey: Map<string, {unit: Unit; matched: ResolvedUnits['matched']}>;
  /** nameKey of every name, slug and alias: today's unit where a former one had the same name. */
  byName: Map<string, Unit>;
  predecessors: Map<string, Unit[]>;
  /** A 1.0 dataset's successor codes (units without unit_2025): code → the units it took over. */
  legacy: Map<string, Unit[]>;
}
const indexes = new WeakMap<readonly Unit[], Index>();

/** A unit that exists from 1 July 2025 on (a 2025 province, an unmerged one, or the country). */
export const isCurrent = (u: Unit): boolean => !u.valid_to;

/**
 * A unit's name as a key: NFC or NFD alike, no case, no diacritics, no kind word before it (tỉnh, thành phố, TP,
 * huyện), no spaces, dots or hyphens: "Tỉnh Quảng Trị", "quang tri" and "quang-tri" are all "quangtri"; "Quảng Trị
 * (cũ)" is "quangtricu", the slug "quang-tri-cu".
 */
export const nameKey = (s: string): string =>
  s
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/^\W*(tinh|thanh pho|tp|huyen)\b|\W/g, '');

function index(units: readonly Unit[]): Index {
  let i = indexes.get(units);
  if (i) return i;
  const byKey: Index['byKey'] = new Map();
  // Names, lowest first: a former unit's, then today's (the slug's rule: "Quảng Trị" is Quảng Trị from 2025), then
  // slugs and aliases (below), so that a name never takes a key another unit's slug has.
  const byName: Index['byName'] = new Map(
    [...units].sort((a, b) => +isCurrent(a) - +isCurrent(b)).map((u) => [nameKey(u.name), u]),
  );
  const predecessors: Index['predecessors'] = new Map();
  const legacy: Index['legacy'] = new Map();
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  // Precedence, lowest first (later entries overwrite): a unit_id or slug names exactly that unit, except that a bare
  // code of the 2025 list names the 2025 province ("19" is Thái Nguyên from 2025, not the former Thái Nguyên).
  for (const u of units) {
    byKey.set(u.unit_id.toLowerCase(), {unit: u, matched: 'unit_id'});
    for (const s of [u.slug, ...(u.aliases ?? '').split(';')].map((x) => x.trim()).filter(Boolean)) {
      byKey.set(s.toLowerCase(), {unit: u, matched: 'slug'});
      byName.set(nameKey(s), u);
    }
  }
  for (const u of units) {
    // A dataset.json of 1.0 (loaded with `src`) has no code, validity or unit_2025: its unit_id is its code.
    const code = u.code ?? u.unit_id;
    if (u.level !== 'province' || !isCurrent(u) || !u.code) continue;
    byKey.set(code.toLowerCase(), {unit: u, matched: u.unit_id === code ? 'unit_id' : 'code_2025'});
  }
  for (const u of units) {
    if (u.unit_2025 !== undefined || !u.successor_id) continue;
    for (const c of u.successor_id.split(';')) if (!byKey.has(c)) legacy.set(c, [...(legacy.get(c) ?? []), u]);
  }
  for (const u of units) {
    const heir = u.unit_2025 ? byId.get(u.unit_2025) : undefined;
    if (!heir || heir.level !== u.level) continue;
    const list = predecessors.get(heir.unit_id) ?? [];
    if (u !== heir) list.push(u);
    predecessors.set(heir.unit_id, list);
  }
  indexes.set(units, (i = {byKey, byName, predecessors, legacy}));
  return i;
}

/**
 * Resolves a key as the widget's `unit` attribute and every `plan-chart/data` function read it; null when unknown.
 * Keys are trimmed, NFC-normalized and case-insensitive; a key that is no id, slug or code is read as a name
 * (nameKey): "Quảng Trị" is the slug "quang-tri" (Quảng Trị from 2025), "Quảng Trị (cũ)" is "quang-tri-cu".
 */
export function resolveUnits(ds: Pick<Dataset, 'units'>, key: string): ResolvedUnits | null {
  const k = key.trim().normalize('NFC').toLowerCase();
  const i = index(ds.units);
  const named = i.byName.get(nameKey(k));
  const hit = i.byKey.get(k) ?? (named && {unit: named, matched: 'name' as const});
  if (!hit) {
    const heirs = i.legacy.get(k);
    if (!heirs) return null;
    return {
      unit: heirs[0],
      members: heirs,
      matched: 'code_2025',
      successor: {name: heirs[0].successor_name ?? k, from: heirs[0].successor_from},
    };
  }
  const unit = hit.unit;
  const members = [unit, ...(i.predecessors.get(unit.unit_id) ?? [])].sort((a, b) =>
    a === unit ? -1 : b === unit ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  return {unit, members, matched: hit.matched};
}

/**
 * Like resolveUnits, for the researchers' API: throws `unknown unit: "x" (known: …; did you mean …?)` for a key it
 * does not know, with the closest names (closestUnits).
 */
export function unitsFor(ds: Pick<Dataset, 'units' | 'plans'>, key: string): ResolvedUnits {
  const r = resolveUnits(ds, key);
  if (r) return r;
  const withPlans = new Set(ds.plans.map((p) => p.unit_id));
  const known = ds.units.filter((u) => withPlans.has(u.unit_id)).map((u) => `${u.unit_id} (${u.slug})`);
  const near = closestUnits(ds, key).map((u) => `${u.unit_id} (${u.slug}, ${u.name})`);
  throw new Error(
    `unknown unit: "${key}" (known: ${known.join(', ')}, and every unit_id, slug, name or 2025 code of units.csv)` +
      (near.length ? `; did you mean: ${near.join(', ')}?` : ''),
  );
}

/** The word before a unit's name, by kind: "tỉnh"/"province", "thành phố"/"city", "huyện"/"district". */
export const KIND_WORDS: Record<'vi' | 'en', Record<UnitKind, string>> = {
  vi: {country: '', province: 'tỉnh', city: 'thành phố', district: 'huyện'},
  en: {country: '', province: 'province', city: 'city', district: 'district'},
};

/**
 * "Thành phố Hà Nội" / "Ha Noi city", "tỉnh Quảng Trị" inside a sentence; a former province (merged on 1 July 2025)
 * whose name continues in a 2025 province gets "(cũ)" / "(former)" when `disambiguate` is set.
 */
export function unitFullName(
  ds: Pick<Dataset, 'units'>,
  u: Unit,
  lang: 'vi' | 'en',
  {inSentence = false, disambiguate = false}: {inSentence?: boolean; disambiguate?: boolean} = {},
): string {
  const kind: UnitKind = u.kind ?? (u.level === 'national' ? 'country' : u.level); // a 1.0 row has no kind
  if (kind === 'country') return lang === 'vi' ? u.name : u.name_en;
  const word = KIND_WORDS[lang][kind];
  const former =
    disambiguate &&
    !isCurrent(u) &&
    ds.units.some((x) => x !== u && isCurrent(x) && x.name === u.name && x.level === u.level);
  const suffix = former ? (lang === 'vi' ? ' (cũ)' : ' (former)') : '';
  if (lang === 'en') return `${u.name_en} ${word}${suffix}`;
  const w = inSentence ? word : word[0].toUpperCase() + word.slice(1);
  return `${w} ${u.name}${suffix}`;
}
