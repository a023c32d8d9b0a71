import { Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild, type IXmlableObject, type Paragraph } from 'docx';
import type { BlockNode, BodyMark, InlineNode } from '../body/body-schema';
import { renderFigure } from '../figures/render-figure';
import { pointsToTwips } from './docx-units';
import { PreparedParagraph, runXml, type RunFormatting } from './prepared-paragraph';
import { ExportError } from './export-error';
import type { ExportContext } from './export-context';
import { reportStyles } from './report-styles';
import { tableBorders } from './table-borders';
import { isNumberCell, tableColumnWidths } from './table-column-widths';
import { inlineText } from '../body/body-to-text';

/** A checklist prints as a report reads, the state of each task in words: no symbol font is needed. */
export const checklistMarkers = { done: '- Đã thực hiện: ', open: '- Chưa thực hiện: ' } as const;

/** One function per mark type: a mark the exporter does not know is an error, never dropped. */
const markSerializers: Record<BodyMark['type'], (formatting: RunFormatting) => RunFormatting> = {
  bold: (formatting) => ({ ...formatting, bold: true }),
  italic: (formatting) => ({ ...formatting, italics: true }),
  underline: (formatting) => ({ ...formatting, underline: true }),
};

/** What an inline node writes: text, or a line break. Adjacent text with the same formatting shares one run. */
type InlinePiece = { text: string } | { lineBreak: true };

/** One function per inline node type. A figure reference is written as its current value. */
const inlineSerializers: Record<InlineNode['type'], (node: InlineNode, context: ExportContext) => InlinePiece> = {
  text: (node) => ({ text: (node as { text: string }).text }),
  hardBreak: () => ({ lineBreak: true }),
  figure: (node, context) => ({
    text: renderFigure(context.report.indicators, context.report.period, (node as Extract<InlineNode, { type: 'figure' }>).attrs).text,
  }),
};

interface BlockPlace {
  path: string;
  /** Text put in front of the first line: `- ` for list items, `1. ` for numbered ones. */
  prefix?: string;
  /** The block follows a table: its first paragraph keeps a paragraph's distance from it. */
  afterTable?: boolean;
}

type BlockSerializer = (node: BlockNode, context: ExportContext, place: BlockPlace) => FileChild[];

/**
 * One function per block node type. Items, rows and cells are written by their parents; met anywhere else they
 * are an error. The review marker (`attrs.review`) only matters in the editor and is not written.
 */
const blockSerializers: Record<BlockNode['type'], BlockSerializer> = {
  paragraph: (node, context, place) => [bodyParagraph(node, context, place, reportStyles.body)],
  heading: (node, context, place) => {
    const level = Number(node.attrs?.['level'] ?? 1);
    return [bodyParagraph(node, context, place, level >= 3 ? reportStyles.subheading : reportStyles.heading)];
  },
  bulletList: (node, context, place) => listItems(node, context, place, () => '- '),
  taskList: (node, context, place) =>
    listItems(node, context, place, (_index, item) => (item.attrs?.['checked'] ? checklistMarkers.done : checklistMarkers.open)),
  orderedList: (node, context, place) => {
    const start = Number(node.attrs?.['start'] ?? 1);
    return listItems(node, context, place, (index) => `${start + index}. `);
  },
  table: (node, context, place) => [bodyTable(node, context, place)],
  listItem: misplaced,
  taskItem: misplaced,
  tableRow: misplaced,
  tableHeader: misplaced,
  tableCell: misplaced,
};

export function bodyToDocx(blocks: readonly BlockNode[], context: ExportContext): FileChild[] {
  return blocks.flatMap((block, index) =>
    serializeBlock(block, context, { path: `body.content[${index}]`, afterTable: blocks[index - 1]?.type === 'table' }),
  );
}

function serializeBlock(node: BlockNode, context: ExportContext, place: BlockPlace): FileChild[] {
  const serializer = (blockSerializers as Record<string, BlockSerializer | undefined>)[node.type];
  if (!serializer) throw new ExportError(`Không xuất được sang Word: kiểu nội dung “${node.type}” tại ${place.path} chưa được hỗ trợ.`);
  return serializer(node, context, place);
}

function misplaced(node: BlockNode, _context: ExportContext, place: BlockPlace): FileChild[] {
  throw new ExportError(`Không xuất được sang Word: “${node.type}” tại ${place.path} chỉ được nằm trong danh sách hoặc bảng.`);
}

