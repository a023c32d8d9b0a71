import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { pointsToHalfPoints } from './docx-units';

/** The page number centred in the top margin, Arabic, 13–14 pt. */
export function pageNumberHeader(points: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pointsToHalfPoints(points) })],
      }),
    ],
  });
}

/** The first page of a section carries no number. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}
