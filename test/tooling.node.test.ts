import assert from 'node:assert/strict';
import {accessSync, constants, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {findChrome, NOT_FOUND_MESSAGE} from '../scripts/find-chrome.mjs';
import {serve} from '../scripts/serve.mjs';

describe('findChrome', () => {
  it('returns an existing executable', () => {
    const file = findChrome();
    assert.ok(statSync(file).isFile(), `${file} is not a file`);
    assert.doesNotThrow(() => accessSync(file, constants.X_OK), `${file} is not executable`);
  });

  it('prefers CHROME_PATH', () => {
    assert.equal(findChrome({env: {CHROME_PATH: process.execPath, PATH: ''}}), process.execPath);
  });

  it('fails with install instructions when nothing is found', () => {
    assert.throws(() => findChrome({env: {PATH: '/nonexistent'}}), {message: NOT_FOUND_MESSAGE});
    assert.throws(
      () => findChrome({env: {CHROME_PATH: '/nonexistent/chrome', PATH: ''}}),
      /CHROME_PATH.*not an executable/,
    );
  });
});

describe('serve', () => {
  const parent = mkdtempSync(join(tmpdir(), 'plan-chart-serve-'));
  const root = join(parent, 'root');
  let server: Awaited<ReturnType<typeof serve>>;
  const get = (path: string) => fetch(new URL(path, server.url), {redirect: 'manual'});

  before(async () => {
    mkdirSync(join(root, 'demo'), {recursive: true});
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(root, 'units.csv'), 'id,name\nquang-tri,Quảng Trị\n');
    writeFileSync(join(root, 'app.js'), 'export {};');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    server = await serve({
      root,
      port: 0,
      quiet: true,
      headers: (path) => (path.startsWith('/demo/') ? {'content-security-policy': "default-src 'self'"} : undefined),
    });
  });

  after(() => {
    server.close();
    rmSync(parent, {recursive: true, force: true});
  });

  it('redirects / to /demo/ and serves index.html for a directory', async () => {
    const root = await get('/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/demo/');
    const demo = await get('/demo/');
    assert.equal(demo.status, 200);
    assert.equal(demo.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await demo.text(), /<title>demo<\/title>/);
  });

  it('sends the right MIME types and UTF-8 bodies', async () => {
    const csv = await get('/units.csv');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(await csv.text(), 'id,name\nquang-tri,Quảng Trị\n');
    assert.equal((await get('/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  });

  it('adds per-path headers', async () => {
    assert.equal((await get('/demo/')).headers.get('content-security-policy'), "default-src 'self'");
    assert.equal((await get('/app.js')).headers.get('content-security-policy'), null);
  });

  it('never serves files outside the root', async () => {
    for (const path of ['/..%2fsecret.txt', '/demo/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await get(path);
      assert.ok([403, 404].includes(response.status), `${path} answered ${response.status}`);
      assert.doesNotMatch(await response.text(), /secret$/);
    }
    assert.equal((await get('/missing.json')).status, 404);
  });
});

describe('test environment', () => {
  it('runs in the pinned time zone (Asia/Ho_Chi_Minh, UTC+7)', () => {
    // Node's ICU reports the older canonical name Asia/Saigon for the same zone.
    assert.ok(['Asia/Ho_Chi_Minh', 'Asia/Saigon'].includes(Intl.DateTimeFormat().resolvedOptions().timeZone));
    assert.equal(new Date('2025-01-01T00:00:00Z').getHours(), 7);
  });
});
