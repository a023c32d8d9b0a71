import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { repositoryRoot } from './run-node-task';

/**
 * Bundles `importInWorker` and, beside it, the worker's script, as `npm run build:electron` bundles them for the
 * desktop application, into `directory`; returns the module to import. From the TypeScript sources every worker
 * would load tsx and compile its modules anew, which the application's workers never do. Packages stay in
 * node_modules, reached through a link beside the bundles.
 */
export async function buildWordImportWorker(directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  const shared: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: `node${process.versions.node}`,
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  };
  const module = path.join(directory, 'word-import-in-worker.js');
  await Promise.all([
    build({ ...shared, entryPoints: [path.join(repositoryRoot, 'services/word/word-import-in-worker.ts')], outfile: module }),
    build({
      ...shared,
      entryPoints: [path.join(repositoryRoot, 'services/word/word-import-worker.ts')],
      outfile: path.join(directory, 'word-import-worker.js'),
    }),
  ]);
  return module;
}
