/**
 * The tables and columns of `schema.ts` in Vietnamese: a short title for each column (the workbook's header row) and
 * the same meaning as its English description (data/README.vi.md). A test checks that every table and column of
 * TABLES has its entry here and nothing else, so a new column cannot go out without its Vietnamese text.
 */

export interface ColumnVi {
  /** Short heading, as over a spreadsheet column. */
  title: string;
  /** The column's meaning: a faithful rendering of its description in schema.ts. */
  description: string;
}

export interface TableVi {
  title: string;
  description: string;
  columns: Record<string, ColumnVi>;
}

const SOURCE_FILE = 'Tệp trong data/sources/ dùng để đối chiếu trích dẫn.';

export const TABLES_VI: Record<string, TableVi> = {
  units: {
    title: 'Đơn vị hành chính',
    description:
      'Cả nước, 63 tỉnh, thành phố trước ngày 1/7/2025, 23 tỉnh, thành phố hình thành do hợp nhất từ ngày đó (11 tỉnh, thành phố không hợp nhất mỗi nơi một dòng, có hiệu lực cả trước và sau: từ năm 2025 có 34 tỉnh, thành phố), và các huyện có ban hành kế hoạch.',
    columns: {
      unit_id: {
        title: 'Mã đơn vị (khóa)',
        description:
          'Khóa. Cả nước là "VN"; tỉnh hoặc huyện đã có trước ngày 1/7/2025 dùng mã của Tổng cục Thống kê thời đó ("45" Quảng Trị, "416" Quỳ Châu), kể cả 11 tỉnh, thành phố không hợp nhất và vẫn còn; tỉnh hình thành ngày 1/7/2025 do hợp nhất dùng mã mới kèm "@2025" ("44@2025" Quảng Trị), vì mã mới dùng lại mã cũ ("44" từng là Quảng Bình).',
      },
      code: {
        title: 'Mã thống kê',
        description:
          'Mã của Tổng cục Thống kê trong danh mục của chính đơn vị (trước hoặc từ ngày 1/7/2025). Không duy nhất: "44" là Quảng Bình trước năm 2025 và Quảng Trị sau đó.',
      },
      slug: {
        title: 'Mã đọc được (slug)',
        description:
          'Mã dễ đọc mà widget nhận thay cho unit_id. Tên còn dùng sau ngày 1/7/2025 thuộc về đơn vị của năm 2025 ("quang-tri"); tỉnh mang tên đó trước khi hợp nhất có thêm "-cu" ("quang-tri-cu", tức "cũ").',
      },
      aliases: {
        title: 'Tên gọi khác',
        description: 'Các slug khác cũng chỉ đơn vị này, cách nhau bằng ";" (ví dụ tên cũ).',
      },
      name: {title: 'Tên', description: 'Tên tiếng Việt, không có từ chỉ loại (tỉnh, thành phố, huyện).'},
      name_en: {title: 'Tên tiếng Anh', description: 'Tên tiếng Anh (không dấu).'},
      kind: {
        title: 'Loại đơn vị',
        description:
          '"country" (cả nước), "province" (tỉnh), "city" (thành phố trực thuộc trung ương) hoặc "district" (huyện).',
      },
      level: {title: 'Cấp', description: 'Cấp hành chính.'},
      parent_id: {title: 'Đơn vị cấp trên', description: 'unit_id của đơn vị cấp trên một bậc.'},
      valid_from: {
        title: 'Có hiệu lực từ',
        description: 'Ngày đầu tiên của đơn vị như mô tả ở đây; để trống khi trước thời kỳ của bộ dữ liệu.',
      },
      valid_to: {
        title: 'Có hiệu lực đến',
        description: 'Ngày cuối cùng của đơn vị; để trống với đơn vị hiện còn.',
      },
      unit_2025: {
        title: 'Tỉnh năm 2025',
        description:
          'Tỉnh, thành phố trong danh sách năm 2025 (34 tỉnh, thành phố từ ngày 1/7/2025) bao gồm địa bàn của đơn vị này: chính đơn vị với tỉnh của năm 2025 hoặc tỉnh không hợp nhất, tỉnh hợp nhất với tỉnh cũ, tỉnh bao quanh với huyện. Để trống với cả nước.',
      },
      successor_id: {
        title: 'Mã đơn vị kế thừa',
        description:
          'Mã thống kê của (các) đơn vị tiếp nhận sau sắp xếp năm 2025, cách nhau bằng ";" (mã của danh mục năm 2025, không phải khóa của bảng này: xem unit_2025).',
      },
      successor_name: {title: 'Tên đơn vị kế thừa', description: 'Tên (các) đơn vị kế thừa, cách nhau bằng ";".'},
      successor_from: {title: 'Kế thừa từ ngày', description: 'Ngày đơn vị kế thừa tiếp nhận.'},
      successor_note: {title: 'Ghi chú sắp xếp', description: 'Điều đã xảy ra, kèm căn cứ pháp lý.'},
    },
  },
  programmes: {
    title: 'Giai đoạn của Chương trình quốc gia',
    description: 'Mỗi giai đoạn của chương trình một dòng, đã phê duyệt hoặc dự thảo; plans.period tham chiếu đến đây.',
    columns: {
      period: {title: 'Giai đoạn (khóa)', description: 'Khóa: giai đoạn của chương trình, ví dụ "2021-2025".'},
      status: {
        title: 'Tình trạng',
        description:
          '"approved": có quyết định của Thủ tướng Chính phủ phê duyệt; "draft": đang xây dựng, chưa thấy quyết định.',
      },
      decision_no: {title: 'Số quyết định', description: 'Số quyết định phê duyệt; để trống với dự thảo.'},
      decided_on: {title: 'Ngày quyết định', description: 'Ngày quyết định phê duyệt; để trống với dự thảo.'},
      plan_id: {
        title: 'Mã kế hoạch',
        description: 'plans.plan_id của quyết định phê duyệt chương trình khi nó là một kế hoạch trong bộ dữ liệu.',
      },
      title: {title: 'Tên', description: 'Tên tiếng Việt.'},
      title_en: {title: 'Tên tiếng Anh', description: 'Tên tiếng Anh.'},
      source_file: {title: 'Tệp nguồn', description: 'Tệp trong data/sources/ ghi lại những điều đã biết.'},
      source_url: {title: 'Địa chỉ nguồn', description: 'Trang công khai, khi có trích dẫn từ trang đó.'},
      quote: {
        title: 'Trích dẫn',
        description: 'Câu trong source_file nêu tình trạng của chương trình, được đối chiếu như mọi trích dẫn.',
      },
      notes: {title: 'Ghi chú', description: 'Điều đã biết và điều chưa biết.'},
    },
  },
  plans: {
    title: 'Kế hoạch',
    description:
      'Mỗi văn bản kế hoạch một dòng: kế hoạch 5 năm, hằng năm, kế hoạch kiểm tra, và kế hoạch ngoài mọi chương trình.',
    columns: {
      plan_id: {title: 'Mã kế hoạch (khóa)', description: 'Mã ổn định của kế hoạch.'},
      title: {title: 'Tên kế hoạch', description: 'Tên tiếng Việt như trong văn bản.'},
      title_en: {title: 'Tên tiếng Anh', description: 'Tên tiếng Anh (bản dịch).'},
      issuer: {title: 'Cơ quan ban hành', description: 'Cơ quan ban hành.'},
      unit_id: {title: 'Mã đơn vị', description: 'Đơn vị của kế hoạch (units.unit_id).'},
      level: {title: 'Cấp', description: 'Cấp của kế hoạch.'},
      period: {
        title: 'Giai đoạn',
        description:
          'Giai đoạn của chương trình mà kế hoạch thuộc về (programmes.period): giai đoạn mà kế hoạch thực hiện, hoặc, với kế hoạch ngoài mọi chương trình, giai đoạn chứa các năm của nó (xem programme_basis).',
      },
      span_start: {title: 'Năm đầu', description: 'Năm đầu tiên mà chính kế hoạch bao quát.'},
      span_end: {title: 'Năm cuối', description: 'Năm cuối cùng mà chính kế hoạch bao quát.'},
      document_no: {title: 'Số văn bản', description: 'Số văn bản; để trống khi văn bản không có số.'},
      issued_on: {title: 'Ngày ban hành', description: 'Ngày ban hành (ISO); để trống khi văn bản không ghi.'},
      parent: {
        title: 'Căn cứ',
        description: 'Quyết định chương trình, kế hoạch hoặc văn bản pháp luật mà kế hoạch nêu làm căn cứ.',
      },
      programme_basis: {
        title: 'Quan hệ với chương trình',
        description:
          '"programme": dòng này là quyết định phê duyệt chương trình; "implements": nguồn nói kế hoạch thực hiện chương trình của giai đoạn (trực tiếp hoặc qua một kế hoạch khác); "not_stated": nguồn đã xem không nói; "none": kế hoạch dựa trên căn cứ khác (ví dụ chỉ Pháp lệnh 10/2003/PL-UBTVQH11) — không bao giờ là một số quyết định đoán ra.',
      },
      source_file: {title: 'Tệp nguồn', description: SOURCE_FILE},
      source_sha256: {title: 'sha256 của tệp nguồn', description: 'sha256 của source_file.'},
      source_kind: {
        title: 'Loại nguồn',
        description:
          '"official": văn bản kế hoạch được kèm theo bộ dữ liệu; "secondary": các trang công khai trích dẫn hoặc đưa tin về kế hoạch (báo chí, cổng thông tin, trang văn bản pháp luật), được ghi nguyên văn trong một tệp tham chiếu kèm theo.',
      },
      completeness: {
        title: 'Mức đầy đủ',
        description:
          '"full": bộ dữ liệu có toàn bộ phần chỉ tiêu của kế hoạch (các văn bản chính thức trong sources/); "excerpt": chỉ phần mà báo chí, bản tóm tắt hoặc bản lưu bị cắt trích dẫn. Một chỉ tiêu không có trong trích đoạn không có nghĩa là kế hoạch không có: phép so sánh chỉ nói "mới" hoặc "bỏ" giữa hai kế hoạch đầy đủ. Từ bộ dữ liệu 1.2.0.',
      },
      source_url: {title: 'Địa chỉ nguồn', description: 'Địa chỉ công khai của nguồn, khi biết.'},
      notes: {title: 'Ghi chú', description: 'Những điểm bất thường của nguồn.'},
    },
  },
  groups: {
    title: 'Nhóm của chương trình',
    description: 'Các nhóm chỉ tiêu của chương trình.',
    columns: {
      group_id: {title: 'Mã nhóm (khóa)', description: 'Mã nhóm của chương trình.'},
      order: {title: 'Thứ tự', description: 'Thứ tự hiển thị.'},
      label_vi: {title: 'Tên nhóm', description: 'Tên tiếng Việt.'},
      label_en: {title: 'Tên tiếng Anh', description: 'Tên tiếng Anh.'},
    },
  },
  indicators: {
    title: 'Chỉ báo (bộ mã thống nhất)',
    description: 'Cùng một chỉ tiêu trong các kế hoạch khác nhau có chung một chỉ báo.',
    columns: {
      indicator_id: {title: 'Mã chỉ báo (khóa)', description: 'Mã ổn định có dấu chấm: <nhóm>.<tên>.'},
      group: {title: 'Nhóm', description: 'groups.group_id.'},
      label_vi: {title: 'Tên chỉ báo', description: 'Tên ngắn tiếng Việt.'},
      label_en: {title: 'Tên tiếng Anh', description: 'Tên ngắn tiếng Anh.'},
      measure: {
        title: 'Đơn vị đo thường dùng',
        description: 'Đơn vị đo thường dùng; một dòng chỉ tiêu có thể dùng đơn vị khác (xem targets.measure).',
      },
      denominator_vi: {title: 'Mẫu số', description: 'Tỷ lệ phần trăm là của cái gì, bằng tiếng Việt.'},
      denominator_en: {title: 'Mẫu số (tiếng Anh)', description: 'Tỷ lệ phần trăm là của cái gì, bằng tiếng Anh.'},
      direction: {title: 'Chiều tốt', description: 'Giá trị cao hơn có tốt hơn hay không.'},
      comparison: {
        title: 'Quy tắc so sánh',
        description:
          'Khi nào được so sánh hai chỉ tiêu: "direct" (cùng đơn vị đo, và với số lượng thì cùng thứ được đếm), "same_scope" (thêm điều kiện cùng phạm vi), "none" (không bao giờ). Số lượng và tỷ lệ phần trăm không bao giờ được so sánh.',
      },
      comparability: {
        title: 'Khả năng so sánh',
        description: 'Chỗ các kế hoạch định nghĩa chỉ báo khác nhau; để trống khi giống nhau.',
      },
    },
  },
  targets: {
    title: 'Chỉ tiêu',
    description: 'Mỗi chỉ tiêu bằng số của một kế hoạch một dòng, kèm câu văn nêu chỉ tiêu đó.',
    columns: {
      target_id: {
        title: 'Mã chỉ tiêu (khóa)',
        description: 'Mã ổn định của chỉ tiêu: <plan_id>:<indicator_id>[:<khóa>].',
      },
      plan_id: {title: 'Mã kế hoạch', description: 'plans.plan_id.'},
      unit_id: {title: 'Mã đơn vị', description: 'units.unit_id (như của kế hoạch).'},
      period: {title: 'Giai đoạn', description: 'Giai đoạn của chương trình (như của kế hoạch).'},
      level: {title: 'Cấp', description: 'Cấp (như của kế hoạch).'},
      indicator_id: {title: 'Mã chỉ báo', description: 'indicators.indicator_id.'},
      scope: {
        title: 'Phạm vi',
        description: 'Ai hoặc cái gì được đếm, khi kế hoạch thu hẹp hoặc thay đổi phạm vi (tiếng Việt).',
      },
      scope_en: {title: 'Phạm vi (tiếng Anh)', description: 'Phạm vi bằng tiếng Anh.'},
      comparator: {
        title: 'Phép so sánh',
        description: 'Điều văn bản nói: "ít nhất" → >=, "trên" → >, con số đứng một mình → =, một khoảng → range.',
      },
      value: {title: 'Giá trị', description: 'Con số của chỉ tiêu (cận dưới của một khoảng).'},
      value_max: {title: 'Giá trị tối đa', description: 'Cận trên của một khoảng; để trống trong trường hợp khác.'},
      measure: {title: 'Đơn vị đo', description: 'Đơn vị của value.'},
      counted: {
        title: 'Thứ được đếm',
        description:
          'Với số lượng: một đơn vị của value là gì, bằng tiếng Việt ("người", "vụ án", "cơ sở"); để trống trong trường hợp khác.',
      },
      counted_en: {
        title: 'Thứ được đếm (tiếng Anh)',
        description: 'Với số lượng: như trên, bằng tiếng Anh ("people", "cases", "businesses").',
      },
      target_year: {title: 'Thời hạn (năm)', description: 'Năm phải đạt.'},
      recurrence: {
        title: 'Tính lặp lại',
        description:
          '"once": đạt được chậm nhất vào năm target_year; "annual": hằng năm cho đến target_year; "continuous": duy trì suốt thời kỳ.',
      },
      section: {
        title: 'Mục',
        description: 'Mục của nguồn, ví dụ "II.3.a"; để trống với nguồn thứ cấp không ghi mục.',
      },
      section_role: {
        title: 'Vai trò của mục',
        description:
          '"objective": phần chỉ tiêu của kế hoạch; "task": nhiệm vụ và giải pháp; "assignment": nhiệm vụ giao cho một cơ quan.',
      },
      quote: {
        title: 'Trích dẫn',
        description: 'Câu của nguồn nêu chỉ tiêu, nguyên văn (chỉ khác khoảng trắng).',
      },
      source_url: {title: 'Địa chỉ nguồn', description: 'Trang lấy trích dẫn, với nguồn thứ cấp.'},
      source_file: {
        title: 'Tệp nguồn',
        description: 'Tệp trong data/sources/ dùng để đối chiếu trích dẫn, khi không phải source_file của kế hoạch.',
      },
      notes: {title: 'Ghi chú', description: 'Các nhận định của người biên soạn về dòng này.'},
    },
  },
  results: {
    title: 'Kết quả được báo cáo',
    description:
      'Các con số được báo cáo, có nguồn công khai. Chỉ result_kind = value là giá trị của chỉ báo; các dòng units_* đếm đơn vị, các dòng count_context là bối cảnh.',
    columns: {
      result_id: {title: 'Mã kết quả (khóa)', description: 'Mã ổn định của kết quả.'},
      target_id: {
        title: 'Mã chỉ tiêu',
        description:
          'targets.target_id của chỉ tiêu mà con số đo, khi có; có thể là chỉ tiêu của Chương trình quốc gia khi đơn vị báo cáo theo chỉ tiêu đó mà không có kế hoạch riêng trong bộ dữ liệu (Yên Bái).',
      },
      unit_id: {title: 'Mã đơn vị', description: 'units.unit_id.'},
      indicator_id: {title: 'Mã chỉ báo', description: 'indicators.indicator_id.'},
      period: {title: 'Giai đoạn', description: 'Giai đoạn của chương trình (programmes.period).'},
      result_kind: {
        title: 'Loại kết quả',
        description:
          '"value": giá trị của chính chỉ báo; "units_meeting_target": bao nhiêu đơn vị cấp dưới đạt chỉ tiêu (không phải giá trị của chỉ báo); "units_with_activity": bao nhiêu (hoặc tỷ lệ bao nhiêu) đơn vị cấp dưới có báo cáo hoạt động đó; "count_context": số đếm hoạt động giữ làm bối cảnh, không bao giờ vẽ như mức đạt.',
      },
      as_of: {
        title: 'Tính đến',
        description:
          'Thời điểm của con số, chính xác đến mức nguồn cho phép (YYYY, YYYY-MM hoặc YYYY-MM-DD); để trống khi nguồn không nêu.',
      },
      value: {title: 'Giá trị', description: 'Con số được báo cáo.'},
      comparator: {
        title: 'Phép so sánh',
        description:
          'Điều câu chữ nói về con số: con số đứng một mình → "=", "hơn" / "trên" → ">" (value là cận dưới: "hơn 10.600"), "dưới" → "<". Từ bộ dữ liệu 1.2.0.',
      },
      measure: {title: 'Đơn vị đo', description: 'Đơn vị của value.'},
      counted: {
        title: 'Thứ được đếm',
        description: 'Với số lượng: một đơn vị của value là gì, bằng tiếng Việt; để trống trong trường hợp khác.',
      },
      counted_en: {title: 'Thứ được đếm (tiếng Anh)', description: 'Với số lượng: như trên, bằng tiếng Anh.'},
      denominator: {title: 'Mẫu số', description: 'Với units_*: đã đếm bao nhiêu đơn vị.'},
      denominator_label: {title: 'Mẫu số đếm gì', description: 'Mẫu số đếm cái gì (tiếng Việt).'},
      denominator_label_en: {title: 'Mẫu số đếm gì (tiếng Anh)', description: 'Mẫu số đếm cái gì (tiếng Anh).'},
      source_url: {title: 'Địa chỉ nguồn', description: 'Trang công khai có con số.'},
      source_title: {title: 'Tên nguồn', description: 'Tiêu đề hoặc tên của nguồn.'},
      published_on: {title: 'Ngày đăng', description: 'Ngày đăng; để trống khi trang không ghi.'},
      quote: {title: 'Trích dẫn', description: 'Câu của nguồn nêu con số.'},
      source_kind: {title: 'Loại nguồn', description: 'official (chính thức) hoặc secondary (thứ cấp).'},
      source_file: {title: 'Tệp nguồn', description: SOURCE_FILE},
      notes: {title: 'Ghi chú', description: 'Cách đọc con số.'},
    },
  },
};
