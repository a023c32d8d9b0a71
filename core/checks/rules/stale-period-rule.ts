import type { SectionKind } from '../../body/body-schema';
import { followingPeriodOf, periodMonths } from '../../periods/period';
import { followingHeadingName, periodLabel } from '../../periods/period-label';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding, type CheckTarget } from '../check-finding';
import { foldText } from '../fold-text';
import { periodMentionsIn, type PeriodMention } from '../period-mentions';

/** The sections whose text is about this period and the next; shortcomings and proposals may look back. */
const checkedSections: ReadonlySet<SectionKind> = new Set(['results', 'previous-tasks', 'tasks']);

/**
 * Rule 6 (`KY-CU`): a period named in the results or tasks (or in the subject line) that ended before this
 * period began — `tháng 10` or `lũy kế 10 tháng` in the November report, `năm 2021` in a 2022 report — left
 * from the report the text was copied from. A warning. Conservative on purpose: later periods are never
 * flagged (plans look ahead: `tuyển quân năm 2020`), nor periods after `so với`, `cùng kỳ`, `từ`, `giai đoạn`,
 * `nhiệm kỳ`, nor dates (`ngày 25 tháng 10` may fall in this period's data window).
 */
export function stalePeriodRule(report: Report, context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const check = (text: string, folded: string, target: CheckTarget, where: string) => {
    for (const mention of periodMentionsIn(folded, report.period.year)) {
      if (!isOver(mention, report)) continue;
      findings.push({
        code: checkCodes.stalePeriod,
        severity: 'warning',
        message: `${where} nêu “${text.slice(mention.start, mention.end)}”, một kỳ đã qua, không phải kỳ báo cáo (${periodLabel(report.period)}) hay kỳ tới (${followingHeadingName(report.period)}): có thể còn sót từ báo cáo kỳ trước.`,
        target,
      });
    }
  };
  const subject = report.meta.subject.normalize('NFC');
  check(subject, foldText(subject), { kind: 'meta', field: 'subject' }, 'Trích yếu');
  for (const block of context.textBlocks()) {
    if (block.section === null || !checkedSections.has(block.section)) continue;
    check(block.text, block.folded, { kind: 'body', path: block.path }, block.type === 'heading' ? 'Đề mục' : 'Đoạn văn');
  }
  return findings;
}

/** Ended before this period began, and not named as a comparison or a starting point. */
function isOver(mention: PeriodMention, report: Report): boolean {
  if (mention.comparison) return false;
  if (namesTheNextPeriod(mention, report)) return false;
  const start = report.period.year * 12 + periodMonths(report.period).first;
  return mention.year * 12 + mention.lastMonth < start;
}

/** `tháng 1` or `quý I` without a year in December's or the fourth quarter's report: the next period, next year. */
function namesTheNextPeriod(mention: PeriodMention, report: Report): boolean {
  if (mention.yearWritten) return false;
  const next = followingPeriodOf(report.period);
  if (next.year === report.period.year) return false;
  const months = periodMonths(next);
  return mention.firstMonth >= months.first && mention.lastMonth <= months.last;
}
