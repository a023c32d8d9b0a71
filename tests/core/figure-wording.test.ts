import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureReference } from '../../core/figures/figure-reference';
import { renderFigureOfRow } from '../../core/figures/render-figure';
import { emptyIndicatorRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import { ceilingResult, changeComparison, gapComparison, pointsText } from '../../core/numbers/comparison-wording';
import { formatNumber } from '../../core/numbers/format-number';
import { makePeriod } from '../../core/periods/period';

const november = makePeriod('month', 2026, 11);
const year = makePeriod('year', 2026);

function rowOf(definition: Partial<IndicatorRow>): IndicatorRow {
  return emptyIndicatorRow({
    id: 'chi-tieu',
    name: 'Chỉ tiêu',
    unit: 'hộ',
    group: 'kinh-te',
    nature: 'flow',
    status: 'actual',
    ...definition,
  });
}

const render = (row: IndicatorRow, field: FigureReference['field'], options: Partial<FigureReference> = {}, period = november) =>
  renderFigureOfRow(row, period, { indicator: row.id, field, ...options });
const textOf = (...args: Parameters<typeof render>) => render(...args).text;

const coverage = (definition: Partial<IndicatorRow> = {}) =>
  rowOf({
    unit: '%',
    nature: 'ratio',
    decimals: 1,
    value: 93.6,
    samePeriod: { value: 92.3, cumulative: null },
    plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 95 }],
    ...definition,
  });

describe('percentage points', () => {
  it('writes a rate’s change from the same period in points, long or short', () => {
    expect(textOf(coverage(), 'point-change')).toBe('tăng 1,3 điểm phần trăm so với cùng kỳ');
    expect(textOf(coverage(), 'point-change', { points: 'short' })).toBe('tăng 1,3 điểm % so với cùng kỳ');
    expect(textOf(coverage({ value: 91.1 }), 'point-change')).toBe('giảm 1,2 điểm phần trăm so với cùng kỳ');
    expect(textOf(coverage({ value: 92.3 }), 'point-change')).toBe('bằng cùng kỳ');
    expect(textOf(coverage(), 'point-change', { comparedWith: 'named' })).toBe('tăng 1,3 điểm phần trăm so với tháng 11 năm 2025');
  });

  it('names the same period of the year in an annual report', () => {
    expect(textOf(coverage(), 'point-change', { comparedWith: 'named' }, year)).toBe('tăng 1,3 điểm phần trăm so với năm 2025');
  });

  it('is not offered for a count, saying why', () => {
    expect(render(rowOf({ value: 3 }), 'point-change').missing).toBe('Chỉ tiêu: không phải chỉ tiêu tỷ lệ, không tính bằng điểm phần trăm');
  });

  it('writes the distance to the plan in points for a rate, in the unit for a count', () => {
    expect(textOf(coverage(), 'plan-gap', { points: 'short' })).toBe('thấp hơn kế hoạch năm 1,4 điểm %');
    expect(textOf(coverage({ value: 96.2 }), 'plan-gap')).toBe('cao hơn kế hoạch năm 1,2 điểm phần trăm');
    expect(textOf(coverage({ value: 95 }), 'plan-gap')).toBe('bằng kế hoạch năm');
    const accidents = rowOf({ unit: 'vụ', nature: 'stock', value: 7, plans: [{ id: 'ke-hoach', label: 'kế hoạch', value: 5 }] });
    expect(textOf(accidents, 'plan-gap')).toBe('cao hơn kế hoạch 2 vụ');
  });
});

