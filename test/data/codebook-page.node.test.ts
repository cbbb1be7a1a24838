// demo/codebook.html, both codebooks as a page (scripts/lib/codebook-page.ts, scripts/lib/markdown.ts): the
// committed page is what npm run data:build writes from data/README*.md today, it holds every heading and table of
// both, in their own language, and the converter keeps code literal and escapes what is not Markdown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {CODEBOOK_PAGE, codebookPage} from '../../scripts/lib/codebook-page.js';
import {inline, markdownToHtml} from '../../scripts/lib/markdown.js';

const page = readFileSync(CODEBOOK_PAGE, 'utf8');
const md = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

test('demo/codebook.html is up to date with data/README.vi.md and data/README.md (npm run data:build)', () => {
  assert.equal(page, codebookPage());
});

test('one article per language, each with every heading and every table of its codebook', () => {
  for (const [lang, file] of [
    ['vi', 'README.vi.md'],
    ['en', 'README.md'],
  ]) {
    const at = page.indexOf(`<article class="codebook" lang="${lang}">`);
    assert.ok(at > 0, lang);
    const article = page.slice(at, page.indexOf('</article>', at));
    const text = md(file);
    assert.equal((article.match(/<h[1-3] id=/g) ?? []).length, (text.match(/^#{1,3} /gm) ?? []).length, file);
    assert.equal((article.match(/<table>/g) ?? []).length, (text.match(/^\| -/gm) ?? []).length, file);
    assert.ok(article.includes(`href="../data/${file}"`));
  }
  // Linked from the dataset page, in the page's language.
  const dataset = readFileSync(new URL('../../demo/dataset.html', import.meta.url), 'utf8');
  assert.match(dataset, /<a data-keep-lang href="codebook\.html"/);
});

test('the converter: code is literal, text is escaped, lists and quotes keep their continuation lines', () => {
  assert.equal(
    inline('`<plan_id>:<indicator_id>` and **bold** _it_ <b>'),
    '<code>&lt;plan_id&gt;:&lt;indicator_id&gt;</code> and <strong>bold</strong> <em>it</em> &lt;b&gt;',
  );
  // An underscore inside a word or a code span is not emphasis.
  assert.equal(inline('unit_id and `units_*`'), 'unit_id and <code>units_*</code>');
  assert.equal(
    markdownToHtml('- one\n  two\n- three\n\n1. a\n   b\n\n> quote\n> more\n\npara\nline'),
    '<ul>\n<li>one two</li>\n<li>three</li>\n</ul>\n<ol>\n<li>a b</li>\n</ol>\n<blockquote><p>quote more</p></blockquote>\n<p>para line</p>\n',
  );
  assert.equal(
    markdownToHtml('| a | b |\n| - | - |\n| `x` | y |'),
    '<div class="table-scroll"><table>\n<thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead>\n<tbody>\n<tr><td><code>x</code></td><td>y</td></tr>\n</tbody></table></div>\n',
  );
});
