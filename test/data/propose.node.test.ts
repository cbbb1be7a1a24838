// proposeTargets, one wording at a time: comparators, ranges, counts, shares, numbers in words, thousands dots and
// decimal commas, milestones, pasted sections, headings, and what must never be proposed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseCsv} from '../../src/data/csv.js';
import {normalizeText} from '../../src/data/validate.js';
import {planSpanOf, proposeTargets, type Proposal} from '../../src/data/propose/index.js';
import {INDICATOR_RULES} from '../../src/data/propose/indicators.js';
import {parseNumber, parseNumberWords} from '../../src/data/propose/numbers.js';

const one = (text: string, options = {}): Proposal => {
  const all = proposeTargets(text, options);
  assert.equal(all.length, 1, `one proposal from «${text}», got ${all.map((p) => p.figure.text).join(' | ')}`);
  return all[0];
};
const pick = (p: Proposal) => ({
  comparator: p.comparator,
  value: p.value,
  value_max: p.value_max,
  measure: p.measure,
});

test('comparators: each wording', () => {
  const cases: [string, Proposal['comparator'], number, Proposal['measure']][] = [
    ['Ít nhất 70% số xã, phường, thị trấn tổ chức tuyên truyền.', '>=', 70, 'percent'],
    ['Phấn đấu ít nhất là 75% số xã tổ chức tuyên truyền.', '>=', 75, 'percent'],
    ['Kiểm tra đột xuất tối thiểu 40 lượt cơ sở kinh doanh dịch vụ.', '>=', 40, 'count'],
    ['Kiểm tra đạt từ 60% trở lên trên tổng số cơ sở.', '>=', 60, 'percent'],
    ['60% trở lên số huyện lồng ghép nhiệm vụ.', '>=', 60, 'percent'],
    ['Không dưới 50% số huyện xây dựng kế hoạch.', '>=', 50, 'percent'],
    ['Duy trì trên 80% xã, phường, thị trấn lành mạnh.', '>', 80, 'percent'],
    ['Tập huấn cho hơn 2.700 cán bộ.', '>', 2700, 'count'],
    ['Tỷ lệ tái phạm không quá 5% số người được hỗ trợ.', '<=', 5, 'percent'],
    ['Tối đa 10 vụ việc phức tạp phát sinh.', '<=', 10, 'count'],
    ['80% số xã tổ chức tuyên truyền.', '=', 80, 'percent'],
    ['Đạt 75% số xã tổ chức tuyên truyền.', '=', 75, 'percent'],
    ['At least 80% of communes, wards and towns organise awareness activities.', '>=', 80, 'percent'],
  ];
  for (const [text, comparator, value, measure] of cases) {
    const p = one(text);
    assert.deepEqual([p.comparator, p.value, p.measure], [comparator, value, measure], text);
    assert.ok(!p.flags.includes('strict_less_than'), text);
  }
});

test('"dưới" is "<", which the schema lacks: "<=" with a flag that says so', () => {
  const p = one('Giảm tỷ lệ tái phạm xuống dưới 5% số người được hỗ trợ.');
  assert.equal(p.comparator, '<=');
  assert.ok(p.flags.includes('strict_less_than'));
  assert.match(p.notes.join(' '), /"<"/);
});

test('"khoảng", "gần": an approximate figure', () => {
  const p = one('Duy trì gần 200 xã, phường không có tệ nạn mại dâm.');
  assert.deepEqual(pick(p), {comparator: '=', value: 200, value_max: null, measure: 'count'});
  assert.ok(p.flags.includes('approximate'));
});

test('ranges: "từ X% đến Y%", "X-Y%", "X - Y%", "X – Y%", "từ X đến Y" of a count', () => {
  const cases: [string, number, number, Proposal['measure']][] = [
    ['Từ 60% đến 80% số xã tổ chức tuyên truyền.', 60, 80, 'percent'],
    ['Từ 60 đến 80% số xã tổ chức tuyên truyền.', 60, 80, 'percent'],
    ['Xây dựng, duy trì 85-90% tổng số xã không có tệ nạn mại dâm.', 85, 90, 'percent'],
    ['Xây dựng, duy trì 85 - 90% tổng số xã không có tệ nạn mại dâm.', 85, 90, 'percent'],
    ['Xây dựng, duy trì 85 – 90% tổng số xã không có tệ nạn mại dâm.', 85, 90, 'percent'],
    ['Có từ 01 đến 02 huyện, thị xã, thành phố xây dựng mô hình thí điểm.', 1, 2, 'count'],
  ];
  for (const [text, value, max, measure] of cases)
    assert.deepEqual(pick(one(text)), {comparator: 'range', value, value_max: max, measure}, text);
  assert.equal(
    one('Có từ 01 đến 02 huyện, thị xã, thành phố xây dựng mô hình thí điểm.').counted,
    'huyện, thị xã, thành phố',
  );
});

