import type { FigureReference } from '../../core/figures/figure-reference';
import { isRate } from '../../core/indicators/derived-figures';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { startsTheYear, type Period } from '../../core/periods/period';
import { figureFieldNames } from './figure-field-names';

export interface OfferedFigure {
  reference: FigureReference;
  name: string;
}

/**
 * What the picker offers for one indicator: its figures and comparisons as offices write them. A flow inside the
 * year is compared with the same period both ways, the cumulative's growth and the period's own, each named as it
 * reads; a rate moves in percentage points; a ceiling has its result rather than a percentage of the plan.
 */
export function offeredFigures(row: IndicatorRow, period: Period): OfferedFigure[] {
  const id = row.id;
  const offer = (field: FigureReference['field'], name = figureFieldNames[field], extra: Partial<FigureReference> = {}): OfferedFigure => ({
    reference: { indicator: id, field, ...extra },
    name,
  });
  const midYearFlow = row.nature === 'flow' && !startsTheYear(period);
  const rate = isRate(row);
  return [
    offer('value-phrase'),
    offer('value'),
    ...(midYearFlow ? [offer('cumulative-phrase'), offer('cumulative')] : []),
    ...(row.plans.length > 0
      ? [
          offer('plan-comparison'),
          ...(row.direction === 'higher' ? [offer('plan-percent'), offer('progress'), offer('plan-remaining')] : []),
          offer('plan-gap'),
          offer('plan'),
        ]
      : []),
    ...(rate
      ? [offer('point-change', 'so với cùng kỳ, điểm phần trăm')]
      : midYearFlow
        ? [
            offer('growth-comparison', 'lũy kế so với cùng kỳ (“tăng …% so với cùng kỳ”)', { basis: 'cumulative' }),
            offer('growth-comparison', 'riêng kỳ này so với cùng kỳ (“tăng …% so với tháng … năm trước”)', { basis: 'period' }),
            offer('same-period-difference', 'lũy kế tăng/giảm so với cùng kỳ (số tuyệt đối)', { basis: 'cumulative' }),
          ]
        : [offer('growth-comparison'), offer('same-period-difference')]),
    ...(rate ? [] : [offer('ratio-comparison')]),
    offer('previous-change'),
    offer('same-period'),
    ...((row.nextYearPlans?.length ?? 0) > 0 ? [offer('next-year-plan')] : []),
  ];
}
