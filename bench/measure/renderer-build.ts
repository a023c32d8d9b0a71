import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { repositoryRoot } from './run-node-task';

/** Folders whose files end up in the interface bundle. */
const sourceFolders = ['renderer', 'core'];
const builtIndex = path.join(repositoryRoot, 'renderer/dist/index.html');

/** Builds the interface with Vite when `renderer/dist` is missing or older than a source file. Returns why it built. */
export async function ensureRendererBuilt(): Promise<{ built: boolean; reason: string }> {
  const builtAt = await stat(builtIndex).then(
    (stats) => stats.mtimeMs,
    () => null,
  );
  let reason: string | null = builtAt === null ? 'renderer/dist is missing' : null;
  if (builtAt !== null) {
    const newest = await newestSource();
    if (newest.mtimeMs > builtAt) reason = `renderer/dist is older than ${path.relative(repositoryRoot, newest.file)}`;
  }
  if (!reason) return { built: false, reason: 'renderer/dist is up to date' };
  await build({ configFile: path.join(repositoryRoot, 'vite.config.ts'), root: path.join(repositoryRoot, 'renderer'), logLevel: 'warn' });
  return { built: true, reason };
}

async function newestSource(): Promise<{ file: string; mtimeMs: number }> {
  let newest = {
    file: path.join(repositoryRoot, 'vite.config.ts'),
    mtimeMs: (await stat(path.join(repositoryRoot, 'vite.config.ts'))).mtimeMs,
  };
  for (const folder of sourceFolders) {
    const entries = await readdir(path.join(repositoryRoot, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (file.includes(`${path.sep}dist${path.sep}`)) continue;
      const { mtimeMs } = await stat(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}
