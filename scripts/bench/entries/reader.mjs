// The reader bench's page script: the widget's results reader (src/data/results-input.ts, bundled with its lazy
// workbook chunk) reading a large file in the page, timed, with the page's long tasks observed by the bench probe.
import {readResults} from '../../../src/data/results-input.ts';

let ds = null;
let bytes = null;

window.__reader = {
  async load(datasetUrl, fileUrl) {
    ds = await (await fetch(datasetUrl)).json();
    bytes = new Uint8Array(await (await fetch(fileUrl)).arrayBuffer());
    return {bytes: bytes.length};
  },
  /** Reads the loaded file; returns the time and what came out, and the long tasks that started meanwhile. */
  async run(file) {
    const before = window.__longtasks.length;
    const t0 = performance.now();
    let frames = 0;
    let raf = true;
    const count = () => {
      frames++;
      if (raf) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const out = await readResults(bytes, ds, {file, today: '2026-06-01'});
    const ms = performance.now() - t0;
    raf = false;
    // Long task entries arrive after their task: give the observer a moment.
    await new Promise((r) => setTimeout(r, 200));
    const tasks = window.__longtasks.slice(before).filter((t) => t.start >= t0 - 1 && t.start <= t0 + ms);
    return {
      ms,
      rows: out.rows.length,
      issues: out.issues.length,
      firstIssue: out.issues[0] ?? null,
      info: out.info,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      longtasks: tasks.length,
      frames,
    };
  },
};
