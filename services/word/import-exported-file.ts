import { access } from 'node:fs/promises';
import path from 'node:path';
import { acceptableChanges, type ImportAnalysis } from '../../core/import/compare-with-export';
import type { ImportPreview } from '../../core/api/application-results';
import { periodLabel } from '../../core/periods/period-label';
import type { Report } from '../../core/report/report-schema';
import { reportFileName, reportsDirectory } from '../workspace/workspace-layout';
import { loadReport, saveReport } from '../workspace/workspace-store';
import { analyseWordFile } from './analyse-word-file';

/** `replace` writes over the workspace's file (its previous version kept among the backups); `copy` writes beside it. */
export type ImportTarget = 'replace' | 'copy';

export async function previewWordImport(directory: string, bytes: Uint8Array, label: string): Promise<ImportPreview> {
  const analysis = await analyseWordFile(bytes, label);
  const fileName = reportFileName(analysis.embedded);
  return {
    changes: analysis.changes,
    notices: analysis.notices,
    fileName,
    periodLabel: periodLabel(analysis.embedded.period),
    issuerName: analysis.embedded.organisation.issuerName,
    conflict: await conflictWith(directory, fileName, analysis.embedded),
  };
}

/**
 * Imports the file with the accepted changes (all that can be taken when `accepted` is null; none keeps the
 * embedded copy). A workspace file that differs from the exported report is never overwritten unless asked.
 */
export async function importWordFile(
  directory: string,
  bytes: Uint8Array,
  label: string,
  options: { accepted: readonly string[] | null; target: ImportTarget },
): Promise<{ fileName: string; report: Report; analysis: ImportAnalysis }> {
  const analysis = await analyseWordFile(bytes, label);
  const report = analysis.apply(options.accepted === null ? acceptableChanges(analysis.changes) : new Set(options.accepted));
  const standard = reportFileName(report);
  const conflict = await conflictWith(directory, standard, analysis.embedded);
  const fileName = conflict && options.target === 'copy' ? await freeCopyName(directory, standard) : standard;
  // A file that comes back unchanged onto its own report is opened as it is, not written again.
  if (conflict === null && report === analysis.embedded && (await exists(directory, fileName))) return { fileName, report, analysis };
  await saveReport(directory, report, fileName);
  return { fileName, report, analysis };
}

async function conflictWith(directory: string, fileName: string, embedded: Report): Promise<string | null> {
  let current: Report;
  try {
    current = await loadReport(directory, fileName);
  } catch {
    return (await exists(directory, fileName))
      ? `Tệp ${fileName} trong thư mục làm việc không đọc được; phần mềm sẽ không ghi đè lên nó.`
      : null;
  }
  if (JSON.stringify(current) === JSON.stringify(embedded)) return null;
  return current.id === embedded.id
    ? `Báo cáo ${fileName} trong thư mục làm việc đã được sửa trong phần mềm sau lần xuất Word này.`
    : `Thư mục làm việc đã có một báo cáo khác cùng kỳ (${fileName}).`;
}

function exists(directory: string, fileName: string): Promise<boolean> {
  return access(path.join(reportsDirectory(directory), fileName)).then(
    () => true,
    () => false,
  );
}

async function freeCopyName(directory: string, fileName: string): Promise<string> {
  const base = fileName.replace(/\.json$/, '');
  for (let index = 1; ; index += 1) {
    const candidate = `${base}-tu-word${index > 1 ? `-${index}` : ''}.json`;
    if (!(await exists(directory, candidate))) return candidate;
  }
}
