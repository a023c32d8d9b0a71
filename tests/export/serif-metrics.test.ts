import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
// Installed by `.ci/run` (Debian's fonts-liberation2); elsewhere the committed metrics are taken on trust.
const fontDirectory = '/usr/share/fonts/truetype/liberation2';

describe('the font metrics the exporter measures lines with', () => {
  it.skipIf(!existsSync(fontDirectory))(
    'are those of the Liberation Serif 2 installed here, the font LibreOffice renders Times New Roman with',
    async () => {
      const { directory, remove } = await makeTemporaryDirectory('font-metrics');
      try {
        const written = path.join(directory, 'serif-metrics.ts');
        await run(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'tools/write-font-metrics.ts'), written], { timeout: 60_000 });
        expect(await readFile(written, 'utf8')).toBe(await readFile(path.join(root, 'core/export/serif-metrics.ts'), 'utf8'));
      } finally {
        await remove();
      }
    },
  );
});
