import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** `npm run web`'s server as its own process, so that a test can kill it as a crash would. */
export interface WebAppProcess {
  url: string;
  child: ChildProcess;
  kill: () => Promise<void>;
}

export async function startWebApp(workspace: string): Promise<WebAppProcess> {
  const userDirectory = await mkdtemp(path.join(os.tmpdir(), 'bao-cao-nguoi-dung-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'services/server/web-main.ts'), '--workspace', workspace, '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The recent folders and the sample's copy go to a folder of the test, never into the home folder of whoever runs it.
      env: { ...process.env, BAO_CAO_SO_KET_HOME: userDirectory },
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${errors}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${errors}`)));
  });
  return {
    url,
    child,
    kill: () =>
      new Promise((resolve) => {
        const removeUserDirectory = () => void rm(userDirectory, { recursive: true, force: true }).then(() => resolve());
        if (child.exitCode !== null) return removeUserDirectory();
        child.once('exit', removeUserDirectory);
        child.kill('SIGKILL');
      }),
  };
}
