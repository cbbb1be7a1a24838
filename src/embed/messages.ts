/**
 * The embed page's own texts, in the reader's language (the chart's `lang=`). To move into src/i18n.ts with the
 * widget's texts.
 */
export type EmbedParam = 'src' | 'results';

export const EMBED_MESSAGES = {
  vi: {
    refused: (param: EmbedParam, address: string) =>
      param === 'src'
        ? `Trang nhúng này chỉ lấy số liệu từ chính trang web của nó. Địa chỉ bộ dữ liệu trong đường dẫn không được dùng: “${address}”. Biểu đồ dưới đây dùng bộ dữ liệu của trang.`
        : `Trang nhúng này chỉ lấy số liệu từ chính trang web của nó. Địa chỉ tệp kết quả trong đường dẫn không được dùng: “${address}”. Biểu đồ dưới đây không có các kết quả đó.`,
  },
  en: {
    refused: (param: EmbedParam, address: string) =>
      param === 'src'
        ? `This embed only takes data from its own website. The dataset address in the link was not used: “${address}”. The chart below uses the site's own dataset.`
        : `This embed only takes data from its own website. The results address in the link was not used: “${address}”. The chart below is shown without those results.`,
  },
} as const;
