import { readFile, readdir, rm, stat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readReportText } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { assertPlainReportFileName } from './workspace-layout';

/**
 * The autosave journal: a copy of the open report written shortly after every change, removed when the report is
 * saved. One left behind means the program stopped with unsaved edits, which it offers to restore.
 */
export const autosaveFolderName = '.autosave';

function autosavePath(directory: string, fileName: string): string {
  assertPlainReportFileName(fileName);
  return path.join(directory, autosaveFolderName, fileName);
}

/**
 * Beside each copy, the version of the report file it was made on top of (`<file>.base-version`), so that a restored
 * copy saved over a file changed since is a conflict, not a silent overwrite. Copies from before it have none.
 */
function baseVersionPath(directory: string, fileName: string): string {
  return `${autosavePath(directory, fileName)}.base-version`;
}

/** Bounds of the journal: a copy is the size of a report (a 300-row annual report is about 1 MB), one per report. */
export const autosaveLimits = { copyBytes: 16 * 1024 * 1024, copies: 50 } as const;

/**
 * Writes the copy of a report. Refused, in Vietnamese: a copy larger than a report can be, and more copies than
 * `autosaveLimits.copies`. A copy of a report whose file was deleted or renamed meanwhile is still kept: it may be
 * all that is left of the text.
 */
export async function writeAutosave(
  directory: string,
  fileName: string,
  report: unknown,
  basedOn?: { version: string | null },
): Promise<string> {
  const file = autosavePath(directory, fileName);
  const text = `${JSON.stringify(report)}\n`;
  if (Buffer.byteLength(text) > autosaveLimits.copyBytes)
    throw new Error(`Bản tạm của “${fileName}” lớn quá ${autosaveLimits.copyBytes / 1024 / 1024} MB, không phải một báo cáo: không ghi.`);
  const others = (await listAutosaves(directory)).filter((entry) => entry.fileName !== fileName);
  if (others.length >= autosaveLimits.copies)
    throw new Error(`Đã có ${others.length} bản tạm chưa xử lý; hãy khôi phục hoặc bỏ bớt trước khi soạn báo cáo khác.`);
  await mkdir(path.dirname(file), { recursive: true });
  if (basedOn) await writeFileAtomically(baseVersionPath(directory, fileName), `${JSON.stringify({ baseVersion: basedOn.version })}\n`);
  else await rm(baseVersionPath(directory, fileName), { force: true });
  await writeFileAtomically(file, text);
  return new Date().toISOString();
}

export async function listAutosaves(directory: string): Promise<{ fileName: string; savedAt: string }[]> {
  const folder = path.join(directory, autosaveFolderName);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  } catch {
    return [];
  }
  return Promise.all(names.map(async (fileName) => ({ fileName, savedAt: (await stat(path.join(folder, fileName))).mtime.toISOString() })));
}

/** The autosaved report, validated like any file: a damaged journal is refused, not half-restored. */
export async function readAutosave(directory: string, fileName: string): Promise<Report> {
  const file = autosavePath(directory, fileName);
  return readReportText(await readFile(file, 'utf8'), `bản lưu tự động của ${fileName}`);
}

/** The version the copy was made on top of; undefined for a copy that does not say (an older one, a damaged note). */
export async function readAutosaveBase(directory: string, fileName: string): Promise<{ version: string | null } | undefined> {
  let text: string;
  try {
    text = await readFile(baseVersionPath(directory, fileName), 'utf8');
  } catch {
    return undefined;
  }
  if (text.length > 256) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const version = (parsed as { baseVersion?: unknown } | null)?.baseVersion;
    return typeof version === 'string' || version === null ? { version } : undefined;
  } catch {
    return undefined;
  }
}

export async function removeAutosave(directory: string, fileName: string): Promise<boolean> {
  const file = autosavePath(directory, fileName);
  await rm(baseVersionPath(directory, fileName), { force: true });
  try {
    await rm(file);
    return true;
  } catch {
    return false;
  }
}
