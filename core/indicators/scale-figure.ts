/** A double holds 15 significant digits exactly; what lies beyond after a multiplication is noise. */
export const significantDigits = 15;

/**
 * `value × factor` as the decimal numbers they are written as: 71,849 × 1000 is 71.849, not 71849.00000000001,
 * and 1.200 × 0,001 is 1,2. Null stays null.
 */
export function scaleFigure(value: number | null, factor: number): number | null {
  if (value === null) return null;
  const product = Number((value * factor).toPrecision(significantDigits));
  return product === 0 ? 0 : product;
}
