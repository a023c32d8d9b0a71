import type { BlockNode, BodyDocument, InlineNode } from '../body/body-schema';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import { reportStyles } from '../export/report-styles';
import type { WordBlock, WordParagraph, WordTable } from '../word/word-document';
import { inlineContentOf, rebuildParagraph } from './rebuild-paragraph';

interface Context {
  closingBody: BodyDocument;
  rows: readonly IndicatorRow[];
  period: Period;
}

/**
 * A body table as the file has it. A cell paragraph the tool exported keeps its live figures where they read the
 * same; merged cells keep their spans; the first row is a header row when it was written as one.
 */
export function rebuildTable(edited: WordTable, exported: { table: WordTable; context: Context } | null): BlockNode {
  const exportedByBookmark = new Map<string, WordParagraph>();
  for (const paragraph of exported ? paragraphsIn(exported.table) : [])
    for (const name of paragraph.bookmarks) exportedByBookmark.set(name, paragraph);
  const spans = new Map<number, BlockNode>();
  const rows: BlockNode[] = edited.rows.map((row) => {
    const cells: BlockNode[] = [];
    let column = 0;
    for (const cell of row) {
      if (cell.merged === 'continue') {
        const above = spans.get(column);
        if (above) above.attrs = { ...above.attrs, rowspan: Number(above.attrs?.['rowspan'] ?? 1) + 1 };
        column += cell.span;
        continue;
      }
      const paragraphs = cell.blocks.filter((block): block is WordParagraph => block.kind === 'paragraph');
      const header = paragraphs.some((paragraph) => paragraph.style?.id === reportStyles.bodyTableHeader);
      const node: BlockNode = {
        type: header ? 'tableHeader' : 'tableCell',
        attrs: { colspan: cell.span, rowspan: 1 },
        content: (paragraphs.length > 0 ? paragraphs : [emptyParagraph()]).map((paragraph) => ({
          type: 'paragraph',
          content: exported ? cellContent(paragraph, exportedByBookmark, exported.context) : inlineContentOf(paragraph),
        })),
      };
      if (cell.merged === 'restart') spans.set(column, node);
      else spans.delete(column);
      cells.push(node);
      column += cell.span;
    }
    return { type: 'tableRow', content: cells };
  });
  return { type: 'table', content: rows };
}

function cellContent(paragraph: WordParagraph, exported: ReadonlyMap<string, WordParagraph>, context: Context): InlineNode[] {
  for (const name of paragraph.bookmarks) {
    const before = exported.get(name);
    const node = before ? nodeOfBookmark(context.closingBody, name) : null;
    if (before && node) return rebuildParagraph(before, paragraph, (node.content ?? []) as InlineNode[], context).content;
  }
  return inlineContentOf(paragraph);
}

function nodeOfBookmark(body: BodyDocument, name: string): BlockNode | null {
  const match = /^_bc_([\d_]+)$/.exec(name);
  if (!match) return null;
  let node: BlockNode | BodyDocument | undefined = body;
  for (const index of match[1]!.split('_').map(Number)) node = (node?.content as BlockNode[] | undefined)?.[index];
  return node && node !== body ? (node as BlockNode) : null;
}

function paragraphsIn(table: WordTable): WordParagraph[] {
  const found: WordParagraph[] = [];
  const visit = (blocks: readonly WordBlock[]) => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') found.push(block);
      else block.rows.forEach((row) => row.forEach((cell) => visit(cell.blocks)));
    }
  };
  table.rows.forEach((row) => row.forEach((cell) => visit(cell.blocks)));
  return found;
}

function emptyParagraph(): WordParagraph {
  return {
    kind: 'paragraph',
    runs: [],
    text: '',
    style: null,
    numbering: null,
    alignment: null,
    outlineLevel: null,
    styleFormatting: { bold: false, italic: false, underline: false },
    bookmarks: [],
    endsSection: false,
  };
}
