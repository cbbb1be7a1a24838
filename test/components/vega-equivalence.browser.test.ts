// The widget draws Vega specs (src/charts/rows.ts); the bench's BASELINE draws the same charts from Vega-Lite specs
// (test/reference/vega-lite.ts) with vega-embed. The comparison is fair only if both draw the same picture: this test
// renders both to a canvas and compares the pixels.
import {expect} from '@open-wc/testing';
import embed from 'vega-embed';
import {buildView} from '../../src/charts/build.js';
import {DEFAULT_THEME} from '../../src/charts/palettes.js';
import {rowChartSpec} from '../../src/charts/rows.js';
import {rowChartVegaLite} from '../reference/vega-lite.js';
import {draw} from '../../src/components/vega-runtime.js';
import {resolveRequest} from '../../src/data/request.js';
import {loadWidgetDataset} from '../../src/components/dataset-client.js';
import {defaultDatasetUrl} from '../../src/components/dataset-url.js';

// Arial, so that both renderers pick the same face on any machine.
const THEME = {...DEFAULT_THEME, font: 'Arial, sans-serif'};

/** The pixels of a view drawn on a canvas at scale 1. */
async function pixels(view: {toCanvas(scale?: number): Promise<HTMLCanvasElement>}) {
  const canvas = await view.toCanvas(1);
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

const CASES: [string, Record<string, string>][] = [
  ['attainment, Quảng Ngãi (bands, floors, points)', {view: 'attainment', unit: 'quang-ngai'}],
  ['periods, Quảng Trị (two periods, sections)', {view: 'periods', unit: 'quang-tri'}],
  ['units, provinces (national reference line)', {view: 'units', indicator: 'communication.commune_coverage'}],
];

describe('the Vega spec and the Vega-Lite spec of a chart', () => {
  for (const [name, attrs] of CASES) {
    it(`draw the same picture: ${name}`, async () => {
      const ds = await loadWidgetDataset(defaultDatasetUrl());
      const r = resolveRequest(ds, attrs);
      if (!r.ok) throw new Error(r.error.code);
      const model = buildView({ds, lang: 'vi', theme: THEME, width: 560}, r.request, []);
      expect(model.panels.length).to.be.greaterThan(0);
      for (const panel of model.panels) {
        const a = document.createElement('div');
        const b = document.createElement('div');
        document.body.append(a, b);
        const vega = await draw(a, rowChartSpec(panel.options), () => {});
        const lite = await embed(b, rowChartVegaLite(panel.options), {
          renderer: 'svg',
          actions: false,
          logLevel: 1 /* Error: Vega-Lite warns about the identity size scale of the text layer */,
        });
        const [pa, pb] = [await pixels(vega), await pixels(lite.view)];
        expect([pa.width, pa.height]).to.deep.equal([pb.width, pb.height]);
        let differ = 0;
        for (let i = 0; i < pa.data.length; i += 4) {
          if (
            Math.abs(pa.data[i] - pb.data[i]) +
              Math.abs(pa.data[i + 1] - pb.data[i + 1]) +
              Math.abs(pa.data[i + 2] - pb.data[i + 2]) >
            24
          )
            differ++;
        }
        expect(differ, `${panel.title}: pixels that differ`).to.equal(0);
        // Both drew something: the chart is not blank.
        expect(a.querySelectorAll('svg text').length).to.be.greaterThan(3);
        vega.finalize();
        lite.finalize();
        a.remove();
        b.remove();
      }
    });
  }
});
