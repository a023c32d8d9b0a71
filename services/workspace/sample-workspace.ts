import fs from 'node:fs/promises';
import path from 'node:path';
import { describeDiskError } from '../storage/describe-disk-error';
import { workspaceFilePath } from './workspace-layout';

/** `mau-xa-tan-thanh`: the user's copy of a sample. */
export function sampleCopyFolderName(sample: string): string {
  return `mau-${sample}`;
}

/**
 * Copies the sample workspace to `target` unless a copy is already there, and returns `target`. The shipped sample is
 * only read. The copy is made beside the target and renamed into place, so an interrupted first start leaves no half copy.
 */
export async function prepareSampleWorkspace(source: string, target: string): Promise<string> {
  if (await exists(workspaceFilePath(target))) return target;
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await fs.rm(temporary, { recursive: true, force: true });
    await copyDirectory(source, temporary);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Không chép được thư mục làm việc mẫu vào “${target}”: ${describeDiskError(error)}.`, { cause: error });
  }
  return target;
}

/** readdir, readFile and writeFile rather than fs.cp: in a packaged app the source is inside app.asar, which fs.cp cannot read. */
async function copyDirectory(source: string, target: string): Promise<void> {
  await fs.mkdir(target, { recursive: true });
  for (const entry of await fs.readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) await copyDirectory(from, to);
    else if (entry.isFile()) await fs.writeFile(to, await fs.readFile(from));
  }
}

async function exists(filePath: string): Promise<boolean> {
  return fs.access(filePath).then(
    () => true,
    () => false,
  );
}
