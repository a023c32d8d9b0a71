import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copySampleWorkspace, createApplicationService } from '../api/application-service';
import { startWebServer } from './web-server';

/**
 * `npm run web`: the browser mode. Opens the given workspace, or on first start a copy of the sample workspace in
 * the user's folder, serves the interface on 127.0.0.1 and prints the address to open.
 */
const { values } = parseArgs({ options: { workspace: { type: 'string' }, port: { type: 'string' } } });
const workspaceDirectory = values.workspace
  ? path.resolve(values.workspace)
  : await copySampleWorkspace(path.join(os.homedir(), '.bao-cao-so-ket', 'mau-le-chan'));
const port = values.port ? Number(values.port) : Number(process.env['PORT'] ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng “${values.port}” không hợp lệ.`);
  process.exit(2);
}
const service = await createApplicationService({ workspaceDirectory });
const server = await startWebServer({ service, staticDirectory: path.resolve(import.meta.dirname, '../../renderer/dist'), port });
console.log(`Báo cáo sơ kết đang chạy tại ${server.url}`);
console.log(`Thư mục làm việc: ${workspaceDirectory}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
