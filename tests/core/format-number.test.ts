import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { assertFinite, formatNumber, formatPercent, roundTo } from '../../core/numbers/format-number';
import { NumberFormatError } from '../../core/numbers/parse-number';
import { decimalLiteral, decimalsArbitrary, realisticDouble, realisticInteger, vietnameseLetters } from './number-arbitraries';

const vietnameseNumber = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;

describe('formatNumber', () => {
  it.each([
    [1379, 0, '1.379'],
    [27.8, 1, '27,8'],
    [71.849, 3, '71,849'],
    [141.973, 3, '141,973'],
    [2137.6, 1, '2.137,6'],
    [1223.771, 3, '1.223,771'],
    [-3.2, 1, '-3,2'],
    [0, 0, '0'],
    [0, 2, '0'],
    [999, 0, '999'],
    [1000, 0, '1.000'],
    [12_345_678.9, 1, '12.345.678,9'],
    [-1_234_567, 0, '-1.234.567'],
    [100_000, 0, '100.000'],
    [999_999_999_999, 0, '999.999.999.999'],
  ])('writes %d with %i decimals as %j', (value, decimals, expected) => {
    expect(formatNumber(value, { decimals })).toBe(expected);
  });

  describe('trailing zeros', () => {
    it.each([
      [19, 1, '19'],
      [19.0, 2, '19'],
      [27.8, 3, '27,8'],
      [8.4, 2, '8,4'],
      [2137.6, 2, '2.137,6'],
      [1.0001, 3, '1'],
    ])('drops them by default: %d with %i decimals → %j', (value, decimals, expected) => {
      expect(formatNumber(value, { decimals })).toBe(expected);
    });

    it.each([
      [19, 1, '19,0'],
      [27.8, 3, '27,800'],
      [8.4, 2, '8,40'],
      [0, 2, '0,00'],
      [1379, 0, '1.379'],
      [1.0001, 3, '1,000'],
    ])('keeps them when asked: %d with %i decimals → %j', (value, decimals, expected) => {
      expect(formatNumber(value, { decimals, keepTrailingZeros: true })).toBe(expected);
    });
  });

  describe('rounding half away from zero, including values a double cannot hold exactly', () => {
    it.each([
      [8.405, 2, '8,41'],
      [1.005, 2, '1,01'],
      [1.255, 2, '1,26'],
      [2.675, 2, '2,68'],
      [1.45, 1, '1,5'],
      [0.125, 2, '0,13'],
      [1.0005, 3, '1,001'],
      [2.5, 0, '3'],
      [-2.5, 0, '-3'],
      [0.5, 0, '1'],
      [-0.5, 0, '-1'],
      [-8.405, 2, '-8,41'],
      [-1.005, 2, '-1,01'],
      [1378.5, 0, '1.379'],
      [999.95, 1, '1.000'],
      [8.404, 2, '8,4'],
      [1.004, 2, '1'],
      [20.65, 1, '20,7'],
      [8.459, 1, '8,5'],
    ])('%d with %i decimals → %j', (value, decimals, expected) => {
      expect(formatNumber(value, { decimals })).toBe(expected);
    });

    it('never writes a negative zero', () => {
      expect(formatNumber(-0, { decimals: 0 })).toBe('0');
      expect(formatNumber(-0.001, { decimals: 2 })).toBe('0');
      expect(formatNumber(-0.004, { decimals: 2, keepTrailingZeros: true })).toBe('0,00');
      expect(formatNumber(-0.4, { decimals: 0 })).toBe('0');
    });
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])('throws on %d', (value) => {
    expect(() => formatNumber(value, { decimals: 0 })).toThrow(NumberFormatError);
    expect(() => formatNumber(value, { decimals: 2, keepTrailingZeros: true })).toThrow(NumberFormatError);
    expect(() => formatNumber(value, { decimals: 1 })).toThrow(vietnameseLetters);
  });

  it.each([[-1], [1.5], [11], [Number.NaN]])('throws on a decimals count of %d', (decimals) => {
    expect(() => formatNumber(1, { decimals })).toThrow(NumberFormatError);
  });

  describe('properties over realistic figures (|x| < 1e12, 0–3 decimals)', () => {
    it('matches the Vietnamese number pattern and never shows NaN, Infinity or an exponent', () => {
      fc.assert(
        fc.property(realisticDouble, decimalsArbitrary, fc.boolean(), (value, decimals, keepTrailingZeros) => {
          const written = formatNumber(value, { decimals, keepTrailingZeros });
          expect(written).toMatch(vietnameseNumber);
          expect(written).not.toContain('NaN');
          expect(written).not.toContain('Infinity');
          expect(written).not.toMatch(/e/i);
        }),
        { numRuns: 2000 },
      );
    });

    it('writes integers with no decimal comma', () => {
      fc.assert(
        fc.property(realisticInteger, (value) => {
          const written = formatNumber(value, { decimals: 0 });
          expect(written).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
          expect(written.replace(/\./g, '')).toBe(String(value));
        }),
      );
    });

    it('writes exactly `decimals` digits after the comma when trailing zeros are kept', () => {
      fc.assert(
        fc.property(realisticDouble, fc.integer({ min: 1, max: 3 }), (value, decimals) => {
          const written = formatNumber(value, { decimals, keepTrailingZeros: true });
          expect(written).toMatch(new RegExp(`,\\d{${decimals}}$`));
        }),
      );
    });

    it('never ends in a zero after the comma when trailing zeros are dropped', () => {
      fc.assert(
        fc.property(realisticDouble, decimalsArbitrary, (value, decimals) => {
          expect(formatNumber(value, { decimals })).not.toMatch(/,\d*0$/);
        }),
      );
    });

    it('is symmetric around zero', () => {
      fc.assert(
        fc.property(decimalLiteral, decimalsArbitrary, ({ value }, decimals) => {
          const positive = formatNumber(Math.abs(value), { decimals });
          const negative = formatNumber(-Math.abs(value), { decimals });
          expect(negative === positive || negative === `-${positive}`).toBe(true);
          if (positive !== '0') expect(negative).toBe(`-${positive}`);
        }),
      );
    });
  });
});

