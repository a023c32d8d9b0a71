import { addDays, compareDates, daysInMonth, parseIsoDate } from '../../dates/calendar-date';
import { cumulativeOf } from '../../indicators/derived-figures';
import { periodMonths } from '../../periods/period';
import { periodLabel } from '../../periods/period-label';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit, writtenDate } from '../finding-wording';

/** Days after the end of the period by which the actual figure is known and an estimate should be gone. */
export const estimateGraceDays = 30;

/**
 * Rule 8 (`CON-UOC`), warnings both:
 * - last period's estimate (`ước`) still inside this report's cumulative: by now the actual figure is known,
 *   and “Thay số ước kỳ trước” replaces it in both reports;
 * - this report's own estimate when the report is dated more than 30 days after its period ended.
 */
export function staleEstimateRule(report: Report, context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const preceding = context.preceding;
  if (preceding) {
    const previousRows = new Map(preceding.indicators.map((row) => [row.id, row]));
    for (const row of report.indicators) {
      if (row.derivation) continue;
      const previousRow = previousRows.get(row.id);
      if (row.nature !== 'flow' || row.cumulativeOverride !== null || row.cumulativeBase === null) continue;
      if (!previousRow || previousRow.status !== 'estimate' || previousRow.value === null) continue;
      const previousCumulative = cumulativeOf(previousRow, preceding.period);
      if (previousCumulative === null || Math.abs(previousCumulative - row.cumulativeBase) > 0.5 * 10 ** -row.decimals + 1e-9) continue;
      findings.push({
        code: checkCodes.staleEstimate,
        severity: 'warning',
        message: `Lũy kế của chỉ tiêu “${row.name}” vẫn tính trên số ước ${periodLabel(preceding.period)} (${amountWithUnit(previousRow.value, row)}). Khi đã có số thực hiện, hãy dùng “Thay số ước kỳ trước” để cập nhật cả hai báo cáo.`,
        target: { kind: 'indicator', indicatorId: row.id, column: 'cumulativeOverride' },
      });
    }
  }
  const date = report.meta.date ? parseIsoDate(report.meta.date) : null;
  if (!date) return findings;
  const last = periodMonths(report.period).last;
  const periodEnd = { year: report.period.year, month: last, day: daysInMonth(report.period.year, last) };
  if (compareDates(date, addDays(periodEnd, estimateGraceDays)) <= 0) return findings;
  for (const row of report.indicators) {
    if (row.derivation) continue;
    if (row.status !== 'estimate' || row.value === null) continue;
    findings.push({
      code: checkCodes.staleEstimate,
      severity: 'warning',
      message: `Số liệu kỳ này của chỉ tiêu “${row.name}” (${amountWithUnit(row.value, row)}) vẫn là số ước, trong khi báo cáo đề ngày ${writtenDate(date)}, hơn ${estimateGraceDays} ngày sau khi kỳ báo cáo kết thúc (${writtenDate(periodEnd)}). Hãy cập nhật số thực hiện.`,
      target: { kind: 'indicator', indicatorId: row.id, column: 'status' },
    });
  }
  return findings;
}