test('counts say what they count', () => {
  const cases: [string, number, string][] = [
    ['Xây dựng 03 phóng sự phát sóng trên kênh truyền hình.', 3, 'phóng sự'],
    ['Tuyên truyền cho ít nhất 5.300 người dân tại các xã, phường.', 5300, 'người dân'],
    ['Phát hiện, khám phá, xử lý hình sự 100 vụ án liên quan hoạt động mại dâm.', 100, 'vụ án'],
    ['Tuyên truyền cho 100.000 học sinh, sinh viên các trường trung học phổ thông.', 100000, 'học sinh, sinh viên'],
    ['Tổ chức kiểm tra 2.951 cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm.', 2951, 'cơ sở kinh doanh dịch vụ'],
    ['Triệt xóa 4 điểm phức tạp về tệ nạn mại dâm.', 4, 'điểm phức tạp'],
  ];
  for (const [text, value, counted] of cases) {
    const p = one(text);
    assert.deepEqual([p.measure, p.value, p.counted], ['count', value, counted], text);
  }
  assert.equal(
    one('Xây dựng 03 phóng sự phát sóng trên kênh truyền hình.').label,
    'Xây dựng phóng sự phát sóng trên kênh truyền hình',
  );
});

test('a count each month is a frequency of what is counted: "02 tin, bài … mỗi tháng", "Mỗi tháng … 01 buổi"', () => {
  const a = one('Đài truyền thanh xã phát ít nhất 02 tin, bài về phòng, chống mại dâm mỗi tháng.');
  assert.deepEqual(
    [a.comparator, a.value, a.measure, a.counted, a.recurrence],
    ['>=', 2, 'per_month', 'tin', 'continuous'],
  );
  const b = one('Mỗi tháng tổ chức ít nhất 01 buổi tuyên truyền.');
  assert.deepEqual([b.value, b.measure, b.counted], [1, 'per_month', 'buổi tuyên truyền']);
  // Months that are not "each month" leave a count a count.
  assert.equal(one('Trong 6 tháng đầu năm, tuyên truyền cho 500 người dân.').measure, 'count');
});

test('two figures in one sentence: the first one’s label stops before the second one’s comparator', () => {
  const ps = proposeTargets('Tổ chức ít nhất 25 buổi tuyên truyền cho khoảng 3.500 lượt người tham dự.');
  assert.deepEqual(
    ps.map((p) => [p.comparator, p.value, p.counted]),
    [
      ['>=', 25, 'buổi tuyên truyền'],
      ['=', 3500, 'lượt người tham dự'],
    ],
  );
  assert.equal(ps[0].label, 'Tổ chức buổi tuyên truyền');
});

test('a share written as a fraction: "10/10 huyện" is 100 percent, the fraction kept', () => {
  const p = one('Đến năm 2020, 10/10 huyện, thành phố xây dựng kế hoạch lồng ghép.');
  assert.deepEqual(pick(p), {comparator: '=', value: 100, value_max: null, measure: 'percent'});
  assert.deepEqual(p.fraction, {numerator: 10, denominator: 10});
  assert.equal(p.counted, 'huyện, thành phố');
  assert.equal(p.target_year, 2020);
  assert.equal(one('Có 3/4 huyện xây dựng kế hoạch.').value, 75);
  // A fraction that says where, not how many, is no target.
  assert.deepEqual(
    proposeTargets('Xây dựng 127 xã, phường, thị trấn tại 13/14 địa phương trong tỉnh.').map((q) => q.value),
    [127],
  );
});

