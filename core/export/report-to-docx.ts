import { BuilderElement, Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import { breakdownSourceOf, refreshBreakdownTables } from '../breakdowns/breakdown-table';
import { effectiveLayout } from '../organisation/layout-settings';
import { documentParts } from '../report/document-parts';
import type { Report } from '../report/report-schema';
import { appendixContent, appendixTablePoints } from './appendix-section';
import { bodyToDocx } from './body-to-docx';
import { closingMarkBlocks } from './closing-mark-blocks';
import { documentFont } from './document-font';
import { a4, millimetresToTwips, pointsToHalfPoints, textWidthOf } from './docx-units';
import { embeddedReportParts } from './embedded-report';
import type { ExportContext } from './export-context';
import { headerBlock } from './header-block';
import { emptyHeader, pageNumberHeader } from './page-number-header';
import { reportParagraphStyles } from './report-styles';
import { signatureBlock } from './signature-block';
import { titleBlock } from './title-block';

/** The styles Word offers (headings, title, caption, hyperlink) in black and the document's font. */
function blackStyles(points: number) {
  const black = (extra: Record<string, unknown> = {}) => ({ run: { font: documentFont, color: '000000', ...extra } });
  const heading = black({ bold: true, size: pointsToHalfPoints(points) });
  return {
    title: black({ bold: true, size: pointsToHalfPoints(points + 2) }),
    heading1: heading,
    heading2: heading,
    heading3: heading,
    heading4: heading,
    heading5: heading,
    heading6: heading,
    caption: black({ italics: true, size: pointsToHalfPoints(points - 1) }),
    hyperlink: black({ underline: {} }),
  };
}

/**
 * The report as a Word file in the official layout of its organisation (NĐ 30/2020 or HD 36), with the report
 * itself embedded so that the file can be opened again.
 */
export async function reportToDocx(stored: Report): Promise<Uint8Array> {
  // A table generated from a breakdown prints the units and figures of now, whatever the body last stored.
  const report: Report = { ...stored, body: refreshBreakdownTables(stored.body, breakdownSourceOf(stored)) };
  const layout = effectiveLayout(report.organisation.format, report.organisation.layout);
  const margin = {
    top: millimetresToTwips(layout.marginTopMm),
    bottom: millimetresToTwips(layout.marginBottomMm),
    left: millimetresToTwips(layout.marginLeftMm),
    right: millimetresToTwips(layout.marginRightMm),
    header: millimetresToTwips(10),
    footer: millimetresToTwips(10),
  };
  const textWidth = textWidthOf(layout);
  const landscapeTextWidth = textWidthOf(layout, 'landscape');
  const context: ExportContext = { report, layout, textWidth };
  const parts = documentParts(report);

  const sectionPages = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    titlePage: true,
    page: { size: { width: a4.width, height: a4.height, orientation }, margin, pageNumbers: { start: 1 } },
  });
  const headers = { default: pageNumberHeader(), first: emptyHeader() };

  const sections: ISectionOptions[] = [
    {
      properties: sectionPages(PageOrientation.PORTRAIT),
      headers,
      children: [
        headerBlock(parts, textWidth),
        ...titleBlock(parts, textWidth, layout.bodyFontPt),
        ...bodyToDocx(closingMarkBlocks(report.body), context),
        signatureBlock(parts, textWidth),
      ],
    },
  ];
  if (report.indicators.length > 0) {
    sections.push({
      properties: sectionPages(PageOrientation.LANDSCAPE),
      headers: { default: pageNumberHeader(), first: emptyHeader() },
      children: appendixContent(context, parts, landscapeTextWidth),
    });
  }

  const document = new Document({
    // Declares a custom XML part, so the packer writes its relationship and content type; its content is ours.
    bibliography: { sources: new BuilderElement({ name: 'report' }) },
    creator: report.organisation.issuerName,
    title: `${report.meta.title} ${report.meta.subject}`.trim(),
    description: 'Báo cáo sơ kết, tổng kết',
    styles: {
      paragraphStyles: reportParagraphStyles(layout, appendixTablePoints),
      default: {
        document: { run: { font: documentFont, size: pointsToHalfPoints(layout.bodyFontPt), color: '000000' } },
        // The styles Word offers for headings, captions and links print black in the document's font, never blue.
        ...blackStyles(layout.bodyFontPt),
      },
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, false, embeddedReportParts(report)));
}
