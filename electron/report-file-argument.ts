import fs from 'node:fs/promises';
import path from 'node:path';
import { reportsDirectory, workspaceFilePath } from '../services/workspace/workspace-layout';
import type { MenuCommandTarget } from './desktop-bridge';

/** The report files named on the application's command line, as absolute paths. */
export function reportFileArguments(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith('.json'))
    .map((argument) => path.resolve(workingDirectory, argument));
}

/** The workspace a report file belongs to: the file must sit in the `reports` folder of a folder with workspace.json. */
export async function locateReportInWorkspace(filePath: string): Promise<Required<MenuCommandTarget> | null> {
  const reportFolder = path.dirname(path.resolve(filePath));
  const directory = path.dirname(reportFolder);
  if (path.resolve(reportsDirectory(directory)) !== reportFolder) return null;
  const hasWorkspace = await fs.access(workspaceFilePath(directory)).then(
    () => true,
    () => false,
  );
  return hasWorkspace ? { directory, fileName: path.basename(filePath) } : null;
}
