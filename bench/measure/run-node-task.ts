import { spawn } from 'node:child_process';
import path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const resultMarker = 'BENCH_RESULT ';

/**
 * Runs one measuring task in a fresh Node process with the garbage collector exposed, so that each workload is
 * measured in a process that holds nothing else, and returns what it printed after the result marker.
 */
export function runNodeTask<Result>(task: 'export' | 'workspace' | 'checks' | 'hostile', options: object): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', path.join(repositoryRoot, 'bench/measure/node-task-main.ts'), task, JSON.stringify(options)],
      { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith(resultMarker));
      if (code !== 0 || !line) {
        reject(new Error(`benchmark task “${task}” failed (exit ${code}):\n${errors.trim() || output.trim()}`));
        return;
      }
      resolve(JSON.parse(line.slice(resultMarker.length)) as Result);
    });
  });
}
