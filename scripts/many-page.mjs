// Writes test/e2e/pages/many.html: an article with 20 charts down the page (also used by the benchmark).
import {writeFileSync} from 'node:fs';

const units = ['yen-bai', 'quang-ngai', 'quang-tri', 'tuyen-quang', 'quy-chau', 'viet-nam'];
const views = ['attainment', 'periods', 'units', 'attainment'];
const para =
  '<p>Công tác phòng, chống mại dâm trên địa bàn tiếp tục được triển khai. Các sở, ngành đã tổ chức tuyên truyền, kiểm tra các cơ sở kinh doanh dịch vụ và hỗ trợ người bán dâm hòa nhập cộng đồng.</p>';
const widgets = Array.from({length: 20}, (_, k) => {
  const view = views[k % views.length];
  // periods: the two units with plans in both periods.
  const unit = view === 'periods' ? ['quang-tri', 'viet-nam'][k % 2] : units[k % units.length];
  const attrs =
    view === 'units' ? `view="units" indicator="communication.commune_coverage"` : `view="${view}" unit="${unit}"`;
  return `${para.repeat(3)}\n    <plan-chart id="w${k}" ${attrs}></plan-chart>`;
});
writeFileSync(
  new URL('../test/e2e/pages/many.html', import.meta.url),
  `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bài viết với 20 biểu đồ</title>
    <script type="module" src="/dist/plan-chart.js"></script>
  </head>
  <body>
    <h1>Bài viết với 20 biểu đồ</h1>
    ${widgets.join('\n    ')}
  </body>
</html>
`,
);