describe('roundTo', () => {
  it.each([
    [8.405, 2, 8.41],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [8.459, 1, 8.5],
    [124, 0, 124],
    [71.849, 3, 71.849],
    [-0.001, 2, 0],
  ])('roundTo(%d, %i) = %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 0), 0)).toBe(true);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])('throws on %d', (value) => {
    expect(() => roundTo(value, 2)).toThrow(NumberFormatError);
    expect(() => assertFinite(value)).toThrow(NumberFormatError);
  });

  it('leaves a number typed with at most d decimals unchanged', () => {
    fc.assert(
      fc.property(decimalLiteral, ({ value, places }) => {
        expect(roundTo(value, places)).toBe(value);
        expect(roundTo(value, 3)).toBe(value);
      }),
    );
  });

  it('moves a value by at most half a unit of the last decimal', () => {
    fc.assert(
      fc.property(realisticDouble, decimalsArbitrary, (value, decimals) => {
        const rounded = roundTo(value, decimals);
        const half = 0.5 / 10 ** decimals;
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(half * (1 + 1e-9) + Math.abs(value) * 1e-14);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [8.41, 2, '8,41%'],
    [50.6, 1, '50,6%'],
    [97, 0, '97%'],
    [8.405, 2, '8,41%'],
    [-3.2, 1, '-3,2%'],
    [97.0, 1, '97%'],
  ])('%d with %i decimals → %j (no space before %)', (value, decimals, expected) => {
    expect(formatPercent(value, { decimals })).toBe(expected);
  });

  it('keeps trailing zeros when asked', () => {
    expect(formatPercent(97, { decimals: 1, keepTrailingZeros: true })).toBe('97,0%');
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])('throws on %d', (value) => {
    expect(() => formatPercent(value, { decimals: 1 })).toThrow(NumberFormatError);
  });
});
