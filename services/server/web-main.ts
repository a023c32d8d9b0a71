import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApplicationService, examplesDirectory } from '../api/application-service';
import { addRecentWorkspace, readRecentWorkspaces, recentWorkspacesFileName, writeRecentWorkspaces } from '../workspace/recent-workspaces';
import { inspectFolder } from '../workspace/workspace-folder';
import { startWebServer } from './web-server';

/**
 * `npm run web`: the browser mode. Opens the given folder (a workspace, or an empty or missing folder offered for
 * creation), or else the last workspace used, or else the set-up screen; serves the interface on 127.0.0.1 and
 * prints the address to open. The user's folder (recent workspaces, the copy of the sample) is
 * `~/.bao-cao-so-ket`, or `BAO_CAO_SO_KET_HOME`.
 */
const { values } = parseArgs({ options: { workspace: { type: 'string' }, port: { type: 'string' } } });
const port = values.port ? Number(values.port) : Number(process.env['PORT'] ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng “${values.port}” không hợp lệ.`);
  process.exit(2);
}
const userDirectory = process.env['BAO_CAO_SO_KET_HOME'] ?? path.join(os.homedir(), '.bao-cao-so-ket');
const recentFile = path.join(userDirectory, recentWorkspacesFileName);
let recent = await readRecentWorkspaces(recentFile);
let recentWritten: Promise<void> = Promise.resolve();

const startDirectory = values.workspace ? path.resolve(values.workspace) : await lastWorkspace(recent);
let service;
try {
  service = await createApplicationService({
    workspaceDirectory: startDirectory,
    sampleWorkspace: { examplesDirectory, copiesDirectory: userDirectory },
    onWorkspaceOpened: (directory) => {
      recent = addRecentWorkspace(recent, directory);
      const directories = recent;
      recentWritten = recentWritten
        .then(() => writeRecentWorkspaces(recentFile, directories))
        .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
    },
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const server = await startWebServer({ service, staticDirectory: path.resolve(import.meta.dirname, '../../renderer/dist'), port });
console.log(`Báo cáo sơ kết đang chạy tại ${server.url}`);
console.log(startDirectory ? `Thư mục làm việc: ${startDirectory}` : 'Chưa chọn thư mục làm việc: hãy mở địa chỉ trên để chọn hoặc tạo.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** The most recent folder that is still a workspace; null opens the set-up screen. */
async function lastWorkspace(directories: readonly string[]): Promise<string | null> {
  for (const directory of directories) {
    if ((await inspectFolder(directory).catch(() => 'other')) === 'workspace') return directory;
  }
  return null;
}
