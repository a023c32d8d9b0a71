import type { BlockNode } from '../../core/body/body-schema';
import { heading, paragraph, type InlineInput } from '../../core/body/build-body';
import { emptyIndicatorRow, type FieldGroup, type IndicatorRow } from '../../core/indicators/indicator-row';
import { suggestedProfile } from '../../core/organisation/office-kinds';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { makePeriod, type Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { f, sampleReport } from '../../examples/sample/sample-report';

/**
 * A commune after the reform, UBND xã Tân Thành (tỉnh Phú Thọ), over 2025–2026: its November 2025 report (the same
 * period of last year), its October 2026 report, and November 2026 started from October by the roll-over, its
 * figures entered and its text written with live figures the way such a commune writes them.
 */
export const communeGroups: FieldGroup[] = [
  { id: 'kinh-te', name: 'Kinh tế - Tài chính' },
  { id: 'nong-nghiep', name: 'Nông nghiệp và xây dựng nông thôn mới' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
  { id: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính, chuyển đổi số' },
  { id: 'quoc-phong-an-ninh', name: 'Quốc phòng - An ninh' },
];

export function communeOrganisation(): OrganisationProfile {
  const profile = suggestedProfile({ kind: 'ubnd-xa', name: 'Tân Thành', provinceKind: 'tỉnh', provinceName: 'Phú Thọ' });
  return { ...profile, signer: { ...profile.signer, name: 'Nguyễn Văn Bình' } };
}

/** The commune's indicators with nothing entered: entered ones, two derived rates, a derived difference, a count of plans met. */
function communeIndicators(): IndicatorRow[] {
  const row = (definition: Parameters<typeof emptyIndicatorRow>[0]) => emptyIndicatorRow({ status: 'actual', ...definition });
  return [
    row({
      id: 'thu-ngan-sach',
      name: 'Thu ngân sách nhà nước trên địa bàn',
      unit: 'triệu đồng',
      group: 'kinh-te',
      nature: 'flow',
      plans: [{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 18500 }],
    }),
    row({
      id: 'giai-ngan-von',
      name: 'Giải ngân vốn đầu tư công',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 3,
      plans: [{ id: 'ke-hoach-von-nam', label: 'kế hoạch vốn năm', value: 42.5 }],
    }),
    row({
      id: 'tieu-chi-ntm',
      name: 'Tiêu chí xã nông thôn mới nâng cao đã đạt',
      unit: 'tiêu chí',
      group: 'nong-nghiep',
      nature: 'stock',
      plans: [{ id: 'tong-so-tieu-chi', label: 'tổng số tiêu chí', value: 19 }],
    }),
    row({
      id: 'ty-le-bhyt',
      name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
      unit: '%',
      group: 'van-hoa-xa-hoi',
      nature: 'ratio',
      decimals: 1,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 95 }],
    }),
    row({
      id: 'ty-le-ho-ngheo',
      name: 'Tỷ lệ hộ nghèo',
      unit: '%',
      group: 'van-hoa-xa-hoi',
      nature: 'ratio',
      decimals: 2,
      direction: 'lower',
      plans: [{ id: 'chi-tieu-nam', label: 'chỉ tiêu năm', value: 3 }],
    }),
    row({
      id: 'ho-thoat-ngheo',
      name: 'Số hộ thoát nghèo',
      unit: 'hộ',
      group: 'van-hoa-xa-hoi',
      nature: 'flow',
      plans: [{ id: 'chi-tieu-giam', label: 'chỉ tiêu giảm {giá trị}', value: 40 }],
    }),
    row({ id: 'ho-so-tiep-nhan', name: 'Hồ sơ thủ tục hành chính tiếp nhận', unit: 'hồ sơ', group: 'cai-cach-hanh-chinh', nature: 'flow' }),
    row({ id: 'ho-so-truc-tuyen', name: 'Hồ sơ nộp trực tuyến', unit: 'hồ sơ', group: 'cai-cach-hanh-chinh', nature: 'flow' }),
    row({ id: 'ho-so-giai-quyet', name: 'Hồ sơ đã giải quyết', unit: 'hồ sơ', group: 'cai-cach-hanh-chinh', nature: 'flow' }),
    row({ id: 'ho-so-dung-han', name: 'Hồ sơ giải quyết đúng hạn', unit: 'hồ sơ', group: 'cai-cach-hanh-chinh', nature: 'flow' }),
    row({
      id: 'ty-le-dung-han',
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      unit: '%',
      group: 'cai-cach-hanh-chinh',
      nature: 'ratio',
      decimals: 1,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 95 }],
      derivation: { kind: 'ratio', numerator: 'ho-so-dung-han', denominator: 'ho-so-giai-quyet' },
    }),
    row({
      id: 'ho-so-qua-han',
      name: 'Hồ sơ giải quyết quá hạn',
      unit: 'hồ sơ',
      group: 'cai-cach-hanh-chinh',
      nature: 'flow',
      derivation: { kind: 'difference', minuend: 'ho-so-giai-quyet', subtrahend: 'ho-so-dung-han' },
    }),
    row({
      id: 'ty-le-truc-tuyen',
      name: 'Tỷ lệ hồ sơ nộp trực tuyến',
      unit: '%',
      group: 'cai-cach-hanh-chinh',
      nature: 'ratio',
      decimals: 1,
      derivation: { kind: 'ratio', numerator: 'ho-so-truc-tuyen', denominator: 'ho-so-tiep-nhan' },
    }),
    row({
      id: 'nhap-ngu',
      name: 'Công dân nhập ngũ',
      unit: 'người',
      group: 'quoc-phong-an-ninh',
      nature: 'flow',
      plans: [{ id: 'chi-tieu-giao', label: 'chỉ tiêu giao', value: 25 }],
    }),
    row({
      id: 'tai-nan-giao-thong',
      name: 'Tai nạn giao thông',
      unit: 'vụ',
      group: 'quoc-phong-an-ninh',
      nature: 'flow',
      direction: 'lower',
    }),
    row({
      id: 'chi-tieu-dat',
      name: 'Chỉ tiêu chủ yếu đạt và vượt kế hoạch năm',
      unit: 'chỉ tiêu',
      group: 'kinh-te',
      nature: 'stock',
      derivation: {
        kind: 'plans-met',
        indicators: [
          'thu-ngan-sach',
          'giai-ngan-von',
          'tieu-chi-ntm',
          'ty-le-bhyt',
          'ty-le-ho-ngheo',
          'ho-thoat-ngheo',
          'ty-le-dung-han',
          'nhap-ngu',
        ],
      },
      plans: [{ id: 'so-chi-tieu', label: 'số chỉ tiêu', value: 8 }],
    }),
  ];
}

