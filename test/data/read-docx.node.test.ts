// The .docx reader does bounded work: linear in the text however its paragraphs are (un)closed, and a part larger
// than the reader takes, or larger than it declares, is an error naming it, never "0 characters".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {strToU8, zipSync} from 'fflate';
import {docxText, DocxError, MAX_DOCX_PART_BYTES} from '../../src/data/read/docx.js';
import {zipEntries} from '../../src/data/read/zip.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) =>
  zipSync({'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`)});

/** The zip with its document declaring `size` bytes (local header and central directory). */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  view.setUint32(zipEntries(out).get('word/document.xml')!.offset + 22, size, true);
  for (let at = 0; at + 46 < out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

test('paragraphs, runs, tabs and deleted text read as before', () => {
  const text = docxText(
    docx(
      '<w:p><w:r><w:t>Một</w:t><w:tab/><w:t xml:space="preserve"> hai</w:t></w:r><w:del><w:r><w:t>bỏ</w:t></w:r></w:del></w:p><w:p/><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>ba &amp; bốn</w:t></w:r></w:p>',
    ),
  );
  assert.equal(text, 'Một\t hai\n\nba & bốn');
});

// No timing here (the bench measures speed): 400,000 unclosed paragraphs are 1.6·10¹¹ steps for a reader that
// rescans from each one, far past the test's 2-minute timeout, and well under a second for a linear scan.
test('400,000 unclosed paragraphs (and unclosed runs) are read, to the last word', () => {
  const text = docxText(
    docx('<w:p>'.repeat(400_000) + '<w:p><w:r><w:t>'.repeat(200_000) + '<w:p><w:r><w:t>cuối</w:t></w:r></w:p>'),
  );
  assert.match(text, /cuối$/);
});

test('a document larger than the reader takes is an error that names the limit, before inflating', () => {
  const big = declaring(docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'), MAX_DOCX_PART_BYTES + 1);
  assert.throws(
    () => docxText(big, 'ke-hoach.docx'),
    (e: unknown) =>
      e instanceof DocxError && e.code === 'too_large' && /ke-hoach\.docx: too large .*at most 50 MB/.test(e.message),
  );
});

test('a document declaring 1,000 bytes that inflates to 5 MB is refused as it passes them', () => {
  const bomb = declaring(docx(`<w:p><w:r><w:t>${'A'.repeat(5_000_000)}</w:t></w:r></w:p>`), 1000);
  assert.throws(
    () => docxText(bomb, 'bom.docx'),
    (e: unknown) =>
      e instanceof DocxError && e.code === 'unreadable' && /more than the 1000 bytes it declares/.test(e.message),
  );
});
