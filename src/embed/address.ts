/**
 * Which addresses embed.html takes from its own URL for `src=` and `results=` (README, "Embedding"): an http(s)
 * address on the page's origin or on one the page lists. Pure, no DOM: tested in Node (test/embed/address.node.test.ts).
 */

/**
 * The address resolved against `base` if it is http(s) and its origin is allowed, else null. `blob:` and `data:`
 * are refused even when their origin is the page's: a `blob:` address of this origin is whatever some script in it
 * made, not a file the site serves (`new URL('blob:https://site/…').origin` is the site's own origin).
 */
export function allowedAddress(value: string, base: string, allowed: ReadonlySet<string>): string | null {
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return allowed.has(url.origin) ? url.href : null;
  } catch {
    return null;
  }
}
