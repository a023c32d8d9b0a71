import { AlignmentType, type IParagraphStyleOptions } from 'docx';
import type { LayoutSettings } from '../organisation/layout-settings';
import { centimetresToTwips, lineSpacingValue, pointsToHalfPoints, pointsToTwips } from './docx-units';

/**
 * The paragraph styles of an exported report. Paragraphs refer to a style instead of repeating its properties,
 * which keeps the file small and fast to write, and lets the văn thư change, say, the body spacing once in Word.
 */
export const reportStyles = {
  body: 'NoiDung',
  heading: 'DeMuc',
  subheading: 'DeMucNho',
  bodyTableCell: 'OBangNoiDung',
  bodyTableHeader: 'TieuDeBangNoiDung',
  bodyTableNumber: 'SoBangNoiDung',
  appendixCell: 'OPhuLuc',
  appendixNumber: 'SoPhuLuc',
  appendixCentred: 'OPhuLucGiua',
  appendixHeader: 'TieuDePhuLuc',
  pageNumber: 'SoTrang',
} as const;

export function reportParagraphStyles(layout: LayoutSettings, appendixPoints: number): IParagraphStyleOptions[] {
  const tableCell = { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' as const } };
  const appendix = { run: { size: pointsToHalfPoints(appendixPoints) } };
  return [
    {
      id: reportStyles.body,
      name: 'Nội dung báo cáo',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: centimetresToTwips(layout.firstLineIndentCm) },
        spacing: {
          before: 0,
          after: pointsToTwips(layout.paragraphSpacingPt),
          line: lineSpacingValue(layout.lineSpacing),
          lineRule: 'auto',
        },
      },
    },
    {
      id: reportStyles.heading,
      name: 'Đề mục',
      basedOn: reportStyles.body,
      next: reportStyles.body,
      quickFormat: true,
      run: { bold: true },
      paragraph: { keepNext: true },
    },
    {
      id: reportStyles.subheading,
      name: 'Đề mục nhỏ',
      basedOn: reportStyles.heading,
      next: reportStyles.body,
      quickFormat: true,
      run: { bold: true, italics: true },
    },
    {
      id: reportStyles.bodyTableCell,
      name: 'Ô bảng trong nội dung',
      basedOn: 'Normal',
      run: { size: pointsToHalfPoints(layout.bodyFontPt - 1) },
      paragraph: tableCell,
    },
    {
      id: reportStyles.bodyTableNumber,
      name: 'Số trong bảng nội dung',
      basedOn: reportStyles.bodyTableCell,
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: reportStyles.bodyTableHeader,
      name: 'Tiêu đề bảng trong nội dung',
      basedOn: reportStyles.bodyTableCell,
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER },
    },
    {
      id: reportStyles.appendixCell,
      name: 'Ô phụ lục',
      basedOn: 'Normal',
      ...appendix,
      paragraph: { ...tableCell, alignment: AlignmentType.LEFT },
    },
    {
      id: reportStyles.appendixNumber,
      name: 'Số trong phụ lục',
      basedOn: reportStyles.appendixCell,
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: reportStyles.appendixCentred,
      name: 'Ô phụ lục giữa',
      basedOn: reportStyles.appendixCell,
      paragraph: { alignment: AlignmentType.CENTER },
    },
    { id: reportStyles.appendixHeader, name: 'Tiêu đề phụ lục', basedOn: reportStyles.appendixCentred, run: { bold: true } },
    {
      id: reportStyles.pageNumber,
      name: 'Số trang',
      basedOn: 'Normal',
      run: { size: pointsToHalfPoints(Math.min(14, Math.max(13, layout.bodyFontPt))) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
    },
  ];
}
