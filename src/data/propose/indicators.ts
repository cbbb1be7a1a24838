/**
 * Keyword rules that suggest an indicator of data/indicators.csv for a proposed target. They live here, not in a
 * file read at run time, so that the builder can run them in the browser; test/data/propose.node.test.ts checks
 * that every id below exists in data/indicators.csv.
 */
import type {Measure} from '../constants.js';

interface Term {
  re: RegExp;
  /** 'seg': must be in the figure's own clause; 'any': its clause or the rest of the sentence. */
  where: 'seg' | 'any';
  required?: boolean;
  weight?: number;
}

interface Rule {
  id: string;
  measures: Measure[];
  terms: Term[];
  /** Any of these in the figure's clause rules the indicator out. */
  not?: RegExp;
  /** Only for these measures (otherwise another measure halves the score). */
  strict?: boolean;
}

const seg = (re: RegExp, weight = 2): Term => ({re, where: 'seg', required: true, weight});
const any = (re: RegExp, weight = 1): Term => ({re, where: 'any', required: true, weight});
const bonus = (re: RegExp, weight = 1): Term => ({re, where: 'any', weight});

export const INDICATOR_RULES: Rule[] = [
  {
    id: 'communication.commune_coverage',
    measures: ['percent'],
    strict: true,
    terms: [
      seg(/(?<![\p{L}])xã(?![\p{L}])|cấp xã|địa phương|communes?/u),
      any(/tuyên truyền|truyền thông|propaganda|awareness/),
      bonus(/hình thức|duy trì/),
    ],
    not: /người lao động|học sinh|sinh viên|cán bộ|lồng ghép|xây dựng kế hoạch|(?:xã|phường|thị trấn|cộng đồng) lành mạnh|không có (?:tệ nạn )?mại dâm|mô hình|kiểm tra|chỉ đạo|tập huấn|bồi dưỡng|workers|students|develop plans/,
  },
  {
    id: 'communication.media_frequency',
    measures: ['per_month', 'per_year'],
    strict: true,
    terms: [
      seg(/đăng tải|đăng|báo chí|báo|đài|phát thanh|truyền hình|trang thông tin|thông tin|press|media|published/),
      bonus(/phòng, chống mại dâm|mại dâm/),
    ],
  },
  {
    id: 'communication.tv_features',
    measures: ['count'],
    strict: true,
    terms: [seg(/phóng sự|chuyên đề truyền hình|television features?|tv features?/, 3), bonus(/truyền hình|phát sóng/)],
  },
  {
    id: 'communication.residents',
    measures: ['count', 'percent'],
    terms: [
      seg(/người dân|nhân dân|quần chúng|residents|people(?! working)/),
      any(/tuyên truyền|phổ biến|cung cấp thông tin|truyền thông|awareness|reached/),
    ],
    not: /người lao động|người làm việc|học sinh|sinh viên|cán bộ|người bán dâm|lượt/,
  },
  {
    id: 'communication.sessions',
    measures: ['count'],
    strict: true,
    terms: [seg(/buổi|lớp|hội nghị|hội thảo|sessions?|classes/), any(/tuyên truyền|truyền thông|phổ biến|awareness/)],
    not: /tập huấn|bồi dưỡng|lượt người|người tham/,
  },
  {
    id: 'communication.attendance',
    measures: ['count'],
    strict: true,
    terms: [seg(/lượt người|người tham (?:dự|gia)|attendances?|attendees/, 3), bonus(/tuyên truyền|buổi|lớp/)],
  },
  {
    id: 'communication.materials',
    measures: ['count'],
    strict: true,
    terms: [
      seg(/bản tin|tài liệu|ấn phẩm|tờ rơi|tờ gấp|áp phích|pa-?nô|pano|sổ tay|leaflets?|materials|bulletins?/, 3),
    ],
    not: /tập huấn|bồi dưỡng/,
  },
  {
    id: 'communication.workers_at_risk_venues',
    measures: ['percent', 'count'],
    terms: [
      seg(/người lao động|nhân viên|người làm việc|người (?:tại|trong) (?:các )?cơ sở|workers?|employees/),
      seg(/cơ sở kinh doanh|kinh doanh dịch vụ|cơ sở dịch vụ|service (?:business|establishment)/),
      bonus(/tuyên truyền|phổ biến|thông tin|kiến thức/),
    ],
    not: /khu công nghiệp|industrial/,
  },
  {
    id: 'communication.industrial_zone_workers',
    measures: ['percent', 'count'],
    terms: [seg(/khu công nghiệp|khu kinh tế|công nhân|industrial/), bonus(/người lao động|tuyên truyền|phổ biến/)],
  },
  {
    id: 'communication.students',
    measures: ['percent', 'count'],
    terms: [seg(/học sinh|sinh viên|students?/), bonus(/tuyên truyền|phổ biến|thông tin|kiến thức/)],
  },
  {
    id: 'prevention.local_plans',
    measures: ['percent'],
    terms: [seg(/xây dựng kế hoạch|ban hành kế hoạch|có kế hoạch|develop plans/), bonus(/tổ chức thực hiện|hoạt động/)],
    not: /lồng ghép|integrat/,
  },
  {
    id: 'prevention.commune_model',
    measures: ['percent', 'count'],
    terms: [
      seg(/mô hình (?:phòng,? chống mại dâm )?cấp xã|commune-level model/, 3),
      bonus(/xã, phường|triển khai|chỉ đạo/),
    ],
  },
  {
    id: 'prevention.integration',
    measures: ['percent'],
    terms: [seg(/lồng ghép|integrat/), bonus(/chương trình|kinh tế - xã hội|kinh tế-xã hội|an sinh/)],
  },
  {
    id: 'enforcement.reports_handled',
    measures: ['percent'],
    terms: [seg(/tố giác|tin báo|khiếu nại|đơn thư|reports|complaints/, 3), bonus(/tiếp nhận|xác minh|xử lý/)],
    not: /ổ nhóm|đường dây|tụ điểm/,
  },
  {
    id: 'enforcement.crimes_handled_growth',
    measures: ['annual_change_percent'],
    strict: true,
    terms: [seg(/tội phạm|vụ án|crimes?/), seg(/tăng|increase/), bonus(/xử lý|hằng năm|hàng năm|mỗi năm/)],
  },
  {
    id: 'enforcement.cases_tried',
    measures: ['count', 'percent'],
    terms: [seg(/xét xử|đưa ra xét xử|brought to trial|tried/, 3), bonus(/vụ án|cases?/)],
  },
  {
    id: 'enforcement.offences_handled',
    measures: ['percent'],
    terms: [
      seg(/đối tượng|hành vi vi phạm|vi phạm|tội phạm|vụ việc|vụ án|offen[cs]es|violations|crimes/),
      seg(/xử lý|đấu tranh|xét xử|khám phá|phát hiện|handled|prosecut/),
    ],
    not: /tố giác|tin báo|ổ nhóm|đường dây|tụ điểm|xét xử|(?<![\p{L}])tăng(?![\p{L}])/u,
  },
  {
    id: 'enforcement.hotspots_eliminated',
    measures: ['count', 'percent'],
    terms: [seg(/điểm phức tạp|hotspots?/, 2), seg(/triệt xóa|xóa bỏ|xoá bỏ|eliminat/, 2)],
    not: /tái hoạt động|tái phát sinh|reopen|ổ nhóm|đường dây/,
  },
  {
    id: 'enforcement.hotspots_kept_closed',
    measures: ['count', 'percent'],
    terms: [
      seg(/không (?:để )?tái (?:hoạt động|phát sinh)|tái hoạt động|kept (?:from reopening|closed)/, 3),
      seg(/điểm|hotspots?/),
    ],
  },
  {
    id: 'enforcement.spot_checks',
    measures: ['count'],
    strict: true,
    terms: [seg(/kiểm tra đột xuất|đột xuất|lượt cơ sở|spot checks?|unannounced/, 3), bonus(/kiểm tra|cơ sở/)],
  },
  {
    id: 'enforcement.commune_teams_guided',
    measures: ['count'],
    strict: true,
    terms: [
      seg(/đội kiểm tra liên ngành[^.;]{0,20}cấp xã|đội[^.;]{0,30}cấp xã|commune (?:inspection )?teams?/, 3),
      bonus(/hướng dẫn|kiểm tra/),
    ],
  },
  {
    id: 'enforcement.reported_venues_inspected',
    measures: ['percent'],
    terms: [seg(/báo tin|nghi có|báo cáo nghi|tố giác.{0,40}cơ sở/, 3), seg(/cơ sở/), bonus(/kiểm tra/)],
  },
  {
    id: 'enforcement.venues_inspected_annual',
    measures: ['percent', 'count'],
    terms: [
      seg(/kiểm tra|inspect/),
      seg(/cơ sở|establishments|businesses/),
      bonus(/dễ phát sinh|để phát sinh|dễ bị lợi dụng|mỗi năm|hằng năm|hàng năm|\/\s*năm|trong năm/),
    ],
    not: /ít nhất (?:một|1) lần(?!\s*(?:\/|trong|mỗi|một|1)\s*năm)|báo tin|nghi có|người lao động|đột xuất|lượt/,
  },
  {
    id: 'enforcement.venues_inspected_cumulative',
    measures: ['percent'],
    terms: [seg(/kiểm tra ít nhất (?:một|1) lần(?!\s*(?:\/|trong|mỗi|một|1)\s*năm)/, 3), seg(/cơ sở/)],
  },
  {
    id: 'enforcement.rings_dismantled',
    measures: ['percent', 'count'],
    terms: [
      seg(/ổ nhóm|đường dây|tụ điểm|điểm phức tạp|rings?|hotspots?/, 3),
      bonus(/triệt phá|triệt xóa|điều tra|xử lý/),
    ],
    not: /triệt xóa[^.;]{0,10}\d|tái hoạt động|tái phát sinh/,
  },
  {
    // "giảm 80% số cơ sở kinh doanh dịch vụ hoạt động mại dâm trá hình" (Đồng Nai 2016-2020): a reduction, not a share.
    id: 'enforcement.disguised_venues_reduced',
    // The proposer reads "giảm 80%" as a change (annual_change_percent, flagged change_period_unclear).
    measures: ['percent', 'annual_change_percent'],
    strict: true,
    terms: [seg(/trá hình|covert|disguised/, 3), seg(/giảm|reduc/)],
  },
  {
    id: 'harm_reduction.pilot_models',
    measures: ['percent', 'count'],
    terms: [seg(/mô hình|pilot models?/), bonus(/thí điểm|giảm hại|can thiệp/)],
    not: /mô hình (?:phòng,? chống mại dâm )?cấp xã/,
  },
  {
    id: 'harm_reduction.support_access',
    measures: ['percent'],
    terms: [seg(/người bán dâm|sex workers?/, 3), seg(/tiếp cận|dịch vụ|hỗ trợ|access/)],
  },
  {
    id: 'harm_reduction.intervention_coverage',
    measures: ['percent'],
    terms: [seg(/can thiệp giảm tác hại|giảm tác hại|harm reduction/, 3)],
    not: /mô hình|cán bộ|tập huấn/,
  },
  {
    id: 'capacity.staff_trained',
    measures: ['percent', 'count'],
    terms: [
      any(/cán bộ|công chức|viên chức|chiến sĩ|đội ngũ|ở cấp huyện|cấp xã|staff|officials/, 2),
      any(/tập huấn|bồi dưỡng|đào tạo|nâng cao năng lực|trained|training/, 2),
    ],
    not: /học sinh|sinh viên|người bán dâm|người dân/,
  },
  {
    id: 'healthy_communes.share',
    measures: ['percent', 'count'],
    terms: [
      seg(
        /(?:xã|phường|thị trấn|địa bàn)[^.;]{0,40}lành mạnh|không có (?:tệ nạn )?mại dâm|không có tệ nạn|free of prostitution/u,
        3,
      ),
    ],
  },
];

