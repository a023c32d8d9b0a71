import { samePeriodGrowthOf } from '../../indicators/derived-figures';
import type { IndicatorRow } from '../../indicators/indicator-row';
import { growthComparison } from '../../numbers/comparison-wording';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { amountWithUnit } from '../finding-wording';

/** Without a growth to compare, equal values are a coincidence below this (`3 tổ chức`, `12 chỉ tiêu`). */
const distinctiveValue = 100;

/** Small whole counts (`1 vụ`, `2 cuộc`) coincide by chance, with the same growth as often as not. */
function isSmallCount(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 10;
}

/**
 * Rule 4 (`TRUNG-SO-LIEU`): two indicators with the same value and the same growth against the same period
 * (seed 003: retail sales and hotel revenue, both 2.137,6 tỷ đồng, tăng 20,7%) — a likely copy and paste, but
 * possibly true, so a warning on the later row; so is a value equal to another's whose same-period figure was not
 * copied with it (the later row has none, the earlier has one). The same large value with no same-period figure on
 * either row is only information, and small whole counts are never compared. Values are compared with their own period's figures (the growth of the value, not
 * of a cumulative). Rows are grouped by value first, so the rule is linear in the number of indicators.
 */
export function duplicatedFiguresRule(report: Report, _context: RuleContext): CheckFinding[] {
  const byValue = new Map<number, IndicatorRow[]>();
  for (const row of report.indicators) {
    if (row.value === null || row.value === 0 || row.derivation || isSmallCount(row.value)) continue;
    const key = Math.round(row.value * 1e6) / 1e6;
    byValue.set(key, [...(byValue.get(key) ?? []), row]);
  }
  const growthOf = (row: IndicatorRow) => samePeriodGrowthOf(row, report.period, 'period');
  const findings: CheckFinding[] = [];
  for (const rows of byValue.values()) {
    rows.forEach((row, index) => {
      const growth = growthOf(row);
      let copiedWithout: IndicatorRow | undefined;
      const original = rows.slice(0, index).find((earlier) => {
        const earlierGrowth = growthOf(earlier);
        if (growth === null && earlierGrowth !== null) {
          copiedWithout ??= earlier;
          return false;
        }
        if (growth === null || earlierGrowth === null) return growth === earlierGrowth && Math.abs(row.value!) >= distinctiveValue;
        const tolerance = 0.5 * 10 ** -Math.min(row.percentDecimals, earlier.percentDecimals) + 1e-9;
        return Math.abs(growth - earlierGrowth) <= tolerance;
      });
      const value = amountWithUnit(row.value!, row);
      const target = { kind: 'indicator' as const, indicatorId: row.id, column: 'value' as const };
      if (original) {
        findings.push({
          code: checkCodes.duplicatedFigures,
          severity: growth === null ? 'information' : 'warning',
          message:
            growth === null
              ? `Chỉ tiêu “${row.name}” có cùng số liệu (${value}) với chỉ tiêu “${original.name}”. Hãy kiểm tra xem có sao chép nhầm không.`
              : `Chỉ tiêu “${row.name}” có cùng số liệu (${value}) và cùng mức so với cùng kỳ (${growthComparison(growth, row.percentDecimals)}) với chỉ tiêu “${original.name}”: có thể số liệu đã bị sao chép nhầm từ chỉ tiêu này. Hãy kiểm tra lại.`,
          target,
        });
      } else if (copiedWithout) {
        findings.push({
          code: checkCodes.duplicatedFigures,
          severity: 'warning',
          message: `Chỉ tiêu “${row.name}” có cùng số liệu (${value}) với chỉ tiêu “${copiedWithout.name}” nhưng chưa có số cùng kỳ, trong khi chỉ tiêu kia có: có thể số liệu đã được chép sang mà thiếu số cùng kỳ. Hãy kiểm tra lại.`,
          target,
        });
      }
    });
  }
  return findings;
}
