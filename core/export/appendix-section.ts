import { Paragraph, Table, type FileChild, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { appendixTable, type AppendixColumn, type AppendixTable } from '../report/appendix-table';
import { estimatedTextWidth } from './text-width';
import { unbroken } from './line-breaking';
import type { DocumentParts } from '../report/document-parts';
import { line } from './plain-paragraph';
import type { ExportContext } from './export-context';
import { preparedRow, TableWithPreparedRows } from './prepared-table-rows';
import { reportStyles } from './report-styles';
import { tableBorders } from './table-borders';

/** The appendix table's text size, in points. */
export const appendixTablePoints = 12;

/** Room a cell needs beyond its text: the table's cell margins (80 twips each side) and a little slack. */
const cellPadding = 2 * 80 + 80;

/** `Phụ lục`, its title and `(Kèm theo Báo cáo số …)`, then the indicator table as a real Word table. */
export function appendixContent(context: ExportContext, parts: DocumentParts, textWidth: number): FileChild[] {
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

/**
 * Column widths in twips that add up to the text width exactly, from what the columns hold. Every column but the
 * indicator's name gets what its longest figure and the longest word of its title need, so that a figure
 * (`ước 15.862,4`) never wraps and a title word (`STT`, `HĐND`) never breaks; the name takes all the rest, and at
 * least a quarter of the width: where the figures' columns cannot all have their room, they share what is left.
 */
export function appendixColumnWidths(table: Pick<AppendixTable, 'columns' | 'rows'>, textWidth: number): number[] {
  const points = appendixTablePoints;
  const words = (text: string) => text.split(/[ \n]+/u).filter(Boolean);
  const measure = (text: string, bold: boolean) => estimatedTextWidth(text, points, bold);
  const longestWord = (text: string, bold: boolean) => Math.max(0, ...words(text).map((word) => measure(word, bold)));
  const cells = (index: number) => table.rows.flatMap((row) => (row.kind === 'indicator' ? [row.cells[index] ?? ''] : []));
  const nameIndex = table.columns.findIndex((column) => column.kind === 'name');
  const least = table.columns.map(
    (column, index) => Math.max(longestWord(column.title, true), ...cells(index).map((text) => longestWord(text, false))) + cellPadding,
  );
  const wanted = table.columns.map((_, index) =>
    Math.max(least[index]!, ...cells(index).map((text) => measure(text, false) + cellPadding)),
  );
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const nameLeast = Math.max(least[nameIndex] ?? 0, Math.round(textWidth / 4));
  const others = (values: number[]) => values.filter((_, index) => index !== nameIndex);
  let widths: number[];
  if (sum(others(wanted)) + nameLeast <= textWidth) {
    widths = wanted.map((width, index) => (index === nameIndex ? 0 : width));
  } else if (sum(others(least)) + nameLeast <= textWidth) {
    const spare = textWidth - nameLeast - sum(others(least));
    const lacking = wanted.map((width, index) => (index === nameIndex ? 0 : width - least[index]!));
    const totalLacking = sum(lacking);
    widths = least.map((width, index) =>
      index === nameIndex ? 0 : width + (totalLacking > 0 ? (spare * lacking[index]!) / totalLacking : 0),
    );
  } else {
    const scale = (textWidth - nameLeast) / sum(others(least));
    widths = least.map((width, index) => (index === nameIndex ? 0 : width * scale));
  }
  const rounded = widths.map((width) => Math.floor(width));
  rounded[nameIndex] = textWidth - sum(rounded);
  return rounded;
}

function indicatorTable(given: AppendixTable, textWidth: number): TableWithPreparedRows {
  const table = withFiguresUnbroken(given);
  const widths = appendixColumnWidths(table, textWidth);
  // Only header cells wrap onto several lines; centring the one-line cells of 300 rows would add nothing.
  const headerCell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [new Paragraph({ style: reportStyles.appendixHeader, children: [new TextRun({ text })] })],
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
    children: table.columns.map((column, index) => headerCell(column.title, widths[index]!)),
  });
  const bodyRows = table.rows.map((row) => {
    if (row.kind === 'group') {
      // A group row is kept on the page of its first indicator.
      return preparedRow([
        { text: row.number, width: widths[0]!, style: reportStyles.appendixCentred, bold: true, keepNext: true },
        {
          text: row.title,
          width: widths.slice(1).reduce((sum, width) => sum + width, 0),
          style: reportStyles.appendixCell,
          bold: true,
          span: widths.length - 1,
          keepNext: true,
        },
      ]);
    }
    return preparedRow(row.cells.map((text, index) => ({ text, width: widths[index]!, style: styleOf(table.columns[index]!.kind) })));
  });
  const headerTable = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders('single'),
    // One set of cell margins for the whole table rather than one per cell: 3.300 fewer elements for 300 rows.
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    rows: [headerRow],
  });
  // The 300 rows of plain cells are written as prepared XML, the same as docx would write them.
  return new TableWithPreparedRows(headerTable, bodyRows);
}

/** Figure cells never wrap inside a figure: `ước 15.862,4` and `+1,3 điểm %` stay on one line of their cell. */
function withFiguresUnbroken(table: AppendixTable): AppendixTable {
  const figureColumn = table.columns.map((column) => column.kind !== 'name' && column.kind !== 'unit');
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.kind === 'indicator'
        ? { ...row, cells: row.cells.map((text, index) => (figureColumn[index] && text.split(' ').length <= 3 ? unbroken(text) : text)) }
        : row,
    ),
  };
}
