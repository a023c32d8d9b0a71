import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit } from '../finding-wording';

/**
 * Rule 10 (`THIEU-SO-LIEU`): an indicator with a plan but no value for the period. A warning: a draft is
 * entered bit by bit, but a report sent out this way shows `…` wherever the figure is used.
 */
export function missingValueRule(report: Report, _context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const row of report.indicators) {
    if (row.derivation) continue;
    const plan = row.plans.find((candidate) => candidate.value !== null);
    if (!plan || row.value !== null) continue;
    findings.push({
      code: checkCodes.missingValue,
      severity: 'warning',
      message: `Chỉ tiêu “${row.name}” có ${plan.label} (${amountWithUnit(plan.value!, row)}) nhưng chưa có số liệu kỳ này.`,
      target: { kind: 'indicator', indicatorId: row.id, column: 'value' },
    });
  }
  return findings;
}
