import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { appendixTable, type AppendixColumn, type AppendixTable } from '../report/appendix-table';
import type { DocumentParts } from '../report/document-parts';
import { line } from './plain-paragraph';
import type { ExportContext } from './export-context';
import { reportStyles } from './report-styles';
import { tableBorders } from './table-borders';

/** The appendix table's text size, in points. */
export const appendixTablePoints = 12;

/** Relative widths of the appendix columns; the indicator name takes what is left. */
const columnWeights: Record<AppendixColumn['kind'], number> = {
  number: 0.75,
  name: 0,
  unit: 1.1,
  plan: 1.3,
  'next-year-plan': 1.4,
  value: 1.3,
  cumulative: 1.3,
  'plan-percent': 1.1,
  'same-period': 1.3,
  growth: 1.2,
};

/** `Phụ lục`, its title and `(Kèm theo Báo cáo số …)`, then the indicator table as a real Word table. */
export function appendixContent(context: ExportContext, parts: DocumentParts, textWidth: number): (Paragraph | Table)[] {
  const table = appendixTable(context.report);
  return [
    line('Phụ lục', { points: 14, bold: true, keepNext: true }),
    line(parts.appendixTitle, { points: 14, bold: true, keepNext: true }),
    line(parts.appendixReference, { points: 14, italic: true, after: 12, keepNext: true }),
    indicatorTable(table, textWidth),
    ...table.notes.map((note, index) =>
      line(note, { points: appendixTablePoints, italic: true, alignment: 'left', before: index === 0 ? 6 : 0 }),
    ),
  ];
}

/** Column widths in twips that add up to the text width exactly. */
export function appendixColumnWidths(columns: readonly AppendixColumn[], textWidth: number): number[] {
  const unit = Math.round(textWidth / 14);
  const fixed = columns.map((column) => Math.round(columnWeights[column.kind] * unit));
  const nameIndex = columns.findIndex((column) => column.kind === 'name');
  const used = fixed.reduce((sum, width) => sum + width, 0);
  fixed[nameIndex] = Math.max(unit * 2, textWidth - used);
  const total = fixed.reduce((sum, width) => sum + width, 0);
  if (total !== textWidth) {
    const scale = textWidth / total;
    const scaled = fixed.map((width) => Math.floor(width * scale));
    scaled[nameIndex]! += textWidth - scaled.reduce((sum, width) => sum + width, 0);
    return scaled;
  }
  return fixed;
}

function indicatorTable(table: AppendixTable, textWidth: number): Table {
  const widths = appendixColumnWidths(table.columns, textWidth);
  const cell = (text: string, width: number, style: string, options: { bold?: boolean; span?: number; centreVertically?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: options.span && options.span > 1 ? options.span : undefined,
      // Only header cells wrap onto several lines; centring the one-line cells of 300 rows would add nothing.
      verticalAlign: options.centreVertically ? VerticalAlignTable.CENTER : undefined,
      children: [new Paragraph({ style, children: [new TextRun({ text, bold: options.bold })] })],
    });
  const styleOf = (kind: AppendixColumn['kind']) =>
    kind === 'name'
      ? reportStyles.appendixCell
      : kind === 'number' || kind === 'unit'
        ? reportStyles.appendixCentred
        : reportStyles.appendixNumber;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      cell(column.title, widths[index]!, reportStyles.appendixHeader, { centreVertically: true }),
    ),
  });
  const bodyRows = table.rows.map((row) => {
    if (row.kind === 'group') {
      return new TableRow({
        cantSplit: true,
        children: [
          cell(row.number, widths[0]!, reportStyles.appendixCentred, { bold: true }),
          cell(
            row.title,
            widths.slice(1).reduce((sum, width) => sum + width, 0),
            reportStyles.appendixCell,
            { bold: true, span: widths.length - 1 },
          ),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: row.cells.map((text, index) => {
        return cell(text, widths[index]!, styleOf(table.columns[index]!.kind));
      }),
    });
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders('single'),
    // One set of cell margins for the whole table rather than one per cell: 3.300 fewer elements for 300 rows.
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    rows: [headerRow, ...bodyRows],
  });
}
