import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const sample = path.resolve(import.meta.dirname, '../../examples/le-chan/reports/ubnd-le-chan_2019-10.json');
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('cli export', () => {
  let directory: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ directory, remove } = await makeTemporaryDirectory('cli-export')));
  afterEach(() => remove());

  it('exports a report without errors', async () => {
    const target = path.join(directory, 'bao-cao.docx');
    const result = await runCli('export', sample, '-o', target);
    expect(result).toMatchObject({ code: 0, error: '' });
    expect(result.out).toContain('Đã xuất');
    expect(await exists(target)).toBe(true);
  });

  it('refuses a report whose figures would print empty, says which and why, and writes nothing unless --force', async () => {
    const report = JSON.parse(await readFile(sample, 'utf8'));
    report.indicators[0].value = null;
    const source = path.join(directory, 'thieu-so-lieu.json');
    await writeFile(source, JSON.stringify(report));
    const target = path.join(directory, 'bao-cao.docx');

    const refused = await runCli('export', source, '-o', target);
    expect(refused.code).toBe(1);
    expect(refused.error).toContain(`Chưa xuất ${target}`);
    expect(refused.error).toMatch(/LỖI \[SO-LIEU-TRONG\] .*“…”/u);
    expect(refused.error).toContain('--force');
    expect(await exists(target)).toBe(false);

    const forced = await runCli('export', source, '-o', target, '--force');
    expect(forced.code).toBe(0);
    expect(forced.error).toContain('--force');
    expect(await exists(target)).toBe(true);
  });
});
