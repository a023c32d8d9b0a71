import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles } from '../../services/storage/write-file-atomically';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { buildVersionedDocument, readVersionedDocument } from './fixtures/versioned-document';

const saveForeverScript = fileURLToPath(new URL('./fixtures/save-forever.ts', import.meta.url));
const rounds = 50;
const readyTimeoutMilliseconds = 15_000;

interface RoundResult {
  version: number;
  /** Temporary files left behind, i.e. the kill landed in the middle of a save. */
  leftovers: string[];
}

/** Starts the saving child on `targetFile`, kills it 5–60 ms after its first save, and checks what is on disk. */
async function killDuringSave(targetFile: string): Promise<RoundResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', saveForeverScript, targetFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let errorOutput = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errorOutput += chunk));
  try {
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`child not ready after ${readyTimeoutMilliseconds} ms\n${errorOutput}`)),
        readyTimeoutMilliseconds,
      );
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', reject);
      void exited.then(({ code, signal }) => reject(new Error(`child exited early (code ${code}, signal ${signal})\n${errorOutput}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 55));
  } finally {
    child.kill('SIGKILL');
  }
  const { signal } = await exited;
  expect(signal).toBe('SIGKILL');

  const version = readVersionedDocument(await fs.readFile(targetFile, 'utf8'));
  const leftovers = await removeStaleTemporaryFiles(path.dirname(targetFile));
  return { version, leftovers };
}

describe('a save killed half-way', () => {
  it(`leaves one complete version on disk, ${rounds} times in a row`, { timeout: 120_000 }, async () => {
    const { directory, remove } = await makeTemporaryDirectory('kill');
    try {
      const targetFile = path.join(directory, 'bao-cao.json');
      const results: RoundResult[] = [];
      for (let round = 0; round < rounds; round += 1) {
        // Each round starts from a complete file, so the first save always overwrites an existing one.
        await fs.writeFile(targetFile, buildVersionedDocument(0));
        const result = await killDuringSave(targetFile);
        expect(result.version, `round ${round}`).toBeGreaterThanOrEqual(1);
        expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
        results.push(result);
      }
      // Otherwise every kill fell between two saves and the test proved nothing.
      expect(results.filter((result) => result.leftovers.length > 0).length).toBeGreaterThan(0);
    } finally {
      await remove();
    }
  });
});
