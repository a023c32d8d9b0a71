import { describe, expect, it } from 'vitest';
import type { FigureReference } from '../../core/figures/figure-reference';
import { renderFigure } from '../../core/figures/render-figure';
import type { Report } from '../../core/report/report-schema';
import { partyCommitteeNineMonths2019 } from '../../examples/sample/party-committee-2019-9m';
import { partyCommitteeYear2020 } from '../../examples/sample/party-committee-2020';
import { partyCommitteeNovember2021 } from '../../examples/sample/party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { peoplesCommitteeThirdQuarter2022 } from '../../examples/sample/peoples-committee-2022-q3';

type Case = [seed: string, report: Report, reference: FigureReference, published: string];

const reference = (indicator: string, field: FigureReference['field'], options: Partial<FigureReference> = {}): FigureReference => ({
  indicator,
  field,
  ...options,
});

/** Every figure and percentage the seeds publish, computed from the raw inputs of the sample reports. */
const cases: Case[] = [
  ['000', peoplesCommitteeOctober2019, reference('gia-tri-san-xuat-cong-nghiep', 'value-phrase'), 'ước đạt 27,8 tỷ đồng'],
  [
    '000',
    peoplesCommitteeOctober2019,
    reference('gia-tri-san-xuat-cong-nghiep', 'plan-comparison', { basis: 'period' }),
    'bằng 8,41% kế hoạch năm',
  ],
  ['000', peoplesCommitteeOctober2019, reference('thu-can-doi-ngan-sach', 'value'), '202 tỷ đồng'],
  ['000', peoplesCommitteeOctober2019, reference('thu-can-doi-ngan-sach', 'cumulative-phrase'), 'lũy kế 10 tháng đạt 901 tỷ đồng'],
  ['000', peoplesCommitteeOctober2019, reference('thu-can-doi-ngan-sach', 'plan-comparison', { wording: 'dat' }), 'đạt 97% kế hoạch năm'],
  ['000', peoplesCommitteeOctober2019, reference('giam-ho-ngheo', 'value'), '23 hộ'],
  ['000', peoplesCommitteeOctober2019, reference('giam-ho-ngheo', 'progress'), '281/317 hộ'],
  ['004', partyCommitteeNineMonths2019, reference('gia-tri-san-xuat-cn-ttcn', 'growth-comparison'), 'tăng 9% so với cùng kỳ'],
  ['004', partyCommitteeNineMonths2019, reference('ban-le-va-dich-vu-luu-tru-an-uong', 'growth-comparison'), 'tăng 20,3% so với cùng kỳ'],
  ['004', partyCommitteeNineMonths2019, reference('to-chuc-dang-thanh-lap', 'value'), '1 tổ chức'],
  ['004', partyCommitteeNineMonths2019, reference('cong-doan-thanh-lap', 'value'), '4 tổ chức'],
  ['004', partyCommitteeNineMonths2019, reference('doan-thanh-nien-thanh-lap', 'value'), '3 tổ chức'],
  ['002', partyCommitteeYear2020, reference('gia-tri-san-xuat-cong-nghiep', 'next-year-plan'), '406,890 tỷ đồng'],
  ['002', partyCommitteeYear2020, reference('thu-ngan-sach-tren-dia-ban', 'next-year-plan', { plan: 'ke-hoach-nam' }), '1.223,771 tỷ đồng'],
  ['002', partyCommitteeYear2020, reference('tong-chi-ngan-sach', 'next-year-plan'), '604,570 tỷ đồng'],
  ['002', partyCommitteeYear2020, reference('von-dau-tu-cong', 'next-year-plan'), '116,773 tỷ đồng'],
  ['002', partyCommitteeYear2020, reference('gioi-thieu-viec-lam', 'next-year-plan'), '7.500 lượt người'],
  ['002', partyCommitteeYear2020, reference('ho-dung-nuoc-sach', 'next-year-plan'), '100%'],
  ['002', partyCommitteeYear2020, reference('chat-thai-ran-thu-gom', 'next-year-plan'), '100%'],
  ['002', partyCommitteeYear2020, reference('ket-nap-dang-vien', 'next-year-plan'), '155 đảng viên'],
  ['002', partyCommitteeYear2020, reference('to-chuc-dang-thanh-lap', 'next-year-plan'), '2 tổ chức'],
  ['003', partyCommitteeNovember2021, reference('chi-tieu-dat-ke-hoach', 'progress'), '12/13 chỉ tiêu'],
  ['003', partyCommitteeNovember2021, reference('thu-ngan-sach-tren-dia-ban', 'value-phrase'), 'ước đạt 105 tỷ đồng'],
  ['003', partyCommitteeNovember2021, reference('thu-ngan-sach-tren-dia-ban', 'cumulative-phrase'), 'lũy kế 11 tháng đạt 1.379 tỷ đồng'],
  ['003', partyCommitteeNovember2021, reference('thu-ngan-sach-tren-dia-ban', 'plan-comparison'), 'bằng 124% kế hoạch năm thành phố giao'],
  [
    '003',
    partyCommitteeNovember2021,
    reference('thu-ngan-sach-tren-dia-ban', 'plan-comparison', { wording: 'vuot' }),
    'vượt 24% kế hoạch năm thành phố giao',
  ],
  ['003', partyCommitteeNovember2021, reference('thu-can-doi-ngan-sach', 'value'), '94 tỷ đồng'],
  ['003', partyCommitteeNovember2021, reference('thu-can-doi-ngan-sach', 'cumulative'), '1.248 tỷ đồng'],
  ['003', partyCommitteeNovember2021, reference('thu-can-doi-ngan-sach', 'plan-comparison'), 'bằng 129% kế hoạch năm thành phố giao'],
  ['003', partyCommitteeNovember2021, reference('gia-tri-san-xuat-cong-nghiep', 'value-phrase'), 'ước đạt 35,9 tỷ đồng'],
  [
    '003',
    partyCommitteeNovember2021,
    reference('gia-tri-san-xuat-cong-nghiep', 'growth-comparison', { basis: 'period', comparedWith: 'same-period' }),
    'tăng 8,5% so với cùng kỳ',
  ],
  ['003', partyCommitteeNovember2021, reference('ban-le-hang-hoa', 'value-phrase'), 'ước đạt 2.137,6 tỷ đồng'],
  [
    '003',
    partyCommitteeNovember2021,
    reference('ban-le-hang-hoa', 'growth-comparison', { basis: 'period', comparedWith: 'same-period' }),
    'tăng 20,7% so với cùng kỳ',
  ],
  ['003', partyCommitteeNovember2021, reference('doanh-thu-luu-tru-an-uong', 'value-phrase'), 'ước đạt 2.137,6 tỷ đồng'],
  [
    '003',
    partyCommitteeNovember2021,
    reference('doanh-thu-luu-tru-an-uong', 'growth-comparison', { basis: 'period', comparedWith: 'same-period' }),
    'tăng 20,7% so với cùng kỳ',
  ],
  ['003', partyCommitteeNovember2021, reference('giai-ngan-dau-tu-cong', 'progress'), '71,849/141,973 tỷ đồng'],
  ['003', partyCommitteeNovember2021, reference('giai-ngan-dau-tu-cong', 'plan-percent'), '50,6%'],
  ['003', partyCommitteeNovember2021, reference('mui-tiem-covid', 'value'), '194.768 mũi'],
  ['003', partyCommitteeNovember2021, reference('mui-tiem-thu-nhat', 'value', { withoutUnit: true }), '116.799'],
  ['003', partyCommitteeNovember2021, reference('mui-tiem-thu-hai', 'value', { withoutUnit: true }), '77.969'],
  [
    '001',
    peoplesCommitteeThirdQuarter2022,
    reference('thu-thue-ngoai-quoc-doanh', 'plan-comparison', { plan: 'ke-hoach-thanh-pho' }),
    'bằng 76,7% kế hoạch thành phố',
  ],
  [
    '001',
    peoplesCommitteeThirdQuarter2022,
    reference('thu-thue-ngoai-quoc-doanh', 'plan-comparison', { plan: 'ke-hoach-hdnd' }),
    'bằng 72,6% kế hoạch HĐND quận giao',
  ],
  ['001', peoplesCommitteeThirdQuarter2022, reference('thu-thue-ngoai-quoc-doanh', 'growth-comparison'), 'tăng 19% so với cùng kỳ'],
];

describe('the figures published in the seeds', () => {
  it.each(cases.map(([seed, report, figureReference, published]) => ({ seed, report, figureReference, published })))(
    'seed $seed: $published',
    ({ report, figureReference, published }) => {
      const rendered = renderFigure(report.indicators, report.period, figureReference);
      expect(rendered.missing).toBeNull();
      expect(rendered.text).toBe(published);
    },
  );

  it('gives a cumulative that is the previous cumulative plus this month', () => {
    const rendered = renderFigure(
      peoplesCommitteeOctober2019.indicators,
      peoplesCommitteeOctober2019.period,
      reference('giam-ho-ngheo', 'cumulative'),
    );
    expect(rendered.text).toBe('281 hộ');
  });
});
