// The row chart's axis is drawn with plain marks at values chosen by axisTicks; they must be the values a Vega
// axis would have chosen (d3's ticks, which Vega's linear scales use), and read well in both languages.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ticks} from 'd3-array';
import {axisLayout, chartScene, estimateWidth, wrap, type RowChartOptions} from '../../src/charts/rows.js';
import {axisTicks} from '../../src/charts/ticks.js';

test('axisTicks chooses the values d3 (and so a Vega axis) chooses', () => {
  const domains: [number, number][] = [
    [0, 100],
    [0, 1.25],
    [0, 2.5],
    [0, 4],
    [0, 5],
    [0, 15],
    [0, 40],
    [0, 130],
    [0, 7000],
    [3, 5],
  ];
  for (const domain of domains)
    for (let count = 2; count <= 6; count++)
      assert.deepEqual(axisTicks(domain, count), ticks(domain[0], domain[1], count), `${domain} / ${count}`);
});

test('axisTicks with a minimum step of 1 gives whole numbers only, and never -0', () => {
  assert.deepEqual(axisTicks([0, 1.25], 6, 1), [0, 1]);
  assert.deepEqual(axisTicks([0, 5], 6, 1), [0, 1, 2, 3, 4, 5]);
  for (const v of axisTicks([0, 100], 6)) assert.ok(!Object.is(v, -0));
});

test('the axis labels at the ends of the domain are flushed inside the plot; the title is centred', () => {
  const o = {
    domain: [0, 1.25],
    ticks: [
      {value: 0, label: '0'},
      {value: 1, label: '1'},
    ],
    axisTitle: 'Số lần mỗi tháng',
    theme: {fontSize: 15},
  } as unknown as RowChartOptions;
  const axis = axisLayout(o, 100);
  assert.deepEqual(
    axis.labels.map((l) => [l.text, l.align]),
    [
      ['0', 'left'],
      ['1', 'center'],
      ['Số lần mỗi tháng', 'center'],
    ],
  );
  assert.ok(axis.labels.every((l) => l.y > 100));
});

test('wrap keeps short lines whole without measuring, and breaks long ones at spaces', () => {
  let measured = 0;
  const measure = (text: string, size: number, bold: boolean) => (measured++, estimateWidth(text, size, bold));
  assert.deepEqual(wrap('Tỉnh  Bắc Kạn', 600, 15, measure), ['Tỉnh Bắc Kạn']);
  assert.equal(measured, 0);
  const long = 'Người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được tuyên truyền';
  const lines = wrap(long, 200, 15, measure);
  assert.ok(lines.length > 2 && measured > 0);
  assert.equal(lines.join(' '), long);
  assert.ok(lines.every((l) => estimateWidth(l, 15, false) <= 200 || !l.includes(' ')));
  // Rows stack downwards: a row's label lines, then its track and the marks on it, then its detail line.
  const scene = chartScene({
    rows: [
      {
        key: 'a',
        label: long,
        detail: 'chi tiết',
        marks: [{kind: 'point', x: 70, shape: 'diamond', color: '#000', tip: () => ({}), id: 'a'}],
      },
    ],
    domain: [0, 100],
    ticks: [],
    axisTitle: '',
    width: 200,
    theme: {fontSize: 15} as RowChartOptions['theme'],
    description: '',
  });
  const track = scene.rects.find((r) => r.mark === 'track')!;
  const labels = scene.texts.filter((t) => t.role === 'label');
  assert.ok(labels.length > 2 && labels.every((t) => t.y < track.y));
  assert.ok(scene.texts.filter((t) => t.role === 'detail').every((t) => t.y > track.y2));
  // x is in pixels: 70 on a 0-100 domain, 200 px wide.
  assert.equal(scene.points[0].x, 140);
  assert.ok(scene.points[0].y > track.y && scene.points[0].y < track.y2);
});

test("each row's band holds its label, track, marks and detail, and bands do not overlap (drawn and compact)", () => {
  const long = 'Người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được tuyên truyền';
  const rows = ['a', 'b', 'c'].map((key, k) => ({
    key,
    label: k === 1 ? long : `Chỉ tiêu ${key}`,
    detail: 'Đạt · Chỉ tiêu ≥ 70% (đến 2025)',
    value: '≥ 70%',
    marks: [{kind: 'point' as const, x: 70, shape: 'diamond' as const, color: '#000', tip: () => ({}), id: key}],
    select: {id: key, tip: () => ({})},
  }));
  for (const compact of [false, true]) {
    const scene = chartScene({
      rows,
      compact,
      sections: [{before: 'b', label: 'Mục hai'}],
      domain: [0, 100],
      ticks: [],
      axisTitle: '',
      width: 200,
      theme: {fontSize: 15} as RowChartOptions['theme'],
      description: '',
    });
    assert.deepEqual(
      scene.bands.map((b) => b.key),
      ['a', 'b', 'c'],
    );
    scene.bands.forEach((b, k) => {
      assert.ok(b.y2 > b.y);
      if (k) assert.ok(b.y >= scene.bands[k - 1].y2, `band ${b.key} starts below the previous one`);
      // Its texts (not the section's heading) lie inside it, and so do its marks.
      for (const t of scene.texts.filter((t) => t.key === b.key && t.role !== 'section')) {
        assert.ok(t.y >= b.y && t.y < b.y2, `${compact ? 'compact' : 'drawn'} ${t.role} "${t.text}" in band ${b.key}`);
      }
      for (const p of scene.points.filter((p) => p.key === b.key)) assert.ok(p.y > b.y && p.y < b.y2);
      for (const r of scene.rects.filter((r) => r.key === b.key && r.mark !== 'track'))
        assert.ok(r.y >= b.y && r.y2 <= b.y2);
    });
    // A section's heading lies between bands, not inside one.
    const section = scene.texts.find((t) => t.role === 'section')!;
    assert.ok(section.y >= scene.bands[0].y2 && section.y < scene.bands[1].y);
  }
});
