/**
 * The Vietnamese texts of exports, citations and the footer's sources (src/export/sources.ts, cite.ts, the body and
 * src/export/actions.ts): a module of its own, imported by those lazy modules, so that the first download of
 * every page (budget 40 kB gzip, script and data) does not carry them. Importing it adds them to MESSAGES.vi;
 * English has them in src/i18n/en.ts, which loads whole.
 */
import {MESSAGES, formatNumber, type ExportKey, type Messages} from './index.js';

export const viExports: Pick<Messages, ExportKey> = {
  moreDocuments: (n) => `và ${n} văn bản khác (danh sách trong tệp CSV và trích dẫn)`,
  docKind: {decision: 'Quyết định', plan: 'Kế hoạch', directive: 'Chỉ thị', resolution: 'Nghị quyết'},
  issuedBy: (doc, date, issuer) => `${doc}${date ? ` ngày ${date}` : ''}${issuer ? ` của ${issuer}` : ''}`,
  resultsSource: 'số liệu kết quả',
  resultsFromPage: 'do trang đăng biểu đồ cung cấp',
  secondaryVia: (host) => `nguồn thứ cấp: ${host}`,
  datasetTitle: 'Chỉ tiêu kế hoạch phòng, chống mại dâm của tỉnh, huyện (Việt Nam)',
  cite: 'Trích dẫn',
  copyCitation: 'Chép trích dẫn',
  citeText: {
    data: 'Dữ liệu',
    version: 'phiên bản',
    documents: 'Văn bản',
    targets: 'Chỉ tiêu',
    at: (url, date) => `Xem tại: ${url} (truy cập ngày ${date})`,
    accessed: (date) => `truy cập ngày ${date}`,
    fromPage: 'Chỉ tiêu do trang web đăng biểu đồ cung cấp theo văn bản dưới đây, không thuộc bộ dữ liệu plan-chart',
  },
  bibtex: 'BibTeX',
  ris: 'RIS',
  cslJson: 'CSL-JSON',
  exportGroups: {data: 'Dữ liệu', web: 'Hình cho web', tv: 'Truyền hình', social: 'Mạng xã hội', print: 'Báo in'},
  pngSocial: 'PNG 1080×1080',
  printPng: 'PNG 300 dpi',
  printSvg: 'SVG (chữ giữ nguyên)',
  columnWidth: 'Độ rộng',
  columns: (n, mm) => `${n} cột (${mm} mm)`,
  darkExport: 'Nền tối',
  transparentExport: 'Nền trong suốt (để ghép lên hình)',
  exporting: 'Đang xuất tệp…',
  exported: (n) => `Đã tải ${n} tệp`,
  exportedZip: (n) => `Đã tải ${n} khung hình trong một tệp ZIP`,
  xlsx: 'Excel (.xlsx)',
  continued: 'tiếp',
  workbook: {
    data: 'Dữ liệu',
    about: 'Giới thiệu',
    chart: 'Biểu đồ',
    sources: 'Nguồn',
    dataset: 'Bộ dữ liệu',
    address: 'Địa chỉ',
    downloaded: 'Ngày tải',
    howTo: 'Cách đọc',
    howToText:
      'Mỗi dòng của trang "Dữ liệu" là một chỉ tiêu đang hiển thị trên biểu đồ, với kết quả báo cáo (nếu có), văn bản và câu trích nguyên văn. Các cột từ target_id trở đi là mã dùng cho máy (xem sổ tay dữ liệu). Điền cột "Giá trị kết quả" và "Kết quả tính đến" rồi lưu lại: tệp dùng được làm tệp kết quả của biểu đồ.',
  },
  panelScale: (from, to) => `thang ${formatNumber('vi', from)}–${formatNumber('vi', to)}`,
  pickRows: 'Dòng đưa vào hình',
  pickedRows: (n, total) => `${n}/${total} dòng`,
  pickAll: 'Chọn tất cả',
  pickNone: 'Bỏ chọn tất cả',
  noRowsPicked: 'Chưa chọn dòng nào để đưa vào hình.',
  rowKeysHint: 'Phím mũi tên: chuyển giữa các chỉ tiêu; Enter: xem trích dẫn và nguồn; Esc: đóng.',
};

Object.assign(MESSAGES.vi, viExports);
