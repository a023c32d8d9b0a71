import { diffArrays } from 'diff';
import { bodyToText, inlineText } from '../body/body-to-text';
import type { BlockNode } from '../body/body-schema';
import type { IndicatorRow } from '../indicators/indicator-row';
import { formatAmount } from '../numbers/format-number';
import { similarity } from '../text/similarity';
import { periodLabel } from '../periods/period-label';
import type { Signer } from '../organisation/organisation-profile';
import type { Report } from './report-schema';

/** One thing that differs between the report file as it is on disk and the draft on screen. */
export interface ReportDifference {
  part: 'Văn bản' | 'Chỉ tiêu' | 'Nội dung';
  /** Where in the report: a field of the document, an indicator and its column, the heading above a paragraph. */
  where: string;
  /** As in the file; empty when the file has nothing there. */
  inFile: string;
  /** As in the draft; empty when the draft has nothing there. */
  inDraft: string;
}

export interface ReportComparison {
  differences: ReportDifference[];
  /** How many more differences there are beyond those listed. */
  omitted: number;
}

/** Beyond this many, a list of differences is no longer read: the rest are counted. */
export const listedDifferences = 300;

/** What differs between `inFile` (the report as saved elsewhere) and `inDraft` (the one being edited). */
export function compareReports(inFile: Report, inDraft: Report): ReportComparison {
  const differences = [
    ...documentDifferences(inFile, inDraft),
    ...indicatorDifferences(inFile, inDraft),
    ...bodyDifferences(inFile, inDraft),
  ];
  return { differences: differences.slice(0, listedDifferences), omitted: Math.max(0, differences.length - listedDifferences) };
}

function documentDifferences(inFile: Report, inDraft: Report): ReportDifference[] {
  const fields: [string, (report: Report) => string][] = [
    ['Kỳ báo cáo', (report) => periodLabel(report.period)],
    ['Cơ quan ban hành', (report) => report.organisation.issuerName],
    ['Số văn bản', (report) => (report.meta.number === null ? '' : String(report.meta.number))],
    ['Ngày ban hành', (report) => report.meta.date ?? ''],
    ['Tên loại văn bản', (report) => report.meta.title],
    ['Trích yếu', (report) => report.meta.subject],
    ['Kính gửi', (report) => report.meta.addressees.join('; ')],
    ['Người ký', (report) => signerText(report.meta.signer ?? report.organisation.signer)],
    ['Nơi nhận', (report) => (report.meta.recipients ?? report.organisation.recipients).join('; ')],
  ];
  return fields.flatMap(([where, read]) => changed('Văn bản', where, read(inFile), read(inDraft)));
}

function signerText(signer: Signer): string {
  return [...signer.lines, signer.name].join(' ');
}

function indicatorDifferences(inFile: Report, inDraft: Report): ReportDifference[] {
  const drafted = new Map(inDraft.indicators.map((row) => [row.id, row]));
  const filed = new Map(inFile.indicators.map((row) => [row.id, row]));
  const differences: ReportDifference[] = [];
  for (const row of inFile.indicators) {
    const other = drafted.get(row.id);
    if (!other) differences.push({ part: 'Chỉ tiêu', where: row.name, inFile: 'có chỉ tiêu này', inDraft: '' });
    else differences.push(...rowDifferences(row, other));
  }
  for (const row of inDraft.indicators)
    if (!filed.has(row.id)) differences.push({ part: 'Chỉ tiêu', where: row.name, inFile: '', inDraft: 'có chỉ tiêu này' });
  return differences;
}

