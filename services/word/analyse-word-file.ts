import { embeddedReportOf } from '../../core/export/embedded-report';
import type { ImportAnalysis } from '../../core/import/compare-with-export';
import { ReportFileError } from '../../core/report/read-report';
import { analyseExportedParts, readWordParts } from './open-word-file';
import type { WordFileLimits } from './read-word-archive';

/**
 * Reads a Word file the tool exported and compares what it says now with the report it carries. A file without a
 * report of the tool's is refused, saying so (`openWordFile` reads it as a report typed by hand).
 */
export async function analyseWordFile(bytes: Uint8Array, label: string, limits?: WordFileLimits): Promise<ImportAnalysis> {
  const { parts } = await readWordParts(bytes, label, limits);
  const embedded = embeddedReportOf(parts);
  if (!embedded)
    throw new ReportFileError(
      label,
      [{ place: '(tệp)', message: 'tệp Word này không mang dữ liệu báo cáo; chỉ mở lại được tệp do phần mềm này xuất ra.' }],
      `Không mở được “${label}”: không tìm thấy báo cáo kèm theo.`,
    );
  return analyseExportedParts(parts, embedded);
}
