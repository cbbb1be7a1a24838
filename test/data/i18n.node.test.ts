// The widget formats numbers and dates and orders names without Intl (the first Intl object a page creates costs
// 30-40 ms of ICU loading before the first summary). These tests hold that code to Intl's own answers, in Node,
// which ships full ICU.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {checkDataset} from '../../src/data/validate.js';
import {MESSAGES, compareNames, formatDate, formatNumber, type Lang} from '../../src/i18n/index.js';
import {viExports} from '../../src/i18n/exports.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

const LOCALES: Record<Lang, string> = {vi: 'vi-VN', en: 'en-GB'};

/** A seeded generator: the same "random" cases on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

test('formatNumber gives what Intl.NumberFormat gives (vi-VN, en-GB; 0, 1 and 2 fraction digits)', () => {
  const rnd = seeded(7);
  const values = [0, -0, 1, 0.05, 1.05, 1.15, 2.25, 72.5, 99.95, 100, 1000, 1234.5, -3, -0.04, 12345678.9, 60 / 63];
  values.push((60 / 63) * 100, 1e-7, 1e21, 1.5e22);
  for (let k = 0; k < 5000; k++) values.push(Math.round(rnd() * 2e6 - 1e5) / [1, 10, 100, 1000][k % 4]);
  for (const lang of ['vi', 'en'] as const)
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(LOCALES[lang], {maximumFractionDigits: digits});
      for (const v of values) assert.equal(formatNumber(lang, v, digits), intl.format(v), `${lang} ${v} (${digits})`);
    }
  assert.equal(formatNumber('vi', 72.5), '72,5');
  assert.equal(formatNumber('vi', 1234.5), '1.234,5');
  assert.equal(formatNumber('en', 1234.5), '1,234.5');
});

test('formatDate in English gives what Intl.DateTimeFormat(en-GB) gives; Vietnamese is dd/mm/yyyy', () => {
  const intl = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  for (let m = 1; m <= 12; m++)
    for (const d of [1, 9, 10, 28]) {
      const iso = `2021-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      assert.equal(formatDate('en', iso), intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  assert.equal(formatDate('vi', '2021-11-01'), '01/11/2021');
  assert.equal(formatDate('vi', null), '');
});

test('compareNames orders names as Intl.Collator(vi-VN) and Intl.Collator(en-GB) do', () => {
  const {dataset} = checkDataset(readCheckInput());
  const names = dataset!.units.flatMap((u) => [u.name, u.name_en]);
  names.push('Đắk Lắk', 'Dak Lak', 'Đà Nẵng', 'Da Nang', 'An Giang', 'An', 'Bà Rịa - Vũng Tàu', 'Hà Nội', 'Hà Giang');
  names.push('Hà Tĩnh', 'Hải Phòng', 'Hải Dương', 'Huyện số 12', 'Huyện số 2', 'Thừa Thiên Huế', 'Thái Bình');
  names.push('Thái Nguyên', 'Tây Ninh', 'Ủy ban', 'Uông Bí', 'Ưu', 'Cà Mau', 'Cao Bằng', 'Yên Bái', 'Ea Súp');
  // Every letter of the Vietnamese alphabet with every tone, in both cases, in random words.
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ';
  const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
  const rnd = seeded(11);
  for (let k = 0; k < 3000; k++) {
    let w = '';
    for (let j = 0, n = 2 + Math.floor(rnd() * 6); j < n; j++) {
      const c = letters[Math.floor(rnd() * letters.length)];
      w += (c + ('aăâeêioôơuưyAĂÂÊÔƠƯ'.includes(c) ? tones[Math.floor(rnd() * 6)] : '')).normalize('NFC');
      if (rnd() < 0.15) w += ' ';
    }
    names.push(w.trim() || 'a');
  }
  for (const lang of ['vi', 'en'] as const) {
    const intl = new Intl.Collator(LOCALES[lang]);
    const expected = [...names].sort(intl.compare);
    const got = [...names].sort((a, b) => compareNames(lang, a, b));
    const differ = got.filter((name, k) => intl.compare(name, expected[k]) !== 0);
    assert.deepEqual(differ.slice(0, 5), [], `${lang}: ${differ.length} of ${names.length} names out of order`);
  }
  assert.ok(compareNames('vi', 'Dak Lak', 'Đắk Lắk') < 0 && compareNames('vi', 'Đắk Lắk', 'Ea Súp') < 0);
});

test('Vietnamese has every text English has once the exports’ texts (a module of their own) are loaded', () => {
  const keys = (lang: Lang) => Object.keys(MESSAGES[lang]).sort();
  assert.deepEqual(keys('vi'), keys('en'));
  // The exports' texts are not in src/i18n/index.ts's own object (the first download): they came from i18n/exports.ts.
  for (const k of Object.keys(viExports))
    assert.equal(MESSAGES.vi[k as keyof typeof viExports], viExports[k as keyof typeof viExports]);
  assert.ok(Object.keys(viExports).length > 20);
});
