// Browser tests in real Chromium (see CONVENTIONS.md, "Tests").
//   npm run test:browser                       # all test/**/*.browser.test.ts
//   npx web-test-runner test/foo.browser.test.ts --watch
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChrome} from './scripts/find-chrome.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: {browser: true, exportConditions: ['browser', 'production']},
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=vi-VN',
        ],
        // Pin the time zone: no test may depend on the machine it runs on.
        env: {...process.env, TZ: 'Asia/Ho_Chi_Minh'},
      },
    }),
  ],
  // Two cores: one browser page at a time keeps timings stable.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: {config: {timeout: 10_000}},
};
