import { NumberFormatError } from './number-format-error';

/** A finite number as exact decimal digits: `(negative ? -1 : 1) × digits × 10^-scale`. */
export interface DecimalDigits {
  negative: boolean;
  digits: bigint;
  scale: number;
}

/**
 * The decimal a double stands for. Below 10^15 that is its first fifteen significant digits — what a double holds
 * exactly, so `8.405` is 8,405 and not 8,40499…, and `0.1 + 0.2` is 0,3. From 10^15 on (sums of large figures) every
 * digit of the double is kept, so no digit of a sixteen-digit integer is lost and nothing turns into an exponent.
 */
export function decimalDigitsOf(value: number): DecimalDigits {
  assertFinite(value);
  const negative = value < 0;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) {
    // Above 10^15 a double has at most three binary fraction digits, which three decimals write exactly.
    const written = Number.isInteger(magnitude) ? BigInt(magnitude).toString() : magnitude.toFixed(3);
    const [integerPart = '0', fractionPart = ''] = written.split('.');
    return { negative, digits: BigInt(integerPart + fractionPart), scale: fractionPart.length };
  }
  const [mantissa = '0', exponent = '0'] = magnitude.toExponential(14).split('e');
  return { negative, digits: BigInt(mantissa.replace('.', '')), scale: 14 - Number(exponent) };
}

/** Rounds half away from zero at `decimals` digits, as a person rounding the written number would. */
export function roundDigits(number: DecimalDigits, decimals: number): DecimalDigits {
  if (number.scale <= decimals) {
    return { ...number, digits: number.digits * 10n ** BigInt(decimals - number.scale), scale: decimals };
  }
  const divisor = 10n ** BigInt(number.scale - decimals);
  let quotient = number.digits / divisor;
  if ((number.digits % divisor) * 2n >= divisor) quotient += 1n;
  return { negative: number.negative && quotient !== 0n, digits: quotient, scale: decimals };
}

/** The integer and fraction digits, unsigned: `{ integer: '2137', fraction: '60' }` for 2137,6 at two decimals. */
export function digitParts(number: DecimalDigits): { integer: string; fraction: string } {
  const written = number.digits.toString().padStart(number.scale + 1, '0');
  return number.scale === 0
    ? { integer: written, fraction: '' }
    : { integer: written.slice(0, -number.scale), fraction: written.slice(-number.scale) };
}

export function assertFinite(value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new NumberFormatError(`Giá trị ${String(value)} không phải là một số hữu hạn.`);
  }
}