test('numbers in words: frequencies and counts', () => {
  const cases: [string, number, Proposal['measure'], Proposal['comparator']][] = [
    ['Thông tin được đăng tải trên báo tỉnh ít nhất một tháng một lần.', 1, 'per_month', '>='],
    ['Thông tin được đăng tải trên báo trung ương ít nhất một năm hai lần.', 2, 'per_year', '>='],
    ['Thông tin được đăng tải trên báo trung ương hai lần một năm.', 2, 'per_year', '='],
    ['Thông tin được đăng tải trên báo Yên Bái mỗi tháng một lần.', 1, 'per_month', '='],
    ['Thông tin được đăng tải trên báo tỉnh 1 lần/tháng.', 1, 'per_month', '='],
    ['Thông tin được đăng tải trên báo tỉnh 6 tháng một lần.', 2, 'per_year', '='],
    ['Thông tin được đăng tải trên báo tỉnh mỗi quý một lần.', 4, 'per_year', '='],
    ['Information is published in the provincial press at least once a month.', 1, 'per_month', '>='],
    ['Xây dựng mười xã điểm về phòng, chống mại dâm.', 10, 'count', '='],
    ['Tổ chức hai mươi lăm lớp tập huấn cho cán bộ.', 25, 'count', '='],
  ];
  for (const [text, value, measure, comparator] of cases) {
    const p = one(text);
    assert.deepEqual([p.value, p.measure, p.comparator], [value, measure, comparator], text);
  }
  const monthly = one('Thông tin được đăng tải hằng tháng trên báo tỉnh.');
  assert.deepEqual([monthly.value, monthly.measure, monthly.recurrence], [1, 'per_month', 'continuous']);
  assert.ok(monthly.flags.includes('implicit_once'));
  assert.deepEqual([parseNumberWords('một trăm linh năm'), parseNumberWords('một số')], [105, null]);
});

test('a frequency or a number in words next to a figure qualifies it and is not a target of its own', () => {
  const p = one('Đảm bảo 100% số cơ sở được kiểm tra ít nhất 1 lần trong năm.');
  assert.deepEqual([p.value, p.measure, p.recurrence], [100, 'percent', 'annual']);
  assert.equal(one('Ít nhất 70% số xã tổ chức được ít nhất một hình thức tuyên truyền.').value, 70);
  assert.equal(one('Đến năm 2025, 100% các cơ sở được kiểm tra ít nhất một lần.').value, 100);
});

test('thousands dots, decimal commas, leading zeros', () => {
  assert.deepEqual(
    [parseNumber('5.300'), parseNumber('100.000'), parseNumber('4.602.661'), parseNumber('72,5'), parseNumber('03')],
    [5300, 100000, 4602661, 72.5, 3],
  );
  assert.equal(one('Phấn đấu 72,5% số xã tổ chức tuyên truyền.').value, 72.5);
  assert.equal(one('Hằng năm, tăng ít nhất 03% trở lên số tội phạm được xử lý.').value, 3);
  assert.equal(one('Tuyên truyền cho 62.500 học sinh tại các trường Trung học phổ thông.').value, 62500);
  // "2025,100%": a comma after a year is not a decimal comma.
  assert.equal(one('Đến năm 2025,100% các cơ sở được kiểm tra.').value, 100);
});

test('milestones: "Đến năm 2017: 50%, năm 2020: 100% …" gives two proposals, each with its year', () => {
  const text =
    'Đến năm 2017: 50%, năm 2020: 100% các huyện, thành phố xây dựng kế hoạch lồng ghép và tổ chức thực hiện nhiệm vụ phòng, chống mại dâm.';
  const ps = proposeTargets(text);
  assert.deepEqual(
    ps.map((p) => [p.value, p.target_year, p.indicator_id]),
    [
      [50, 2017, 'prevention.integration'],
      [100, 2020, 'prevention.integration'],
    ],
  );
  assert.equal(ps[0].label, ps[1].label);
  assert.ok(ps.every((p) => p.flags.includes('milestone') && p.quote === text));
  const national = proposeTargets(
    'Mục tiêu đến năm 2017, đạt 75% và năm 2020 đạt 100% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền.',
  );
  assert.deepEqual(
    national.map((p) => [p.value, p.target_year, p.comparator]),
    [
      [75, 2017, '='],
      [100, 2020, '='],
    ],
  );
});

test('years: "đến năm", "năm", "giai đoạn", the span; "Từ năm 2016" is a start, not a deadline', () => {
  assert.equal(one('Phấn đấu đến năm 2025, 100% huyện lồng ghép nhiệm vụ.').target_year, 2025);
  assert.equal(one('Năm 2026, Thành phố phấn đấu đạt 100% xã tổ chức tuyên truyền.').target_year, 2026);
  assert.equal(
    one('Trong giai đoạn 2021-2025, tỉnh phấn đấu ít nhất 75% số xã tổ chức tuyên truyền.').target_year,
    2025,
  );
  assert.equal(one('100% huyện lồng ghép nhiệm vụ đến năm 2024.').target_year, 2024);
  const start = one('Từ năm 2016, thông tin được đăng tải trên báo ít nhất một tháng một lần.', {span: [2016, 2020]});
  assert.equal(start.target_year, 2020);
  assert.ok(start.flags.includes('year_from_span'));
  const none = one('80% số xã tổ chức tuyên truyền.');
  assert.equal(none.target_year, null);
  assert.ok(none.flags.includes('no_year'));
  assert.equal(one('80% số xã tổ chức tuyên truyền.', {periodEnd: 2030}).target_year, 2030);
});

