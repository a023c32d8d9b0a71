import { NumberFormatError } from './parse-number';

export interface NumberFormatOptions {
  /** Digits after the decimal comma. */
  decimals: number;
  /** Keep trailing zeros (`19,0`) instead of dropping them (`19`). Tables of one column may want them. */
  keepTrailingZeros?: boolean;
}

/** Rounds half away from zero at `decimals` digits, as a person rounding the written number would. */
export function roundTo(value: number, decimals: number): number {
  assertFinite(value);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new NumberFormatError(`Số chữ số thập phân phải từ 0 đến 10, không phải ${decimals}.`);
  }
  const sign = value < 0 ? -1 : 1;
  // 15 significant digits is what a double holds exactly, so 8.405 reads as 8.405 and not 8.40499…
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential(14).split('e');
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const rounded = (sign * scaled) / 10 ** decimals;
  return rounded === 0 ? 0 : rounded;
}

/** `1379` → `1.379`; `2137.6` → `2.137,6`; `71.849` → `71,849`. */
export function formatNumber(value: number, options: NumberFormatOptions): string {
  const rounded = roundTo(value, options.decimals);
  const fixed = Math.abs(rounded).toFixed(options.decimals);
  const [integerPart = '0', allDecimals = ''] = fixed.split('.');
  const fractionPart = options.keepTrailingZeros ? allDecimals : allDecimals.replace(/0+$/, '');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded < 0 ? '-' : '';
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

export function assertFinite(value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new NumberFormatError(`Giá trị ${String(value)} không phải là một số hữu hạn.`);
  }
}
