import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { bodyToText } from '../../core/body/body-to-text';
import { withClosingMark } from '../../core/body/closing-mark';
import { reportToDocx } from '../../core/export/report-to-docx';
import { ReportFileError } from '../../core/report/read-report';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { runCommandLine } from '../../services/cli/run-command-line';
import { exportedParts } from '../support/exported-docx';
import { exportedReportOf } from '../support/exported-report';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { analyseWordFile } from '../../services/word/analyse-word-file';

const reports = sampleWorkspace.reports.map((report) => [report.id, report] as const);

describe('exporting and importing again', () => {
  it.each(reports)('gives back the same report: %s', async (_id, report) => {
    const bytes = await reportToDocx(report);
    expect(await exportedReportOf(bytes, 'bao-cao.docx')).toEqual(report);
  });

  it.each(reports)('lets another reader (mammoth) read every paragraph of the body: %s', async (_id, report) => {
    const bytes = await reportToDocx(report);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const read = value.replace(/\s+/g, ' ');
    for (const line of bodyToText(withClosingMark(report.body), report.indicators, report.period)) {
      expect(read).toContain(
        line
          .replace(/^(- |\[[ x]\] )/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  });

  it('finds the report by its namespace, not by the part’s name', async () => {
    const { names } = await exportedParts(sampleWorkspace.reports[0]!);
    expect(names).toEqual(expect.arrayContaining(['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels']));
  });

  it('refuses a Word file the program did not write, saying why', async () => {
    const foreign = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('Văn bản khác')] }] })));
    await expect(analyseWordFile(foreign, 'khac.docx')).rejects.toThrow(ReportFileError);
    await expect(analyseWordFile(foreign, 'khac.docx')).rejects.toThrow(/không tìm thấy báo cáo kèm theo/);
    await expect(analyseWordFile(new TextEncoder().encode('không phải zip'), 'hong.docx')).rejects.toThrow(/không phải tệp Word/);
  });

  it('exports and imports through the command line', async () => {
    const { directory, remove } = await makeTemporaryDirectory('cli-export');
    try {
      let error = '';
      const output = { out: () => undefined, error: (text: string) => (error += text) };
      const source = path.resolve(import.meta.dirname, '../../examples/le-chan/reports/quan-uy-le-chan_2021-11.json');
      expect(await runCommandLine(['export', source, '-o', path.join(directory, 'bao-cao.docx')], output)).toBe(0);
      expect(await runCommandLine(['import', path.join(directory, 'bao-cao.docx'), '-o', path.join(directory, 'lai.json')], output)).toBe(
        0,
      );
      expect(JSON.parse(await readFile(path.join(directory, 'lai.json'), 'utf8'))).toEqual(JSON.parse(await readFile(source, 'utf8')));
      expect(await runCommandLine(['import', path.join(directory, 'khong-co.docx'), '-o', path.join(directory, 'x.json')], output)).toBe(2);
      expect(error).toContain('khong-co.docx');
    } finally {
      await remove();
    }
  });
});