export function inlineRuns(
  content: readonly (BlockNode | InlineNode)[] | undefined,
  context: ExportContext,
  path: string,
  base: RunFormatting = {},
  prefix = '',
): IXmlableObject[] {
  const runs: IXmlableObject[] = [];
  let pending: { text: string; formatting: RunFormatting; key: string } | null = prefix
    ? { text: prefix, formatting: base, key: JSON.stringify(base) }
    : null;
  const flush = () => {
    if (pending) runs.push(runXml({ text: pending.text }, pending.formatting));
    pending = null;
  };
  (content ?? []).forEach((node, index) => {
    const serializer = (inlineSerializers as Record<string, ((node: InlineNode, context: ExportContext) => InlinePiece) | undefined>)[
      node.type
    ];
    if (!serializer)
      throw new ExportError(`Không xuất được sang Word: kiểu nội dung “${node.type}” tại ${path}.content[${index}] chưa được hỗ trợ.`);
    const marks = 'marks' in node ? (node.marks ?? []) : [];
    const formatting = marks.reduce<RunFormatting>((current, mark) => {
      const apply = (markSerializers as Record<string, ((formatting: RunFormatting) => RunFormatting) | undefined>)[mark.type];
      if (!apply)
        throw new ExportError(`Không xuất được sang Word: định dạng “${mark.type}” tại ${path}.content[${index}] chưa được hỗ trợ.`);
      return apply(current);
    }, base);
    const piece = serializer(node as InlineNode, context);
    if ('lineBreak' in piece) {
      flush();
      runs.push(runXml({ lineBreak: true }, formatting));
      return;
    }
    const key = JSON.stringify(formatting);
    if (pending && pending.key === key) pending.text += piece.text;
    else {
      flush();
      pending = { text: piece.text, formatting, key };
    }
  });
  flush();
  return runs;
}

/** Body paragraphs take their layout (justified, indent, spacing, bold headings) from the report's styles. */
function bodyParagraph(node: BlockNode, context: ExportContext, place: BlockPlace, style: string): PreparedParagraph {
  return new PreparedParagraph(
    style,
    place.path,
    inlineRuns(node.content, context, place.path, {}, place.prefix ?? ''),
    place.afterTable ? pointsToTwips(context.layout.paragraphSpacingPt) : undefined,
  );
}

function listItems(
  node: BlockNode,
  context: ExportContext,
  place: BlockPlace,
  marker: (index: number, item: BlockNode) => string,
): FileChild[] {
  return ((node.content ?? []) as BlockNode[]).flatMap((item, index) => {
    const itemPath = `${place.path}.content[${index}]`;
    if (item.type !== 'listItem' && item.type !== 'taskItem') {
      throw new ExportError(`Không xuất được sang Word: danh sách tại ${place.path} chứa “${item.type}” thay vì mục danh sách.`);
    }
    return ((item.content ?? []) as BlockNode[]).flatMap((child, childIndex) =>
      serializeBlock(child, context, {
        path: `${itemPath}.content[${childIndex}]`,
        prefix: childIndex === 0 ? marker(index, item) : undefined,
        afterTable: place.afterTable && index === 0 && childIndex === 0,
      }),
    );
  });
}

function bodyTable(node: BlockNode, context: ExportContext, place: BlockPlace): Table {
  const rows = (node.content ?? []) as BlockNode[];
  const cellsOf = (row: BlockNode) => (row.content ?? []) as BlockNode[];
  const columnCount = Math.max(1, ...rows.map((row) => cellsOf(row).reduce((sum, cell) => sum + Number(cell.attrs?.['colspan'] ?? 1), 0)));
  const { indicators, period } = context.report;
  const textOf = (cell: BlockNode) =>
    ((cell.content ?? []) as BlockNode[]).map((child) => inlineText(child.content, indicators, period)).join('\n');
  const measured = rows.map((row) =>
    cellsOf(row).map((cell) => ({ text: textOf(cell), span: Number(cell.attrs?.['colspan'] ?? 1), bold: cell.type === 'tableHeader' })),
  );
  const columnWidths = tableColumnWidths(measured, columnCount, context.textWidth, context.layout.bodyFontPt - 1);
  return new Table({
    width: { size: context.textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders('single'),
    rows: rows.map((row, rowIndex) => {
      if (row.type !== 'tableRow')
        throw new ExportError(`Không xuất được sang Word: bảng tại ${place.path} chứa “${row.type}” thay vì hàng.`);
      const cells = cellsOf(row);
      const isHeader = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
      let column = 0;
      return new TableRow({
        tableHeader: isHeader && rowIndex === 0 ? true : undefined,
        cantSplit: true,
        children: cells.map((cell, cellIndex) => {
          const cellPath = `${place.path}.content[${rowIndex}].content[${cellIndex}]`;
          if (cell.type !== 'tableCell' && cell.type !== 'tableHeader')
            throw new ExportError(`Không xuất được sang Word: hàng tại ${cellPath} chứa “${cell.type}”.`);
          const span = Number(cell.attrs?.['colspan'] ?? 1);
          const width = columnWidths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
          column += span;
          const style =
            cell.type === 'tableHeader'
              ? reportStyles.bodyTableHeader
              : isNumberCell(measured[rowIndex]![cellIndex]!.text)
                ? reportStyles.bodyTableNumber
                : reportStyles.bodyTableCell;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            // Prepared paragraphs are written as docx writes its own (`w:p`); the cell takes them as paragraphs.
            children: ((cell.content ?? []) as BlockNode[]).map((child, childIndex) => {
              const childPath = `${cellPath}.content[${childIndex}]`;
              return new PreparedParagraph(style, childPath, inlineRuns(child.content, context, childPath)) as unknown as Paragraph;
            }),
          });
        }),
      });
    }),
  });
}
