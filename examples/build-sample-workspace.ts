import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../core/report/report-schema';
import type { WorkspaceSettings } from '../core/workspace/workspace-settings';
import { buildCommuneWorkspace } from './commune/commune-workspace';
import { sampleWorkspace } from './sample/sample-workspace';
import { serialiseReport } from '../services/workspace/workspace-store';
import { reportFileName, reportsFolderName, workspaceFileName } from '../services/workspace/workspace-layout';

/**
 * Writes the sample workspaces from their sources: `examples/le-chan/` from `examples/sample/`, `examples/xa-tan-thanh/`
 * from `examples/commune/`. Run with `npm run sample`.
 */
const examples = path.dirname(fileURLToPath(import.meta.url));

async function write(folder: string, workspace: { settings: WorkspaceSettings; reports: Report[] }): Promise<void> {
  const target = path.join(examples, folder);
  await rm(path.join(target, reportsFolderName), { recursive: true, force: true });
  await mkdir(path.join(target, reportsFolderName), { recursive: true });
  await writeFile(path.join(target, workspaceFileName), `${JSON.stringify(workspace.settings, null, 2)}\n`);
  for (const report of workspace.reports) {
    await writeFile(path.join(target, reportsFolderName, reportFileName(report)), serialiseReport(report));
  }
  console.log(`Đã ghi ${workspace.reports.length} báo cáo mẫu vào ${target}`);
}

await write('le-chan', sampleWorkspace);
await write('xa-tan-thanh', await buildCommuneWorkspace());
