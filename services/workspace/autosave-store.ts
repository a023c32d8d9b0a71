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

export async function writeAutosave(directory: string, fileName: string, report: unknown): Promise<string> {
  const file = autosavePath(directory, fileName);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, `${JSON.stringify(report)}\n`);
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
