/**
 * The address of a view: embed.html (next to plan-chart.js) with the view's parameters. Small and pure: the element
 * keeps it on its first-content path; the citations (`cite.ts`) load when asked for.
 */

/** Parameters of a permalink, as the element's attributes (and embed.html's URL parameters) name them. */
export interface PermalinkParams {
  view?: string | null;
  unit?: string | null;
  indicator?: string | null;
  period?: string | null;
  level?: string | null;
  lang?: string | null;
  results?: string | null;
  src?: string | null;
  /** Results as a JSON array (embed.html's `data=`). */
  data?: string | null;
}

const PARAM_ORDER: (keyof PermalinkParams)[] = [
  'view',
  'unit',
  'indicator',
  'period',
  'level',
  'lang',
  'results',
  'src',
  'data',
];

/**
 * The view's address: `embed` (the URL of embed.html next to plan-chart.js) with the view's parameters, empty ones
 * left out. Commas, colons and slashes stay readable ("unit=bac-kan,quang-tri").
 */
export function permalink(embed: string, params: PermalinkParams): string {
  const enc = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  const query = PARAM_ORDER.flatMap((k) => {
    const v = params[k]?.trim();
    return v ? [`${k}=${enc(v)}`] : [];
  }).join('&');
  return query ? `${embed}?${query}` : embed;
}