export interface IndicatorGuess {
  indicator_id: string | null;
  confidence: number;
}

/** Weight of a keyword by its distance from the figure, in characters: the subject comes right after it. */
function nearness(distance: number): number {
  return distance < 60 ? 1 : distance < 150 ? 0.75 : 0.5;
}

/**
 * The best-scoring rule for a figure. `before` and `after` are the figure's own segment (lower case) on either
 * side of it, `sentence` the whole sentence. A keyword scores its weight, less the farther it is from the figure,
 * half when it is only elsewhere in the sentence. The confidence is the share of the rule's points found, halved
 * when the measure does not fit the indicator, lowered when another rule scores almost as well.
 */
export function guessIndicator(before: string, after: string, sentence: string, measure: Measure): IndicatorGuess {
  const segment = `${before} ${after}`;
  const scored: {id: string; score: number; max: number; ratio: number}[] = [];
  for (const rule of INDICATOR_RULES) {
    if (rule.not?.test(segment)) continue;
    let score = 0;
    let max = 0;
    let ok = true;
    for (const term of rule.terms) {
      const w = term.weight ?? 1;
      max += w;
      const inAfter = term.re.exec(after);
      const inBefore = [
        ...before.matchAll(
          new RegExp(term.re.source, term.re.flags.includes('g') ? term.re.flags : term.re.flags + 'g'),
        ),
      ].pop();
      if (inAfter || inBefore) {
        const d = Math.min(inAfter ? inAfter.index : Infinity, inBefore ? before.length - inBefore.index : Infinity);
        score += w * nearness(d);
      } else if (term.where === 'any' && term.re.test(sentence)) score += w / 2;
      else if (term.required) ok = false;
    }
    if (!ok) continue;
    if (!rule.measures.includes(measure)) {
      if (rule.strict) continue;
      if (rule.measures.every((m) => m === 'annual_change_percent') !== (measure === 'annual_change_percent')) continue;
      score /= 2;
    }
    scored.push({id: rule.id, score, max, ratio: score / max});
  }
  if (!scored.length) return {indicator_id: null, confidence: 0};
  scored.sort((a, b) => b.ratio - a.ratio || b.score - a.score);
  const [best, second] = scored;
  let confidence = best.ratio;
  if (second && second.ratio >= best.ratio - 0.1) confidence *= 0.6;
  else if (second && second.ratio >= best.ratio - 0.25) confidence *= 0.8;
  return {indicator_id: best.id, confidence: Math.round(confidence * 100) / 100};
}
