import { embeddedReportOf } from '../../core/export/embedded-report';
import { compareWithExport, type ImportAnalysis } from '../../core/import/compare-with-export';
import { ReportFileError } from '../../core/report/read-report';
import { readWordDocument } from '../../core/word/read-word-document';
import type { WordDocument } from '../../core/word/word-document';
import { readWordArchive, type WordFileLimits } from './read-word-archive';

/**
 * Reads a Word file the tool exported and compares what it says now with the report it carries. A file without a
 * report of the tool's is refused, saying so; its document is read all the same when the embedded report is there
 * but the text is not readable, and the analysis then says that only the embedded copy could be used.
 */
export async function analyseWordFile(bytes: Uint8Array, label: string, limits?: WordFileLimits): Promise<ImportAnalysis> {
  const parts = await readWordArchive(bytes, label, limits);
  const embedded = embeddedReportOf(parts);
  if (!embedded) {
    throw new ReportFileError(
      label,
      [{ place: '(tệp)', message: 'tệp Word này không mang dữ liệu báo cáo; chỉ mở lại được tệp do phần mềm này xuất ra.' }],
      `Không mở được “${label}”: không tìm thấy báo cáo kèm theo.`,
    );
  }
  let document: WordDocument | null = null;
  let unreadable: string | null = null;
  try {
    document = readWordDocument(parts);
  } catch (error) {
    unreadable = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  }
  return compareWithExport(embedded, document, unreadable);
}
