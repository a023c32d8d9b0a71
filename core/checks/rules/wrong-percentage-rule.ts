import { samePeriodLastYear } from '../../periods/period';
import { periodLabel } from '../../periods/period-label';
import type { Report } from '../../report/report-schema';
import { samePeriodFiguresFor } from '../../rollover/carried-figures';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit } from '../finding-wording';

/**
 * Rule 2 (`TY-LE-SAI`). In the text: a percentage typed as a comparison with a plan or the same period
 * (`bằng 125% kế hoạch năm`, `tăng 8,5% so với cùng kỳ`) that the table's value and plan or same-period figure
 * do not give, within half a unit of the percentage as written or as the indicator rounds it: an error.
 * In the table, percentages are computed, never typed; what is typed and can make them wrong is the same-period
 * figure, so one that differs from last year's report is a warning (the official figure may have replaced the
 * one reported then). Figure references are computed and never checked.
 */
export function wrongPercentageRule(report: Report, context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const figure of context.typedFigures()) {
    if (figure.kind === 'share' && !figure.matches) {
      findings.push({
        code: checkCodes.wrongPercentage,
        severity: 'error',
        message: `Tỷ lệ “${figure.phrase}” gõ tay không khớp với phân số đứng trước: tính ra là “${figure.expected}”.`,
        target: { kind: 'body', path: figure.block.path },
      });
      continue;
    }
    if (figure.kind !== 'percentage' || figure.matches) continue;
    findings.push({
      code: checkCodes.wrongPercentage,
      severity: 'error',
      message: `Tỷ lệ “${figure.phrase}” gõ tay không khớp với bảng chỉ tiêu: theo số liệu của chỉ tiêu “${figure.row.name}”, đúng là “${figure.expected}”. Hãy dùng số liệu tham chiếu để tỷ lệ luôn đúng.`,
      target: { kind: 'body', path: figure.block.path },
    });
  }
  if (context.history.length === 0) return findings;
  const lastYear = periodLabel(samePeriodLastYear(report.period));
  for (const row of report.indicators) {
    if (row.derivation) continue;
    const reported = samePeriodFiguresFor(row.id, report.period, context.history);
    const tolerance = 0.5 * 10 ** -row.decimals + 1e-9;
    const columns = [
      { column: 'samePeriodValue' as const, entered: row.samePeriod.value, reported: reported.value, what: `số liệu ${lastYear}` },
      {
        column: 'samePeriodCumulative' as const,
        entered: row.samePeriod.cumulative,
        reported: reported.cumulative,
        what: `lũy kế cùng kỳ năm trước`,
      },
    ];
    for (const { column, entered, reported: inReport, what } of columns) {
      if (entered === null || inReport === null || Math.abs(entered - inReport) <= tolerance) continue;
      findings.push({
        code: checkCodes.wrongPercentage,
        severity: 'warning',
        message: `Số cùng kỳ của chỉ tiêu “${row.name}” (${amountWithUnit(entered, row)}) khác ${what} trong báo cáo năm trước (${amountWithUnit(inReport, row)}), nên tỷ lệ so với cùng kỳ có thể sai. Hãy kiểm tra lại số cùng kỳ.`,
        target: { kind: 'indicator', indicatorId: row.id, column },
      });
    }
  }
  return findings;
}
