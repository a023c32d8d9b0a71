import { cp } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportToDocx } from '../../core/export/report-to-docx';
import { ReportFileError } from '../../core/report/read-report';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { createApplicationService } from '../../services/api/application-service';
import { defaultWordFileLimits } from '../../services/word/read-word-archive';
import { openWordFile } from '../../services/word/open-word-file';
import { importInWorker } from '../../services/word/word-import-in-worker';
import { runWordImportJob, type WordImportRequest } from '../../services/word/word-import-job';
import { deepNestings, deeplyNestedFile, exportedEntries, nestedTablesFile, unclosedTagsFile } from '../support/hostile-word-files';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { zipBomb } from '../support/zip-bomb';

const root = path.resolve(import.meta.dirname, '../..');
const options = { organisations: [], knownIndicators: () => [], period: null, id: 'nhap', createdAt: '2026-12-03T08:00:00Z' };

function request(bytes: Uint8Array, label: string): WordImportRequest {
  return { bytes, label, organisations: [], knownIndicators: {}, period: null, id: 'nhap', createdAt: '2026-12-03T08:00:00Z' };
}

describe('a hostile Word file', () => {
  it('is refused at the first unclosed tag of its embedded report, naming the part (once a minute of backtracking)', async () => {
    await expect(openWordFile(await unclosedTagsFile(), 'bac-hai.docx', options)).rejects.toThrow(
      /^Không mở được “bac-hai\.docx”\.\n {2}- customXml\/item1\.xml: XML không hợp lệ: thẻ <report> được mở mà không được đóng \(dòng 1, cột \d+\)/,
    );
  });

  it.each(Object.values(deepNestings).map((nesting) => [nesting.description, nesting] as const))(
    'nested thousands deep in %s is refused at the limit, before it is walked',
    async (_case, nesting) => {
      await expect(openWordFile(await deeplyNestedFile(nesting), 'long-nhau.docx', options)).rejects.toThrow(
        `Không mở được “long-nhau.docx”.\n  - ${nesting.part}: các thẻ XML lồng nhau sâu hơn 256 tầng (dòng 1)`,
      );
    },
  );

  it('nested as deep as real documents are is read', async () => {
    const opened = await openWordFile(await nestedTablesFile(20), 'bang.docx', options);
    expect(opened.kind).toBe('exported');
  });

  it('inflating to a gigabyte is refused as a compression bomb, from its header, naming the file and the part', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(importInWorker(request(bomb, 'bom.docx'))).rejects.toThrow(
      'Không mở được “bom.docx”.\n  - word/document.xml: khi giải nén, phần này vượt quá giới hạn 48 MB; tệp có thể đã bị làm hỏng cố ý (bom nén).',
    );
  });

  it('inflating to a gigabyte while its header says less is stopped as it inflates, naming the file and the part', async () => {
    const bomb = zipBomb({ declaredBytes: defaultWordFileLimits.partBytes });
    await expect(importInWorker(request(bomb, 'bom-noi-doi.docx'))).rejects.toThrow(
      'Không mở được “bom-noi-doi.docx”.\n  - word/document.xml: khi giải nén, phần này dài hơn kích thước ghi trong tệp nén; tệp có thể đã bị làm hỏng cố ý (bom nén).',
    );
  });

  it('made as a compression bomb is a well-formed zip that inflates to its size (built small)', () => {
    const document = unzipSync(zipBomb({ inflatedBytes: 3 * 1024 * 1024 + 17 }))['word/document.xml']!;
    expect(document.length).toBe(3 * 1024 * 1024 + 17);
    expect(new TextDecoder().decode(document.subarray(-41))).toMatch(/ <\/w:t><\/w:r><\/w:p><\/w:body><\/w:document>$/);
  });
});

describe('an import in a worker', () => {
  it('gives what the import gives in this thread', async () => {
    const bytes = await reportToDocx(peoplesCommitteeOctober2019);
    const job = { ...request(bytes, 'thang-10.docx'), accept: 'default' as const };
    expect(await importInWorker(job)).toEqual(await runWordImportJob(job));
  });

  it('carries a refusal back whole, as the same kind of error with the same message', async () => {
    const hostile = zipSync({ ...(await exportedEntries()), 'customXml/item1.xml': strToU8('<report xmlns="urn:bao-cao-so-ket:report">') });
    const inThread = await runWordImportJob(request(hostile, 'hong.docx')).catch((error: unknown) => error);
    const inWorker = await importInWorker(request(hostile, 'hong.docx')).catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(ReportFileError);
    expect((inWorker as ReportFileError).message).toBe((inThread as ReportFileError).message);
    expect((inWorker as ReportFileError).problems).toEqual((inThread as ReportFileError).problems);
  });

  it('is stopped at its time bound and refused, naming the file', async () => {
    const bytes = await reportToDocx(peoplesCommitteeOctober2019);
    await expect(importInWorker(request(bytes, 'cham.docx'), { milliseconds: 100, heapMegabytes: 512 })).rejects.toThrow(
      /^Không mở được “cham\.docx”\.\n {2}- \(tệp\): đọc tệp quá 0,1 giây mà chưa xong, nên đã dừng/,
    );
  });
});

describe('the service while a Word file is read', () => {
  let remove: () => Promise<void>;
  let workspace: string;
  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('worker-import'));
    await cp(path.join(root, 'examples/le-chan'), workspace, { recursive: true });
  });
  afterEach(() => remove());

  it('answers another command before the import is done', async () => {
    const service = await createApplicationService({ workspaceDirectory: workspace });
    const base64 = Buffer.from(await reportToDocx(peoplesCommitteeOctober2019)).toString('base64');
    const finished: string[] = [];
    const importing = service.previewImport({ name: 'thang-10.docx', base64, periodKey: null }).then(() => finished.push('import'));
    const listing = service.listReports({}).then(() => finished.push('list'));
    await Promise.all([importing, listing]);
    expect(finished).toEqual(['list', 'import']);
  });
});
