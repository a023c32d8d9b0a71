import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFigureOfRow } from '../../core/figures/render-figure';
import { figureFields } from '../../core/figures/figure-reference';
import { emptyIndicatorRow, indicatorRowSchema } from '../../core/indicators/indicator-row';
import { addExactly } from '../../core/numbers/add-exactly';
import { formatAmount, formatNumber, roundTo } from '../../core/numbers/format-number';
import { largestFigure, mostDecimals } from '../../core/numbers/number-limits';
import { parseNumber } from '../../core/numbers/parse-number';
import { makePeriod } from '../../core/periods/period';

const vietnameseNumber = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;

/** Any figure the report schema takes: every double from -999.999.999.999.999 to 999.999.999.999.999. */
const schemaFigure = fc.double({ min: -largestFigure, max: largestFigure, noNaN: true, noDefaultInfinity: true });

/**
 * A figure as it can be typed: at most fifteen significant digits and six decimals, up to the largest figure, written
 * the Vietnamese way with its digits (`-12.345.678.901,2345`).
 */
const typedFigure = fc
  .record({
    negative: fc.boolean(),
    decimals: fc.integer({ min: 0, max: mostDecimals }),
    digits: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
  })
  .filter(({ digits, decimals }) => digits / 10n ** BigInt(decimals) <= BigInt(largestFigure))
  .map(({ negative, decimals, digits }) => {
    const written = digits.toString().padStart(decimals + 1, '0');
    const integer = decimals === 0 ? written : written.slice(0, -decimals);
    const fraction = decimals === 0 ? '' : written.slice(-decimals);
    const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const sign = negative && digits !== 0n ? '-' : '';
    return { text: `${sign}${grouped}${fraction ? `,${fraction}` : ''}`, decimals };
  });

describe('numbers over the whole range the schema accepts', () => {
  it('writes a typed figure back exactly as typed, with every digit', () => {
    fc.assert(
      fc.property(typedFigure, ({ text, decimals }) => {
        const parsed = parseNumber(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(formatAmount(parsed.value, decimals)).toBe(text === '-0' ? '0' : text);
        expect(indicatorRowSchema.shape.value.safeParse(parsed.value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes any figure the schema holds in Vietnamese notation, never an exponent, NaN or Infinity', () => {
    fc.assert(
      fc.property(schemaFigure, fc.integer({ min: 0, max: mostDecimals }), fc.boolean(), (value, decimals, keepTrailingZeros) => {
        const written = formatNumber(value, { decimals, keepTrailingZeros });
        expect(written).toMatch(vietnameseNumber);
        // Read back, it is the figure rounded at those decimals, and no digit moved.
        const read = parseNumber(written);
        if (read.ok) expect(read.value).toBe(roundTo(value, decimals));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every digit of sums beyond fifteen digits, and of the largest doubles', () => {
    expect(formatNumber(addExactly(largestFigure, largestFigure), { decimals: 0 })).toBe('1.999.999.999.999.998');
    expect(formatNumber(1234567890123456, { decimals: 0 })).toBe('1.234.567.890.123.456');
    expect(formatNumber(2 ** 53, { decimals: 0 })).toBe('9.007.199.254.740.992');
    expect(formatNumber(1e21, { decimals: 0 })).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(1.5e15 + 0.5, { decimals: 1 })).toBe('1.500.000.000.000.000,5');
    expect(formatNumber(-2e22, { decimals: 2, keepTrailingZeros: true })).toBe('-20.000.000.000.000.000.000.000,00');
  });

  it('writes very small numbers as zeros and digits, not as an exponent', () => {
    expect(formatNumber(1e-7, { decimals: 6 })).toBe('0');
    expect(formatNumber(5e-7, { decimals: 6 })).toBe('0,000001');
    expect(formatNumber(-4e-7, { decimals: 6, keepTrailingZeros: true })).toBe('0,000000');
    expect(formatNumber(0.000123, { decimals: 6 })).toBe('0,000123');
    expect(formatNumber(Number.MIN_VALUE, { decimals: 3 })).toBe('0');
  });

  it('rounds what a person rounds, not the binary noise: 8,405 to 8,41, 0,1 + 0,2 to 0,3, 1,005 to 1,01', () => {
    expect(formatNumber(8.405, { decimals: 2 })).toBe('8,41');
    expect(formatNumber(0.1 + 0.2, { decimals: 10 })).toBe('0,3');
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
    expect(formatNumber(999999999999999.4, { decimals: 0 })).toBe('999.999.999.999.999');
  });

  it.each([
    [
      'sixteen digits',
      '1.000.000.000.000.000',
      '“1.000.000.000.000.000” có 16 chữ số; số liệu có tối đa 15 chữ số (kể cả phần thập phân).',
    ],
    [
      'sixteen digits with decimals',
      '123.456.789.012,3456',
      '“123.456.789.012,3456” có 16 chữ số; số liệu có tối đa 15 chữ số (kể cả phần thập phân).',
    ],
    ['seven decimals', '0,1234567', '“0,1234567” có 7 chữ số sau dấu phẩy; số liệu có tối đa 6 chữ số thập phân.'],
    [
      'four hundred digits',
      '1' + '0'.repeat(400),
      `“1${'0'.repeat(400)}” có 401 chữ số; số liệu có tối đa 15 chữ số (kể cả phần thập phân).`,
    ],
  ])('refuses %s at input, saying why', (_label, text, message) => {
    expect(parseNumber(text)).toEqual({ ok: false, message });
  });

  it('takes the largest figure, trailing zeros after the comma and leading zeros', () => {
    expect(parseNumber('999.999.999.999.999')).toEqual({ ok: true, value: largestFigure });
    expect(parseNumber('-999.999.999.999.999')).toEqual({ ok: true, value: -largestFigure });
    expect(parseNumber('27,8000000')).toEqual({ ok: true, value: 27.8 });
    expect(parseNumber('0,000001')).toEqual({ ok: true, value: 0.000001 });
    expect(parseNumber('007')).toEqual({ ok: true, value: 7 });
  });

  it('renders every figure of any row the schema accepts without an exponent, NaN or Infinity', () => {
    const figure = fc.option(schemaFigure, { nil: null });
    const period = makePeriod('month', 2026, 11);
    fc.assert(
      fc.property(
        figure,
        figure,
        figure,
        figure,
        figure,
        fc.constantFrom('flow', 'stock', 'ratio'),
        fc.constantFrom('higher', 'lower'),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...figureFields),
        (value, base, samePeriod, plan, previous, nature, direction, decimals, field) => {
          const row = emptyIndicatorRow({
            id: 'chi-tieu',
            name: 'Chỉ tiêu',
            unit: nature === 'ratio' ? '%' : 'tỷ đồng',
            group: 'kinh-te',
            nature,
            direction,
            decimals,
            value,
            cumulativeBase: base,
            samePeriod: { value: samePeriod, cumulative: samePeriod },
            plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: plan }],
            nextYearPlans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: plan }],
            previous: { value: previous },
          });
          const rendered = renderFigureOfRow(row, period, { indicator: 'chi-tieu', field });
          expect(rendered.text).not.toMatch(/e[+-]?\d|NaN|Infinity/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
