import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../storage/write-file-atomically';

export const recentWorkspacesLimit = 8;
export const recentWorkspacesFileName = 'thu-muc-gan-day.json';

const recentWorkspacesFile = z.object({ directories: z.array(z.string().min(1)) });

/** The recent folders, most recent first; a missing or damaged file is an empty list, never a reason not to start. */
export async function readRecentWorkspaces(filePath: string): Promise<string[]> {
  try {
    const parsed = recentWorkspacesFile.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data.directories.slice(0, recentWorkspacesLimit) : [];
  } catch {
    return [];
  }
}

export async function writeRecentWorkspaces(filePath: string, directories: readonly string[]): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomically(filePath, `${JSON.stringify({ directories }, null, 2)}\n`);
}

/** Puts `directory` first, drops an earlier mention of the same folder, and keeps the last eight. */
export function addRecentWorkspace(
  directories: readonly string[],
  directory: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const resolved = path.resolve(directory);
  const key = (candidate: string) => (platform === 'win32' || platform === 'darwin' ? candidate.toLowerCase() : candidate);
  const others = directories.filter((candidate) => key(path.resolve(candidate)) !== key(resolved));
  return [resolved, ...others].slice(0, recentWorkspacesLimit);
}
