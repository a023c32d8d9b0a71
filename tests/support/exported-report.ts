import { embeddedReportOf } from '../../core/export/embedded-report';
import type { Report } from '../../core/report/report-schema';
import { readWordArchive } from '../../services/word/read-word-archive';

/** The report a Word file carries, read the way the application reads any Word file. */
export async function exportedReportOf(bytes: Uint8Array, label: string): Promise<Report> {
  const report = embeddedReportOf(await readWordArchive(bytes, label));
  if (!report) throw new Error(`${label} carries no report`);
  return report;
}
