import type { BlockNode, InlineNode } from '../../core/body/body-schema';
import { renderFigure } from '../../core/figures/render-figure';
import { appendixTable } from '../../core/report/appendix-table';
import type { Report } from '../../core/report/report-schema';

/**
 * The content of a report as plain HTML, for pandoc to convert to Word on the same content as our export: title
 * and subject, the body (headings, paragraphs, lists, checklists, tables) with every figure written out as the
 * export writes it, and the appendix table of indicators. No header block, signature or embedded report: pandoc
 * is given less to do than our exporter, not more.
 */
export function reportToHtml(report: Report): string {
  const figureText = (node: Extract<InlineNode, { type: 'figure' }>) => renderFigure(report.indicators, report.period, node.attrs).text;
  const inline = (content: readonly (BlockNode | InlineNode)[] | undefined): string =>
    (content ?? [])
      .map((node) => {
        if (node.type === 'text') {
          let html = escapeHtml(node.text);
          for (const mark of node.marks ?? []) html = `<${markTags[mark.type]}>${html}</${markTags[mark.type]}>`;
          return html;
        }
        if (node.type === 'hardBreak') return '<br>';
        if (node.type === 'figure') return escapeHtml(figureText(node));
        return inline(node.content);
      })
      .join('');
  const block = (node: BlockNode): string => {
    const children = (node.content ?? []) as BlockNode[];
    switch (node.type) {
      case 'paragraph':
        return `<p>${inline(node.content)}</p>`;
      case 'heading': {
        const level = Math.min(6, Number(node.attrs?.['level'] ?? 1) + 1);
        return `<h${level}>${inline(node.content)}</h${level}>`;
      }
      case 'bulletList':
      case 'taskList':
        return `<ul>${children.map(block).join('\n')}</ul>`;
      case 'orderedList':
        return `<ol start="${Number(node.attrs?.['start'] ?? 1)}">${children.map(block).join('\n')}</ol>`;
      case 'listItem':
      case 'taskItem':
        return `<li>${children.map(block).join('')}</li>`;
      case 'table':
        return `<table>\n${children.map(block).join('\n')}\n</table>`;
      case 'tableRow':
        return `<tr>${children.map(block).join('')}</tr>`;
      case 'tableHeader':
        return `<th>${children.map((child) => inline(child.content)).join(' ')}</th>`;
      case 'tableCell':
        return `<td>${children.map((child) => inline(child.content)).join(' ')}</td>`;
    }
  };

  const appendix = appendixTable(report);
  const appendixHtml = [
    '<h1>PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU</h1>',
    '<table>',
    `<tr>${appendix.columns.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('')}</tr>`,
    ...appendix.rows.map((row) =>
      row.kind === 'group'
        ? `<tr><td><strong>${row.number}</strong></td><td colspan="${appendix.columns.length - 1}"><strong>${escapeHtml(row.title)}</strong></td></tr>`
        : `<tr>${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    ),
    '</table>',
  ];

  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    `<head><meta charset="utf-8"><title>${escapeHtml(`${report.meta.title} ${report.meta.subject}`)}</title></head>`,
    '<body>',
    `<h1>${escapeHtml(report.meta.title)}</h1>`,
    `<p><strong>${escapeHtml(report.meta.subject)}</strong></p>`,
    ...report.body.content.map(block),
    ...(report.indicators.length > 0 ? appendixHtml : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const markTags = { bold: 'strong', italic: 'em', underline: 'u' } as const;

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
