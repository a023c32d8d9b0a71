import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { currentWorkspaceVersion, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { describeDiskError, errorCodeOf } from '../storage/describe-disk-error';
import { createWorkspace, openWorkspace, type Workspace } from './workspace-store';
import { workspaceFileName } from './workspace-layout';

/**
 * What a folder is to the tool: a workspace; a place where one can be created (empty or not there yet); or
 * something else, which the tool never writes into.
 */
export type FolderKind = 'workspace' | 'empty' | 'missing' | 'other';

/** Entries a file manager leaves in an otherwise empty folder; they do not make it "not empty". */
const ignoredEntries = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export async function inspectFolder(directory: string): Promise<FolderKind> {
  let entries: string[];
  try {
    const stats = await stat(directory);
    if (!stats.isDirectory()) return 'other';
    entries = await readdir(directory);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return 'missing';
    throw new Error(`Không đọc được thư mục “${directory}”: ${describeDiskError(error)}.`, { cause: error });
  }
  if (entries.includes(workspaceFileName)) return 'workspace';
  return entries.every((entry) => ignoredEntries.has(entry)) ? 'empty' : 'other';
}

export function notAWorkspaceMessage(directory: string): string {
  return (
    `Thư mục “${directory}” không trống và không phải là thư mục làm việc (không có ${workspaceFileName}). ` +
    'Phần mềm không ghi gì vào thư mục này. Hãy chọn một thư mục trống để tạo thư mục làm việc mới, hoặc một thư mục làm việc đã có.'
  );
}

/**
 * Creates a workspace in an empty or missing folder. Any other folder is refused before anything is written;
 * an existing workspace is refused too, so that its settings are never replaced by accident.
 */
export async function initialiseWorkspace(directory: string, settings: Omit<WorkspaceSettings, 'schemaVersion'>): Promise<Workspace> {
  const resolved = path.resolve(directory);
  const kind = await inspectFolder(resolved);
  if (kind === 'workspace') throw new Error(`“${resolved}” đã là một thư mục làm việc; hãy mở thư mục đó.`);
  if (kind === 'other') throw new Error(notAWorkspaceMessage(resolved));
  try {
    await mkdir(resolved, { recursive: true });
  } catch (error) {
    throw new Error(`Không tạo được thư mục “${resolved}”: ${describeDiskError(error)}.`, { cause: error });
  }
  await createWorkspace(resolved, { schemaVersion: currentWorkspaceVersion, ...settings });
  return openWorkspace(resolved);
}
