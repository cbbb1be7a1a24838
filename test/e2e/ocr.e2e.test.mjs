// A television frame read as a viewer sees it: the exported PNG downscaled to 640×360 (in the page, on a canvas) and
// read back by Tesseract in Vietnamese. The title, the frame counter ("2/4") and the source line must survive.
// Tesseract (`tesseract-ocr`, `tesseract-ocr-vie`) is installed by .ci/run; elsewhere the test says it is skipped.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start, open, settled} from './harness.mjs';

const hasTesseract = (() => {
  try {
    return execFileSync('tesseract', ['--list-langs'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
      .split('\n')
      .includes('vie');
  } catch {
    return false;
  }
})();
// In CI the test runs (.ci/run installs Tesseract): a missing reader is a failure there, not a skip.
const skip =
  !hasTesseract && !process.env.CI ? 'tesseract with Vietnamese (tesseract-ocr-vie) is not installed' : false;

let env;
before(async () => (env = await start()));
after(() => env?.close());

// OCR reads the fraction slash of some fonts as "⁄" and a dash as "-": compared after folding those.
const fold = (s) => s.normalize('NFC').replace(/⁄/g, '/').replace(/[–—]/g, '-').replace(/\s+/g, ' ');

test('television frames at 640×360: title, counter and source line read by OCR', {skip}, async () => {
  assert.ok(hasTesseract, 'tesseract with the Vietnamese language data is installed');
  const {page} = await open(env.browser, env.url('/test/e2e/pages/csp.html'), {height: 4000});
  await settled(page);
  const frames = await page.$eval('#attainment', async (el) => {
    const files = await el.exportImages({kind: 'broadcast'}, {rows: el.rows.map((r) => r.target_id)});
    const out = [];
    for (const f of files) {
      const img = await createImageBitmap(f.blob);
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [640, 360];
      const cx = canvas.getContext('2d');
      cx.imageSmoothingQuality = 'high';
      cx.drawImage(img, 0, 0, 640, 360);
      out.push(canvas.toDataURL('image/png').split(',')[1]);
    }
    return out;
  });
  await page.close();
  assert.ok(frames.length >= 2 && frames.length <= 4, `${frames.length} frames`);
  const dir = mkdtempSync(join(tmpdir(), 'plan-chart-ocr-'));
  frames.forEach((b64, k) => {
    const file = join(dir, `frame-${k + 1}.png`);
    writeFileSync(file, Buffer.from(b64, 'base64'));
    const text = fold(execFileSync('tesseract', [file, '-', '-l', 'vie'], {encoding: 'utf8', stdio: 'pipe'}));
    const n = frames.length;
    assert.ok(text.includes(`giai đoạn 2021-2025 ${k + 1}/${n}`), `frame ${k + 1}: title and counter in\n${text}`);
    // The source line at 30 px is 10 px here: its document and date must read (its first word, "Nguồn", at times
    // loses its "ồ").
    assert.ok(text.includes('Quyết định 1736/QĐ-UBND ngày 05/11/2021'), `frame ${k + 1}: source line in\n${text}`);
  });
});
