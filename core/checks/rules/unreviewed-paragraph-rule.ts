import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { quotedStart } from '../finding-wording';

/**
 * Rule 5 (`CHUA-XEM-LAI`): a paragraph carried from the previous report and neither edited nor confirmed
 * (it still carries `review: 'pending'`). A warning: the text may be right for this period too, but nobody
 * has said so.
 */
export function unreviewedParagraphRule(_report: Report, context: RuleContext): CheckFinding[] {
  return context
    .textBlocks()
    .filter((block) => block.pendingReview)
    .map((block) => ({
      code: checkCodes.unreviewedParagraph,
      severity: 'warning' as const,
      message: `Đoạn chuyển từ báo cáo kỳ trước chưa được xem lại: ${quotedStart(block)}. Hãy sửa cho đúng kỳ này hoặc xác nhận đã xem.`,
      target: { kind: 'body' as const, path: block.path },
    }));
}
