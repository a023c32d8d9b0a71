import type { FieldGroup, IndicatorNature } from '../../core/indicators/indicator-row';

/**
 * The indicators of the benchmark workloads: fifty district-level indicators in six field groups, as a district
 * people's committee reports them, each also broken down by five wards (fifty totals and two hundred and fifty ward
 * rows: the three hundred rows of the large appendix). The magnitudes are realistic, the names are the usual ones.
 */
export const benchmarkGroups: FieldGroup[] = [
  { id: 'kinh-te', name: 'Phát triển kinh tế' },
  { id: 'tai-chinh-ngan-sach', name: 'Tài chính - Ngân sách' },
  { id: 'do-thi-moi-truong', name: 'Quản lý đô thị, tài nguyên và môi trường' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
  { id: 'quoc-phong-an-ninh', name: 'Quốc phòng - An ninh' },
  { id: 'xay-dung-chinh-quyen', name: 'Xây dựng chính quyền, cải cách hành chính' },
];

export interface IndicatorDefinition {
  id: string;
  name: string;
  unit: string;
  group: string;
  nature: IndicatorNature;
  decimals: number;
  percentDecimals: number;
  /** Annual total of a flow, or the level of a stock or a ratio, in the first generated year. */
  scale: number;
  /** Yearly drift: growth rate of flows and stocks, points per year of ratios. */
  drift: number;
  /** Whether the city also sets a plan (a second plan column). */
  cityPlan: boolean;
  /** The district total this ward row belongs to; null for a total. */
  totalId: string | null;
  /** The ward's share of the district total (1 for a total). */
  share: number;
}

type BaseIndicator = [id: string, name: string, unit: string, nature: IndicatorNature, decimals: number, scale: number, drift: number];

const baseIndicators: Record<string, BaseIndicator[]> = {
  'kinh-te': [
    ['gia-tri-san-xuat-cong-nghiep', 'Giá trị sản xuất công nghiệp do quận quản lý', 'tỷ đồng', 'flow', 1, 330, 0.06],
    ['ban-le-hang-hoa', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'tỷ đồng', 'flow', 1, 12000, 0.09],
    ['doanh-nghiep-thanh-lap-moi', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 'flow', 0, 450, 0.05],
    ['von-dang-ky-doanh-nghiep', 'Vốn đăng ký của doanh nghiệp thành lập mới', 'tỷ đồng', 'flow', 1, 3200, 0.08],
    ['ho-kinh-doanh-moi', 'Số hộ kinh doanh cá thể đăng ký mới', 'hộ', 'flow', 0, 900, 0.03],
    ['gia-tri-xay-dung', 'Giá trị sản xuất ngành xây dựng', 'tỷ đồng', 'flow', 1, 2100, 0.07],
    ['doanh-thu-van-tai', 'Doanh thu vận tải, kho bãi', 'tỷ đồng', 'flow', 1, 780, 0.06],
    ['khach-luu-tru', 'Lượt khách lưu trú', 'lượt khách', 'flow', 0, 150000, 0.08],
    ['doanh-thu-luu-tru-an-uong', 'Doanh thu dịch vụ lưu trú, ăn uống', 'tỷ đồng', 'flow', 1, 1500, 0.1],
  ],
  'tai-chinh-ngan-sach': [
    ['thu-ngan-sach-tren-dia-ban', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 'flow', 3, 1200, 0.07],
    ['thu-can-doi-ngan-sach', 'Tổng thu cân đối ngân sách', 'tỷ đồng', 'flow', 1, 930, 0.06],
    ['thu-tien-su-dung-dat', 'Thu tiền sử dụng đất', 'tỷ đồng', 'flow', 1, 350, 0.04],
    ['thu-thue-ngoai-quoc-doanh', 'Thu thuế công thương nghiệp ngoài quốc doanh', 'tỷ đồng', 'flow', 1, 260, 0.08],
    ['chi-ngan-sach', 'Tổng chi ngân sách địa phương', 'tỷ đồng', 'flow', 1, 600, 0.06],
    ['chi-dau-tu-phat-trien', 'Chi đầu tư phát triển', 'tỷ đồng', 'flow', 1, 210, 0.05],
    ['giai-ngan-dau-tu-cong', 'Giải ngân vốn đầu tư công', 'tỷ đồng', 'flow', 3, 120, 0.09],
    ['no-dong-thue', 'Số nợ đọng thuế', 'tỷ đồng', 'stock', 1, 45, -0.04],
  ],
  'do-thi-moi-truong': [
    ['giai-phong-mat-bang', 'Diện tích đất đã giải phóng mặt bằng', 'm²', 'flow', 0, 85000, 0.02],
    ['ho-ban-giao-mat-bang', 'Số hộ đã bàn giao mặt bằng', 'hộ', 'flow', 0, 420, 0.01],
    ['giay-phep-xay-dung', 'Số giấy phép xây dựng được cấp', 'giấy phép', 'flow', 0, 1100, 0.03],
    ['vi-pham-trat-tu-xay-dung', 'Số công trình vi phạm trật tự xây dựng bị xử lý', 'công trình', 'flow', 0, 85, -0.05],
    ['giay-chung-nhan-dat', 'Số giấy chứng nhận quyền sử dụng đất được cấp', 'giấy chứng nhận', 'flow', 0, 2300, 0.02],
    ['chat-thai-ran-thu-gom', 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý', '%', 'ratio', 1, 96, 0.3],
    ['ho-dung-nuoc-sach', 'Tỷ lệ hộ dân sử dụng nước sạch', '%', 'ratio', 1, 97.5, 0.2],
    ['cay-xanh-trong-moi', 'Số cây xanh đô thị trồng mới', 'cây', 'flow', 0, 1800, 0.04],
    ['via-he-cai-tao', 'Chiều dài vỉa hè được cải tạo', 'm', 'flow', 0, 12000, 0.03],
  ],
  'van-hoa-xa-hoi': [
    ['giam-ho-ngheo', 'Số hộ nghèo giảm', 'hộ', 'flow', 0, 300, -0.06],
    ['ho-can-ngheo', 'Số hộ cận nghèo', 'hộ', 'stock', 0, 650, -0.05],
    ['giai-quyet-viec-lam', 'Số lao động được giải quyết việc làm', 'lao động', 'flow', 0, 5200, 0.03],
    ['dao-tao-nghe', 'Số người được đào tạo nghề', 'người', 'flow', 0, 2400, 0.04],
    ['bao-hiem-y-te', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 'ratio', 1, 82, 1.2],
    ['tiem-chung-day-du', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', '%', 'ratio', 1, 96, 0.2],
    ['gia-dinh-van-hoa', 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 'ratio', 1, 90, 0.4],
    ['truong-dat-chuan', 'Số trường đạt chuẩn quốc gia', 'trường', 'stock', 0, 38, 0.04],
    ['tot-nghiep-trung-hoc-co-so', 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở', '%', 'ratio', 2, 98.6, 0.1],
    ['chi-tra-tro-cap', 'Kinh phí chi trả trợ cấp cho người có công', 'tỷ đồng', 'flow', 1, 95, 0.05],
    ['nha-tinh-nghia', 'Số nhà tình nghĩa, nhà đại đoàn kết được xây mới, sửa chữa', 'nhà', 'flow', 0, 40, 0.02],
    ['kham-chua-benh', 'Số lượt khám, chữa bệnh', 'lượt', 'flow', 0, 260000, 0.03],
  ],
  'quoc-phong-an-ninh': [
    ['thanh-nien-nhap-ngu', 'Số thanh niên nhập ngũ', 'thanh niên', 'flow', 0, 180, 0],
    ['pham-phap-hinh-su', 'Số vụ phạm pháp hình sự', 'vụ', 'flow', 0, 210, -0.04],
    ['dieu-tra-kham-pha-an', 'Tỷ lệ điều tra, khám phá án hình sự', '%', 'ratio', 1, 80, 0.5],
    ['tai-nan-giao-thong', 'Số vụ tai nạn giao thông', 'vụ', 'flow', 0, 60, -0.05],
    ['vi-pham-giao-thong', 'Số trường hợp vi phạm trật tự an toàn giao thông bị xử lý', 'trường hợp', 'flow', 0, 9800, 0.02],
    ['chay-no', 'Số vụ cháy, nổ', 'vụ', 'flow', 0, 36, -0.03],
    ['dan-quan-tu-ve', 'Lực lượng dân quân tự vệ', 'người', 'stock', 0, 1450, 0.01],
  ],
  'xay-dung-chinh-quyen': [
    ['ho-so-hanh-chinh', 'Số hồ sơ thủ tục hành chính được tiếp nhận', 'hồ sơ', 'flow', 0, 42000, 0.05],
    ['ho-so-dung-han', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', 'ratio', 2, 96.5, 0.3],
    ['ho-so-truc-tuyen', 'Tỷ lệ hồ sơ nộp trực tuyến', '%', 'ratio', 1, 20, 6],
    ['don-thu-giai-quyet', 'Số đơn thư khiếu nại, tố cáo được giải quyết', 'đơn', 'flow', 0, 260, -0.02],
    ['tiep-cong-dan', 'Số lượt tiếp công dân', 'lượt', 'flow', 0, 1300, 0],
  ],
};

/** The five wards of the fictitious district the workloads report on. */
export const benchmarkWards = [
  { id: 'binh-minh', name: 'Bình Minh' },
  { id: 'dong-hai', name: 'Đông Hải' },
  { id: 'hoa-phat', name: 'Hòa Phát' },
  { id: 'nam-son', name: 'Nam Sơn' },
  { id: 'tan-tien', name: 'Tân Tiến' },
];
const wardShares = [0.24, 0.21, 0.19, 0.2, 0.16];

const cityPlanIndicators = new Set(['thu-ngan-sach-tren-dia-ban', 'thu-can-doi-ngan-sach', 'chi-ngan-sach', 'giai-ngan-dau-tu-cong']);

/** The fifty district totals, in group order. */
export function districtIndicators(): IndicatorDefinition[] {
  return benchmarkGroups.flatMap((group) =>
    (baseIndicators[group.id] ?? []).map(([id, name, unit, nature, decimals, scale, drift]) => ({
      id,
      name,
      unit,
      group: group.id,
      nature,
      decimals,
      percentDecimals: nature === 'ratio' || decimals === 0 ? 1 : 2,
      scale,
      drift,
      cityPlan: cityPlanIndicators.has(id),
      totalId: null,
      share: 1,
    })),
  );
}

/**
 * `count` indicators: the district totals first, then the ward rows of each total, so that 300 gives every total
 * with its five wards. Ward rows follow their total in the group, as an appendix lists them.
 */
export function indicatorCatalogue(count: number): IndicatorDefinition[] {
  const totals = districtIndicators();
  if (count <= totals.length) return totals.slice(0, count);
  const wardRows = totals.flatMap((total) =>
    benchmarkWards.map((ward, index) => ({
      ...total,
      id: `${total.id}-${ward.id}`,
      name: `${total.name}: phường ${ward.name}`,
      scale: total.nature === 'ratio' ? total.scale : total.scale * wardShares[index]!,
      cityPlan: false,
      totalId: total.id,
      share: total.nature === 'ratio' ? 1 : wardShares[index]!,
    })),
  );
  const chosen = new Set(wardRows.slice(0, count - totals.length).map((row) => row.id));
  return totals.flatMap((total) => [total, ...wardRows.filter((row) => row.totalId === total.id && chosen.has(row.id))]);
}
