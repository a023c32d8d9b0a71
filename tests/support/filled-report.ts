import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { startsTheYear } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';

/**
 * Every entered figure filled (this period, the cumulative base, last year's same period, the plans), the units'
 * lines adding up to it, so the report reads as a finished one: nothing prints `…`.
 */
export function filledReport(report: Report): Report {
  const indicators = report.indicators.map((row, index): IndicatorRow => {
    const plans = (value: number) => row.plans.map((plan) => ({ ...plan, value: plan.value ?? value * 12 }));
    const targets = (value: number) =>
      row.nextYearPlans ? { nextYearPlans: row.nextYearPlans.map((plan) => ({ ...plan, value: plan.value ?? value * 13 })) } : {};
    if (row.derivation) return { ...row, plans: plans(95), ...targets(95) };
    const typical = row.unit === '%' ? 90 + (index % 5) : 20 + 2 * index;
    // A count against a fixed total the template gives (19 criteria) stays short of it, as a report still under way.
    const fixedPlan = row.plans.find((plan) => plan.value !== null)?.value ?? null;
    const value = fixedPlan !== null && typical >= fixedPlan ? fixedPlan - 2 : typical;
    const cumulativeBase = row.nature === 'flow' && !startsTheYear(report.period) ? value * 3 : null;
    const lastYear = (amount: number, base: number | null) => ({
      value: amount - 1,
      cumulative: base === null ? null : amount + base - 4,
    });
    return {
      ...row,
      value,
      status: 'actual',
      cumulativeBase,
      samePeriod: lastYear(value, cumulativeBase),
      previous: { value: value - 1 },
      plans: plans(value),
      ...targets(value),
      ...(row.breakdown
        ? {
            breakdown: row.breakdown.map((entry, unit) => {
              const share = unit === 0 ? value - 5 : 5;
              const shareBase = cumulativeBase === null ? null : unit === 0 ? cumulativeBase - 15 : 15;
              return {
                ...entry,
                value: share,
                cumulativeBase: shareBase,
                samePeriod: unit === 0 ? lastYear(share, shareBase) : { value: 5, cumulative: shareBase === null ? null : 20 },
              };
            }),
          }
        : {}),
    };
  });
  return { ...report, indicators };
}
