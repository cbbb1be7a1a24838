// The proposers on what a user can paste (src/data/propose/limits.ts): 100 kB of "100% " (the hostile
// paste; before the limits, 20 kB gave 4,096 cards in 33–41 s in the builder and 100 kB no answer) and 100 kB of
// the seed plans' own sentences (data/sources/), each proposed as targets and as results, in Node. Budget: each
// answers in ≤ 1,000 ms (the builder's 5 s leaves the rest for its cards and preview).
//
//   npm run bench -- --only=propose    # this section alone
import {readFileSync, readdirSync} from 'node:fs';
import {tsImport} from 'tsx/esm/api';
import {ROOT} from './lib/prepare.mjs';
import {ms, spread, summarize} from './lib/stats.mjs';

export const PROPOSE_BUDGET = 1000;

export async function benchPropose({runs, log}) {
  const {proposeTargetsBounded, proposeResultsBounded} = await tsImport(
    '../../src/data/propose/index.ts',
    import.meta.url,
  );
  const dir = `${ROOT}data/sources/`;
  let seeds = '';
  while (seeds.length < 100_000)
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) seeds += readFileSync(dir + f, 'utf8') + '\n\n';
  const texts = {'100 kB of "100% "': '100% '.repeat(20_000), '100 kB of seed plans': seeds.slice(0, 100_000)};
  const result = {};
  const rows = [];
  let worst = 0;
  for (const [name, text] of Object.entries(texts))
    for (const [what, propose] of [
      ['targets', proposeTargetsBounded],
      ['results', proposeResultsBounded],
    ]) {
      log(`propose: ${name} as ${what}, ${runs} runs`);
      const times = [];
      let last;
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        last = propose(text);
        times.push(performance.now() - t0);
      }
      const s = summarize(times);
      worst = Math.max(worst, s.max);
      result[`${name} → ${what}`] = {ms: s, proposals: last.proposals.length, cut: last.cut};
      rows.push([
        `propose ${what}: ${name} (${last.proposals.length} proposed${last.cut ? ', cut said' : ''})`,
        spread(s),
        '—',
        '—',
      ]);
    }
  const budget = {
    name: `Proposers, 100 kB pasted (junk and real plans, targets and results): each ≤ ${PROPOSE_BUDGET} ms`,
    pass: worst <= PROPOSE_BUDGET,
    figures: `slowest run ${ms(worst)}`,
  };
  return {result, rows, budget};
}
