// Starts a worker from the TypeScript sources (tests, `npm run web`, the command line): workers do not inherit the
// tsx loader of the process that starts them, so it is registered here before the entry is imported.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
