// Charts list units by their display names in the reader's language. The widget's dataset.json carries that order
// precomputed with Intl.Collator (scripts/lib/widget-dataset.ts); without it, charts collate themselves. Both
// must give Intl's order.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {compareUnits, unitName} from '../../src/charts/common.js';
import type {Dataset, Unit} from '../../src/data/schema.js';
import {checkDataset} from '../../src/data/validate.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
import {widgetDataset} from '../../scripts/lib/widget-dataset.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const LOCALES = {vi: 'vi-VN', en: 'en-GB'} as const;

/** The real dataset plus 300 districts with names drawn (seeded) from Vietnamese letters and tones. */
function dataset(): Dataset {
  const {dataset: real} = checkDataset(readCheckInput());
  const ds = structuredClone(real!);
  const syllables = [
    'Đắk',
    'Dak',
    'Ea',
    'Ân',
    'An',
    'Ưng',
    'Uông',
    'Hòa',
    'Hoà',
    'Hồ',
    'Hố',
    'Ngọc',
    'Ngọ',
    'Bắc',
    'Bác',
  ];
  let seed = 3;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const template = ds.units.find((u) => u.level === 'district')!;
  for (let k = 0; k < 300; k++) {
    const name = Array.from({length: 1 + Math.floor(rnd() * 3)}, () => syllables[Math.floor(rnd() * 15)]).join(' ');
    const ascii = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd');
    ds.units.push({...template, unit_id: `T${k}`, slug: `t${k}`, name, name_en: ascii} as Unit);
  }
  return ds;
}

test('units sort as Intl.Collator sorts their display names, with and without the precomputed order', () => {
  const plain = dataset();
  const built = widgetDataset(plain);
  assert.ok(built.unit_order && !plain.unit_order);
  for (const lang of ['vi', 'en'] as const) {
    const collator = new Intl.Collator(LOCALES[lang]);
    const ids = plain.units.map((u) => u.unit_id);
    const name = (id: string) => unitName(plain, id, lang);
    const expected = [...ids].sort((a, b) => collator.compare(name(a), name(b)));
    // Ties (same display name) may come in either order; compare the names.
    assert.deepEqual([...ids].sort(compareUnits(built, lang)).map(name), expected.map(name), `${lang}, precomputed`);
    assert.deepEqual([...ids].sort(compareUnits(plain, lang)).map(name), expected.map(name), `${lang}, collated`);
  }
  // In Vietnamese "Huyện Quỳ Châu" comes before "Tỉnh Bắc Kạn"; in English, "Bac Kan province" first.
  const at = (lang: 'vi' | 'en', id: string) => built.unit_order![lang].indexOf(id);
  assert.ok(at('vi', '416') < at('vi', '06') && at('en', '06') < at('en', '416'));
});

test('a precomputed order that does not list every unit is not used', () => {
  const ds = widgetDataset(dataset());
  const broken = {...ds, unit_order: {vi: ds.unit_order!.vi.slice(1), en: ds.unit_order!.en}};
  const cmp = compareUnits(broken, 'vi');
  // It falls back to collating: the result is still the right order.
  const ids = ds.units.map((u) => u.unit_id);
  assert.deepEqual([...ids].sort(cmp), [...ids].sort(compareUnits(ds, 'vi')));
});
