import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemporaryFiles } from '../storage/write-file-atomically';
import { autosaveFolderName } from './autosave-store';
import { backupsFolderName, reportsDirectory } from './workspace-layout';

/**
 * Removes what writers that are gone left in every folder the tool writes into: the workspace itself
 * (`workspace.json`), `reports/`, each report's `.backups/` folder and `.autosave/`. Returns the paths removed.
 */
export async function removeStaleTemporaryFilesOfWorkspace(directory: string): Promise<string[]> {
  const backups = path.join(directory, backupsFolderName);
  const backupFolders = await readdir(backups, { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(backups, entry.name)),
    () => [],
  );
  const folders = [directory, reportsDirectory(directory), path.join(directory, autosaveFolderName), ...backupFolders];
  const removed: string[] = [];
  for (const folder of folders) removed.push(...(await removeStaleTemporaryFiles(folder)).map((name) => path.join(folder, name)));
  return removed;
}
