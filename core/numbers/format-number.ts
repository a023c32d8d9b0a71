import { assertFinite, decimalDigitsOf, digitParts, roundDigits } from './decimal-digits';
import { NumberFormatError } from './number-format-error';

export { assertFinite };

export interface NumberFormatOptions {
  /** Digits after the decimal comma. */
  decimals: number;
  /** Keep trailing zeros (`19,0`) instead of dropping them (`19`). Tables of one column may want them. */
  keepTrailingZeros?: boolean;
}

/** Rounds half away from zero at `decimals` digits, as a person rounding the written number would. */
export function roundTo(value: number, decimals: number): number {
  checkDecimals(decimals);
  const rounded = roundDigits(decimalDigitsOf(value), decimals);
  const { integer, fraction } = digitParts(rounded);
  const result = Number(`${rounded.negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`);
  return result === 0 ? 0 : result;
}

/** `1379` → `1.379`; `2137.6` → `2.137,6`; `71.849` → `71,849`; never an exponent, whatever the size. */
export function formatNumber(value: number, options: NumberFormatOptions): string {
  checkDecimals(options.decimals);
  const rounded = roundDigits(decimalDigitsOf(value), options.decimals);
  const { integer, fraction } = digitParts(rounded);
  const fractionPart = options.keepTrailingZeros ? fraction : fraction.replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded.negative ? '-' : '';
  return fractionPart ? `${sign}${grouped},${fractionPart}` : `${sign}${grouped}`;
}

/**
 * An amount keeps every decimal its indicator has, as reports print them: `406,890 tỷ đồng`, `27,8 tỷ đồng`.
 * Percentages drop trailing zeros instead (`tăng 9%`).
 */
export function formatAmount(value: number, decimals: number): string {
  return formatNumber(value, { decimals, keepTrailingZeros: true });
}

/** `8.41` → `8,41%`: no space before the sign, decimal comma. */
export function formatPercent(value: number, options: NumberFormatOptions): string {
  return `${formatNumber(value, options)}%`;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new NumberFormatError(`Số chữ số thập phân phải từ 0 đến 10, không phải ${decimals}.`);
  }
}
