import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import { peoplesCommittee } from './organisations';
import { f, fieldGroups, sampleReport } from './sample-report';

/**
 * Seed 001: UBND quận Lê Chân, sơ kết quý III năm 2022. Published: non-state tax revenue at 76,7% of the city's
 * plan and 72,6% of the plan of the district People's Council, up 19% on the same period. The plans, the
 * first-half cumulative and the same period of 2021 reproduce those figures.
 */
export const peoplesCommitteeThirdQuarter2022 = sampleReport({
  organisation: peoplesCommittee,
  period: makePeriod('quarter', 2022, 3),
  templateId: 'ubnd-quy',
  date: '2022-09-26',
  subject: 'Kết quả thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2022',
  groups: [fieldGroups.economy],
  indicators: [
    emptyIndicatorRow({
      id: 'thu-thue-ngoai-quoc-doanh',
      name: 'Thu thuế ngoài quốc doanh',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      percentDecimals: 1,
      plans: [
        { id: 'ke-hoach-thanh-pho', label: 'kế hoạch thành phố', value: 300 },
        { id: 'ke-hoach-hdnd', label: 'kế hoạch HĐND quận giao', value: 316.9 },
      ],
      value: 78.4,
      cumulativeBase: 151.7,
      samePeriod: { value: null, cumulative: 193.4 },
    }),
  ],
  body: [
    heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III', 'results'),
    heading(2, '1. Lĩnh vực kinh tế'),
    paragraph(
      'Kinh tế quận tiếp tục ổn định và phát triển. Công tác thu thuế ngoài quốc doanh đạt kết quả tích cực, ',
      f('thu-thue-ngoai-quoc-doanh', 'plan-comparison', { plan: 'ke-hoach-thanh-pho' }),
      ' và ',
      f('thu-thue-ngoai-quoc-doanh', 'plan-comparison', { plan: 'ke-hoach-hdnd' }),
      ', ',
      f('thu-thue-ngoai-quoc-doanh', 'growth-comparison'),
      '. Hoàn thành vượt mức chỉ tiêu thu quốc doanh và tiền sử dụng đất phi nông nghiệp. Quận tiếp tục tập trung chỉ đạo quyết liệt công tác giải ngân vốn đầu tư công.',
    ),
    heading(2, '2. Lĩnh vực văn hóa - xã hội'),
    paragraph('Các chính sách an sinh xã hội được triển khai kịp thời, có hiệu quả.'),
    heading(2, '3. Quốc phòng - an ninh, xây dựng chính quyền'),
    paragraph(
      'Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Thực hiện tốt các nội dung về chuyển đổi số, an toàn an ninh mạng và công tác phòng chống tham nhũng, thực hành tiết kiệm chống lãng phí, kỷ luật kỷ cương hành chính, công vụ.',
    ),
    heading(1, 'II. TỒN TẠI, HẠN CHẾ', 'shortcomings'),
    paragraph(
      'Chỉ số năng lực cạnh tranh cấp địa phương (DDCI) được cải thiện song chưa theo kịp với bình quân các địa phương; công tác đảm bảo trật tự đường hè, vệ sinh môi trường chưa bền vững, vẫn còn hiện tượng vi phạm trật tự đường hè; công tác giải phóng mặt bằng có nhiều nỗ lực song vẫn chưa đảm bảo tiến độ đề ra.',
    ),
    heading(1, 'III. NHIỆM VỤ TRỌNG TÂM QUÝ IV', 'tasks'),
    bulletList(
      [
        'Tăng cường các hoạt động của Ban chỉ đạo chống thất thu ngân sách các cấp nhằm rà soát các khoản nợ đọng thuế, đôn đốc thu nộp kịp thời các khoản nợ có khả năng thanh toán vào ngân sách nhà nước; đảm bảo hoàn thành và hoàn thành vượt mức dự toán thu ngân sách năm 2022.',
      ],
      ['Đẩy nhanh tiến độ giải ngân vốn đầu tư công theo kế hoạch và được phân cấp.'],
      ['Tăng cường công tác kiểm tra, quản lý trật tự xây dựng trên địa bàn quận.'],
      [
        'Tập trung quyết liệt thực hiện công tác giải phóng mặt bằng các dự án, đặc biệt đối với dự án trọng điểm của thành phố và các mặt bằng đấu giá quyền sử dụng đất: dự án khu tái định cư A51; dự án Hoàng Huy Commerce, mặt bằng lô TM15, lô N38-5 và các dự án khác.',
      ],
      ['Triển khai có hiệu quả kế hoạch chuyển đổi số trên địa bàn quận, đảm bảo thực chất, hiệu quả.'],
      [
        'Tiếp tục thực hiện hiệu quả các biện pháp phòng chống dịch Covid-19; nâng cao chất lượng dạy - học, giữ vững vị trí tốp đầu thành phố về giáo dục mũi nhọn và giáo dục đại trà; thực hiện chuyển đổi số trong giáo dục và đào tạo.',
      ],
      [
        'Đẩy mạnh cải cách hành chính, cải cách công vụ, tăng cường kỷ luật kỷ cương hành chính, nâng cao hiệu quả công tác thanh tra, kiểm tra, tiếp công dân, giải quyết khiếu nại, tố cáo, quyết liệt chống tham nhũng, thực hành tiết kiệm, chống lãng phí.',
      ],
      ['Củng cố quốc phòng, an ninh, bảo đảm an ninh chính trị, trật tự an toàn xã hội.'],
    ),
    heading(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', 'proposals'),
    paragraph(
      'Phát động phong trào thi đua 90 ngày nước rút hoàn thành vượt chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội và đảm bảo quốc phòng - an ninh năm 2022, gắn với thực hiện tốt công tác cải cách hành chính, chuyển đổi số; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu xuất sắc.',
    ),
  ],
});
