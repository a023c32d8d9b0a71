import { renderFigure } from '../figures/render-figure';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import type { BlockNode, BodyDocument, InlineNode } from './body-schema';

/** Plain text of inline content, every figure reference resolved against the indicator table. */
export function inlineText(
  content: readonly (BlockNode | InlineNode)[] | undefined,
  rows: readonly IndicatorRow[],
  period: Period,
): string {
  if (!content) return '';
  return content
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'hardBreak') return '\n';
      if (node.type === 'figure') return renderFigure(rows, period, node.attrs).text;
      return inlineText(node.content, rows, period);
    })
    .join('');
}

/** The body as plain text, one paragraph a line, lists with dashes and tables with bars. */
export function bodyToText(body: BodyDocument, rows: readonly IndicatorRow[], period: Period): string[] {
  const lines: string[] = [];
  const block = (node: BlockNode, prefix: string): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        lines.push(prefix + inlineText(node.content, rows, period));
        return;
      case 'bulletList':
      case 'orderedList':
      case 'taskList':
        (node.content as BlockNode[] | undefined)?.forEach((item, index) => {
          const marker =
            node.type === 'orderedList'
              ? `${index + Number(node.attrs?.['start'] ?? 1)}. `
              : node.type === 'taskList'
                ? item.attrs?.['checked']
                  ? '[x] '
                  : '[ ] '
                : '- ';
          (item.content as BlockNode[] | undefined)?.forEach((child, childIndex) =>
            block(child, childIndex === 0 ? prefix + marker : prefix + '  '),
          );
        });
        return;
      case 'table':
        (node.content as BlockNode[] | undefined)?.forEach((row) => {
          const cells = (row.content as BlockNode[] | undefined) ?? [];
          lines.push(
            prefix +
              cells
                .map(
                  (cell) =>
                    (cell.content as BlockNode[] | undefined)?.map((child) => inlineText(child.content, rows, period)).join(' ') ?? '',
                )
                .join(' | '),
          );
        });
        return;
      default:
        (node.content as BlockNode[] | undefined)?.forEach((child) => block(child, prefix));
    }
  };
  body.content.forEach((node) => block(node, ''));
  return lines;
}
