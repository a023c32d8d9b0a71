import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleWorkspace } from './sample/sample-workspace';
import { serialiseReport } from '../services/workspace/workspace-store';
import { reportFileName, reportsFolderName, workspaceFileName } from '../services/workspace/workspace-layout';

/** Writes `examples/le-chan/` from the sources in `examples/sample/`. Run with `npm run sample`. */
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'le-chan');
await mkdir(path.join(target, reportsFolderName), { recursive: true });
await writeFile(path.join(target, workspaceFileName), `${JSON.stringify(sampleWorkspace.settings, null, 2)}\n`);
for (const report of sampleWorkspace.reports) {
  await writeFile(path.join(target, reportsFolderName, reportFileName(report)), serialiseReport(report));
}
console.log(`Đã ghi ${sampleWorkspace.reports.length} báo cáo mẫu vào ${target}`);
