import { bodyToText } from '../body/body-to-text';
import { withClosingMark } from '../body/closing-mark';
import { appendixTable } from './appendix-table';
import { documentParts, partyHeading, stateMotto } from './document-parts';
import type { Report } from './report-schema';

/**
 * The whole report as plain text, laid out like the printed page: header block in two columns,
 * title, body with every figure resolved, the closing `./.`, signature and recipients, then the appendix.
 */
export function reportToText(report: Report, width = 100): string {
  const parts = documentParts(report);
  const left = [...parts.parentBodyLines, ...parts.issuingBodyLines, ...(parts.format === 'party' ? ['*'] : []), parts.numberLine];
  const right = parts.format === 'state' ? [stateMotto.nation, stateMotto.motto, parts.dateLine] : [partyHeading, parts.dateLine];
  const lines: string[] = [...twoColumns(left, right, width), ''];

  lines.push(centre(parts.title, width), centre(parts.subject, width), '');
  if (parts.addresseeLines.length > 0) lines.push(...parts.addresseeLines.map((line) => centre(line, width)), '');

  lines.push(...bodyToText(withClosingMark(report.body), report.indicators, report.period), '');

  const signature = [...parts.signer.lines, '', '', parts.signer.name];
  lines.push(...twoColumns([parts.recipientsLabel, ...parts.recipientLines], signature, width, 'left'));

  if (report.indicators.length > 0) lines.push('', '', ...appendixText(report, parts.appendixTitle, parts.appendixReference, width));
  return lines.join('\n') + '\n';
}

function appendixText(report: Report, title: string, reference: string, width: number): string[] {
  const table = appendixTable(report);
  const lines = [centre('Phụ lục', width), centre(title, width), centre(reference, width), ''];
  lines.push(table.columns.map((column) => column.title).join(' | '));
  for (const row of table.rows) {
    lines.push(row.kind === 'group' ? `${row.number}. ${row.title}` : row.cells.join(' | '));
  }
  if (table.notes.length > 0) lines.push('', ...table.notes);
  return lines;
}

function twoColumns(left: string[], right: string[], width: number, leftAlignment: 'centre' | 'left' = 'centre'): string[] {
  const half = Math.floor(width / 2);
  const lines: string[] = [];
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const leftText = leftAlignment === 'centre' ? centre(left[index] ?? '', half) : (left[index] ?? '');
    const rightText = centre(right[index] ?? '', width - half);
    lines.push((leftText.padEnd(Math.max(half, [...leftText].length + 2)) + rightText).trimEnd());
  }
  return lines;
}

function centre(text: string, width: number): string {
  const padding = Math.max(0, Math.floor((width - [...text].length) / 2));
  return (' '.repeat(padding) + text).trimEnd();
}
