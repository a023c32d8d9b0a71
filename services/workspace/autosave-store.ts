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

/** Bounds of the journal: a copy is the size of a report (a 300-row annual report is about 1 MB), one per report. */
export const autosaveLimits = { copyBytes: 16 * 1024 * 1024, copies: 50 } as const;

/**
 * Writes the copy of a report. Refused, in Vietnamese: a copy larger than a report can be, and more copies than
 * `autosaveLimits.copies`. A copy of a report whose file was deleted or renamed meanwhile is still kept: it may be
 * all that is left of the text.
 */
export async function writeAutosave(directory: string, fileName: string, report: unknown): Promise<string> {
  const file = autosavePath(directory, fileName);
  const text = `${JSON.stringify(report)}\n`;
  if (Buffer.byteLength(text) > autosaveLimits.copyBytes)
    throw new Error(`Bản tạm của “${fileName}” lớn quá ${autosaveLimits.copyBytes / 1024 / 1024} MB, không phải một báo cáo: không ghi.`);
  const others = (await listAutosaves(directory)).filter((entry) => entry.fileName !== fileName);
  if (others.length >= autosaveLimits.copies)
    throw new Error(`Đã có ${others.length} bản tạm chưa xử lý; hãy khôi phục hoặc bỏ bớt trước khi soạn báo cáo khác.`);
  await mkdir(path.dirname(file), { recursive: true });
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

export async function removeAutosave(directory: string, fileName: string): Promise<boolean> {
  const file = autosavePath(directory, fileName);
  try {
    await rm(file);
    return true;
  } catch {
    return false;
  }
}
