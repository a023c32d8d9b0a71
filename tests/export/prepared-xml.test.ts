import { Bookmark, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyBookmarkName } from '../../core/export/body-bookmark';
import { PreparedParagraph, runXml, type RunFormatting } from '../../core/export/prepared-paragraph';
import { preparedRow, TableWithPreparedRows, type PreparedCell } from '../../core/export/prepared-table-rows';

/** `word/document.xml` of a document of `children`, bookmark ids numbered in order so two documents compare. */
async function documentXml(children: (Paragraph | PreparedParagraph | Table | TableWithPreparedRows)[]): Promise<string> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  const ids = new Map<string, number>();
  return xml.replace(/w:id="(\d+)"/gu, (_match, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `w:id="${ids.get(id)}"`;
  });
}

const formattings: RunFormatting[] = [
  {},
  { bold: true },
  { italics: true },
  { underline: true },
  { bold: true, italics: true, underline: true },
];
const texts = ['Giá trị sản xuất ước đạt 27,8 tỷ đồng', '  khoảng trắng đầu và cuối  ', 'ký tự <&> "cần" thoát', ''];

describe('paragraphs written straight as XML', () => {
  it('are what docx writes for the same paragraph, bookmark, runs and line breaks', async () => {
    const path = 'body.content[3].content[0].content[1]';
    const ourRuns = () => [
      ...formattings.flatMap((formatting) => texts.map((text) => runXml({ text }, formatting))),
      runXml({ lineBreak: true }, { bold: true }),
      runXml({ text: 'sau dòng mới' }, {}),
    ];
    const theirRuns = () => [
      ...formattings.flatMap((formatting) =>
        texts.map((text) => new TextRun({ text, ...formatting, underline: formatting.underline ? {} : undefined })),
      ),
      new TextRun({ break: 1, bold: true }),
      new TextRun({ text: 'sau dòng mới' }),
    ];
    for (const spacingBefore of [undefined, 120]) {
      const theirs = new Paragraph({
        style: 'NoiDung',
        ...(spacingBefore !== undefined ? { spacing: { before: spacingBefore } } : {}),
        children: [new Bookmark({ id: bodyBookmarkName(path), children: theirRuns() })],
      });
      const ours = new PreparedParagraph('NoiDung', path, ourRuns(), spacingBefore);
      expect(await documentXml([ours])).toBe(await documentXml([theirs]));
    }
  });

  it('is an empty paragraph with its bookmark when it has no runs, as docx writes one', async () => {
    const path = 'body.content[0]';
    expect(await documentXml([new PreparedParagraph('NoiDung', path, [])])).toBe(
      await documentXml([new Paragraph({ style: 'NoiDung', children: [new Bookmark({ id: bodyBookmarkName(path), children: [] })] })]),
    );
  });
});

describe('table rows written straight as XML', () => {
  const cells: PreparedCell[] = [
    { text: '1', width: 600, style: 'BangSo', bold: true, keepNext: true },
    { text: 'Thu ngân sách <nhà nước> & phí', width: 4000, style: 'BangChu', span: 2 },
    { text: '27,8', width: 1400, style: 'BangSo' },
  ];
  const nativeRow = () =>
    new TableRow({
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            width: { size: cell.width, type: WidthType.DXA },
            columnSpan: cell.span,
            children: [
              new Paragraph({ style: cell.style, keepNext: cell.keepNext, children: [new TextRun({ text: cell.text, bold: cell.bold })] }),
            ],
          }),
      ),
    });
  const columnWidths = [600, 2000, 2000, 1400];
  const header = () => new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('Chỉ tiêu')] })] });

  it('are what docx writes for the same rows', async () => {
    const ours = new TableWithPreparedRows(new Table({ columnWidths, rows: [header()] }), [preparedRow(cells), preparedRow(cells)]);
    const theirs = new Table({ columnWidths, rows: [header(), nativeRow(), nativeRow()] });
    expect(await documentXml([ours])).toBe(await documentXml([theirs]));
  });
});
