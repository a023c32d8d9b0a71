import { cp } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportToDocx } from '../../core/export/report-to-docx';
import { ReportFileError } from '../../core/report/read-report';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { createApplicationService } from '../../services/api/application-service';
import { openWordFile } from '../../services/word/open-word-file';
import { importInWorker } from '../../services/word/word-import-in-worker';
import { runWordImportJob, type WordImportRequest } from '../../services/word/word-import-job';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const root = path.resolve(import.meta.dirname, '../..');
const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const options = { organisations: [], knownIndicators: () => [], period: null, id: 'nhap', createdAt: '2026-12-03T08:00:00Z' };

async function exportedEntries(): Promise<Record<string, Uint8Array>> {
  return unzipSync(await reportToDocx(peoplesCommitteeOctober2019));
}

function request(bytes: Uint8Array, label: string): WordImportRequest {
  return { bytes, label, organisations: [], knownIndicators: {}, period: null, id: 'nhap', createdAt: '2026-12-03T08:00:00Z' };
}

describe('a hostile Word file', () => {
  it('is refused at the first unclosed tag of its embedded report, naming the part (once a minute of backtracking)', async () => {
    const hostile = zipSync({
      ...(await exportedEntries()),
      'customXml/item1.xml': strToU8('<report xmlns="urn:bao-cao-so-ket:report">'.repeat(110)),
    });
    await expect(openWordFile(hostile, 'bac-hai.docx', options)).rejects.toThrow(
      /Không mở được “bac-hai\.docx”\.\n {2}- customXml\/item1\.xml: XML không hợp lệ \(1:\d+: unclosed tag/,
    );
  });

  it.each([
    [
      'the embedded report',
      'customXml/item1.xml',
      `<report xmlns="urn:bao-cao-so-ket:report">${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</report>`,
    ],
    [
      'the document, tables in tables',
      'word/document.xml',
      `<w:document ${wordNamespace}><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}</w:body></w:document>`,
    ],
    [
      'the document, runs in runs',
      'word/document.xml',
      `<w:document ${wordNamespace}><w:body><w:p>${'<w:r>'.repeat(100_000)}${'</w:r>'.repeat(100_000)}</w:p></w:body></w:document>`,
    ],
  ])('nested thousands deep in %s is refused at the limit, before it is walked', async (_case, part, xml) => {
    // A document part alone: in a file the tool exported, an unreadable text falls back on the embedded report.
    const hostile = zipSync(
      part === 'word/document.xml' ? { [part]: strToU8(xml) } : { ...(await exportedEntries()), [part]: strToU8(xml) },
    );
    await expect(openWordFile(hostile, 'long-nhau.docx', options)).rejects.toThrow(
      `Không mở được “long-nhau.docx”.\n  - ${part}: các thẻ XML lồng nhau sâu hơn 256 tầng (dòng 1)`,
    );
  });

  it('nested as deep as real documents are is read', async () => {
    const nested = `${'<w:tbl><w:tr><w:tc>'.repeat(20)}<w:p><w:r><w:t>Ô trong cùng</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(20)}`;
    const entries = await exportedEntries();
    const document = new TextDecoder().decode(entries['word/document.xml']).replace('<w:body>', `<w:body>${nested}<w:p/>`);
    const opened = await openWordFile(zipSync({ ...entries, 'word/document.xml': strToU8(document) }), 'bang.docx', options);
    expect(opened.kind).toBe('exported');
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
