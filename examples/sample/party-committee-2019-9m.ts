import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import { districtPartyCommittee } from './organisations';
import { f, fieldGroups, sampleReport } from './sample-report';

/**
 * Seed 004: Quận ủy, hội nghị lần thứ 21, đánh giá kết quả 9 tháng năm 2019. Published: industry and
 * handicrafts grew 9%, retail and accommodation-catering revenue 20,3%; the same-period values reproduce them.
 */
export const partyCommitteeNineMonths2019 = sampleReport({
  organisation: districtPartyCommittee,
  period: makePeriod('nine-months', 2019),
  templateId: 'dang-9-thang',
  date: '2019-09-30',
  subject: 'Kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm 2019',
  signer: { lines: ['T/M QUẬN ỦY', 'BÍ THƯ'], name: 'Trần Văn Khuê' },
  groups: [fieldGroups.economy, fieldGroups.party],
  indicators: [
    emptyIndicatorRow({
      id: 'gia-tri-san-xuat-cn-ttcn',
      name: 'Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      percentDecimals: 1,
      value: 256.3,
      samePeriod: { value: 235.1, cumulative: 235.1 },
    }),
    emptyIndicatorRow({
      id: 'ban-le-va-dich-vu-luu-tru-an-uong',
      name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ lưu trú, ăn uống',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      percentDecimals: 1,
      value: 15862.4,
      samePeriod: { value: 13185.7, cumulative: 13185.7 },
    }),
    emptyIndicatorRow({
      id: 'to-chuc-dang-thanh-lap',
      name: 'Tổ chức đảng thành lập mới theo Nghị quyết 28 của Thành ủy',
      unit: 'tổ chức',
      group: 'xay-dung-dang',
      nature: 'flow',
      value: 1,
      status: 'actual',
    }),
    emptyIndicatorRow({
      id: 'cong-doan-thanh-lap',
      name: 'Tổ chức công đoàn thành lập mới',
      unit: 'tổ chức',
      group: 'xay-dung-dang',
      nature: 'flow',
      value: 4,
      status: 'actual',
    }),
    emptyIndicatorRow({
      id: 'doan-thanh-nien-thanh-lap',
      name: 'Tổ chức đoàn thanh niên thành lập mới',
      unit: 'tổ chức',
      group: 'xay-dung-dang',
      nature: 'flow',
      value: 3,
      status: 'actual',
    }),
  ],
  body: [
    heading(1, 'I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ 9 THÁNG', 'results'),
    paragraph('9 tháng qua, Quận ủy tập trung cao lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ chính trị trên địa bàn quận.'),
    heading(2, '1- Về phát triển kinh tế - xã hội'),
    paragraph(
      'Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ',
      f('gia-tri-san-xuat-cn-ttcn', 'growth-comparison'),
      ', tổng mức bán lẻ hàng hóa và doanh thu dịch vụ lưu trú, ăn uống ',
      f('ban-le-va-dich-vu-luu-tru-an-uong', 'growth-comparison'),
      '. Hiệu lực, hiệu quả quản lý nhà nước trên các lĩnh vực được tăng cường. Công tác quản lý đất đai, đô thị, môi trường được quan tâm, chấn chỉnh thường xuyên. An sinh xã hội được chú trọng. Các hoạt động chào mừng ngày lễ lớn của đất nước, thành phố và 25 năm ngày thành lập quận diễn ra sôi nổi. Tình hình an ninh chính trị, trật tự an toàn xã hội đảm bảo.',
    ),
    heading(2, '2- Về xây dựng Đảng, chính quyền và vận động quần chúng'),
    paragraph(
      'Công tác xây dựng Đảng, chính quyền và vận động quần chúng có nhiều đổi mới. Quận ủy đã phát hành cuốn Lịch sử Đảng bộ quận (1930 - 2019); thành lập được ',
      f('to-chuc-dang-thanh-lap', 'value'),
      ' đảng, ',
      f('cong-doan-thanh-lap', 'value'),
      ' công đoàn và ',
      f('doan-thanh-nien-thanh-lap', 'value'),
      ' đoàn thanh niên theo tinh thần Nghị quyết 28 của Thành ủy. Đồng thời tích cực chỉ đạo triển khai thực hiện Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.',
    ),
    heading(1, 'II- HẠN CHẾ, KHUYẾT ĐIỂM', 'shortcomings'),
    paragraph(
      'Thu ngân sách mặc dù có nhiều cố gắng nhưng kết quả đạt chưa cao; tiến độ đấu giá quyền sử dụng đất, thực hiện một số dự án còn chậm; một số phường còn để xảy ra vi phạm trong lĩnh vực đất đai, trật tự xây dựng; công tác chỉ đạo của một số cấp ủy, chính quyền địa phương có việc chưa tập trung, quyết liệt; kỷ cương công vụ trong quản lý, điều hành, thực thi công vụ chưa nghiêm.',
    ),
    heading(1, 'III- NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2019', 'tasks'),
    bulletList(
      ['Tập trung cao thực hiện chủ đề năm 2019 của thành phố và quận; tăng cường công tác thu ngân sách.'],
      [
        'Phối hợp thực hiện công tác giải phóng mặt bằng và đẩy nhanh tiến độ các dự án đầu tư, xây dựng, dự án đấu giá quyền sử dụng đất trên địa bàn.',
      ],
      ['Chú trọng quản lý, kiên quyết xử lý nghiêm các vi phạm về đất đai, trật tự xây dựng đô thị, trật tự đường hè, vệ sinh môi trường.'],
      ['Tiếp tục thực hiện có hiệu quả Nghị quyết số 05 và Nghị quyết 32 của HĐND thành phố.'],
      [
        'Thực hiện có hiệu quả các lĩnh vực văn hóa, giáo dục, y tế, chính sách xã hội theo chương trình, kế hoạch công tác năm; làm tốt công tác tuyển quân năm 2020.',
      ],
      [
        'Tích cực triển khai thực hiện chương trình hành động của Ban Thường vụ Quận ủy thực hiện Nghị quyết 45 của Bộ Chính trị và chương trình hành động số 76 của Ban Thường vụ Thành ủy.',
      ],
      [
        'Tăng cường chỉ đạo đại hội các chi, đảng bộ cơ sở và chuẩn bị đại hội Đảng bộ quận nhiệm kỳ 2020 - 2025 theo đúng quy định, hướng dẫn, tiến độ thời gian.',
      ],
    ),
  ],
});
