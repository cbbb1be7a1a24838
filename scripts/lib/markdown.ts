// A small Markdown-to-HTML converter for the codebooks (data/README.md, data/README.vi.md), run at build time: the
// subset they use, as Prettier writes it — headings, paragraphs, "-" and "1." lists with indented continuation lines,
// pipe tables, "> " quotes, and inline `code`, **strong**, _emphasis_ and [links](url). No dependency: the demo's page
// is static HTML and the widget gains nothing. Anything else is kept as escaped text, never passed through as HTML.

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An id for a heading: its text in lower case, letters and digits (Vietnamese kept) joined by "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Inline Markdown: code spans first (their text is literal), then links, strong and emphasis in the rest. */
export function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t: string, u: string) => `<a href="${u}">${t}</a>`)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])_([^_\s][^_]*?)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>');
    })
    .join('');
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
}

/** The HTML of a Markdown document; headings get ids (slugify) so that pages can link to them. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let k = 0;
  const isBlockStart = (l: string) => /^(#{1,6} |> |- |\d+\. |\|)/.test(l) || l.trim() === '';
  while (k < lines.length) {
    const line = lines[k];
    if (line.trim() === '') {
      k++;
      continue;
    }
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h) {
      const level = h[1].length;
      out.push(`<h${level} id="${slugify(h[2])}">${inline(h[2])}</h${level}>`);
      k++;
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[] = [];
      while (k < lines.length && lines[k].startsWith('|')) rows.push(lines[k++]);
      const [head, , ...body] = rows;
      out.push(
        '<div class="table-scroll"><table>',
        `<thead><tr>${cells(head)
          .map((c) => `<th scope="col">${inline(c)}</th>`)
          .join('')}</tr></thead>`,
        '<tbody>',
        ...body.map(
          (r) =>
            `<tr>${cells(r)
              .map((c) => `<td>${inline(c)}</td>`)
              .join('')}</tr>`,
        ),
        '</tbody></table></div>',
      );
      continue;
    }
    if (line.startsWith('> ') || line === '>') {
      const text: string[] = [];
      while (k < lines.length && (lines[k].startsWith('> ') || lines[k] === '>')) text.push(lines[k++].slice(2));
      out.push(`<blockquote><p>${inline(text.join(' '))}</p></blockquote>`);
      continue;
    }
    const item = /^(- |\d+\. )/.exec(line);
    if (item) {
      const ordered = item[1] !== '- ';
      const items: string[] = [];
      while (k < lines.length) {
        const m = /^(- |\d+\. )(.*)$/.exec(lines[k]);
        if (!m || (m[1] !== '- ') === !ordered) break;
        const text = [m[2]];
        k++;
        // Continuation lines are indented under the item's text.
        while (k < lines.length && /^ {2,}\S/.test(lines[k])) text.push(lines[k++].trim());
        items.push(`<li>${inline(text.join(' '))}</li>`);
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>`, ...items, `</${tag}>`);
      continue;
    }
    const text: string[] = [];
    while (k < lines.length && !(text.length && isBlockStart(lines[k]))) text.push(lines[k++]);
    out.push(`<p>${inline(text.join(' '))}</p>`);
  }
  return out.join('\n') + '\n';
}
