import { roundTo } from '../numbers/format-number';
import { significantDigits } from './scale-figure';

/**
 * The places a factor moves the decimal comma: 1000 → 3, 1 → 0, 0,001 → -3, 0,5 → -1 (an integer factor
 * without trailing zeros adds no decimals; a factor with decimals adds as many).
 */
export function decimalShiftOf(factor: number): number {
  let written = Number(factor.toPrecision(significantDigits));
  if (Number.isInteger(written)) {
    let shift = 0;
    while (written !== 0 && written % 10 === 0) {
      written /= 10;
      shift += 1;
    }
    return shift;
  }
  for (let decimals = 1; decimals < 10; decimals += 1) if (roundTo(written, decimals) === written) return -decimals;
  return -10;
}