function rowDifferences(inFile: IndicatorRow, inDraft: IndicatorRow): ReportDifference[] {
  const figure = (value: number | null, row: IndicatorRow) =>
    value === null ? '' : `${formatAmount(value, row.decimals)} ${row.unit}`.trim();
  const columns: [string, (row: IndicatorRow) => string][] = [
    ['tên', (row) => row.name],
    ['đơn vị tính', (row) => row.unit],
    ['số liệu kỳ này', (row) => figure(row.value, row)],
    ['lũy kế đầu kỳ', (row) => figure(row.cumulativeBase, row)],
    ['lũy kế nhập tay', (row) => figure(row.cumulativeOverride, row)],
    ['cùng kỳ', (row) => figure(row.samePeriod.value, row)],
    ['lũy kế cùng kỳ', (row) => figure(row.samePeriod.cumulative, row)],
    ['kỳ trước', (row) => figure(row.previous.value, row)],
    ['kế hoạch', (row) => row.plans.map((plan) => `${plan.label}: ${figure(plan.value, row)}`).join('; ')],
    ['ghi chú', (row) => row.note ?? ''],
  ];
  return columns.flatMap(([column, read]) => changed('Chỉ tiêu', `${inDraft.name}, ${column}`, read(inFile), read(inDraft)));
}

interface BodyLine {
  heading: string;
  text: string;
}

function bodyDifferences(inFile: Report, inDraft: Report): ReportDifference[] {
  const fileLines = bodyLines(inFile);
  const draftLines = bodyLines(inDraft);
  const steps = diffArrays(
    fileLines.map((line) => line.text),
    draftLines.map((line) => line.text),
  );
  const differences: ReportDifference[] = [];
  let fileIndex = 0;
  let draftIndex = 0;
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index]!;
    if (!step.added && !step.removed) {
      fileIndex += step.count;
      draftIndex += step.count;
      continue;
    }
    const next = steps[index + 1];
    const removedLines = step.removed ? fileLines.slice(fileIndex, fileIndex + step.count) : [];
    const addedCount = step.added ? step.count : step.removed && next?.added ? next.count : 0;
    const addedLines = draftLines.slice(draftIndex, draftIndex + addedCount);
    if (step.removed && next?.added) index += 1;
    differences.push(...changedLines(removedLines, addedLines));
    fileIndex += removedLines.length;
    draftIndex += addedLines.length;
  }
  return differences;
}

/** How far ahead a removed line looks for the added line it became. */
const pairingWindow = 20;

/**
 * Lines removed and added at one place. As many in as out were rewritten one by one; otherwise a removed line and an
 * added one alike enough are one changed line (in order, never crossing), and the others were deleted or written anew.
 */
function changedLines(removed: readonly BodyLine[], added: readonly BodyLine[]): ReportDifference[] {
  // As many lines in as out: each was rewritten in place, however much.
  if (removed.length === added.length)
    return removed.map((line, index) => ({
      part: 'Nội dung',
      where: placeOf(added[index]!),
      inFile: line.text,
      inDraft: added[index]!.text,
    }));
  const differences: ReportDifference[] = [];
  let next = 0;
  const addedAlone = (line: BodyLine) => differences.push({ part: 'Nội dung', where: placeOf(line), inFile: '', inDraft: line.text });
  for (const line of removed) {
    const limit = Math.min(added.length, next + pairingWindow);
    let match = -1;
    for (let candidate = next; candidate < limit && match < 0; candidate += 1)
      if (similarity(line.text, added[candidate]!.text) >= 0.5) match = candidate;
    if (match < 0) {
      differences.push({ part: 'Nội dung', where: placeOf(line), inFile: line.text, inDraft: '' });
      continue;
    }
    added.slice(next, match).forEach(addedAlone);
    differences.push({ part: 'Nội dung', where: placeOf(added[match]!), inFile: line.text, inDraft: added[match]!.text });
    next = match + 1;
  }
  added.slice(next).forEach(addedAlone);
  return differences;
}

function placeOf(line: BodyLine): string {
  return line.heading || 'Đầu báo cáo';
}

/** The body as text, each line with the heading it falls under (a heading's own line falls under itself). */
function bodyLines(report: Report): BodyLine[] {
  const lines: BodyLine[] = [];
  let heading = '';
  for (const block of report.body.content as BlockNode[]) {
    if (block.type === 'heading') heading = inlineText(block.content, report.indicators, report.period);
    for (const text of bodyToText({ type: 'doc', content: [block] }, report.indicators, report.period))
      if (text.trim() !== '') lines.push({ heading, text });
  }
  return lines;
}

function changed(part: ReportDifference['part'], where: string, inFile: string, inDraft: string): ReportDifference[] {
  return inFile === inDraft ? [] : [{ part, where, inFile, inDraft }];
}
