import { embeddedReportOf } from '../../core/export/embedded-report';
import { compareWithExport, type ImportAnalysis } from '../../core/import/compare-with-export';
import { readHandMadeReport, type HandMadeAnalysis, type HandMadeOptions } from '../../core/import/hand-made-report';
import { readWordDocument } from '../../core/word/read-word-document';
import type { Report } from '../../core/report/report-schema';
import type { WordDocument } from '../../core/word/word-document';
import type { WordParts } from '../../core/word/word-parts';
import { convertOldWordFile, isOldWordFile } from './convert-old-word-file';
import { readWordArchive, type WordFileLimits } from './read-word-archive';

/** A Word file as the import sees it: one the tool exported, compared with its report; or one typed by hand. */
export type OpenedWordFile =
  { kind: 'exported'; analysis: ImportAnalysis } | { kind: 'hand-made'; analysis: HandMadeAnalysis; converted: boolean };

/**
 * Opens any Word file for import: an old .doc is converted through LibreOffice first; a file that carries a report
 * of the tool's is compared with it; any other is read as a report typed by hand.
 */
export async function openWordFile(
  bytes: Uint8Array,
  label: string,
  options: Omit<HandMadeOptions, 'label'>,
  limits?: WordFileLimits,
): Promise<OpenedWordFile> {
  const { parts, converted } = await readWordParts(bytes, label, limits);
  const embedded = embeddedReportOf(parts);
  if (embedded) return { kind: 'exported', analysis: await analyseExportedParts(parts, embedded) };
  return { kind: 'hand-made', analysis: readHandMadeReport(readWordDocument(parts), { ...options, label }), converted };
}

/** The XML parts of a Word file, an old .doc converted first. */
export async function readWordParts(
  bytes: Uint8Array,
  label: string,
  limits?: WordFileLimits,
): Promise<{ parts: WordParts; converted: boolean }> {
  const converted = isOldWordFile(bytes);
  return { parts: await readWordArchive(converted ? await convertOldWordFile(bytes, label) : bytes, label, limits), converted };
}

/** An exported file against the report it carries; the embedded copy alone, said so, when its text cannot be read. */
export async function analyseExportedParts(parts: WordParts, embedded: Report): Promise<ImportAnalysis> {
  let document: WordDocument | null = null;
  let unreadable: string | null = null;
  try {
    document = readWordDocument(parts);
  } catch (error) {
    unreadable = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  }
  return compareWithExport(embedded, document, unreadable);
}
