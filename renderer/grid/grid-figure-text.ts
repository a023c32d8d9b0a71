import { formatAmount, formatNumber, roundTo } from '../../core/numbers/format-number';

/** Beyond 15 significant digits a double carries noise (0.1 + 0.2), not digits anyone typed. */
const maximumDecimals = 10;

/** The decimals a figure really has: 1379 → 0, 27.8 → 1, 71.849 → 3, 0.1 + 0.2 → 1. */
export function decimalsOf(value: number): number {
  const precise = roundTo(value, maximumDecimals);
  for (let decimals = 0; decimals < maximumDecimals; decimals += 1) {
    if (roundTo(value, decimals) === precise) return decimals;
  }
  return maximumDecimals;
}

/**
 * A figure someone entered, with the row's decimals (`27,0`) or more when the stored figure has more,
 * so the grid never shows a rounded number in place of what is stored.
 */
export function enteredFigureText(value: number | null, rowDecimals: number): string {
  return value === null ? '' : formatAmount(value, Math.max(rowDecimals, decimalsOf(value)));
}

/** The text an editor starts with: every stored digit, written the Vietnamese way (`2.137,6`). */
export function editableFigureText(value: number | null): string {
  return value === null ? '' : formatNumber(value, { decimals: decimalsOf(value) });
}

/** A computed figure (the cumulative) with the row's decimals, as the appendix prints it. */
export function computedFigureText(value: number | null, rowDecimals: number): string {
  return value === null ? '' : formatAmount(value, rowDecimals);
}

/** A percentage without its sign, the column header says `%`: `8,41`, `97`. */
export function percentText(value: number | null, percentDecimals: number): string {
  return value === null ? '' : formatNumber(value, { decimals: percentDecimals });
}

/** Growth with its sign, as the appendix writes it: `+8,5`, `-3,2`, `0`. */
export function growthText(value: number | null, percentDecimals: number): string {
  if (value === null) return '';
  const written = percentText(value, percentDecimals);
  return value > 0 && written !== '0' ? `+${written}` : written;
}
