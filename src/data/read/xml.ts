/**
 * Just enough XML for the parts of an .xlsx workbook: tags with their attributes and the text between them, by a
 * regular expression over the string (no DOM, so it runs in Node and under any Content-Security-Policy).
 */

/** `<name attrs>` or `</name>` or `<name attrs/>`; the namespace prefix (`x:`) is dropped from `name`. */
export const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^>]*?)?)(\/?)>/g;

/** Attributes of a tag's attribute text, by local name (the prefix of `r:id` dropped). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** One attribute by exact (prefixed) name, without reading the others: the hot path of a sheet's cells. */
export function attribute(text: string, name: string): string | undefined {
  const k = text.indexOf(` ${name}="`);
  if (k < 0) return undefined;
  const start = k + name.length + 3;
  return text.slice(start, text.indexOf('"', start));
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** Resolves character and the five predefined entity references. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITIES[e],
  );
}

/** Office's own escape of characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Every element named `name` (local name) with its attributes, in document order. */
export function elements(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(\\s[^>]*?)?/?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(attributes(m[1] ?? ''));
  return out;
}

/**
 * The text of a string item (`<si>` of sharedStrings.xml, `<is>` of an inline string) from its inner XML: the `<t>`
 * elements joined, leaving out phonetic runs (`<rPh>`, the furigana of Japanese workbooks).
 */
export function stringItemText(inner: string): string {
  let out = '';
  let phonetic = 0;
  const re = new RegExp(TAG.source, 'g');
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const [, close, name, , self] = m;
    if (name === 'rPh') {
      if (self) continue;
      phonetic += close ? -1 : 1;
    } else if (name === 't' && !close && !self && phonetic === 0) {
      const end = inner.indexOf('<', re.lastIndex);
      out += inner.slice(re.lastIndex, end < 0 ? inner.length : end);
    }
  }
  return unescapeOoxml(unescapeXml(out));
}
