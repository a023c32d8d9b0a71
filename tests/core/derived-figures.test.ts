import { describe, expect, it } from 'vitest';
import { renderFigure } from '../../core/figures/render-figure';
import { figureSummary } from '../../core/indicators/figure-summary';
import { emptyIndicatorRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';

const november = makePeriod('month', 2019, 11);
const january = makePeriod('month', 2020, 1);

const revenue = (changes: Partial<IndicatorRow> = {}): IndicatorRow =>
  emptyIndicatorRow({
    id: 'thu-ngan-sach',
    name: 'Tổng thu ngân sách',
    unit: 'tỷ đồng',
    group: 'kinh-te',
    nature: 'flow',
    plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1000 }],
    value: 100,
    cumulativeBase: 900,
    ...changes,
  });

describe('derived figures', () => {
  it('adds this period to the previous cumulative for a flow', () => {
    expect(figureSummary(revenue(), november).cumulative).toBe(1000);
  });

  it('starts the cumulative again in January', () => {
    expect(figureSummary(revenue({ cumulativeBase: 900 }), january).cumulative).toBe(100);
  });

  it('keeps an override and still shows the computed cumulative beside it', () => {
    const summary = figureSummary(revenue({ cumulativeOverride: 1010 }), november);
    expect(summary).toMatchObject({ cumulative: 1010, computedCumulative: 1000, cumulativeOverridden: true });
  });

  it('does not sum stocks and ratios', () => {
    expect(figureSummary(revenue({ nature: 'stock', cumulativeBase: 50 }), november).cumulative).toBe(100);
    expect(figureSummary(revenue({ nature: 'ratio', unit: '%', cumulativeBase: 50 }), november).cumulative).toBe(100);
  });

  it('leaves the cumulative unknown when the previous one is missing mid-year', () => {
    expect(figureSummary(revenue({ cumulativeBase: null }), november).cumulative).toBeNull();
  });

  it('gives no percentage without a plan or with a zero plan or base', () => {
    expect(
      figureSummary(revenue({ plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 0 }] }), november).plans[0]!.percent,
    ).toBeNull();
    expect(
      figureSummary(revenue({ plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: null }] }), november).plans[0]!.percent,
    ).toBeNull();
    expect(figureSummary(revenue({ samePeriod: { value: 0, cumulative: 0 } }), november).samePeriod.growth).toBeNull();
  });

  it('shows a blank with a Vietnamese reason instead of NaN when a figure cannot be computed', () => {
    const rows = [revenue({ value: null })];
    expect(renderFigure(rows, november, { indicator: 'thu-ngan-sach', field: 'value' })).toEqual({
      text: '…',
      missing: 'Tổng thu ngân sách: chưa có số liệu kỳ này',
    });
    expect(renderFigure(rows, november, { indicator: 'thu-ngan-sach', field: 'growth-comparison' }).missing).toContain('cùng kỳ');
    expect(renderFigure(rows, november, { indicator: 'khac', field: 'value' }).missing).toContain('không có chỉ tiêu');
    expect(renderFigure([revenue({ plans: [] })], november, { indicator: 'thu-ngan-sach', field: 'plan-comparison' }).missing).toContain(
      'không có kế hoạch',
    );
  });

  it('writes the verb of a value by its status', () => {
    const reference = { indicator: 'thu-ngan-sach', field: 'value-phrase' as const };
    expect(renderFigure([revenue()], november, reference).text).toBe('ước đạt 100 tỷ đồng');
    expect(renderFigure([revenue({ status: 'actual' })], november, reference).text).toBe('đạt 100 tỷ đồng');
  });

  it('words growth and ratio without mixing them', () => {
    const row = revenue({ samePeriod: { value: 103.3, cumulative: null } });
    expect(renderFigure([row], november, { indicator: 'thu-ngan-sach', field: 'growth-comparison', basis: 'period' }).text).toBe(
      'giảm 3,2% so với tháng 11 năm 2018',
    );
    expect(renderFigure([row], november, { indicator: 'thu-ngan-sach', field: 'ratio-comparison', basis: 'period' }).text).toBe(
      'bằng 96,8% so với tháng 11 năm 2018',
    );
    expect(
      renderFigure([row], november, { indicator: 'thu-ngan-sach', field: 'ratio-comparison', basis: 'period', comparedWith: 'same-period' })
        .text,
    ).toBe('bằng 96,8% so với cùng kỳ');
  });
});
