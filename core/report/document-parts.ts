import { officialDate, blankOfficialDate, placeAndDateLine } from '../dates/date-line';
import { parseIsoDate } from '../dates/calendar-date';
import type { Signer } from '../organisation/organisation-profile';
import { periodLabel } from '../periods/period-label';
import { documentNumberLine, documentNumberReference } from './document-number';
import type { Report } from './report-schema';

export const stateMotto = { nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' } as const;
export const partyHeading = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The fixed parts of the document around the body, as text, computed once for every output. */
export interface DocumentParts {
  format: Report['organisation']['format'];
  /** Cơ quan chủ quản, a line each where the profile breaks it; empty when none is printed. */
  parentBodyLines: string[];
  issuingBodyLines: string[];
  numberLine: string;
  dateLine: string;
  title: string;
  subject: string;
  /** `Kính gửi: …` lines, empty when the report is not addressed. */
  addresseeLines: string[];
  signer: Signer;
  recipientsLabel: string;
  recipientLines: string[];
  appendixReference: string;
  appendixTitle: string;
}

export function documentParts(report: Pick<Report, 'organisation' | 'meta' | 'period'>): DocumentParts {
  const { organisation, meta, period } = report;
  const date = meta.date ? parseIsoDate(meta.date) : null;
  const recipients = meta.recipients ?? organisation.recipients;
  const separator = organisation.format === 'state' ? ';' : ',';
  return {
    format: organisation.format,
    parentBodyLines: printedLines(organisation.parentBody ?? ''),
    issuingBodyLines: printedLines(organisation.issuingBody),
    numberLine: documentNumberLine(organisation.format, meta.number, organisation.numberSymbol),
    dateLine: placeAndDateLine(organisation.place, date, period.year),
    title: meta.title,
    subject: meta.subject,
    addresseeLines: addresseeLines(meta.addressees),
    signer: meta.signer ?? organisation.signer,
    recipientsLabel: 'Nơi nhận:',
    recipientLines: [...recipients.map((line) => `- ${stripListPunctuation(line)}${separator}`), `- ${organisation.archiveLine}`],
    appendixReference: `(Kèm theo Báo cáo số ${documentNumberReference(organisation.format, meta.number, organisation.numberSymbol)} ${
      date ? officialDate(date) : blankOfficialDate(period.year)
    } của ${organisation.issuerName})`,
    appendixTitle: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${periodLabel(period).toUpperCase()}`,
  };
}

/** A name as the header prints it: a line where the profile has a line break, never a space. */
export function printedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** One addressee on the `Kính gửi:` line itself; several, one a line with `-`, `;` and a final `.`. */
function addresseeLines(addressees: string[]): string[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) return [`Kính gửi: ${stripListPunctuation(addressees[0]!)}.`];
  return ['Kính gửi:', ...addressees.map((line, index) => `- ${stripListPunctuation(line)}${index === addressees.length - 1 ? '.' : ';'}`)];
}

function stripListPunctuation(line: string): string {
  return line.replace(/^[-–•]\s*/, '').replace(/[;,.]\s*$/, '');
}
