// The default import (not `import * as`) is deliberate: it is the mutable `fs.promises` object,
// so tests can replace `rename` with `vi.spyOn` to simulate a file locked by an antivirus.
import fs, { type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describeDiskError, errorCodeOf } from './describe-disk-error';

export interface WriteFileAtomicallyOptions {
  /** Further attempts at the final rename while the target is locked (EPERM, EBUSY, EACCES); 7 by default, so 8 tries in all. */
  retries?: number;
}

const defaultRetries = 7;
const firstRetryDelayMilliseconds = 20;
const longestRetryDelayMilliseconds = 500;
const lockedFileCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
// Opening or syncing a directory is not possible everywhere (Windows, some network and FUSE file systems).
const unsupportedDirectorySyncCodes = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

// `.<basename>.<pid>.<8 hex digits>.tmp`
const temporaryNamePattern = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
// Keeps the temporary name under the usual 255-byte limit even for long Vietnamese file names (up to 3 bytes a character in UTF-8).
const longestBasenameInTemporaryName = 64;

/**
 * Replaces `filePath` with `data` so that, whatever happens (crash, power cut, killed process),
 * the file holds either its previous content or the new one in full, never a mix or a truncation.
 */
export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array,
  options: WriteFileAtomicallyOptions = {},
): Promise<void> {
  const retries = options.retries ?? defaultRetries;
  const directory = path.dirname(filePath);
  const temporaryPath = path.join(directory, temporaryFileName(path.basename(filePath)));
  let targetExists = true;
  try {
    const existing = await statIfExists(filePath);
    targetExists = existing !== undefined;
    // Keep the permissions of the file being replaced; on Windows the mode carries nothing worth keeping.
    const mode = existing !== undefined && process.platform !== 'win32' ? existing.mode & 0o7777 : 0o666;
    const handle = await fs.open(temporaryPath, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    await handle.close();
    await renameWithRetry(temporaryPath, filePath, retries);
  } catch (error) {
    await fs.rm(temporaryPath, { force: true }).catch(() => undefined);
    const keptNote = targetExists ? ' Tệp cũ vẫn được giữ nguyên.' : '';
    throw new Error(`Không lưu được “${filePath}”: ${describeDiskError(error)}.${keptNote}`, { cause: error });
  }
  await syncDirectory(directory, filePath);
}

/** No save takes this long: a temporary file older than this is left over, even if its process id lives again. */
export const temporaryFileLifetimeMs = 10 * 60 * 1000;

/**
 * Deletes the temporary files that a killed or crashed process left in `directory`, and returns their names: those
 * of a process no longer running, and those of another process older than `temporaryFileLifetimeMs` (its id reused).
 * A file another window or program is still writing is left alone, as is any file that cannot be deleted.
 */
export async function removeStaleTemporaryFiles(directory: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return [];
    throw new Error(`Không đọc được thư mục “${directory}”: ${describeDiskError(error)}.`, { cause: error });
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = temporaryNamePattern.exec(name);
    if (match === null) continue;
    const writer = Number(match[1]);
    if (writer === process.pid) continue;
    if (isProcessRunning(writer)) {
      const modified = await fs.stat(path.join(directory, name)).then(
        (stats) => stats.mtimeMs,
        () => now,
      );
      if (now - modified < temporaryFileLifetimeMs) continue;
    }
    try {
      await fs.unlink(path.join(directory, name));
      removed.push(name);
    } catch {
      // Already gone, or locked: it will be tried again next time.
    }
  }
  return removed;
}

function temporaryFileName(basename: string): string {
  const shortBasename = Array.from(basename).slice(0, longestBasenameInTemporaryName).join('');
  return `.${shortBasename}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

async function statIfExists(filePath: string) {
  try {
    return await fs.stat(filePath);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** On Windows, an antivirus or the search indexer briefly holding the target makes the rename fail; waiting a little is enough. */
async function renameWithRetry(source: string, target: string, retries: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(source, target);
      return;
    } catch (error) {
      const code = errorCodeOf(error);
      if (attempt >= retries || code === undefined || !lockedFileCodes.has(code)) throw error;
      await delay(Math.min(firstRetryDelayMilliseconds * 2 ** attempt, longestRetryDelayMilliseconds));
    }
  }
}

/** Makes the rename itself durable. The new content is already in place, so failing here must not claim the old file was kept. */
async function syncDirectory(directory: string, filePath: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCodeOf(error);
    if (code !== undefined && unsupportedDirectorySyncCodes.has(code)) return;
    throw new Error(`Đã ghi “${filePath}” nhưng chưa xác nhận được việc lưu xuống ổ đĩa: ${describeDiskError(error)}.`, { cause: error });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists but belongs to someone else. */
function isProcessRunning(processId: number): boolean {
  if (processId === process.pid) return true;
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    return errorCodeOf(error) === 'EPERM';
  }
}
