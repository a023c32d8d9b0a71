import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fractionOfTarget, growthComparison, percentOf, planComparison, ratioComparison } from '../../core/numbers/comparison-wording';
import { formatPercent, roundTo } from '../../core/numbers/format-number';
import { decimalLiteral, decimalsArbitrary } from './number-arbitraries';

describe('planComparison', () => {
  it('says vượt with the part above 100%', () => {
    expect(planComparison(124.0, 'kế hoạch', 'vuot', 0)).toBe('vượt 24% kế hoạch');
    expect(planComparison(124.45, 'kế hoạch năm', 'vuot', 1)).toBe('vượt 24,5% kế hoạch năm');
    expect(planComparison(108.405, 'kế hoạch năm thành phố giao', 'vuot', 2)).toBe('vượt 8,41% kế hoạch năm thành phố giao');
  });

  it('says bằng and đạt with the whole percentage', () => {
    expect(planComparison(8.41, 'kế hoạch năm', 'bang', 2)).toBe('bằng 8,41% kế hoạch năm');
    expect(planComparison(97, 'kế hoạch năm', 'dat', 0)).toBe('đạt 97% kế hoạch năm');
    expect(planComparison(124, 'kế hoạch', 'dat', 0)).toBe('đạt 124% kế hoạch');
    expect(planComparison(124, 'kế hoạch', 'bang', 0)).toBe('bằng 124% kế hoạch');
    expect(planComparison(50.6, 'kế hoạch', 'bang', 1)).toBe('bằng 50,6% kế hoạch');
  });

  it('falls back from vượt to đạt at or below 100%', () => {
    expect(planComparison(97, 'kế hoạch năm', 'vuot', 0)).toBe('đạt 97% kế hoạch năm');
    expect(planComparison(100, 'kế hoạch năm', 'vuot', 0)).toBe('đạt 100% kế hoạch năm');
    expect(planComparison(99.96, 'kế hoạch', 'vuot', 1)).toBe('đạt 100% kế hoạch');
    expect(planComparison(100.4, 'kế hoạch', 'vuot', 0)).toBe('đạt 100% kế hoạch');
    expect(planComparison(100.04, 'kế hoạch', 'vuot', 1)).toBe('đạt 100% kế hoạch');
  });

  it('leaves out the plan label when it is empty', () => {
    expect(planComparison(97, '', 'dat', 0)).toBe('đạt 97%');
    expect(planComparison(124, '', 'vuot', 0)).toBe('vượt 24%');
  });

  // The percentage is written rounded (100,4%), so the part above the plan must be the rounded
  // percentage minus 100 (0,4%), not the unrounded difference rounded again (100.35 - 100 = 0.34999…).
  it.each([
    [100.05, 1, 'vượt 0,1% kế hoạch'],
    [100.35, 1, 'vượt 0,4% kế hoạch'],
    [100.5, 0, 'vượt 1% kế hoạch'],
  ])('says vượt consistently with the rounded percentage: %d at %i decimals → %j', (percent, decimals, expected) => {
    expect(planComparison(percent, 'kế hoạch', 'vuot', decimals)).toBe(expected);
  });

  it('never says vượt 0%, and the part above the plan is the rounded percentage minus 100', () => {
    // Percentages as typed, with one more decimal than is shown: 100.05, 100.35, 123.45 …
    const typedPercent = fc
      .integer({ min: 0, max: 3 })
      .chain((decimals) =>
        fc
          .integer({ min: 10 ** (decimals + 3), max: 3 * 10 ** (decimals + 3) })
          .map((scaled) => ({ percent: scaled / 10 ** (decimals + 1), decimals })),
      );
    fc.assert(
      fc.property(typedPercent, ({ percent, decimals }) => {
        const text = planComparison(percent, 'kế hoạch', 'vuot', decimals);
        const shown = roundTo(percent, decimals);
        if (shown > 100) {
          expect(text).not.toMatch(/^vượt 0%/);
          expect(text).toBe(`vượt ${formatPercent(roundTo(shown - 100, decimals), { decimals })} kế hoạch`);
        } else {
          expect(text).toBe(`đạt ${formatPercent(percent, { decimals })} kế hoạch`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('growthComparison', () => {
  it.each([
    [8.459, 1, 'tăng 8,5% so với cùng kỳ'],
    [20.7, 1, 'tăng 20,7% so với cùng kỳ'],
    [-3.2, 1, 'giảm 3,2% so với cùng kỳ'],
    [-3.249, 1, 'giảm 3,2% so với cùng kỳ'],
    [-3.25, 1, 'giảm 3,3% so với cùng kỳ'],
    [0, 1, 'bằng cùng kỳ'],
    [0, 0, 'bằng cùng kỳ'],
    [0.04, 1, 'bằng cùng kỳ'],
    [-0.04, 1, 'bằng cùng kỳ'],
    [0.05, 1, 'tăng 0,1% so với cùng kỳ'],
    [-0.05, 1, 'giảm 0,1% so với cùng kỳ'],
    [-0.4, 0, 'bằng cùng kỳ'],
  ])('growthComparison(%d, %i) = %j', (growth, decimals, expected) => {
    expect(growthComparison(growth, decimals)).toBe(expected);
  });

  it('never writes a sign, a zero change or a non-finite value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), decimalsArbitrary, (growth, decimals) => {
        const text = growthComparison(growth, decimals);
        expect(text).toMatch(/^(tăng|giảm) \d{1,3}(\.\d{3})*(,\d+)?% so với cùng kỳ$|^bằng cùng kỳ$/);
        expect(text).not.toMatch(/(tăng|giảm) 0%/);
        expect(text).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

describe('ratioComparison', () => {
  it.each([
    [98.3, 1, 'bằng 98,3% so với cùng kỳ'],
    [120.7, 1, 'bằng 120,7% so với cùng kỳ'],
    [100, 0, 'bằng 100% so với cùng kỳ'],
    [98.349, 1, 'bằng 98,3% so với cùng kỳ'],
  ])('ratioComparison(%d, %i) = %j', (ratio, decimals, expected) => {
    expect(ratioComparison(ratio, decimals)).toBe(expected);
  });

  it('never mixes the ratio with growth wording', () => {
    expect(ratioComparison(98.3, 1)).not.toMatch(/tăng|giảm/);
  });
});

describe('fractionOfTarget', () => {
  it.each([
    [281, 317, 'hộ', 0, '281/317 hộ'],
    [281, 317, 'hộ nghèo', 0, '281/317 hộ nghèo'],
    [71.849, 141.973, 'tỷ đồng', 3, '71,849/141,973 tỷ đồng'],
    [12, 13, 'chỉ tiêu', 0, '12/13 chỉ tiêu'],
    [1379, 2000, 'tỷ đồng', 0, '1.379/2.000 tỷ đồng'],
    [12, 13, '', 0, '12/13'],
  ])('fractionOfTarget(%d, %d, %j, %i) = %j', (done, target, unit, decimals, expected) => {
    expect(fractionOfTarget(done, target, unit, decimals)).toBe(expected);
  });
});

describe('percentOf', () => {
  it('computes value / base × 100', () => {
    expect(percentOf(71.849, 141.973)).toBeCloseTo(50.6077, 3);
    expect(percentOf(281, 317)).toBeCloseTo(88.6435, 3);
    expect(percentOf(0, 317)).toBe(0);
    expect(percentOf(124, 100)).toBe(124);
  });

  it.each([
    [null, 100],
    [undefined, 100],
    [5, null],
    [5, undefined],
    [5, 0],
    [5, -0],
    [0, 0],
    [null, null],
    [5, Number.NaN],
    [5, Number.POSITIVE_INFINITY],
    [5, Number.NEGATIVE_INFINITY],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
  ])('percentOf(%s, %s) is null', (value, base) => {
    expect(percentOf(value, base)).toBeNull();
  });

  it('is null or finite for realistic figures (|x| < 1e12, 0–3 decimals), never Infinity or NaN', () => {
    const figure = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(0),
      decimalLiteral.map(({ value }) => value),
    );
    fc.assert(
      fc.property(figure, figure, (value, base) => {
        const result = percentOf(value, base);
        if (result !== null) expect(Number.isFinite(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  // The contract says "never Infinity% or NaN%"; a quotient of two finite numbers can still overflow.
  it.each([
    [1e308, 0.5],
    [1, 5e-324],
  ])('is null or finite even when %d / %d overflows a double', (value, base) => {
    const result = percentOf(value, base);
    expect(result === null || Number.isFinite(result)).toBe(true);
  });
});