describe('a ceiling not to pass', () => {
  const poverty = (value: number) =>
    rowOf({
      unit: '%',
      nature: 'ratio',
      decimals: 2,
      direction: 'lower',
      value,
      plans: [{ id: 'chi-tieu', label: 'chỉ tiêu năm', value: 3 }],
    });

  it('is beaten below it, met at it, missed above it, in points for a rate', () => {
    expect(textOf(poverty(2.65), 'plan-comparison')).toBe('vượt chỉ tiêu năm 0,35 điểm phần trăm');
    expect(textOf(poverty(3), 'plan-comparison')).toBe('đạt chỉ tiêu năm');
    expect(textOf(poverty(3.4), 'plan-comparison')).toBe('không đạt chỉ tiêu năm, cao hơn 0,4 điểm phần trăm');
  });

  it('never has a percentage of the plan, nor an amount still needed', () => {
    expect(render(poverty(2.65), 'plan-percent').missing).toBe('Chỉ tiêu: kế hoạch là mức không được vượt, không tính % kế hoạch');
    expect(render(poverty(2.65), 'plan-remaining').missing).toContain('kế hoạch là mức không được vượt');
  });

  it('counts in the indicator’s unit: `giảm 40 hộ nghèo` as a ceiling of households', () => {
    const households = rowOf({
      nature: 'stock',
      direction: 'lower',
      value: 212,
      plans: [{ id: 'chi-tieu', label: 'chỉ tiêu năm', value: 220 }],
    });
    expect(textOf(households, 'plan-comparison')).toBe('vượt chỉ tiêu năm 8 hộ');
  });
});

describe('changes and what is still needed', () => {
  const criteria = rowOf({
    unit: 'tiêu chí',
    nature: 'stock',
    value: 15,
    previous: { value: 14 },
    plans: [{ id: 'tong-so', label: 'tổng số tiêu chí', value: 19 }],
  });

  it('writes the change from last period, with a leading zero where the office writes one', () => {
    expect(textOf(criteria, 'previous-change', { leadingZero: true })).toBe('tăng 01 tiêu chí so với tháng trước');
    expect(textOf(criteria, 'previous-change')).toBe('tăng 1 tiêu chí so với tháng trước');
    expect(textOf({ ...criteria, previous: { value: 15 } }, 'previous-change')).toBe('bằng tháng trước');
    expect(textOf(criteria, 'previous-change', {}, makePeriod('quarter', 2026, 3))).toBe('tăng 1 tiêu chí so với quý trước');
    expect(render({ ...criteria, previous: { value: null } }, 'previous-change').missing).toBe('Chỉ tiêu: chưa có số liệu tháng trước');
  });

  it('writes what is still needed, and nothing once the plan is reached', () => {
    expect(textOf(criteria, 'plan-remaining', { leadingZero: true })).toBe('04 tiêu chí');
    expect(render({ ...criteria, value: 19 }, 'plan-remaining').missing).toBe(
      'Chỉ tiêu: đã đạt tổng số tiêu chí, không còn phần phải thực hiện',
    );
  });

  it('writes the change from the same period in units, of the month or of the cumulative', () => {
    const members = rowOf({ unit: 'đảng viên', value: 27, cumulativeBase: 100, samePeriod: { value: 20, cumulative: 140 } });
    expect(textOf(members, 'same-period-difference', { basis: 'period' })).toBe('tăng 7 đảng viên so với tháng 11 năm 2025');
    expect(textOf(members, 'same-period-difference')).toBe('giảm 13 đảng viên so với cùng kỳ');
    expect(textOf(members, 'same-period-difference', { comparedWith: 'named' })).toBe('giảm 13 đảng viên so với 11 tháng năm 2025');
  });
});

