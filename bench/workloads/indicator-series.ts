import type { IndicatorRow, Plan, ValueStatus } from '../../core/indicators/indicator-row';
import { roundTo } from '../../core/numbers/format-number';
import { periodMonths, type Period } from '../../core/periods/period';
import type { IndicatorDefinition } from './indicator-catalogue';
import type { SeededRandom } from './seeded-random';

/** The year the drifts start from. */
const baseYear = 2013;

/**
 * Month-by-month figures of every indicator, drawn once per indicator and year from the seed, from which the row of
 * any period is computed the way the reports would hold it: this period's value, the cumulative before it, the same
 * period last year, the plans of the year. So the reports of a workspace agree with each other, as roll-over expects.
 */
export class IndicatorSeries {
  private months = new Map<string, number[]>();
  private plans = new Map<string, number>();

  constructor(private readonly random: SeededRandom) {}

  /** The indicator's row in a report of `period`. */
  rowFor(definition: IndicatorDefinition, period: Period, options: { nextYearPlans: boolean }): IndicatorRow {
    const { first, last } = periodMonths(period);
    const year = period.year;
    const flow = definition.nature === 'flow';
    const row: IndicatorRow = {
      id: definition.id,
      name: definition.name,
      unit: definition.unit,
      group: definition.group,
      nature: definition.nature,
      decimals: definition.decimals,
      percentDecimals: definition.percentDecimals,
      plans: this.plansOf(definition, year),
      value: flow ? this.sum(definition, year, first, last) : this.level(definition, year, last),
      status: statusOf(definition, period),
      cumulativeBase: flow && first > 1 ? this.sum(definition, year, 1, first - 1) : null,
      cumulativeOverride: null,
      samePeriod: flow
        ? { value: this.sum(definition, year - 1, first, last), cumulative: this.sum(definition, year - 1, 1, last) }
        : { value: this.level(definition, year - 1, last), cumulative: this.level(definition, year - 1, last) },
      direction: 'higher',
      previous: { value: null },
      derivation: null,
    };
    if (options.nextYearPlans) row.nextYearPlans = this.plansOf(definition, year + 1);
    return row;
  }

  plansOf(definition: IndicatorDefinition, year: number): Plan[] {
    const annual = this.planValue(definition, year);
    const plans: Plan[] = [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: annual }];
    if (definition.cityPlan)
      plans.push({ id: 'ke-hoach-thanh-pho', label: 'kế hoạch thành phố giao', value: roundTo(annual * 0.93, definition.decimals) });
    return plans;
  }

  private planValue(definition: IndicatorDefinition, year: number): number {
    const key = `${definition.id}/${year}`;
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    const random = this.random.fork(`plan/${key}`);
    let value: number;
    if (definition.nature === 'flow')
      value = this.monthsOf(definition, year).reduce((sum, month) => sum + month, 0) * random.between(0.94, 1.06);
    else if (definition.nature === 'stock') value = this.level(definition, year, 12) * random.between(0.96, 1.04);
    else value = Math.min(100, this.level(definition, year, 12) + random.between(-1, 1.5));
    const rounded = roundTo(Math.max(value, 10 ** -definition.decimals), definition.decimals);
    this.plans.set(key, rounded);
    return rounded;
  }

  /** The sum of a flow's months `from`–`to` of a year, rounded as the table shows it. */
  private sum(definition: IndicatorDefinition, year: number, from: number, to: number): number {
    const months = this.monthsOf(definition, year).slice(from - 1, to);
    return roundTo(
      months.reduce((sum, month) => sum + roundTo(month, definition.decimals), 0),
      definition.decimals,
    );
  }

  /** The level of a stock or a ratio at the end of a month. */
  private level(definition: IndicatorDefinition, year: number, month: number): number {
    return roundTo(this.monthsOf(definition, year)[month - 1]!, definition.decimals);
  }

  private monthsOf(definition: IndicatorDefinition, year: number): number[] {
    const key = `${definition.id}/${year}`;
    const known = this.months.get(key);
    if (known) return known;
    const random = this.random.fork(`months/${key}`);
    const elapsed = year - baseYear;
    let months: number[];
    if (definition.nature === 'flow') {
      const annual = definition.scale * (1 + definition.drift) ** elapsed * random.between(0.96, 1.04);
      const phase = random.between(0, 12);
      const weights = Array.from(
        { length: 12 },
        (_, index) => 1 + 0.12 * Math.sin((2 * Math.PI * (index + phase)) / 12) + random.between(-0.08, 0.08),
      );
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      months = weights.map((weight) => (annual * weight) / total);
    } else if (definition.nature === 'stock') {
      months = Array.from(
        { length: 12 },
        (_, index) => definition.scale * (1 + definition.drift) ** (elapsed + (index + 1) / 12) * (1 + random.between(-0.01, 0.01)),
      );
    } else {
      months = Array.from({ length: 12 }, (_, index) =>
        Math.min(100, Math.max(0, definition.scale + definition.drift * (elapsed + (index + 1) / 12) + random.between(-0.4, 0.4))),
      );
    }
    this.months.set(key, months);
    return months;
  }
}

/** Amounts of money are estimated when a report is written; counts and rates are known. Annual reports estimate. */
function statusOf(definition: IndicatorDefinition, period: Period): ValueStatus {
  if (period.kind === 'year') return 'estimate';
  if (definition.unit === 'tỷ đồng') return period.kind === 'month' ? 'estimate' : 'actual';
  return 'actual';
}
