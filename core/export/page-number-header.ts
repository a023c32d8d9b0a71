import { AlignmentType, Header, Paragraph, SimpleField } from 'docx';
import { reportStyles } from './report-styles';

/**
 * The page number centred in the top margin, Arabic, 13–14 pt (its style). The field carries a value (that of
 * the first numbered page), so that a preview which does not compute fields still shows a number.
 */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({ style: reportStyles.pageNumber, alignment: AlignmentType.CENTER, children: [new SimpleField('PAGE', '2')] }),
    ],
  });
}

/** The first page of a section carries no number. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}
