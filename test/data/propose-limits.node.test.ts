// The proposers' ceilings (src/data/propose/limits.ts): pasted junk is read up to a limit and said to be cut; the
// seed plans are far inside every limit; a very long "sentence" is read in pieces. No timings here (see
// `npm run bench`): the tests count what was read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {
  MAX_FIGURES,
  MAX_PROPOSALS,
  MAX_SENTENCE_CHARS,
  MAX_TEXT_CHARS,
  proposeResultsBounded,
  proposeTargetsBounded,
  sentencePieces,
  textReadTo,
} from '../../src/data/propose/index.js';
import {sentences} from '../../src/data/propose/text.js';

// The seed plans, as the dataset ships them (data/sources/, byte-identical to shared/seeds/).
const SOURCES = new URL('../../data/sources/', import.meta.url);
const seeds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));

test('the seed plans are read whole, every target proposed, nothing cut', () => {
  assert.equal(seeds.length, 5);
  for (const f of seeds) {
    const text = readFileSync(new URL(f, SOURCES), 'utf8');
    assert.ok(text.length < MAX_TEXT_CHARS / 3, f);
    const {proposals, cut} = proposeTargetsBounded(text);
    assert.equal(cut, null, f);
    assert.ok(proposals.length > 0 && proposals.length < MAX_PROPOSALS / 10, f);
  }
});

test('100 kB of "100% " pasted: 200 targets, the rest said to be cut with where reading stopped', () => {
  const text = '100% '.repeat(20_000);
  const {proposals, cut} = proposeTargetsBounded(text);
  assert.equal(proposals.length, MAX_PROPOSALS);
  assert.ok(cut?.proposals);
  assert.equal(cut.proposals.limit, MAX_PROPOSALS);
  // Reading stopped at the 201st figure: 200 figures of 5 characters before it.
  assert.equal(cut.proposals.readTo, MAX_PROPOSALS * 5);
  assert.equal(cut.text, undefined, '100,000 characters is within the text limit');
  // The proposals are the text's first 200 figures, each with its own offsets.
  assert.deepEqual(
    proposals.slice(0, 3).map((p) => [p.value, p.measure, p.figure.start]),
    [
      [100, 'percent', 0],
      [100, 'percent', 5],
      [100, 'percent', 10],
    ],
  );
});

test('a text past the text limit is read up to a line break before it, and says so', () => {
  const line = 'Phấn đấu đến năm 2025, 100% xã có mô hình.\n';
  const text = line.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length));
  const readTo = textReadTo(text);
  assert.ok(readTo <= MAX_TEXT_CHARS && readTo > MAX_TEXT_CHARS * 0.99);
  assert.equal(text[readTo], '\n');
  const {cut} = proposeTargetsBounded(text);
  assert.deepEqual(cut?.text, {limit: MAX_TEXT_CHARS, length: text.length, readTo});
  assert.equal(cut.proposals?.limit, MAX_PROPOSALS);
});

test('figures of the other kind count too: a report pasted as a plan is read up to 1,000 figures', () => {
  const text = 'Năm 2023 đã kiểm tra 12 cơ sở. '.repeat(3_000);
  const targets = proposeTargetsBounded(text, {document: 'report'});
  assert.equal(targets.proposals.length, 0);
  assert.equal(targets.cut?.figures?.limit, MAX_FIGURES);
  const results = proposeResultsBounded(text, {document: 'report'});
  assert.equal(results.proposals.length, MAX_PROPOSALS);
  assert.equal(results.cut?.proposals?.limit, MAX_PROPOSALS);
});

test('a "sentence" longer than the limit is read in pieces cut at spaces; sentences end within their paragraph', () => {
  const text = 'x '.repeat(MAX_SENTENCE_CHARS * 2);
  const pieces = sentencePieces(text, 0, text.length);
  assert.ok(pieces.length >= 4);
  for (const [a, b] of pieces) assert.ok(b - a <= MAX_SENTENCE_CHARS);
  assert.deepEqual(pieces[0][0], 0);
  assert.deepEqual(pieces.at(-1)![1], text.length);
  for (let k = 1; k < pieces.length; k++) assert.equal(pieces[k][0], pieces[k - 1][1]);
  assert.equal(text[pieces[0][1] - 1], ' ');
  // The next paragraph's capital does not end the last sentence of this one.
  const two = 'Một câu. Hai câu.\nBa câu.';
  assert.deepEqual(sentences(two, 0, 17), [
    [0, 8],
    [9, 17],
  ]);
});
