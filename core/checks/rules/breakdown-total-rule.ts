import { agreesAtDigits, breakdownSum, totalledFigureNames, totalledFigureOf, totalledFigures } from '../../breakdowns/breakdown-totals';
import { resolvedRow } from '../../indicators/derived-indicators';
import type { IndicatorColumn } from '../check-finding';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit } from '../finding-wording';
import type { TotalledFigure } from '../../breakdowns/breakdown-totals';

const columns: Record<TotalledFigure, IndicatorColumn> = {
  value: 'value',
  cumulative: 'cumulativeOverride',
  'same-period-value': 'samePeriodValue',
  'same-period-cumulative': 'samePeriodCumulative',
};

/**
 * Rule 13 (`TONG-DON-VI`): an indicator broken down by unit whose figure is not the sum of its units' — the total
 * row of the body table and the figure of the text would disagree. An error, for each figure that is entered on
 * both sides; a rate's units do not add up and are left alone.
 */
export function breakdownTotalRule(report: Report, _context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const entered of report.indicators) {
    if (!entered.breakdown?.length) continue;
    const row = resolvedRow(entered, report.indicators, report.period);
    for (const figure of totalledFigures) {
      if (figure === 'cumulative' && row.nature !== 'flow') continue;
      const sum = breakdownSum(row, report.period, figure);
      const total = totalledFigureOf(row, report.period, figure);
      if (sum === null || total === null || agreesAtDigits(sum, total, row.decimals)) continue;
      findings.push({
        code: checkCodes.breakdownTotal,
        severity: 'error',
        message: `Chỉ tiêu “${row.name}”: ${totalledFigureNames[figure]} là ${amountWithUnit(total, row)}, nhưng cộng ${row.breakdown!.length} đơn vị được ${amountWithUnit(sum, row)}.`,
        target: { kind: 'indicator', indicatorId: row.id, column: columns[figure] },
      });
    }
  }
  return findings;
}
