import { computedCumulativeOf, cumulativeOf } from '../../indicators/derived-figures';
import { addExactly } from '../../numbers/add-exactly';
import { periodLabel } from '../../periods/period-label';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit } from '../finding-wording';

/**
 * Rule 3 (`LUY-KE-SAI`): for a flow indicator within a year, the cumulative must be the previous report's
 * cumulative plus this period's value. A base that differs from the previous report is an error; a missing
 * base (no cumulative can be shown) a warning; so is a cumulative typed by hand that differs: it may be the revised
 * official figure, or a slip, and the reader cannot tell. Without the previous report nothing is checked.
 */
export function wrongCumulativeRule(report: Report, context: RuleContext): CheckFinding[] {
  const preceding = context.preceding;
  if (!preceding) return [];
  const previousRows = new Map(preceding.indicators.map((row) => [row.id, row]));
  const previousLabel = periodLabel(preceding.period);
  const findings: CheckFinding[] = [];
  for (const row of report.indicators) {
    if (row.derivation) continue;
    const previousRow = previousRows.get(row.id);
    if (row.nature !== 'flow' || row.value === null || !previousRow) continue;
    const previousCumulative = cumulativeOf(previousRow, preceding.period);
    if (previousCumulative === null) continue;
    const expected = addExactly(previousCumulative, row.value);
    const tolerance = 0.5 * 10 ** -row.decimals + 1e-9;
    const sum = `lũy kế ${previousLabel} ${amountWithUnit(previousCumulative, row)} + kỳ này ${amountWithUnit(row.value, row)} = ${amountWithUnit(expected, row)}`;
    const target = { kind: 'indicator' as const, indicatorId: row.id, column: 'cumulativeOverride' as const };
    if (row.cumulativeOverride !== null) {
      if (Math.abs(row.cumulativeOverride - expected) <= tolerance) continue;
      findings.push({
        code: checkCodes.wrongCumulative,
        severity: 'warning',
        message: `Lũy kế của chỉ tiêu “${row.name}” được nhập tay (${amountWithUnit(row.cumulativeOverride, row)}), khác lũy kế tính từ báo cáo kỳ trước (${sum}). Nếu số nhập tay là số chính thức thì không cần sửa.`,
        target,
      });
    } else if (row.cumulativeBase === null) {
      findings.push({
        code: checkCodes.wrongCumulative,
        severity: 'warning',
        message: `Chỉ tiêu “${row.name}” chưa có lũy kế kỳ trước nên không tính được lũy kế; theo báo cáo kỳ trước, lũy kế đúng là ${sum}.`,
        target,
      });
    } else if (Math.abs(row.cumulativeBase - previousCumulative) > tolerance) {
      const computed = computedCumulativeOf(row, report.period)!;
      findings.push({
        code: checkCodes.wrongCumulative,
        severity: 'error',
        message: `Lũy kế của chỉ tiêu “${row.name}” là ${amountWithUnit(computed, row)}, không bằng lũy kế kỳ trước cộng số kỳ này (${sum}): lũy kế kỳ trước trong bảng là ${amountWithUnit(row.cumulativeBase, row)}.`,
        target,
      });
    }
  }
  return findings;
}
