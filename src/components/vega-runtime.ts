import embed from 'vega-embed';
import {expressionInterpreter} from 'vega-interpreter';

/** d3-format locales, so axis numbers follow the widget's language (vi-VN: decimal comma). */
export const FORMAT_LOCALES = {
  vi: {decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫']},
  en: {decimal: '.', thousands: ',', grouping: [3], currency: ['', '']},
} as const;

export {embed, expressionInterpreter};
