import { runCheckTask, type CheckTaskOptions } from './check-task';
import { runExportTask, type ExportTaskOptions } from './export-task';
import { runHostileImportTask, type HostileImportTaskOptions } from './hostile-import-task';
import { runWorkspaceTask, type WorkspaceTaskOptions } from './workspace-task';

/**
 * Entry point of a measuring child process: `node --import tsx --expose-gc node-task-main.ts <task> <options JSON>`.
 * Prints its result as one line starting with the result marker, after whatever the task logged.
 */
const resultMarker = 'BENCH_RESULT ';

const [task, optionsText] = process.argv.slice(2);
const options = JSON.parse(optionsText ?? '{}') as unknown;
let result: unknown;
switch (task) {
  case 'export':
    result = await runExportTask(options as ExportTaskOptions);
    break;
  case 'workspace':
    result = await runWorkspaceTask(options as WorkspaceTaskOptions);
    break;
  case 'checks':
    result = await runCheckTask(options as CheckTaskOptions);
    break;
  case 'hostile':
    result = await runHostileImportTask(options as HostileImportTaskOptions);
    break;
  default:
    throw new Error(`Unknown benchmark task “${task}”.`);
}
process.stdout.write(`${resultMarker}${JSON.stringify(result)}\n`);
