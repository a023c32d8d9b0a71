import type { Report } from '../report/report-schema';
import type { RuleContext } from './check-context';
import type { CheckFinding } from './check-finding';
import { breakdownTotalRule } from './rules/breakdown-total-rule';
import { comparisonBasisRule } from './rules/comparison-basis-rule';
import { districtBodyRule } from './rules/district-body-rule';
import { duplicatedFiguresRule } from './rules/duplicated-figures-rule';
import { emptyFiguresRule } from './rules/empty-figures-rule';
import { missingValueRule } from './rules/missing-value-rule';
import { officialLayoutRule } from './rules/official-layout-rule';
import { removedIndicatorRule } from './rules/removed-indicator-rule';
import { staleEstimateRule } from './rules/stale-estimate-rule';
import { stalePeriodRule } from './rules/stale-period-rule';
import { typedNumberRule } from './rules/typed-number-rule';
import { unreviewedParagraphRule } from './rules/unreviewed-paragraph-rule';
import { wrongCumulativeRule } from './rules/wrong-cumulative-rule';
import { wrongPercentageRule } from './rules/wrong-percentage-rule';

export type CheckRule = (report: Report, context: RuleContext) => CheckFinding[];

/** Every check, in the order of the issue that asked for them; `checkReport` runs them all. */
export const checkRules: readonly CheckRule[] = [
  typedNumberRule,
  wrongPercentageRule,
  wrongCumulativeRule,
  duplicatedFiguresRule,
  unreviewedParagraphRule,
  stalePeriodRule,
  officialLayoutRule,
  staleEstimateRule,
  districtBodyRule,
  missingValueRule,
  removedIndicatorRule,
  comparisonBasisRule,
  breakdownTotalRule,
  emptyFiguresRule,
];
