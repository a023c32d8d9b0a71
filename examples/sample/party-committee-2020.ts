import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { emptyIndicatorRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import { districtPartyCommittee } from './organisations';
import { f, fieldGroups, sampleReport } from './sample-report';

const target = (row: Omit<Parameters<typeof emptyIndicatorRow>[0], 'nextYearPlans'>, value: number, decimals = 0): IndicatorRow =>
  emptyIndicatorRow({ ...row, decimals, nextYearPlans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value }] });

/**
 * Seed 002: Ban Chấp hành Đảng bộ quận khóa XXIV, hội nghị lần thứ 4, tổng kết năm 2020 and the 2021 targets.
 * The seed gives no 2020 figures, only the targets, which an annual report carries as next year's plans.
 * The city's revenue plan (1.112,519 tỷ đồng) is the one the district's 1.223,771 exceeds by 10%.
 */
export const partyCommitteeYear2020 = sampleReport({
  organisation: districtPartyCommittee,
  period: makePeriod('year', 2020),
  templateId: 'dang-nam',
  date: '2020-12-18',
  subject: 'Tổng kết thực hiện nhiệm vụ năm 2020, phương hướng, nhiệm vụ năm 2021',
  signer: { lines: ['T/M BAN CHẤP HÀNH', 'BÍ THƯ'], name: 'Trần Thu Hương' },
  groups: [fieldGroups.economy, fieldGroups.society, fieldGroups.party],
  indicators: [
    target(
      {
        id: 'gia-tri-san-xuat-cong-nghiep',
        name: 'Giá trị sản xuất công nghiệp do quận quản lý',
        unit: 'tỷ đồng',
        group: 'kinh-te',
        nature: 'flow',
      },
      406.89,
      3,
    ),
    emptyIndicatorRow({
      id: 'thu-ngan-sach-tren-dia-ban',
      name: 'Thu ngân sách nhà nước trên địa bàn',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 3,
      nextYearPlans: [
        { id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1223.771 },
        { id: 'ke-hoach-thanh-pho', label: 'kế hoạch năm thành phố giao', value: 1112.519 },
      ],
    }),
    target({ id: 'tong-chi-ngan-sach', name: 'Tổng chi ngân sách', unit: 'tỷ đồng', group: 'kinh-te', nature: 'flow' }, 604.57, 3),
    target({ id: 'von-dau-tu-cong', name: 'Tổng vốn đầu tư công', unit: 'tỷ đồng', group: 'kinh-te', nature: 'flow' }, 116.773, 3),
    target(
      {
        id: 'gioi-thieu-viec-lam',
        name: 'Giới thiệu việc làm cho người lao động',
        unit: 'lượt người',
        group: 'van-hoa-xa-hoi',
        nature: 'flow',
      },
      7500,
    ),
    target(
      {
        id: 'ho-dung-nuoc-sach',
        name: 'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn',
        unit: '%',
        group: 'van-hoa-xa-hoi',
        nature: 'ratio',
      },
      100,
    ),
    target(
      {
        id: 'chat-thai-ran-thu-gom',
        name: 'Tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh',
        unit: '%',
        group: 'van-hoa-xa-hoi',
        nature: 'ratio',
      },
      100,
    ),
    target({ id: 'ket-nap-dang-vien', name: 'Kết nạp đảng viên mới', unit: 'đảng viên', group: 'xay-dung-dang', nature: 'flow' }, 155),
    target(
      {
        id: 'to-chuc-dang-thanh-lap',
        name: 'Thành lập tổ chức đảng theo Nghị quyết 28 của Thành ủy',
        unit: 'tổ chức',
        group: 'xay-dung-dang',
        nature: 'flow',
      },
      2,
    ),
  ],
  body: [
    heading(1, 'I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020', 'results'),
    heading(2, '1- Về phát triển kinh tế - xã hội, quốc phòng - an ninh'),
    paragraph(
      'Năm 2020, quận đã thực hiện đồng bộ, hiệu quả các biện pháp phòng, chống dịch bệnh COVID-19 với nhiều cách làm mới, sáng tạo, tạo điều kiện thuận lợi cho phục hồi và phát triển các hoạt động kinh tế - xã hội. Toàn hệ thống chính trị quận đã tập trung cao, tổ chức thực hiện đồng bộ, mạnh mẽ các biện pháp khẩn cấp để phòng, chống dịch. Kinh tế tiếp tục duy trì tăng trưởng, các chỉ tiêu kinh tế - xã hội hoàn thành mục tiêu kế hoạch.',
    ),
    paragraph(
      'Công tác giải phóng mặt bằng thực hiện các dự án, nhất là dự án xây dựng trục đường Hồ Sen - Cầu Rào 2 giai đoạn 2 (đoạn từ nút giao cầu vượt Nguyễn Văn Linh đến ngã ba đường Hồ Sen - chợ Con) được thành phố đánh giá cao. Các lĩnh vực văn hóa - xã hội tiếp tục có nhiều tiến bộ, các chính sách với người có công, chính sách an sinh xã hội tiếp tục được quan tâm thiết thực. Lĩnh vực tư pháp, cải cách hành chính và công tác phòng, chống tham nhũng được tăng cường. Tình hình chính trị, xã hội ổn định, quốc phòng - an ninh được giữ vững.',
    ),
    heading(2, '2- Về xây dựng Đảng, hệ thống chính trị'),
    paragraph(
      'Công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân được triển khai thực hiện toàn diện, đồng bộ với quyết tâm cao và đạt nhiều kết quả quan trọng. Quận ủy, HĐND, UBND quận tiếp tục có những đổi mới mạnh mẽ về phương thức lãnh đạo, chỉ đạo, điều hành, luôn duy trì và phát huy tinh thần đoàn kết, thống nhất cao, không ngừng đổi mới, sáng tạo, luôn bản lĩnh, dám nghĩ, dám làm, vững vàng trước khó khăn, thách thức.',
    ),
    heading(1, 'II- HẠN CHẾ, KHUYẾT ĐIỂM', 'shortcomings'),
    paragraph(
      'Nhiệm vụ thu ngân sách, giải phóng mặt bằng và công tác phát triển đảng viên theo tinh thần Nghị quyết 28 của Ban Thường vụ Thành ủy cần được tập trung cao hơn nữa; phát triển thương mại của quận chưa tương xứng với tiềm năng.',
    ),
    heading(1, 'III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021', 'tasks'),
    paragraph(
      'Để góp phần thực hiện thắng lợi Nghị quyết Đại hội XXIV Đảng bộ quận, đặc biệt là thực hiện thắng lợi các giải pháp đột phá về phát triển kết cấu hạ tầng kinh tế - xã hội, nhất là hạ tầng giao thông đồng bộ, hiện đại, quận xác định chủ đề năm 2021 là “Đẩy mạnh quản lý, chỉnh trang đô thị - Giải phóng mặt bằng”, với các chỉ tiêu chủ yếu:',
    ),
    bulletList(
      ['Giá trị sản xuất công nghiệp do quận quản lý ', f('gia-tri-san-xuat-cong-nghiep', 'next-year-plan'), ';'],
      [
        'Thu ngân sách nhà nước trên địa bàn ',
        f('thu-ngan-sach-tren-dia-ban', 'next-year-plan', { plan: 'ke-hoach-nam' }),
        ' (tăng 10% so với kế hoạch thành phố giao);',
      ],
      [
        'Tổng chi ngân sách ',
        f('tong-chi-ngan-sach', 'next-year-plan'),
        '; tổng vốn đầu tư công ',
        f('von-dau-tu-cong', 'next-year-plan'),
        ';',
      ],
      ['Giới thiệu việc làm cho ', f('gioi-thieu-viec-lam', 'next-year-plan'), ' lao động;'],
      [
        'Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn đạt ',
        f('ho-dung-nuoc-sach', 'next-year-plan'),
        '; tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh ',
        f('chat-thai-ran-thu-gom', 'next-year-plan'),
        ';',
      ],
      [
        'Kết nạp mới ',
        f('ket-nap-dang-vien', 'next-year-plan'),
        '; thành lập ',
        f('to-chuc-dang-thanh-lap', 'next-year-plan'),
        ' đảng theo Nghị quyết 28 của Thành ủy.',
      ],
    ),
    paragraph(
      'Tập trung chỉnh trang, hiện đại hóa đô thị; tiếp tục có các giải pháp hỗ trợ doanh nghiệp, qua đó phát triển thương mại quận mạnh mẽ hơn; quyết liệt, tập trung cao hơn nữa trong nhiệm vụ thu ngân sách, giải phóng mặt bằng và chú trọng công tác phát triển Đảng theo tinh thần Nghị quyết 28 của Ban Thường vụ Thành ủy.',
    ),
  ],
});
