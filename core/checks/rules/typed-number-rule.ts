import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding, type CheckSeverity } from '../check-finding';
import { amountWithUnit, tableFiguresWording } from '../finding-wording';
import { periodLabel } from '../../periods/period-label';

const advice = 'Hãy chèn số liệu tham chiếu từ bảng chỉ tiêu thay cho số gõ tay.';

/**
 * Rule 1 (`SO-GO-TAY`): a number typed as text about an indicator. One that differs from the table is an error
 * when the indicator is named in the same clause (the number is surely about it) or when it is last period's
 * figure, otherwise a warning; one equal to the table is a warning, since it will not follow the table.
 */
export function typedNumberRule(report: Report, context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const figure of context.typedFigures()) {
    if (figure.kind === 'share') continue;
    const target = { kind: 'body' as const, path: figure.block.path };
    const name = `“${figure.row.name}”`;
    if (figure.kind === 'percentage') {
      if (figure.matches) {
        findings.push({
          code: checkCodes.typedNumber,
          severity: 'warning',
          message: `Tỷ lệ “${figure.phrase}” của chỉ tiêu ${name} được gõ tay: đúng với bảng hôm nay nhưng sẽ không tự cập nhật khi số liệu thay đổi. ${advice}`,
          target,
        });
      }
      continue;
    }
    const { typed, row } = figure;
    const written = typed.denominator ? `${typed.number.text}/${typed.denominator.text}` : typed.number.text;
    const quoted = `“${row.unit === '' ? written : row.unit === '%' ? `${written}%` : `${written} ${row.unit}`}”`;
    let severity: CheckSeverity;
    let message: string;
    if (figure.verdict === 'current') {
      severity = 'warning';
      message = `Số ${quoted} được gõ tay, trùng với số liệu của chỉ tiêu ${name} trong bảng nhưng sẽ không tự cập nhật khi bảng thay đổi hoặc khi sang kỳ sau. ${advice}`;
    } else if (figure.verdict === 'previous') {
      severity = 'error';
      const previous = context.preceding ? ` (${periodLabel(context.preceding.period)})` : '';
      const current = row.value === null ? '' : `; số liệu kỳ này là ${amountWithUnit(row.value, row)}`;
      message = `Số ${quoted} gõ tay là số liệu của báo cáo kỳ trước${previous} của chỉ tiêu ${name}${current}. ${advice}`;
    } else {
      severity = figure.sameClause ? 'error' : 'warning';
      message = `Số ${quoted} gõ tay không khớp với số liệu nào của chỉ tiêu ${name} trong bảng (${tableFiguresWording(row, report.period)}). ${advice}`;
    }
    findings.push({ code: checkCodes.typedNumber, severity, message, target });
  }
  return findings;
}