describe('office wording', () => {
  const revenue = rowOf({
    unit: 'triệu đồng',
    value: 1379,
    cumulativeBase: 13947,
    samePeriod: { value: 1229, cumulative: 14460 },
    plans: [{ id: 'du-toan', label: 'dự toán giao {giá trị}', value: 17000 }],
  });

  it('grows a cumulative against last year’s cumulative, and the month against its own month, named', () => {
    expect(textOf(revenue, 'growth-comparison')).toBe('tăng 6% so với cùng kỳ');
    expect(textOf(revenue, 'growth-comparison', { basis: 'period' })).toBe('tăng 12,2% so với tháng 11 năm 2025');
    expect(textOf(revenue, 'growth-comparison', { basis: 'period', comparedWith: 'same-period' })).toBe('tăng 12,2% so với cùng kỳ');
  });

  it('says what is missing rather than fall back to the month when last year’s cumulative is not entered', () => {
    const monthOnly = { ...revenue, samePeriod: { value: 1229, cumulative: null } };
    expect(render(monthOnly, 'growth-comparison')).toEqual({ text: '…', missing: 'Chỉ tiêu: chưa có số liệu cùng kỳ để so sánh' });
  });

  it('writes a cumulative phrase with the office’s verb, or none', () => {
    expect(textOf(revenue, 'cumulative-phrase')).toBe('lũy kế 11 tháng đạt 15.326 triệu đồng');
    expect(textOf(revenue, 'cumulative-phrase', { verb: '' })).toBe('lũy kế 11 tháng 15.326 triệu đồng');
    expect(textOf(revenue, 'value-phrase', { verb: 'thu' })).toBe('thu 1.379 triệu đồng');
  });

  it('writes the plan’s value in its label where the label asks for it', () => {
    expect(textOf(revenue, 'plan-comparison', { wording: 'dat' })).toBe('đạt 90,2% dự toán giao 17.000 triệu đồng');
  });

  it('takes the digits of one figure, not only of the indicator', () => {
    const investment = rowOf({
      unit: 'tỷ đồng',
      decimals: 3,
      value: 31.207,
      nature: 'stock',
      plans: [{ id: 'kh', label: 'kế hoạch vốn', value: 42.5 }],
    });
    expect(textOf(investment, 'plan', { decimals: 1 })).toBe('42,5 tỷ đồng');
    expect(textOf(investment, 'value')).toBe('31,207 tỷ đồng');
    expect(textOf(investment, 'plan-percent', { decimals: 2 })).toBe('73,43%');
  });

  it('adds a leading zero only to a count below ten', () => {
    const accidents = (value: number) => rowOf({ unit: 'vụ', nature: 'stock', value });
    expect(textOf(accidents(2), 'value', { leadingZero: true })).toBe('02 vụ');
    expect(textOf(accidents(12), 'value', { leadingZero: true })).toBe('12 vụ');
    expect(textOf(accidents(0), 'value', { leadingZero: true })).toBe('00 vụ');
  });
});

describe('wording properties', () => {
  const change = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 3 });

  it('words a change by the sign of what is printed, and prints its size without a sign', () => {
    fc.assert(
      fc.property(change, decimals, (value, digits) => {
        const written = changeComparison(value, digits, 'cùng kỳ', (size) => formatNumber(size, { decimals: digits }));
        const shown = formatNumber(Math.abs(value), { decimals: digits });
        if (shown === '0') expect(written).toBe('bằng cùng kỳ');
        else expect(written).toBe(`${value > 0 ? 'tăng' : 'giảm'} ${shown} so với cùng kỳ`);
      }),
    );
  });

  it('never words a beaten ceiling as missed, nor a gap against its sign', () => {
    fc.assert(
      fc.property(change, decimals, (gap, digits) => {
        const points = (size: number) => pointsText(size, digits);
        const result = ceilingResult(gap, digits, 'kế hoạch', points);
        const distance = gapComparison(gap, digits, 'kế hoạch', points);
        const shown = formatNumber(Math.abs(gap), { decimals: digits });
        if (shown === '0') {
          expect(result).toBe('đạt kế hoạch');
          expect(distance).toBe('bằng kế hoạch');
        } else if (gap < 0) {
          expect(result).toBe(`vượt kế hoạch ${shown} điểm phần trăm`);
          expect(distance).toBe(`thấp hơn kế hoạch ${shown} điểm phần trăm`);
        } else {
          expect(result).toBe(`không đạt kế hoạch, cao hơn ${shown} điểm phần trăm`);
          expect(distance).toBe(`cao hơn kế hoạch ${shown} điểm phần trăm`);
        }
      }),
    );
  });
});
