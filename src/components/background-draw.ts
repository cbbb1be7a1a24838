/**
 * Every chart of the page drawn before the reader prints. Widgets below the fold wait for the reader
 * (chart-controller.ts); once the page has loaded, the chart engine is in and the page is idle, they are drawn in the
 * background, one per idle period in document order (each draw its own task), and before printing (`beforeprint`, or
 * the print media query turning on) every one still waiting starts at once. Loaded with the body (body.ts), off the
 * first content's path; started once per page.
 */
import {waiting} from './controllers/chart-controller.js';
import {loadVega} from './vega-loader.js';

/** The longest wait for an idle period (ms): a page that is never idle still gets its charts drawn. */
const IDLE_TIMEOUT = 2000;

let started = false;

/** Starts the page's background drawing and its print hook (once; later calls do nothing). */
export function drawInBackground(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const all = () => [...waiting.values()].forEach((go) => go());
  addEventListener('beforeprint', all);
  matchMedia('print').addEventListener('change', (e) => e.matches && all());
  void loaded()
    .then(() => loadVega())
    .then(run, () => {
      // No engine: each widget says so when it draws.
    });
}

/**
 * Draws the waiting widgets one by one, first in the document first, each in an idle period of its own: the next
 * idle period comes once the previous draw's tasks are done, so no task draws two widgets.
 */
async function run(): Promise<void> {
  for (;;) {
    await idle();
    const host = first([...waiting.keys()]);
    if (!host) return;
    waiting.get(host)!();
  }
}

/** The widget that comes first in the document. */
function first(hosts: HTMLElement[]): HTMLElement | undefined {
  return hosts.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}

/** Resolves once the page's load event has fired. */
const loaded = () =>
  new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), {once: true}),
  );

/** Resolves in an idle period (a timer where there is no requestIdleCallback: Safari). */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), {timeout: IDLE_TIMEOUT})
      : setTimeout(resolve, 200),
  );
