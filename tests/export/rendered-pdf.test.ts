import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToDocx } from '../../core/export/report-to-docx';
import type { Report } from '../../core/report/report-schema';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { pdfPageSizes, pdfPageText, pdfPageWords, renderToPdf } from '../support/render-pdf';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const millimetre = 72 / 25.4;
const a4 = { width: 595.3, height: 841.9 };

/** Every sample report, exported and rendered by LibreOffice once, as a reader would see it. */
describe('exported reports as LibreOffice renders them', () => {
  let directory: string;
  let remove: () => Promise<void>;
  const pdfOf = (report: Report) => path.join(directory, 'pdf', `${report.id}.pdf`);

  beforeAll(async () => {
    ({ directory, remove } = await makeTemporaryDirectory('rendered'));
    await mkdir(path.join(directory, 'pdf'));
    const files: string[] = [];
    for (const report of sampleWorkspace.reports) {
      const file = path.join(directory, `${report.id}.docx`);
      await writeFile(file, await reportToDocx(report));
      files.push(file);
    }
    await renderToPdf(files, path.join(directory, 'pdf'), path.join(directory, 'profile'));
  }, 240_000);
  afterAll(() => remove());

  describe.each(sampleWorkspace.reports.map((report) => [report.id, report] as const))('%s', (_id, report) => {
    it('is A4, portrait, with the appendix on a landscape page', async () => {
      const sizes = await pdfPageSizes(pdfOf(report));
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      expect(sizes[0]!.width).toBeCloseTo(a4.width, 0);
      expect(sizes[0]!.height).toBeCloseTo(a4.height, 0);
      const last = sizes[sizes.length - 1]!;
      expect(last.width).toBeCloseTo(a4.height, 0);
      expect(last.height).toBeCloseTo(a4.width, 0);
    });

    it('shows no page number on page 1 and 2 at the top of page 2', async () => {
      const firstPage = (await pdfPageText(pdfOf(report), 1)).split('\n').filter((line) => line.trim());
      expect(firstPage[0]!.trim()).not.toMatch(/^\d+$/);
      const secondPage = (await pdfPageText(pdfOf(report), 2)).split('\n').filter((line) => line.trim());
      expect(secondPage[0]!.trim()).toBe('2');
      const words = await pdfPageWords(pdfOf(report), 2);
      const number = words.find((word) => word.text === '2')!;
      expect(number.yMin).toBeLessThan(20 * millimetre);
      expect(number.xMin).toBeGreaterThan(a4.width / 2 - 20);
      expect(number.xMin).toBeLessThan(a4.width / 2 + 20);
    });

    it('starts its text at the left margin (±1 mm)', async () => {
      const words = await pdfPageWords(pdfOf(report), 1);
      const leftEdge = Math.min(...words.map((word) => word.xMin));
      expect(Math.abs(leftEdge - 30 * millimetre)).toBeLessThanOrEqual(1 * millimetre);
    });
  });
});
