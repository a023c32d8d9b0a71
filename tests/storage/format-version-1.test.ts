import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { onlyThisPeriodMark } from '../../core/report/appendix-table';
import { readReportText } from '../../core/report/read-report';
import { currentSchemaVersion } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { listBackups } from '../../services/storage/keep-backups';
import { backupDirectoryFor, reportsDirectory } from '../../services/workspace/workspace-layout';
import { loadReport, saveReport } from '../../services/workspace/workspace-store';
import { makeTemporaryDirectory } from '../support/temporary-directory';

/**
 * Files written by version 1 of the report format (the sample workspace as it was saved then), each beside the text
 * that version printed for it (`cli text`).
 */
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'format-version-1');
const files = [
  'quan-uy-le-chan_2019-9M',
  'quan-uy-le-chan_2020',
  'quan-uy-le-chan_2021-11',
  'ubnd-le-chan_2019-10',
  'ubnd-le-chan_2022-Q3',
];

const fixture = (name: string, extension: string) => readFile(path.join(fixtures, `${name}.${extension}`), 'utf8');

describe('a report file of version 1', () => {
  it.each(files)('%s opens and says what it said: the same text, the same figures', async (name) => {
    const report = readReportText(await fixture(name, 'json'), `${name}.json`);
    expect(report.schemaVersion).toBe(currentSchemaVersion);
    expect(report.indicators.every((row) => row.direction === 'higher' && row.derivation === null && row.previous.value === null)).toBe(
      true,
    );
    const printed = (await fixture(name, 'txt')).split('\n');
    const now = reportToText(report).split('\n');
    const appendix = printed.indexOf(printed.find((line) => line.trim() === 'Phụ lục')!);
    expect(now.slice(0, appendix)).toEqual(printed.slice(0, appendix));
    // In the appendix, a month's same-period figure under a column of cumulatives is kept and marked, with a note.
    // Columns empty in every row (a same period never entered) are no longer printed; the others are as they were.
    const table = now.slice(appendix).filter((line) => line !== '' && !line.startsWith(onlyThisPeriodMark));
    const header = (lines: string[]) => lines.find((line) => line.startsWith('STT | '))!.split(' | ');
    const kept = header(printed.slice(appendix)).map((title) => header(table).includes(title));
    const projected = (line: string) =>
      line.includes(' | ')
        ? line
            .split(' | ')
            .filter((_, index) => kept[index])
            .join(' | ')
        : line;
    expect(table.map((line) => line.replaceAll(` ${onlyThisPeriodMark}`, ''))).toEqual(
      printed
        .slice(appendix)
        .filter((line) => line !== '')
        .map(projected),
    );
  });

  it('writes into the month’s growths the basis and wording version 1 gave them, so they read as before and agree with the figure they follow', async () => {
    const report = readReportText(await fixture('quan-uy-le-chan_2021-11', 'json'), 'quan-uy-le-chan_2021-11.json');
    expect(reportToText(report)).toContain('giá trị sản xuất công nghiệp tháng 11 ước đạt 35,9 tỷ đồng, tăng 8,5% so với cùng kỳ');
    const figures = report.body.content.flatMap((block) => block.content ?? []).filter((node) => node.type === 'figure');
    expect(
      figures.filter((node) => node.attrs.field === 'growth-comparison').map((node) => [node.attrs.basis, node.attrs.comparedWith]),
    ).toEqual([
      ['period', 'same-period'],
      ['period', 'same-period'],
      ['period', 'same-period'],
    ]);
    expect(checkReport(report).filter((finding) => finding.code === 'LECH-KY-SO-SANH')).toEqual([]);
  });

  describe('in a workspace', () => {
    let directory: string;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      ({ directory, remove } = await makeTemporaryDirectory('format-version-1'));
      await mkdir(reportsDirectory(directory), { recursive: true });
    });
    afterEach(() => remove());

    it('is saved in the current version, the file as it was kept among the backups', async () => {
      const fileName = 'ubnd-le-chan_2019-10.json';
      await copyFile(path.join(fixtures, fileName), path.join(reportsDirectory(directory), fileName));
      const report = await loadReport(directory, fileName);
      await saveReport(directory, report, fileName);
      const saved = JSON.parse(await readFile(path.join(reportsDirectory(directory), fileName), 'utf8'));
      expect(saved.schemaVersion).toBe(currentSchemaVersion);
      expect(saved.indicators[0]).toMatchObject({ direction: 'higher', previous: { value: null }, derivation: null });
      const backups = await listBackups(backupDirectoryFor(directory, fileName));
      expect(backups).toHaveLength(1);
      const kept = await readFile(backups[0]!, 'utf8');
      expect(kept).toBe(await fixture('ubnd-le-chan_2019-10', 'json'));
    });
  });
});
