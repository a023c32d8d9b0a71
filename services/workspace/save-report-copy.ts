import { randomUUID } from 'node:crypto';
import type { Report } from '../../core/report/report-schema';
import { SaveConflictError, saveReportVersion } from './workspace-store';

/** More copies than this of one report means something else is wrong: the user is told rather than given a 1000th. */
const mostCopies = 999;

/**
 * Keeps both: `report` (the draft of `fileName`) is written to a file of its own beside it, `<name>-ban-soan.json`,
 * `<name>-ban-soan-2.json`…, never over an existing file, with an id of its own so the two stay two reports.
 */
export async function saveReportCopy(directory: string, report: Report, fileName: string): Promise<{ fileName: string; version: string }> {
  const base = fileName.replace(/\.json$/, '').replace(/-ban-soan(?:-\d+)?$/, '');
  const copy: Report = { ...report, id: randomUUID() };
  for (let index = 1; index <= mostCopies; index += 1) {
    const candidate = `${base}-ban-soan${index > 1 ? `-${index}` : ''}.json`;
    try {
      return await saveReportVersion(directory, copy, candidate, { version: null });
    } catch (error) {
      if (!(error instanceof SaveConflictError)) throw error;
    }
  }
  throw new Error(`Đã có ${mostCopies} bản sao của “${fileName}”; hãy xóa bớt trước khi giữ thêm bản.`);
}
