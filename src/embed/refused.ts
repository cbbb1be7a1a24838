/**
 * What embed.html says of an address in its link that it does not use, in both languages: only the embed page shows
 * it, so it is not carried by plan-chart.js.
 */
import type {Lang} from '../i18n/index.js';

export const EMBED_REFUSED: Record<Lang, (param: 'src' | 'results', address: string) => string> = {
  vi: (param, address) =>
    param === 'src'
      ? `Trang nhúng này chỉ lấy số liệu từ chính trang web của nó. Địa chỉ bộ dữ liệu trong đường dẫn không được dùng: “${address}”. Biểu đồ dưới đây dùng bộ dữ liệu của trang.`
      : `Trang nhúng này chỉ lấy số liệu từ chính trang web của nó. Địa chỉ tệp kết quả trong đường dẫn không được dùng: “${address}”. Biểu đồ dưới đây không có các kết quả đó.`,
  en: (param, address) =>
    param === 'src'
      ? `This embed only takes data from its own website. The dataset address in the link was not used: “${address}”. The chart below uses the site's own dataset.`
      : `This embed only takes data from its own website. The results address in the link was not used: “${address}”. The chart below is shown without those results.`,
};
