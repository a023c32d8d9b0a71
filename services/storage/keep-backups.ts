import fs from 'node:fs/promises';
import path from 'node:path';
import { describeDiskError, errorCodeOf } from './describe-disk-error';
import { writeFileAtomically } from './write-file-atomically';

export interface BackupOptions {
  backupDirectory: string;
  /** How many backups to keep, the new one included; at least 1. */
  keep: number;
}

// `2026-11-22T23-10-05-123Z.json`, or `2026-11-22T23-10-05-123Z-2.json` when two backups share a millisecond.
const backupNamePattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?(\.[^.]+)?$/;

/**
 * Copies the current content of `filePath` into `backupDirectory` before it is overwritten, then deletes
 * the oldest backups beyond `keep`. Returns the path of the new backup, or null when there is no file yet.
 */
export async function backupBeforeOverwrite(filePath: string, options: BackupOptions): Promise<string | null> {
  const { backupDirectory, keep } = options;
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a positive integer, got ${keep}`);
  let content: Buffer;
  try {
    content = await fs.readFile(filePath);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null;
    throw new Error(`Không sao lưu được “${filePath}”: ${describeDiskError(error)}.`, { cause: error });
  }
  try {
    await fs.mkdir(backupDirectory, { recursive: true });
  } catch (error) {
    throw new Error(`Không tạo được thư mục sao lưu “${backupDirectory}”: ${describeDiskError(error)}.`, { cause: error });
  }
  const backupPath = await unusedBackupPath(backupDirectory, backupTimestamp(new Date()), path.extname(filePath));
  await writeFileAtomically(backupPath, content);
  await removeOldBackups(backupDirectory, backupPath, keep);
  return backupPath;
}

/** Full paths of the backups in `backupDirectory`, newest first; other files in the directory are ignored. */
export async function listBackups(backupDirectory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupDirectory);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return [];
    throw new Error(`Không đọc được thư mục sao lưu “${backupDirectory}”: ${describeDiskError(error)}.`, { cause: error });
  }
  return names
    .flatMap((name) => {
      const match = backupNamePattern.exec(name);
      return match === null ? [] : [{ name, timestamp: match[1] ?? '', counter: Number(match[2] ?? 0) }];
    })
    .sort((first, second) => compareText(second.timestamp, first.timestamp) || second.counter - first.counter)
    .map((backup) => path.join(backupDirectory, backup.name));
}

function compareText(first: string, second: string): number {
  if (first === second) return 0;
  return first < second ? -1 : 1;
}

/** `2026-11-22T23:10:05.123Z` → `2026-11-22T23-10-05-123Z`: sortable, and valid in Windows file names. */
function backupTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function unusedBackupPath(backupDirectory: string, timestamp: string, extension: string): Promise<string> {
  const existing = new Set(await fs.readdir(backupDirectory));
  let name = `${timestamp}${extension}`;
  for (let counter = 2; existing.has(name); counter += 1) name = `${timestamp}-${counter}${extension}`;
  return path.join(backupDirectory, name);
}

/** The new backup is never deleted, even if the clock went back and it sorts older than the others. */
async function removeOldBackups(backupDirectory: string, newBackupPath: string, keep: number): Promise<void> {
  const others = (await listBackups(backupDirectory)).filter((backupPath) => backupPath !== newBackupPath);
  for (const oldBackup of others.slice(keep - 1)) {
    // A backup that cannot be deleted now (locked by another program) is retried at the next save.
    await fs.rm(oldBackup, { force: true }).catch(() => undefined);
  }
}
