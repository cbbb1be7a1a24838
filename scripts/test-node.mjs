// `npm run test:node`: runs test/**/*.node.test.ts with node:test through tsx.
// Node 20's `--test` does not expand globs, so this finds the files itself.
//   npm run test:node                               # all node tests
//   npm run test:node -- test/data/units.node.test.ts --test-name-pattern=unit
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const options = args.filter((arg) => arg.startsWith('-'));
let files = args.filter((arg) => !arg.startsWith('-'));

if (files.length === 0) {
  files = readdirSync(join(root, 'test'), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.node.test.ts') && !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => relative(root, join(root, 'test', file)))
    .sort();
  if (files.length === 0) {
    console.error('No test/**/*.node.test.ts files found.');
    process.exit(1);
  }
}

// One process per file (node:test's isolation); on 2 cores Node runs them one at a time (availableParallelism - 1):
// most of a file's time is starting tsx, not running tests, so three at once halve the wall time.
const concurrency = options.some((o) => o.startsWith('--test-concurrency')) ? [] : ['--test-concurrency=3'];
// A test that hangs (a timer left running, a promise never settled) fails after 2 minutes instead of holding CI.
const timeout = options.some((o) => o.startsWith('--test-timeout')) ? [] : ['--test-timeout=120000'];
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...concurrency, ...timeout, ...options, ...files],
  {
    cwd: root,
    stdio: 'inherit',
    // Pin the time zone, as the browser tests do (web-test-runner.config.mjs).
    env: {...process.env, TZ: 'Asia/Ho_Chi_Minh'},
  },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
