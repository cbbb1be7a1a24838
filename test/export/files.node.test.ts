// PNG metadata (pHYs, iTXt) and SVG documents written by the exports (src/export/): pure byte and text
// work, checked on a PNG made here with zlib.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {deflateSync} from 'node:zlib';
import {chunk, crc32, readPng, withPngMetadata} from '../../src/export/png.js';
import {svgDocument} from '../../src/export/svg.js';
// English texts load on demand in the widget; here, as a page in English would.
import '../../src/i18n/en.js';

/** A w×h RGBA PNG, all white. */
function png(w: number, h: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, w);
  v.setUint32(4, h);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(h * (1 + 4 * w)).fill(255);
  for (let y = 0; y < h; y++) raw[y * (1 + 4 * w)] = 0;
  const parts = [
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('pHYs', Uint8Array.from([0, 0, 11, 19, 0, 0, 11, 19, 1])),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  return Buffer.concat(parts);
}

test('CRC-32 is PNG’s (the IEND chunk’s is AE426082)', () => {
  assert.equal(crc32(new TextEncoder().encode('IEND')), 0xae426082);
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
});

test('a 300 dpi PNG says so (pHYs 11811 px/m, replacing the one it had), with its title and source in UTF-8', () => {
  const before = png(3, 2);
  assert.equal(readPng(before).dpi, 72);
  const out = withPngMetadata(before, {
    dpi: 300,
    lang: 'vi',
    text: {Title: 'Tỉnh Quảng Ngãi: chỉ tiêu', Description: 'Nguồn: Quyết định 1736/QĐ-UBND'},
  });
  const info = readPng(out);
  assert.deepEqual(info, {
    width: 3,
    height: 2,
    dpi: 300,
    text: {Title: 'Tỉnh Quảng Ngãi: chỉ tiêu', Description: 'Nguồn: Quyết định 1736/QĐ-UBND'},
  });
  // One pHYs, before IDAT, and every chunk's CRC right.
  const types: string[] = [];
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 8; at < out.length;) {
    const len = view.getUint32(at);
    types.push(String.fromCharCode(...out.subarray(at + 4, at + 8)));
    assert.equal(view.getUint32(at + 8 + len), crc32(out.subarray(at + 4, at + 8 + len)));
    at += 12 + len;
  }
  assert.deepEqual(types, ['IHDR', 'pHYs', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
  assert.throws(() => withPngMetadata(new Uint8Array(40), {dpi: 300}), /not a PNG/);
});

test('an SVG document has a title, a description and its language; for print its size in mm', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="1228" height="600" viewBox="0 0 1228 600"><rect/></svg>';
  const out = svgDocument(svg, {title: 'A & B', description: 'Nguồn: <x>', lang: 'vi', dpi: 300});
  assert.ok(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg '));
  assert.match(out, /width="103\.97mm" height="50\.8mm" viewBox="0 0 1228 600" xml:lang="vi" role="img">/);
  assert.ok(out.includes('<title>A &amp; B</title><desc>Nguồn: &lt;x&gt;</desc><rect/>'));
  const web = svgDocument('<svg width="10" height="5"></svg>', {title: 't', description: 'd', lang: 'en'});
  assert.match(web, /<svg width="10" height="5" viewBox="0 0 10 5" xml:lang="en" role="img">/);
  assert.throws(() => svgDocument('<p/>', {title: '', description: '', lang: 'vi'}), /not an SVG/);
});
