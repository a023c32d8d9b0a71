import { build, type BuildOptions } from 'esbuild';

/**
 * `npm run build:electron`: bundles the main process (ESM, packages left to node_modules), the worker that reads Word
 * files (beside it, where `importInWorker` looks for it) and the preload. The preload is CommonJS with everything but
 * `electron` inlined, because a sandboxed preload can load no other module.
 */
const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'info',
  external: ['electron'],
};

await Promise.all([
  build({ ...shared, entryPoints: ['electron/main.ts'], outfile: 'out/electron/main.js', format: 'esm', packages: 'external' }),
  build({
    ...shared,
    entryPoints: ['services/word/word-import-worker.ts'],
    outfile: 'out/electron/word-import-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  build({ ...shared, entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs', format: 'cjs' }),
]);
