import { withDerivedIndicators } from '../indicators/derived-indicators';
import type { Report } from '../report/report-schema';
import { ruleContextFor, type CheckContext } from './check-context';
import { checkSeverities, type CheckFinding, type CheckTarget, type IndicatorColumn, type MetaField } from './check-finding';
import { checkRules } from './check-rules';

/**
 * Checks a report for the mistakes readers notice (see `checkCodes`). `previous` is the report before this one
 * and `history` other reports of the workspace; without them the checks that need them are skipped. Findings
 * come errors first, then warnings, then information, each in the order of the document.
 */
export function checkReport(entered: Report, context: CheckContext = {}): CheckFinding[] {
  // Derived indicators are checked with their figures computed, as the text and the appendix show them.
  const report = { ...entered, indicators: withDerivedIndicators(entered.indicators, entered.period) };
  const ruleContext = ruleContextFor(report, context);
  const findings = checkRules.flatMap((rule) => rule(report, ruleContext));
  const order = placeOrder(report);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        checkSeverities.indexOf(a.finding.severity) - checkSeverities.indexOf(b.finding.severity) ||
        comparePlaces(order(a.finding.target), order(b.finding.target)) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** The header fields come before the body, the indicator table after it, and the signature and recipients last. */
const headerFields: readonly MetaField[] = ['issuer', 'number', 'date', 'subject'];
const closingFields: readonly MetaField[] = ['signer', 'recipients'];
const columns: readonly IndicatorColumn[] = ['plan', 'value', 'status', 'cumulativeOverride', 'samePeriodValue', 'samePeriodCumulative'];

function placeOrder(report: Report): (target: CheckTarget) => number[] {
  const rowIndex = new Map(report.indicators.map((row, index) => [row.id, index]));
  return (target) => {
    switch (target.kind) {
      case 'meta':
        return headerFields.includes(target.field) ? [0, headerFields.indexOf(target.field)] : [3, closingFields.indexOf(target.field)];
      case 'body':
        return [1, ...target.path];
      case 'indicator':
        return [2, rowIndex.get(target.indicatorId) ?? report.indicators.length, columns.indexOf(target.column)];
    }
  };
}

function comparePlaces(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}
