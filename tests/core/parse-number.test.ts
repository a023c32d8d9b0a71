import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NumberFormatError, parseNumber, parseNumberOrThrow, parsePercent, type NumberParseResult } from '../../core/numbers/parse-number';
import { formatNumber, roundTo } from '../../core/numbers/format-number';
import { decimalLiteral, decimalsArbitrary, realisticDouble, realisticInteger, vietnameseLetters } from './number-arbitraries';

function expectValue(result: NumberParseResult, expected: number): void {
  expect(result).toEqual({ ok: true, value: expected });
}

function expectFailure(result: NumberParseResult): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.message.trim()).not.toBe('');
  expect(result.message).toMatch(vietnameseLetters);
  expect(result).not.toHaveProperty('value');
}

describe('parseNumber: the Vietnamese way (`.` groups thousands, `,` is the decimal mark)', () => {
  it.each([
    ['1.379', 1379],
    ['27,8', 27.8],
    ['71,849', 71.849],
    ['2.137,6', 2137.6],
    ['1.223,771', 1223.771],
    ['-3,2', -3.2],
    ['0', 0],
    ['0,0', 0],
    ['97', 97],
    ['8,41', 8.41],
    ['141,973', 141.973],
    ['1.000.000', 1_000_000],
    ['12.345.678,9', 12_345_678.9],
    ['1379', 1379],
    ['+5', 5],
    ['\u22123,2', -3.2],
  ])('reads %j as %d', (input, expected) => {
    expectValue(parseNumber(input), expected);
  });

  it('never reads `1.379` with an English locale', () => {
    expectValue(parseNumber('1.379'), 1379);
    expect(parseNumber('1.379')).not.toEqual({ ok: true, value: 1.379 });
  });

  it('reads negative zero as plain zero', () => {
    const result = parseNumber('-0');
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    [' 1.379 ', 1379],
    ['  27,8', 27.8],
    ['71,849   ', 71.849],
    ['\t2.137,6\n', 2137.6],
    ['\u00a01.223,771\u00a0', 1223.771],
    ['\u00a0-3,2', -3.2],
    ['\u202f0\u202f', 0],
  ])('ignores surrounding spaces and non-breaking spaces in %j', (input, expected) => {
    expectValue(parseNumber(input), expected);
  });

  it.each([
    ['12,3,4'],
    ['abc'],
    [''],
    ['   '],
    ['\u00a0'],
    ['1.5'],
    ['12.34'],
    ['1.2345'],
    ['1.'],
    ['.'],
    ['.379'],
    ['1,2.3'],
    ['Infinity'],
    ['-Infinity'],
    ['+Infinity'],
    ['infinity'],
    ['∞'],
    ['-∞'],
    ['NaN'],
    ['1e5'],
    ['1E5'],
    [',5'],
    ['5,'],
    ['-'],
    ['--5'],
    ['0x10'],
    ['12a'],
    ['9'.repeat(400)],
  ])('rejects %j with a Vietnamese message and no value', (input) => {
    expectFailure(parseNumber(input));
  });

  it('never yields NaN or an infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message.trim()).not.toBe('');
      }),
    );
  });

  it('never yields NaN or an infinity for text made of digits, separators and signs', () => {
    const unit = fc.constantFrom('0', '1', '5', '9', '.', ',', '-', '+', ' ', '\u00a0', 'e', '∞');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const result = parseNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message.trim()).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePercent', () => {
  it.each([
    ['8,41%', 8.41],
    ['50,6%', 50.6],
    ['97%', 97],
    ['97 %', 97],
    ['97', 97],
    ['-3,2%', -3.2],
  ])('reads %j as %d', (input, expected) => {
    expectValue(parsePercent(input), expected);
  });

  it.each([['%'], ['abc%'], ['1.5%'], ['Infinity%']])('rejects %j', (input) => {
    expectFailure(parsePercent(input));
  });
});

describe('parseNumberOrThrow', () => {
  it('returns the value', () => {
    expect(parseNumberOrThrow('2.137,6')).toBe(2137.6);
  });

  it('throws a NumberFormatError with the Vietnamese message', () => {
    expect(() => parseNumberOrThrow('12,3,4')).toThrow(NumberFormatError);
    expect(() => parseNumberOrThrow('abc')).toThrow(vietnameseLetters);
  });
});

describe('parseNumber ∘ formatNumber round trip', () => {
  it('gives back integers exactly', () => {
    fc.assert(
      fc.property(realisticInteger, (value) => {
        expectValue(parseNumber(formatNumber(value, { decimals: 0 })), value);
        expectValue(parseNumber(formatNumber(value, { decimals: 0, keepTrailingZeros: true })), value);
      }),
    );
  });

  it('gives back numbers typed with 0–3 decimals exactly', () => {
    fc.assert(
      fc.property(decimalLiteral, ({ value, places }) => {
        expectValue(parseNumber(formatNumber(value, { decimals: places, keepTrailingZeros: true })), value);
        expectValue(parseNumber(formatNumber(value, { decimals: places })), value);
      }),
    );
  });

  it('gives back roundTo(x, d) for any realistic double and 0–3 decimals', () => {
    fc.assert(
      fc.property(realisticDouble, decimalsArbitrary, (value, decimals) => {
        const expected = roundTo(value, decimals);
        expectValue(parseNumber(formatNumber(value, { decimals, keepTrailingZeros: true })), expected);
        expectValue(parseNumber(formatNumber(value, { decimals })), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back roundTo(x, d) for numbers typed with more decimals than are shown', () => {
    fc.assert(
      fc.property(decimalLiteral, decimalsArbitrary, ({ value }, decimals) => {
        const expected = roundTo(value, decimals);
        expectValue(parseNumber(formatNumber(value, { decimals, keepTrailingZeros: true })), expected);
      }),
    );
  });
});
