import { formatNumber, formatPercent, roundTo } from './format-number';

/** How a share of a plan is worded: `bằng 8,41%`, `đạt 97%`, or `vượt 24%` (said only above 100%). */
export type PlanWording = 'bang' | 'dat' | 'vuot';

export const planWordings: readonly PlanWording[] = ['bang', 'dat', 'vuot'];

/** `bằng 8,41% kế hoạch năm`, `đạt 97% kế hoạch năm`, `vượt 24% kế hoạch năm thành phố giao`. */
export function planComparison(percentOfPlan: number, planLabel: string, wording: PlanWording, decimals: number): string {
  const label = planLabel ? ` ${planLabel}` : '';
  const shownPercent = roundTo(percentOfPlan, decimals);
  if (wording === 'vuot' && shownPercent > 100) {
    // Taken from the percentage as printed, so that 100,4% reads `vượt 0,4%` and never `vượt 0,3%`.
    return `vượt ${formatPercent(roundTo(shownPercent - 100, decimals), { decimals })}${label}`;
  }
  const verb = wording === 'bang' ? 'bằng' : 'đạt';
  return `${verb} ${formatPercent(percentOfPlan, { decimals })}${label}`;
}

/** Growth is the ratio minus 100: `tăng 8,5% so với cùng kỳ`, `giảm 3,2% so với cùng kỳ`, `bằng cùng kỳ`. */
export function growthComparison(growthPercent: number, decimals: number): string {
  const rounded = roundTo(growthPercent, decimals);
  if (rounded > 0) return `tăng ${formatPercent(growthPercent, { decimals })} so với cùng kỳ`;
  if (rounded < 0) return `giảm ${formatPercent(-growthPercent, { decimals })} so với cùng kỳ`;
  return 'bằng cùng kỳ';
}

/** The ratio form, never mixed with growth: `bằng 98,3% so với cùng kỳ`. */
export function ratioComparison(ratioPercent: number, decimals: number): string {
  return `bằng ${formatPercent(ratioPercent, { decimals })} so với cùng kỳ`;
}

/** `281/317 hộ`, `71,849/141,973 tỷ đồng`, `12/13 chỉ tiêu`. */
export function fractionOfTarget(done: number, target: number, unit: string, decimals: number, keepTrailingZeros = false): string {
  const fraction = `${formatNumber(done, { decimals, keepTrailingZeros })}/${formatNumber(target, { decimals, keepTrailingZeros })}`;
  return unit ? `${fraction} ${unit}` : fraction;
}

/** `value / base × 100`, or null when there is no base or it is zero: never `Infinity%` or `NaN%`. */
export function percentOf(value: number | null | undefined, base: number | null | undefined): number | null {
  if (value === null || value === undefined || base === null || base === undefined) return null;
  if (base === 0 || !Number.isFinite(base) || !Number.isFinite(value)) return null;
  const percent = (value / base) * 100;
  return Number.isFinite(percent) ? percent : null;
}
