import { Table, TableCell, TableLayoutType, TableRow, WidthType, type Paragraph } from 'docx';
import { tableBorders } from './table-borders';

/** A borderless two-column table laying out fixed parts side by side (header block, recipients and signature). */
export function twoColumnTable(widths: [number, number], columns: [Paragraph[], Paragraph[]], topMargin = 0): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0, top: topMargin }, children });
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders('none'),
    rows: [new TableRow({ cantSplit: true, children: [cell(widths[0], columns[0]), cell(widths[1], columns[1])] })],
  });
}
