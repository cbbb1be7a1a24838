// The indicators proposeTargets suggests for the dataset's newer indicators (dataset 1.1.0: counts of people,
// features, sessions, hotspots, spot checks…), one wording each, and the older rules they must not take over.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCsv} from '../../src/data/csv.js';
import {proposeTargets} from '../../src/data/propose/index.js';
import {INDICATOR_RULES} from '../../src/data/propose/indicators.js';

/** The indicator suggested for each figure of a text, in order. */
const suggested = (text: string) => proposeTargets(text, {span: [2026, 2026]}).map((p) => [p.value, p.indicator_id]);

test('each newer indicator has a wording that suggests it', () => {
  const cases: [string, [number, string][]][] = [
    [
      'Xây dựng 03 phóng sự phát sóng trên kênh truyền hình với nội dung phòng, chống mại dâm.',
      [[3, 'communication.tv_features']],
    ],
    [
      'Tuyên truyền, phổ biến chính sách, pháp luật về phòng, chống mại dâm cho ít nhất 5.300 người dân tại các xã, phường.',
      [[5300, 'communication.residents']],
    ],
    ['Tổ chức 120 buổi tuyên truyền về phòng, chống mại dâm tại cộng đồng.', [[120, 'communication.sessions']]],
    ['Thu hút 6.000 lượt người tham dự các buổi tuyên truyền.', [[6000, 'communication.attendance']]],
    ['Phát hành 2.000 tờ rơi tuyên truyền phòng, chống mại dâm.', [[2000, 'communication.materials']]],
    [
      '100% xã, phường chỉ đạo, triển khai công tác phòng chống mại dâm theo các nội dung phù hợp của mô hình phòng, chống mại dâm cấp xã.',
      [[100, 'prevention.commune_model']],
    ],
    [
      'Phát hiện, khám phá, xử lý hình sự 120 vụ án liên quan đến hoạt động mại dâm; xét xử 100 vụ án liên quan đến hoạt động mại dâm.',
      [
        [120, 'enforcement.offences_handled'],
        [100, 'enforcement.cases_tried'],
      ],
    ],
    [
      'Thành phố đặt mục tiêu triệt xóa 4 điểm phức tạp về tệ nạn mại dâm và không phát sinh điểm mới.',
      [[4, 'enforcement.hotspots_eliminated']],
    ],
    [
      'Duy trì không để tái hoạt động trở lại 7 điểm phức tạp về tệ nạn mại dâm đã triệt xóa.',
      [[7, 'enforcement.hotspots_kept_closed']],
    ],
    [
      'Đội Kiểm tra liên ngành 178 TP tổ chức kiểm tra đột xuất tối thiểu 40 lượt cơ sở kinh doanh dịch vụ; kiểm tra, hướng dẫn ít nhất 15 Đội Kiểm tra liên ngành 178 cấp xã.',
      [
        [40, 'enforcement.spot_checks'],
        [15, 'enforcement.commune_teams_guided'],
      ],
    ],
  ];
  for (const [text, want] of cases) assert.deepEqual(suggested(text), want, text);
});

test('the older rules keep their wordings', () => {
  assert.deepEqual(suggested('Tổ chức kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm.'), [
    [20, 'enforcement.venues_inspected_annual'],
  ]);
  assert.deepEqual(suggested('Tổ chức điều tra, triệt phá, xử lý 100% các ổ nhóm, đường dây và tụ điểm mại dâm.'), [
    [100, 'enforcement.rings_dismantled'],
  ]);
  assert.deepEqual(
    suggested('Ít nhất 10% xã, phường, thị trấn xây dựng, triển khai mô hình thí điểm về phòng ngừa mại dâm.'),
    [[10, 'harm_reduction.pilot_models']],
  );
});

test('every indicator that a target may use has a rule; the stock of venues (never a target) has none', () => {
  const rows = parseCsv(readFileSync(new URL('../../data/indicators.csv', import.meta.url), 'utf8')).records;
  const withRule = new Set(INDICATOR_RULES.map((r) => r.id));
  const missing = rows
    .filter((r) => r.values.direction !== 'neutral' && !withRule.has(r.values.indicator_id))
    .map((r) => r.values.indicator_id);
  assert.deepEqual(missing, []);
  assert.ok(!withRule.has('enforcement.venues_at_risk'));
});
