import type { BlockNode, InlineNode } from '../../body/body-schema';
import { walkBody } from '../../body/walk-body';
import type { FigureReference } from '../../figures/figure-reference';
import { defaultGrowthBasis, defaultPlanBasis, type FigureBasis } from '../../indicators/derived-figures';
import type { IndicatorRow } from '../../indicators/indicator-row';
import { startsTheYear } from '../../periods/period';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';

const comparisons: ReadonlySet<FigureReference['field']> = new Set([
  'growth',
  'growth-comparison',
  'ratio',
  'ratio-comparison',
  'point-change',
  'same-period-difference',
]);

/**
 * Rule 12 (`LECH-KY-SO-SANH`): a comparison with the same period whose basis is not that of the figure it follows in
 * the sentence — the month's own growth written after the cumulative (`lũy kế 11 tháng đạt …, tăng 12,2%` where
 * 12,2% is November's), or the cumulative's after the month's value. A warning: the reader takes the growth for the
 * figure before it. Only for flows inside a year, where the month and the cumulative differ.
 */
export function comparisonBasisRule(report: Report, _context: RuleContext): CheckFinding[] {
  if (startsTheYear(report.period)) return [];
  const rows = new Map(report.indicators.map((row) => [row.id, row]));
  const findings: CheckFinding[] = [];
  walkBody(report.body, (node, path) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const before = new Map<string, FigureBasis>();
    let reported = false;
    for (const child of ((node as BlockNode).content ?? []) as InlineNode[]) {
      if (child.type === 'text' && /[.;]\s/u.test(child.text)) before.clear();
      if (child.type !== 'figure' || reported) continue;
      const row = rows.get(child.attrs.indicator);
      if (!row || row.nature !== 'flow') continue;
      const basis = basisOf(child.attrs, row, report);
      if (!comparisons.has(child.attrs.field)) {
        if (basis) before.set(row.id, basis);
        continue;
      }
      const follows = before.get(row.id);
      if (!follows || !basis || follows === basis) continue;
      reported = true;
      findings.push({
        code: checkCodes.comparisonBasis,
        severity: 'warning',
        message:
          basis === 'period'
            ? `Mức so với cùng kỳ của chỉ tiêu “${row.name}” đứng sau số lũy kế nhưng là mức của riêng kỳ này; người đọc sẽ hiểu đó là mức của lũy kế. Hãy chọn “lũy kế so với cùng kỳ” hoặc nêu rõ kỳ so sánh.`
            : `Mức so với cùng kỳ của chỉ tiêu “${row.name}” đứng sau số liệu kỳ này nhưng là mức của lũy kế; người đọc sẽ hiểu đó là mức của riêng kỳ này. Hãy chọn “riêng kỳ này so với cùng kỳ” hoặc đặt sau số lũy kế.`,
        target: { kind: 'body', path: [...path] },
      });
    }
  });
  return findings;
}

/** The basis of a figure: what it is of, this period's value or the cumulative; null for one that is of neither. */
function basisOf(reference: FigureReference, row: IndicatorRow, report: Report): FigureBasis | null {
  switch (reference.field) {
    case 'value':
    case 'value-phrase':
      return reference.basis ?? 'period';
    case 'cumulative':
    case 'cumulative-phrase':
      return 'cumulative';
    case 'plan-percent':
    case 'plan-comparison':
    case 'progress':
    case 'plan-gap':
      return reference.basis ?? defaultPlanBasis(row);
    default:
      return comparisons.has(reference.field) ? (reference.basis ?? defaultGrowthBasis(row, report.period)) : null;
  }
}