/** This period's value and the year's cumulative before it, per indicator; same-period figures come from the history. */
type Entries = Record<string, { value: number; base?: number; status?: IndicatorRow['status'] }>;

function withEntries(rows: IndicatorRow[], entries: Entries): IndicatorRow[] {
  return rows.map((row) => {
    const entry = entries[row.id];
    if (!entry) return row;
    return {
      ...row,
      value: entry.value,
      status: entry.status ?? 'actual',
      cumulativeBase: row.nature === 'flow' ? (entry.base ?? null) : null,
    };
  });
}

export function communeReport(period: Period, date: string, entries: Entries, body: BlockNode[]): Report {
  return sampleReport({
    organisation: communeOrganisation(),
    period,
    templateId: 'ubnd-thang',
    date,
    subject: `Tình hình thực hiện nhiệm vụ tháng ${period.index}, phương hướng nhiệm vụ tháng ${(period.index ?? 0) + 1} năm ${period.year}`,
    groups: communeGroups,
    indicators: withEntries(communeIndicators(), entries),
    body,
  });
}

export const november2025 = communeReport(
  makePeriod('month', 2025, 11),
  '2025-11-17',
  {
    'thu-ngan-sach': { value: 1250, base: 13450 },
    'giai-ngan-von': { value: 2.1, base: 26.4 },
    'tieu-chi-ntm': { value: 12 },
    'ty-le-bhyt': { value: 92.3 },
    'ty-le-ho-ngheo': { value: 3.25 },
    'ho-thoat-ngheo': { value: 3, base: 30 },
    'ho-so-tiep-nhan': { value: 590, base: 6020 },
    'ho-so-truc-tuyen': { value: 401, base: 3900 },
    'ho-so-giai-quyet': { value: 575, base: 5870 },
    'ho-so-dung-han': { value: 551, base: 5700 },
    'nhap-ngu': { value: 0, base: 24 },
    'tai-nan-giao-thong': { value: 5, base: 22 },
  },
  [heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11', 'results'), paragraph('Báo cáo tháng 11 năm 2025.')],
);

export const october2026 = communeReport(
  makePeriod('month', 2026, 10),
  '2026-10-16',
  {
    'thu-ngan-sach': { value: 1420, base: 12790 },
    'giai-ngan-von': { value: 3.1, base: 25.8 },
    'tieu-chi-ntm': { value: 14 },
    'ty-le-bhyt': { value: 93.2 },
    'ty-le-ho-ngheo': { value: 2.8 },
    'ho-thoat-ngheo': { value: 5, base: 24 },
    'ho-so-tiep-nhan': { value: 655, base: 5830 },
    'ho-so-truc-tuyen': { value: 520, base: 4300 },
    'ho-so-giai-quyet': { value: 630, base: 5470 },
    'ho-so-dung-han': { value: 619, base: 5371 },
    'nhap-ngu': { value: 0, base: 25 },
    'tai-nan-giao-thong': { value: 2, base: 19 },
  },
  [heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10', 'results'), paragraph('Báo cáo tháng 10 năm 2026.')],
);

/** November 2026's figures, as the commune enters them in the grid. */
export const november2026Entries: Record<string, { value: number; status?: IndicatorRow['status'] }> = {
  'thu-ngan-sach': { value: 1379, status: 'estimate' },
  'giai-ngan-von': { value: 2.307 },
  'tieu-chi-ntm': { value: 15 },
  'ty-le-bhyt': { value: 93.6 },
  'ty-le-ho-ngheo': { value: 2.65 },
  'ho-thoat-ngheo': { value: 4 },
  'ho-so-tiep-nhan': { value: 640 },
  'ho-so-truc-tuyen': { value: 512 },
  'ho-so-giai-quyet': { value: 612 },
  'ho-so-dung-han': { value: 598 },
  'nhap-ngu': { value: 0 },
  'tai-nan-giao-thong': { value: 3 },
};

const zero = { leadingZero: true } as const;

/**
 * The text of November 2026, each paragraph beside what the commune writes, figure by figure: the expected
 * sentences are typed by hand from the figures above, not produced by the tool.
 */
export const november2026Paragraphs: { inline: InlineInput[]; expected: string }[] = [
  {
    inline: [
      'Thu ngân sách nhà nước trên địa bàn tháng 11 ',
      f('thu-ngan-sach', 'value-phrase'),
      ', ',
      f('thu-ngan-sach', 'growth-comparison', { basis: 'period' }),
      '; ',
      f('thu-ngan-sach', 'cumulative-phrase'),
      ', ',
      f('thu-ngan-sach', 'plan-comparison', { wording: 'dat' }),
      ', ',
      f('thu-ngan-sach', 'growth-comparison'),
      '.',
    ],
    expected:
      'Thu ngân sách nhà nước trên địa bàn tháng 11 ước đạt 1.379 triệu đồng, tăng 10,3% so với tháng 11 năm 2025; lũy kế 11 tháng đạt 15.589 triệu đồng, đạt 84,3% dự toán tỉnh giao, tăng 6% so với cùng kỳ.',
  },
  {
    inline: [
      'Giải ngân vốn đầu tư công: ',
      f('giai-ngan-von', 'plan', { decimals: 1 }),
      ' được giao; đến ngày 14/11/2026 đã giải ngân ',
      f('giai-ngan-von', 'cumulative'),
      ', ',
      f('giai-ngan-von', 'plan-comparison'),
      '; còn phải giải ngân ',
      f('giai-ngan-von', 'plan-remaining'),
      '.',
    ],
    expected:
      'Giải ngân vốn đầu tư công: 42,5 tỷ đồng được giao; đến ngày 14/11/2026 đã giải ngân 31,207 tỷ đồng, bằng 73,4% kế hoạch vốn năm; còn phải giải ngân 11,293 tỷ đồng.',
  },
  {
    inline: [
      'Xây dựng nông thôn mới nâng cao: đến nay xã đạt ',
      f('tieu-chi-ntm', 'progress'),
      ', ',
      f('tieu-chi-ntm', 'previous-change', zero),
      '; còn ',
      f('tieu-chi-ntm', 'plan-remaining', zero),
      ' chưa đạt.',
    ],
    expected:
      'Xây dựng nông thôn mới nâng cao: đến nay xã đạt 15/19 tiêu chí, tăng 01 tiêu chí so với tháng trước; còn 04 tiêu chí chưa đạt.',
  },
  {
    inline: [
      'Tỷ lệ người dân tham gia bảo hiểm y tế ',
      f('ty-le-bhyt', 'value-phrase'),
      ', ',
      f('ty-le-bhyt', 'point-change'),
      ', ',
      f('ty-le-bhyt', 'plan-gap', { points: 'short' }),
      '.',
    ],
    expected: 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%, tăng 1,3 điểm phần trăm so với cùng kỳ, thấp hơn kế hoạch năm 1,4 điểm %.',
  },
  {
    inline: [
      'Tỷ lệ hộ nghèo ',
      f('ty-le-ho-ngheo', 'value-phrase', { verb: 'còn' }),
      ', ',
      f('ty-le-ho-ngheo', 'point-change'),
      ', ',
      f('ty-le-ho-ngheo', 'plan-comparison'),
      '. Trong tháng có ',
      f('ho-thoat-ngheo', 'value', zero),
      ' thoát nghèo; ',
      f('ho-thoat-ngheo', 'cumulative-phrase', { verb: 'giảm' }),
      ' nghèo, ',
      f('ho-thoat-ngheo', 'plan-comparison', { wording: 'dat' }),
      '.',
    ],
    expected:
      'Tỷ lệ hộ nghèo còn 2,65%, giảm 0,6 điểm phần trăm so với cùng kỳ, vượt chỉ tiêu năm 0,35 điểm phần trăm. Trong tháng có 04 hộ thoát nghèo; lũy kế 11 tháng giảm 33 hộ nghèo, đạt 82,5% chỉ tiêu giảm 40 hộ.',
  },
  {
    inline: [
      'Bộ phận Một cửa tiếp nhận ',
      f('ho-so-tiep-nhan', 'value'),
      ' (',
      f('ho-so-truc-tuyen', 'value', { withoutUnit: true }),
      ' hồ sơ nộp trực tuyến, chiếm ',
      f('ty-le-truc-tuyen', 'value', { decimals: 0 }),
      '), giải quyết ',
      f('ho-so-giai-quyet', 'value'),
      ', trong đó đúng hạn ',
      f('ho-so-dung-han', 'value'),
      ', đạt tỷ lệ ',
      f('ty-le-dung-han', 'value'),
      '; quá hạn ',
      f('ho-so-qua-han', 'value'),
      '. Lũy kế 11 tháng, tỷ lệ giải quyết đúng hạn đạt ',
      f('ty-le-dung-han', 'cumulative'),
      ', ',
      f('ty-le-dung-han', 'plan-gap', { basis: 'cumulative' }),
      '.',
    ],
    expected:
      'Bộ phận Một cửa tiếp nhận 640 hồ sơ (512 hồ sơ nộp trực tuyến, chiếm 80%), giải quyết 612 hồ sơ, trong đó đúng hạn 598 hồ sơ, đạt tỷ lệ 97,7%; quá hạn 14 hồ sơ. Lũy kế 11 tháng, tỷ lệ giải quyết đúng hạn đạt 98,2%, cao hơn kế hoạch năm 3,2 điểm phần trăm.',
  },
  {
    inline: [
      'Hoàn thành giao quân ',
      f('nhap-ngu', 'cumulative', { withoutUnit: true }),
      ' công dân, ',
      f('nhap-ngu', 'plan-comparison', { wording: 'dat' }),
      '. Tai nạn giao thông: trong tháng ',
      f('tai-nan-giao-thong', 'value-phrase', { verb: 'xảy ra', ...zero }),
      ', ',
      f('tai-nan-giao-thong', 'same-period-difference', { basis: 'period', comparedWith: 'same-period', ...zero }),
      '; ',
      f('tai-nan-giao-thong', 'cumulative-phrase', { verb: 'xảy ra' }),
      ', ',
      f('tai-nan-giao-thong', 'same-period-difference', zero),
      '.',
    ],
    expected:
      'Hoàn thành giao quân 25 công dân, đạt 100% chỉ tiêu giao. Tai nạn giao thông: trong tháng xảy ra 03 vụ, giảm 02 vụ so với cùng kỳ; lũy kế 11 tháng xảy ra 24 vụ, giảm 03 vụ so với cùng kỳ.',
  },
  {
    inline: ['Đến nay có ', f('chi-tieu-dat', 'progress'), ' chủ yếu đạt và vượt kế hoạch năm.'],
    expected: 'Đến nay có 3/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch năm.',
  },
];

/** November 2026 as the commune has it: rolled over from October, its figures entered, its text written. */
export function november2026(): Report {
  const rolled = rollOverReport({
    previous: october2026,
    period: makePeriod('month', 2026, 11),
    history: [november2025, october2026],
    templateId: 'ubnd-thang',
    subjectPattern: 'Tình hình thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
    id: 'ubnd-xa-tan-thanh-2026-11',
    createdAt: '2026-11-16T08:00:00+07:00',
  });
  return {
    ...rolled,
    indicators: rolled.indicators.map((row) => {
      const entry = november2026Entries[row.id];
      return entry ? { ...row, value: entry.value, status: entry.status ?? 'actual' } : row;
    }),
    body: {
      type: 'doc',
      content: [
        heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11', 'results'),
        ...november2026Paragraphs.map((entry) => paragraph(...entry.inline)),
      ],
    },
  };
}
