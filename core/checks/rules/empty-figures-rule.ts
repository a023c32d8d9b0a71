import type { BlockNode, InlineNode } from '../../body/body-schema';
import { walkBody } from '../../body/walk-body';
import { danglingReferenceOf } from '../../figures/dangling-reference';
import { missingFigureText, renderFigure } from '../../figures/render-figure';
import { appendixTable } from '../../report/appendix-table';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding } from '../check-finding';

/**
 * Rule 14 (`SO-LIEU-TRONG`): what would print empty in the official file. An error, for a signed document cannot
 * carry it: a figure of the text that cannot be computed (it prints `…`), one finding a paragraph naming each
 * reason; an indicator whose row of the appendix would be blank in every column of figures.
 */
export function emptyFiguresRule(report: Report, _context: RuleContext): CheckFinding[] {
  const findings: CheckFinding[] = [];
  walkBody(report.body, (node, path) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const reasons = new Set<string>();
    for (const child of ((node as BlockNode).content ?? []) as InlineNode[]) {
      if (child.type !== 'figure') continue;
      // A figure whose indicator or plan was removed is told by CHI-TIEU-DA-XOA, once.
      if (danglingReferenceOf(report.indicators, child.attrs)) continue;
      const rendered = renderFigure(report.indicators, report.period, child.attrs);
      if (rendered.missing) reasons.add(rendered.missing);
    }
    if (reasons.size === 0) return;
    findings.push({
      code: checkCodes.emptyFigures,
      severity: 'error',
      message: `${node.type === 'heading' ? 'Đề mục' : 'Đoạn văn'} có số liệu chưa tính được, sẽ in ra “${missingFigureText}” trong tệp Word: ${[...reasons].join('; ')}.`,
      target: { kind: 'body', path: [...path] },
    });
  });
  const names = new Map(report.indicators.map((row) => [row.id, row.name]));
  const table = appendixTable(report);
  const figureColumns = table.columns.flatMap((column, index) => (['number', 'name', 'unit'].includes(column.kind) ? [] : [index]));
  for (const row of table.rows) {
    if (row.kind !== 'indicator') continue;
    if (figureColumns.some((index) => (row.cells[index] ?? '').trim() !== '')) continue;
    findings.push({
      code: checkCodes.emptyFigures,
      severity: 'error',
      message: `Chỉ tiêu “${names.get(row.indicatorId) ?? row.indicatorId}” chưa có số liệu nào: dòng của chỉ tiêu trong phụ lục sẽ để trống. Hãy nhập số liệu, hoặc xóa chỉ tiêu khỏi bảng nếu kỳ này không báo cáo.`,
      target: { kind: 'indicator', indicatorId: row.indicatorId, column: 'value' },
    });
  }
  return findings;
}
