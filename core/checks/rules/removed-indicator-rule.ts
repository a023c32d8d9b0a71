import { figuresIn } from '../../body/walk-body';
import { danglingReferenceOf, type DanglingReference } from '../../figures/dangling-reference';
import { missingFigureText } from '../../figures/render-figure';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';
import { quotedStart } from '../finding-wording';

/**
 * Rule 11 (`CHI-TIEU-DA-XOA`): a figure in the text whose indicator, or whose plan, is no longer in the table
 * (removed from the list after the figure was inserted). An error: the figure shows `…` in the document. One
 * finding per paragraph and missing indicator or plan, however many figures of it the paragraph holds.
 */
export function removedIndicatorRule(report: Report, context: RuleContext): CheckFinding[] {
  const blocks = new Map(context.textBlocks().map((block) => [block.path.join('.'), block]));
  const found = new Map<string, { path: number[]; dangling: DanglingReference; count: number }>();
  for (const { node, path } of figuresIn(report.body)) {
    const dangling = danglingReferenceOf(report.indicators, node.attrs);
    if (!dangling) continue;
    const blockPath = path.slice(0, -1);
    const what = dangling.kind === 'indicator' ? dangling.indicatorId : `${dangling.row.id}|${dangling.planId ?? ''}`;
    const key = `${blockPath.join('.')}|${dangling.kind}|${what}`;
    const entry = found.get(key);
    if (entry) entry.count += 1;
    else found.set(key, { path: blockPath, dangling, count: 1 });
  }
  return [...found.values()].map(({ path, dangling, count }) => {
    const block = blocks.get(path.join('.'));
    const where = block ? `${block.type === 'heading' ? 'Đề mục' : 'Đoạn'} ${quotedStart(block)}` : 'Phần thân';
    const figures = count === 1 ? 'một số liệu' : `${count} số liệu`;
    const shown = `nên trong văn bản số liệu hiện là “${missingFigureText}”`;
    let message: string;
    if (dangling.kind === 'indicator') {
      message = `${where} có ${figures} tham chiếu chỉ tiêu “${dangling.indicatorId}”, chỉ tiêu này đã bị xóa khỏi bảng chỉ tiêu ${shown}. Hãy xóa số liệu khỏi đoạn văn, chèn số liệu của chỉ tiêu khác, hoặc thêm lại chỉ tiêu vào bảng.`;
    } else if (dangling.planId) {
      message = `${where} có ${figures} so với kế hoạch “${dangling.planId}” của chỉ tiêu “${dangling.row.name}”, kế hoạch này đã bị xóa khỏi chỉ tiêu ${shown}. Hãy chèn lại số liệu với kế hoạch còn trong bảng.`;
    } else {
      message = `${where} có ${figures} so với kế hoạch của chỉ tiêu “${dangling.row.name}”, nhưng chỉ tiêu này không còn kế hoạch nào ${shown}. Hãy thêm kế hoạch cho chỉ tiêu hoặc xóa số liệu khỏi đoạn văn.`;
    }
    return { code: checkCodes.removedIndicator, severity: 'error' as const, message, target: { kind: 'body' as const, path } };
  });
}
