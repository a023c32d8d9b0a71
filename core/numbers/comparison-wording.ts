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

/**
 * Growth is the ratio minus 100: `tăng 8,5% so với cùng kỳ`, `giảm 3,2% so với cùng kỳ`, `bằng cùng kỳ`; the base
 * may be named (`so với tháng 11 năm 2025`).
 */
export function growthComparison(growthPercent: number, decimals: number, base = 'cùng kỳ'): string {
  return changeComparison(growthPercent, decimals, base, (value) => formatPercent(value, { decimals }));
}

/** The ratio form, never mixed with growth: `bằng 98,3% so với cùng kỳ`. */
export function ratioComparison(ratioPercent: number, decimals: number, base = 'cùng kỳ'): string {
  return `bằng ${formatPercent(ratioPercent, { decimals })} so với ${base}`;
}

/**
 * A change worded by its sign: `tăng 1,3 điểm phần trăm so với cùng kỳ`, `giảm 04 vụ so với tháng trước`,
 * `bằng cùng kỳ`. `written` writes the size of the change (its unit included).
 */
export function changeComparison(change: number, decimals: number, base: string, written: (size: number) => string): string {
  const rounded = roundTo(change, decimals);
  if (rounded > 0) return `tăng ${written(change)} so với ${base}`;
  if (rounded < 0) return `giảm ${written(-change)} so với ${base}`;
  return `bằng ${base}`;
}

/** The distance to a plan: `cao hơn kế hoạch 2 vụ`, `thấp hơn kế hoạch 1,6 điểm %`, `bằng kế hoạch`. */
export function gapComparison(gap: number, decimals: number, planLabel: string, written: (size: number) => string): string {
  const rounded = roundTo(gap, decimals);
  if (rounded > 0) return `cao hơn ${planLabel} ${written(gap)}`;
  if (rounded < 0) return `thấp hơn ${planLabel} ${written(-gap)}`;
  return `bằng ${planLabel}`;
}

/**
 * The result against a ceiling (a plan not to pass, `tỷ lệ hộ nghèo dưới 3%`): `đạt kế hoạch` at it, `vượt kế hoạch
 * 0,4 điểm phần trăm` below it by so much, `không đạt kế hoạch, cao hơn 0,6 điểm phần trăm` above it. Never a
 * percentage of the plan.
 */
export function ceilingResult(gap: number, decimals: number, planLabel: string, written: (size: number) => string): string {
  const rounded = roundTo(gap, decimals);
  if (rounded < 0) return `vượt ${planLabel} ${written(-gap)}`;
  if (rounded > 0) return `không đạt ${planLabel}, cao hơn ${written(gap)}`;
  return `đạt ${planLabel}`;
}

/** `1,3 điểm phần trăm` or `1,3 điểm %`: percentage points. */
export function pointsText(points: number, decimals: number, long = true): string {
  return `${formatNumber(points, { decimals })} ${long ? 'điểm phần trăm' : 'điểm %'}`;
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
  // A percentage of fifteen digits or more says nothing a report could print.
  return Number.isFinite(percent) && Math.abs(percent) < 1e15 ? percent : null;
}

/** A percentage of a same period that was zero: statistical tables print a dash. */
export const notComparableText = '-';
