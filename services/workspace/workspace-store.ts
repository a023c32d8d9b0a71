import { createHash } from 'node:crypto';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { comparePeriods, type Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { parseJsonText, problemsOf, readReportText, ReportFileError, validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { currentWorkspaceVersion, workspaceSettingsSchema, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { backupBeforeOverwrite } from '../storage/keep-backups';
import { cachedReport } from './parsed-report-cache';
import { describeDiskError, errorCodeOf } from '../storage/describe-disk-error';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { removeStaleTemporaryFilesOfWorkspace } from './stale-temporary-files';
import {
  assertPlainReportFileName,
  backupDirectoryFor,
  backupsKept,
  reportFileName,
  reportsDirectory,
  workspaceFilePath,
} from './workspace-layout';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';

export interface Workspace {
  directory: string;
  settings: WorkspaceSettings;
}

/** A line of the report list; a file that cannot be read is listed with its problem instead of hiding it. */
export type ReportListing =
  | {
      fileName: string;
      ok: true;
      id: string;
      organisationId: string;
      period: Period;
      periodKey: string;
      subject: string;
      exported: boolean;
      modifiedAt: string;
    }
  | { fileName: string; ok: false; problem: string };

export async function openWorkspace(directory: string): Promise<Workspace> {
  const file = workspaceFilePath(directory);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `“${directory}” không phải là thư mục làm việc: không đọc được ${path.basename(file)} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  }
  const value = parseJsonText(text, file);
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { schemaVersion?: unknown }).schemaVersion === 'number' &&
    (value as { schemaVersion: number }).schemaVersion > currentWorkspaceVersion
  ) {
    throw new ReportFileError(
      file,
      [{ place: 'schemaVersion', message: 'tệp được tạo bởi phiên bản mới hơn của phần mềm.' }],
      `Không mở được “${file}”.`,
    );
  }
  const parsed = workspaceSettingsSchema.safeParse(value, { error: vietnameseErrors });
  if (!parsed.success)
    throw new ReportFileError(file, problemsOf(parsed.error), `Không mở được “${file}”: tệp thiết lập thư mục làm việc không hợp lệ.`);
  await mkdir(reportsDirectory(directory), { recursive: true });
  await removeStaleTemporaryFilesOfWorkspace(directory);
  return { directory, settings: parsed.data };
}

export async function createWorkspace(directory: string, settings: WorkspaceSettings): Promise<Workspace> {
  await mkdir(reportsDirectory(directory), { recursive: true });
  return { directory, settings: await writeWorkspaceSettings(directory, settings) };
}

/** Validates the settings and writes `workspace.json` atomically; invalid settings are refused before any write. */
export async function writeWorkspaceSettings(directory: string, settings: WorkspaceSettings): Promise<WorkspaceSettings> {
  const file = workspaceFilePath(directory);
  const parsed = workspaceSettingsSchema.safeParse(settings, { error: vietnameseErrors });
  if (!parsed.success)
    throw new ReportFileError(file, problemsOf(parsed.error), `Không lưu được “${file}”: thiết lập thư mục làm việc không hợp lệ.`);
  await writeFileAtomically(file, `${JSON.stringify(parsed.data, null, 2)}\n`);
  return parsed.data;
}

/** Every report file of the workspace, read and validated, or the problem that keeps it from being read. */
export async function readWorkspaceReports(
  directory: string,
): Promise<({ fileName: string; ok: true; report: Report; modifiedAt: string } | { fileName: string; ok: false; problem: string })[]> {
  const folder = reportsDirectory(directory);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    throw new Error(`Không đọc được thư mục báo cáo “${folder}”: ${describeDiskError(error)} (thư mục có thể đã bị xóa hoặc di chuyển).`, {
      cause: error,
    });
  }
  const names = entries.filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  return Promise.all(
    names.map(async (fileName) => {
      try {
        const filePath = path.join(folder, fileName);
        const stats = await stat(filePath);
        const report = await cachedReport(filePath, stats, () => readReportFile(filePath, fileName));
        return { fileName, ok: true as const, report, modifiedAt: stats.mtime.toISOString() };
      } catch (error) {
        return { fileName, ok: false as const, problem: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

/** Every report of the workspace, the latest period first. */
export async function listReports(directory: string): Promise<ReportListing[]> {
  const listings = (await readWorkspaceReports(directory)).map((entry): ReportListing =>
    entry.ok
      ? {
          fileName: entry.fileName,
          ok: true,
          id: entry.report.id,
          organisationId: entry.report.organisation.id,
          period: entry.report.period,
          periodKey: periodKey(entry.report.period),
          subject: entry.report.meta.subject,
          exported: entry.report.provenance.exportedAt !== null,
          modifiedAt: entry.modifiedAt,
        }
      : entry,
  );
  return listings.sort((a, b) => {
    if (a.ok && b.ok) return comparePeriods(b.period, a.period) || a.fileName.localeCompare(b.fileName);
    return a.ok === b.ok ? a.fileName.localeCompare(b.fileName) : a.ok ? -1 : 1;
  });
}

export async function loadReport(directory: string, fileName: string): Promise<Report> {
  assertPlainReportFileName(fileName);
  return readReportFile(path.join(reportsDirectory(directory), fileName), fileName);
}

export async function readReportFile(filePath: string, label = filePath): Promise<Report> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new Error(`Không đọc được tệp “${label}”: ${describeDiskError(error)}.`, { cause: error });
  }
  return readReportText(text, label);
}

/** Thrown when a save would overwrite a file that changed since the version the save was based on. */
export class SaveConflictError extends Error {
  override name = 'SaveConflictError';
}

/** The version of a report file as it is on disk: a hash of its bytes; null when there is no file. */
export async function reportFileVersion(directory: string, fileName: string): Promise<string | null> {
  assertPlainReportFileName(fileName);
  try {
    return versionOf(await readFile(path.join(reportsDirectory(directory), fileName)));
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null;
    throw new Error(`Không đọc được tệp “${fileName}”: ${describeDiskError(error)}.`, { cause: error });
  }
}

export function versionOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/**
 * Validates and writes a report atomically, keeping the previous version among the backups.
 * An invalid report is refused before anything touches the disk. Given `basedOn` (the version the report was
 * loaded or last saved as; null for a file that should not exist yet), a file changed since, by another window or
 * another program, is not overwritten: a SaveConflictError says so. Returns the file name used and its new version.
 */
export async function saveReport(
  directory: string,
  report: Report,
  fileName = reportFileName(report),
  basedOn?: { version: string | null },
): Promise<string> {
  return (await saveReportVersion(directory, report, fileName, basedOn)).fileName;
}

export async function saveReportVersion(
  directory: string,
  report: Report,
  fileName = reportFileName(report),
  basedOn?: { version: string | null },
): Promise<{ fileName: string; version: string }> {
  return withReportFileLock(directory, fileName, () => writeReportFile(directory, report, fileName, basedOn));
}

const reportFileLocks = new Map<string, Promise<unknown>>();

/**
 * Runs `action` alone among the actions on this report file in this process: the version check and the write of
 * one save never interleave with another's (two windows, a save and an export, a repeated Ctrl+S).
 */
export async function withReportFileLock<Result>(directory: string, fileName: string, action: () => Promise<Result>): Promise<Result> {
  const key = path.resolve(reportsDirectory(directory), fileName);
  const before = reportFileLocks.get(key) ?? Promise.resolve();
  const run = before.then(action, action);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  reportFileLocks.set(key, settled);
  try {
    return await run;
  } finally {
    if (reportFileLocks.get(key) === settled) reportFileLocks.delete(key);
  }
}

/**
 * Throws a SaveConflictError when the report file is not at `version` any more (changed, deleted or renamed since it
 * was read); `advice` ends the message with what to do.
 */
export async function assertUnchangedSince(
  directory: string,
  fileName: string,
  version: string | null,
  advice = 'lưu bây giờ sẽ xóa mất những thay đổi đó.',
): Promise<void> {
  const current = await reportFileVersion(directory, fileName);
  if (current === version) return;
  throw new SaveConflictError(
    current === null
      ? `Tệp “${fileName}” đã bị xóa hoặc đổi tên kể từ khi mở.`
      : `Tệp “${fileName}” đã được sửa ở nơi khác (cửa sổ khác hoặc chương trình khác) kể từ khi mở; ${advice}`,
  );
}

/** `saveReportVersion` without taking the file's lock: only inside `withReportFileLock` for that file. */
export async function writeReportFile(
  directory: string,
  report: Report,
  fileName: string,
  basedOn?: { version: string | null },
): Promise<{ fileName: string; version: string }> {
  assertPlainReportFileName(fileName);
  const checked = validateReport(report, fileName);
  const target = path.join(reportsDirectory(directory), fileName);
  if (basedOn) await assertUnchangedSince(directory, fileName, basedOn.version);
  await mkdir(path.dirname(target), { recursive: true });
  await backupBeforeOverwrite(target, { backupDirectory: backupDirectoryFor(directory, fileName), keep: backupsKept });
  const content = serialiseReport(checked);
  await writeFileAtomically(target, content);
  return { fileName, version: versionOf(content) };
}

export function serialiseReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
