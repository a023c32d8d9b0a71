import { notComparableText } from '../numbers/comparison-wording';
import { formatNumber, roundTo } from '../numbers/format-number';
import type { PlanSummary, FigureSummary } from './figure-summary';

/**
 * What a table (the appendix, the grid) writes in the column compared with the same period: the growth with its
 * sign (`+8,5`), or for a rate the change in points (`+1,3 điểm %`), since a rate's growth in percent misleads.
 */
export function samePeriodCellText(
  summary: FigureSummary,
  decimals: number,
  percentDecimals: number,
  comparison: 'growth' | 'ratio' = 'growth',
): string {
  // Nothing last year to take a percentage of (`0` then a value): a dash, as statistical tables print.
  if (!summary.rate && summary.samePeriod.value === 0 && summary.samePeriod.difference !== null) return notComparableText;
  if (summary.rate) {
    const points = summary.samePeriod.difference;
    return points === null ? '' : `${signed(points, decimals)} điểm %`;
  }
  if (comparison === 'ratio') {
    const ratio = summary.samePeriod.ratio;
    return ratio === null ? '' : formatNumber(ratio, { decimals: percentDecimals });
  }
  const growth = summary.samePeriod.growth;
  return growth === null ? '' : signed(growth, percentDecimals);
}

/**
 * What a table writes in the % of plan column: the percentage (`97,7`) for a plan to reach; for a ceiling not to pass
 * (`tỷ lệ hộ nghèo dưới 3%`), whether it was kept and by how much: `Đạt (thấp hơn 0,4 điểm %)`, `Không đạt (cao hơn 2)`.
 */
export function planCellText(summary: FigureSummary, plan: PlanSummary, decimals: number, percentDecimals: number): string {
  if (summary.direction !== 'lower') return plan.percent === null ? '' : formatNumber(plan.percent, { decimals: percentDecimals });
  if (plan.met === null || plan.gap === null) return '';
  const verdict = plan.met ? 'Đạt' : 'Không đạt';
  const gap = roundTo(plan.gap, decimals);
  if (gap === 0) return verdict;
  const distance = `${formatNumber(Math.abs(gap), { decimals })}${summary.rate ? ' điểm %' : ''}`;
  return `${verdict} (${gap < 0 ? 'thấp hơn' : 'cao hơn'} ${distance})`;
}

function signed(value: number, decimals: number): string {
  const written = formatNumber(value, { decimals });
  return value > 0 && written !== '0' ? `+${written}` : written;
}
