import type { DocumentFormat } from '../organisation/layout-settings';

/**
 * The number line. State (NĐ 30): `Số: 05/BC-UBND`, a leading zero below 10, no spaces around `/` and `-`.
 * Party (HD 36): `Số 12-BC/QU`, no colon. A draft without a number keeps the blank for the văn thư.
 */
export function documentNumberLine(format: DocumentFormat, number: number | null, symbol: string): string {
  if (format === 'state') {
    const written = number === null ? '      ' : number < 10 ? `0${number}` : String(number);
    return `Số: ${written}/${symbol}`;
  }
  const written = number === null ? '      ' : String(number);
  return `Số ${written}-${symbol}`;
}

/** The number as the appendix line quotes it: `05/BC-UBND`, `12-BC/QU`, or a blank. */
export function documentNumberReference(format: DocumentFormat, number: number | null, symbol: string): string {
  return documentNumberLine(format, number, symbol).replace(/^Số:? /, '');
}
