import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import { peoplesCommittee } from './organisations';
import { f, fieldGroups, sampleReport } from './sample-report';

/**
 * Seed 000: UBND quận Lê Chân, sơ kết tháng 10 năm 2019. Published: industry 27,8 tỷ đồng = 8,41% of the
 * annual plan; balanced budget revenue 202 tỷ đồng, 10 months 901 tỷ đồng = 97% of plan; poor households
 * 23 in October, 281/317 over ten months. The plans and the September cumulatives reproduce those figures.
 */
export const peoplesCommitteeOctober2019 = sampleReport({
  organisation: peoplesCommittee,
  period: makePeriod('month', 2019, 10),
  templateId: 'ubnd-thang',
  date: '2019-10-30',
  subject: 'Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2019',
  groups: [fieldGroups.economy, fieldGroups.society],
  indicators: [
    emptyIndicatorRow({
      id: 'gia-tri-san-xuat-cong-nghiep',
      name: 'Giá trị sản xuất công nghiệp do quận quản lý',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      percentDecimals: 2,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 330.6 }],
      value: 27.8,
      cumulativeBase: 250.4,
    }),
    emptyIndicatorRow({
      id: 'thu-can-doi-ngan-sach',
      name: 'Tổng thu cân đối ngân sách',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 0,
      percentDecimals: 0,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 929 }],
      value: 202.3,
      cumulativeBase: 698.7,
    }),
    emptyIndicatorRow({
      id: 'giam-ho-ngheo',
      name: 'Số hộ nghèo giảm',
      unit: 'hộ',
      group: 'van-hoa-xa-hoi',
      nature: 'flow',
      decimals: 0,
      percentDecimals: 1,
      plans: [{ id: 'ho-ngheo-dau-nam', label: 'số hộ nghèo đầu năm', value: 317 }],
      value: 23,
      status: 'actual',
      cumulativeBase: 258,
    }),
  ],
  body: [
    heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10', 'results'),
    paragraph(
      'Trong tháng 10, tình hình kinh tế - xã hội, quốc phòng - an ninh của quận tiếp tục ổn định, các nhiệm vụ trọng tâm thực hiện chủ đề năm của thành phố và quận được tập trung chỉ đạo và đạt được nhiều kết quả tích cực.',
    ),
    heading(2, '1. Lĩnh vực kinh tế'),
    paragraph(
      'Giá trị sản xuất công nghiệp do quận quản lý ',
      f('gia-tri-san-xuat-cong-nghiep', 'value-phrase'),
      ', ',
      f('gia-tri-san-xuat-cong-nghiep', 'plan-comparison', { basis: 'period' }),
      '; tổng thu cân đối ngân sách ',
      f('thu-can-doi-ngan-sach', 'value-phrase'),
      ', ',
      f('thu-can-doi-ngan-sach', 'cumulative-phrase'),
      ', ',
      f('thu-can-doi-ngan-sach', 'plan-comparison', { wording: 'dat' }),
      '.',
    ),
    paragraph(
      'Công tác giải phóng mặt bằng được quận tập trung chỉ đạo quyết liệt, tiến độ thực hiện những dự án trọng điểm cơ bản đáp ứng yêu cầu như dự án Hồ Sen - Cầu Rào 2 (giai đoạn 2), dự án Làng Việt Kiều Quốc tế. Công tác quản lý trật tự xây dựng, trật tự đường hè, vệ sinh môi trường tiếp tục được chú trọng thực hiện đạt hiệu quả tốt; nhiều điểm nóng về trật tự đường hè, vệ sinh môi trường, ùn tắc giao thông đã cơ bản được xử lý.',
    ),
    heading(2, '2. Lĩnh vực văn hóa - xã hội'),
    paragraph(
      'Lãnh đạo quận tập trung chỉ đạo UBND các phường thực hiện công tác giảm nghèo, đẩy mạnh hoàn thành vượt chỉ tiêu giảm nghèo năm 2019; kết quả giảm nghèo tháng 10 là ',
      f('giam-ho-ngheo', 'value'),
      ', 10 tháng giảm ',
      f('giam-ho-ngheo', 'progress'),
      ' nghèo (vượt chỉ tiêu thành phố giao). Công tác y tế, chăm sóc sức khỏe nhân dân, phòng chống dịch bệnh được thực hiện hiệu quả; chất lượng giáo dục tiếp tục được giữ vững và nâng cao.',
    ),
    heading(2, '3. Lĩnh vực quốc phòng - an ninh'),
    paragraph('Tình hình quốc phòng - an ninh trên địa bàn quận ổn định; trật tự an toàn xã hội được đảm bảo.'),
    heading(1, 'II. TỒN TẠI, HẠN CHẾ', 'shortcomings'),
    paragraph(
      'Một số điểm nóng về trật tự đường hè, vệ sinh môi trường, ùn tắc giao thông tuy đã cơ bản được xử lý nhưng chưa bền vững; công tác giải phóng mặt bằng còn phải tập trung chỉ đạo quyết liệt để đáp ứng tiến độ các dự án trọng điểm.',
    ),
    heading(1, 'III. NHIỆM VỤ TRỌNG TÂM THÁNG 11', 'tasks'),
    paragraph('Tiếp tục phát huy các kết quả đạt được, thời gian tới, quận tập trung chỉ đạo thực hiện các nhiệm vụ trọng tâm sau:'),
    bulletList(
      ['Tập trung cao thực hiện tốt các chỉ tiêu kinh tế - xã hội được giao.'],
      ['Quyết liệt thực hiện công tác đền bù, giải phóng mặt bằng các dự án trọng điểm của thành phố.'],
      ['Đảm bảo trật tự đường hè, an toàn giao thông, vệ sinh môi trường; quản lý đất đai, quản lý trật tự xây dựng.'],
      ['Đẩy mạnh công tác an sinh xã hội, đảm bảo tốt chính sách cho người có công; phấn đấu đến hết năm 2019 giảm 100% hộ nghèo.'],
      ['Chấp hành nghiêm kỷ luật hành chính, kỷ cương công vụ.'],
      [
        'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, giữ vững quốc phòng - an ninh, đảm bảo trật tự an toàn xã hội, phòng cháy chữa cháy, không để xảy ra đột xuất, bất ngờ.',
      ],
    ),
  ],
});
