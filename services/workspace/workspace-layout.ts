import path from 'node:path';
import { periodKey } from '../../core/periods/period-key';
import type { Report } from '../../core/report/report-schema';

/** Where things live inside a workspace folder. */
export const workspaceFileName = 'workspace.json';
export const reportsFolderName = 'reports';
export const templatesFolderName = 'templates';
export const backupsFolderName = '.backups';
export const backupsKept = 10;

export function workspaceFilePath(directory: string): string {
  return path.join(directory, workspaceFileName);
}

export function reportsDirectory(directory: string): string {
  return path.join(directory, reportsFolderName);
}

/** `ubnd-le-chan_2019-10.json`: the organisation, then the period key, so files sort by period. */
export function reportFileName(report: Pick<Report, 'organisation' | 'period'>): string {
  return `${report.organisation.id}_${periodKey(report.period)}.json`;
}

export function backupDirectoryFor(directory: string, fileName: string): string {
  return path.join(directory, backupsFolderName, path.basename(fileName, '.json'));
}

/** A report file name must stay inside the reports folder: no separators, no parent references. */
export function assertPlainReportFileName(fileName: string): void {
  // eslint-disable-next-line no-control-regex -- a control character (NUL) in a file name is what is refused
  if (!/^[^/\\\u0000-\u001f]+\.json$/u.test(fileName) || fileName.startsWith('.')) {
    throw new Error(`Tên tệp báo cáo “${fileName}” không hợp lệ: phải là một tên tệp .json trong thư mục ${reportsFolderName}/.`);
  }
}
