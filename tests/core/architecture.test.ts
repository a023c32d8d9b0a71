import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDirectory = path.resolve(import.meta.dirname, '../../core');

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('core/', () => {
  it('imports neither Electron, Node built-ins, nor the rest of the project', async () => {
    const offending: string[] = [];
    for (const file of await sourceFiles(coreDirectory)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1]!;
        const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier;
        const leavesCore = specifier.startsWith('.') && !resolved.startsWith(coreDirectory);
        if (specifier.startsWith('node:') || specifier === 'electron' || specifier.startsWith('electron/') || leavesCore) {
          offending.push(`${path.relative(coreDirectory, file)} → ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('is type-checked without the DOM or Node type libraries', async () => {
    const config = JSON.parse(await readFile(path.join(coreDirectory, 'tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.lib).toEqual(['ES2023']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});