test('recurrence: maintained throughout, each year, once', () => {
  assert.equal(one('Ít nhất 70% số xã tổ chức tuyên truyền và được duy trì thường xuyên.').recurrence, 'continuous');
  assert.equal(one('Mỗi năm tổ chức kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ.').recurrence, 'annual');
  assert.equal(one('Tổ chức kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ hằng năm.').recurrence, 'annual');
  assert.equal(one('Đến năm 2025, 100% các cơ sở được kiểm tra ít nhất một lần.').recurrence, 'once');
  // Silent words: the indicator decides (a handling rate holds throughout).
  assert.equal(one('Kiểm tra, xử lý 100% các đối tượng vi phạm pháp luật về mại dâm.').recurrence, 'continuous');
  assert.equal(one('Ít nhất 60% người bán dâm được tiếp cận dịch vụ hỗ trợ.').recurrence, 'once');
  const ps = proposeTargets(
    'Hằng năm, tăng ít nhất 03% số tội phạm được xử lý; tổ chức kiểm tra ít nhất 20% số cơ sở; đến năm 2025, 100% các cơ sở được kiểm tra ít nhất một lần.',
  );
  assert.deepEqual(
    ps.map((p) => [p.value, p.measure, p.recurrence, p.indicator_id]),
    [
      [3, 'annual_change_percent', 'annual', 'enforcement.crimes_handled_growth'],
      [20, 'percent', 'annual', 'enforcement.venues_inspected_annual'],
      [100, 'percent', 'once', 'enforcement.venues_inspected_cumulative'],
    ],
  );
});

test('a yearly decrease is negative, its comparator turned', () => {
  const p = one('Mỗi năm giảm ít nhất 5% số người bán dâm.');
  assert.deepEqual(pick(p), {comparator: '<=', value: -5, value_max: null, measure: 'annual_change_percent'});
  assert.ok(p.flags.includes('decrease'));
});

test('a pasted section without headings: objectives, no section, year from the span given', () => {
  const text = [
    '- Ít nhất 70% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền;',
    '- Ít nhất 60% người lao động trong các khu công nghiệp được tuyên truyền;',
    '- 100% tố giác, tin báo, khiếu nại được tiếp nhận, xử lý kịp thời.',
  ].join('\n');
  const ps = proposeTargets(text, {span: [2021, 2025]});
  assert.deepEqual(
    ps.map((p) => [p.value, p.comparator, p.section, p.section_role, p.target_year, p.indicator_id]),
    [
      [70, '>=', null, 'objective', 2025, 'communication.commune_coverage'],
      [60, '>=', null, 'objective', 2025, 'communication.industrial_zone_workers'],
      [100, '=', null, 'objective', 2025, 'enforcement.reports_handled'],
    ],
  );
  assert.ok(ps.every((p) => p.flags.includes('role_default') && p.flags.includes('year_from_span')));
  assert.equal(ps[0].quote, 'Ít nhất 70% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền;');
  assert.ok(ps[0].confidence > 0.5);
});

test('headings give sections and roles ("Chi tiêu" as typed), lines wrapped mid-sentence are joined', () => {
  const text = [
    'KẾ HOẠCH',
    'Thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025',
    '## **I. MỤC TIÊU**',
    '1. Mục tiêu cụ thể',
    '### **a) Chi tiêu**',
    '',
    '- Ít nhất 70% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên ',
    '',
    'truyền về phòng ngừa mại dâm.',
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Tăng cường kiểm tra',
    'Xử lý nghiêm minh 100% các hành vi vi phạm hành chính.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Công an tỉnh',
    'Tổ chức điều tra, triệt phá 100% các ổ nhóm, đường dây mại dâm.',
    'IV. KINH PHÍ THỰC HIỆN',
    'Bố trí 150 triệu đồng mỗi năm.',
  ].join('\n');
  const ps = proposeTargets(text);
  assert.deepEqual(
    ps.map((p) => [p.value, p.section, p.section_role, p.target_year]),
    [
      [70, 'I.1.a', 'objective', 2025],
      [100, 'II.1', 'task', 2025],
      [100, 'III.1', 'assignment', 2025],
    ],
  );
  assert.equal(
    ps[0].quote,
    'Ít nhất 70% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm.',
  );
  assert.equal(normalizeText(text.slice(ps[0].start, ps[0].end)), ps[0].quote);
  assert.equal(ps[2].heading, 'Công an tỉnh');
  assert.equal(ps[2].indicator_id, 'enforcement.rings_dismantled');
});

