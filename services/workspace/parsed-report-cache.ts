import type { Stats } from 'node:fs';
import type { Report } from '../../core/report/report-schema';

/**
 * Parsed and validated reports by file, kept while the file's modification time and size stay the same. Listing the
 * workspace, looking up earlier figures and checking read every report; in a ten-year workspace (190 files) reading
 * them all again each time takes seconds. A report from here is shared: read it, never change it.
 */
const parsedReports = new Map<string, { modifiedMs: number; size: number; report: Report }>();

export async function cachedReport(filePath: string, stats: Stats, read: () => Promise<Report>): Promise<Report> {
  const cached = parsedReports.get(filePath);
  if (cached && cached.modifiedMs === stats.mtimeMs && cached.size === stats.size) return cached.report;
  const report = await read();
  parsedReports.set(filePath, { modifiedMs: stats.mtimeMs, size: stats.size, report });
  return report;
}