test('never a date, a document, decree or phone number, a year, money, a duration or a section number', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'Số: 2060/QĐ-UBND',
    'Quỳ Châu, ngày 10 tháng 4 năm 2024',
    'Căn cứ Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ;',
    'Căn cứ Nghị định số 178/2004/NĐ-CP ngày 15 tháng 10 năm 2004; Pháp lệnh số 10/2003/PL-UBTVQH11 ngày 17/03/2003;',
    'Thực hiện Kế hoạch 07/KH-UBND ngày 07/01/2026 và Kế hoạch số 2222/KH - UBND; Nghị quyết 60-NQ/TW.',
    'Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.',
    '1. Mục đích',
    '2. Yêu cầu',
    'Liên hệ đường dây nóng 0912 345 678 hoặc số điện thoại 0203.3870.123.',
    'Kinh phí 150 triệu đồng, 3,4 tỷ đồng và 500.000 đồng mỗi người.',
    'Định kỳ 6 tháng, 01 năm báo cáo; kế hoạch 5 năm; người dưới 16 tuổi.',
    'Kiện toàn Đội kiểm tra liên ngành 178 cấp tỉnh và Ban chỉ đạo 138 tỉnh; Quận 11, Điều 5 khoản 2.',
    'Báo cáo trước ngày 15/12 hằng năm, quý I/2025, tháng 4/2025.',
    'Lưu: VT, VP (T.Anh),30.',
  ].join('\n');
  assert.deepEqual(
    proposeTargets(text).map((p) => p.figure.text),
    [],
  );
});

test('offsets point into the input even when it is not NFC', () => {
  const nfd = 'Ít nhất 70% số xã tổ chức tuyên truyền.'.normalize('NFD');
  const p = one(`Chỉ tiêu:\n- ${nfd}`);
  const input = `Chỉ tiêu:\n- ${nfd}`;
  assert.equal(p.quote, 'Ít nhất 70% số xã tổ chức tuyên truyền.');
  assert.equal(normalizeText(input.slice(p.start, p.end)), p.quote);
  assert.equal(input.slice(p.figure.start, p.figure.end), '70%');
});

test('"tất cả" is 100% where the sentence sets a target, and nothing elsewhere', () => {
  const p = one('Phấn đấu đến năm 2025, tất cả huyện, thị xã, thành phố xây dựng kế hoạch phòng, chống mại dâm.');
  assert.deepEqual([p.value, p.measure, p.indicator_id], [100, 'percent', 'prevention.local_plans']);
  assert.ok(p.flags.includes('implicit_all'));
  assert.deepEqual(proposeTargets('Tất cả các huyện tham gia tuyên truyền.'), []);
});

test('the suggested indicators exist in data/indicators.csv', () => {
  const csv = readFileSync(new URL('../../data/indicators.csv', import.meta.url), 'utf8');
  const ids = new Set(parseCsv(csv).records.map((r) => r.values.indicator_id));
  for (const rule of INDICATOR_RULES) assert.ok(ids.has(rule.id), rule.id);
  assert.equal(new Set(INDICATOR_RULES.map((r) => r.id)).size, INDICATOR_RULES.length);
});

test('notes in the language asked for; a text that is not a string is refused', () => {
  const p = one('80% số xã tổ chức tuyên truyền.', {lang: 'en'});
  assert.ok(p.notes.includes('No year found; enter it.'), p.notes.join(' | '));
  assert.ok(one('80% số xã tổ chức tuyên truyền.').notes.includes('Không xác định được năm; hãy nhập năm.'));
  assert.throws(() => proposeTargets(undefined as unknown as string), /text must be a string/);
});

test('planSpanOf reads the title: a period, one year, or nothing', () => {
  assert.deepEqual(
    planSpanOf('KẾ HOẠCH\nThực hiện Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025'),
    [2021, 2025],
  );
  assert.deepEqual(planSpanOf('KẾ HOẠCH\nThực hiện phòng, chống mại dâm trên địa bàn huyện năm 2025\n'), [2025, 2025]);
  assert.deepEqual(
    planSpanOf('Quỳ Châu, ngày 10 tháng 4 năm 2024\nKẾ HOẠCH\nphòng, chống mại dâm năm 2025'),
    [2025, 2025],
  );
  assert.equal(planSpanOf('Ít nhất 70% số xã tổ chức tuyên truyền.'), null);
});
