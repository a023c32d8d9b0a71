import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationService } from '../../core/api/application-results';
import { createApplicationService } from '../../services/api/application-service';
import { dispatchCommand } from '../../services/server/dispatch-command';
import { versionOf } from '../../services/workspace/workspace-store';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const fileName = 'ubnd-le-chan_2019-10.json';

/** Two windows (or a window and another program) on one workspace: neither silently undoes the other. */
describe('saving over a change made elsewhere', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let first: ApplicationService;
  let second: ApplicationService;
  const file = () => path.join(workspace, 'reports', fileName);

  beforeEach(async () => {
    let directory: string;
    ({ directory, remove } = await makeTemporaryDirectory('lost-updates'));
    workspace = path.join(directory, 'workspace');
    await cp(path.resolve(import.meta.dirname, '../../examples/le-chan'), workspace, { recursive: true });
    first = await createApplicationService({ workspaceDirectory: workspace });
    second = await createApplicationService({ workspaceDirectory: workspace });
  });
  afterEach(() => remove());

  it('refuses the second of two saves based on the same version, saying why, and keeps the first on disk', async () => {
    const mine = await first.loadReport({ fileName });
    const theirs = await second.loadReport({ fileName });
    expect(mine.version).toMatch(/^[0-9a-f]{32}$/u);
    expect(theirs.version).toBe(mine.version);

    const saved = await first.saveReport({
      fileName,
      report: { ...mine.report, meta: { ...mine.report.meta, number: 41 } },
      baseVersion: mine.version,
    });
    expect(saved.version).not.toBe(mine.version);

    const answer = await dispatchCommand(second, 'saveReport', {
      fileName,
      report: { ...theirs.report, meta: { ...theirs.report.meta, number: 42 } },
      baseVersion: theirs.version,
    });
    expect(answer).toEqual({ ok: false, code: 'conflict', message: expect.stringContaining(`Tệp “${fileName}” đã được sửa ở nơi khác`) });
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.number).toBe(41);

    // Saving again from the version just saved goes through: a window does not conflict with itself.
    const again = await first.saveReport({
      fileName,
      report: { ...mine.report, meta: { ...mine.report.meta, number: 43 } },
      baseVersion: saved.version,
    });
    expect(again.version).not.toBe(saved.version);
  });

  it('refuses a save over a change made to the file on disk by another program since it was loaded', async () => {
    const loaded = await first.loadReport({ fileName });
    const edited = JSON.parse(await readFile(file(), 'utf8'));
    edited.meta.subject = `${edited.meta.subject} (sửa bằng chương trình khác)`;
    await writeFile(file(), JSON.stringify(edited, null, 2));
    await expect(first.saveReport({ fileName, report: loaded.report, baseVersion: loaded.version })).rejects.toThrow(
      /đã được sửa ở nơi khác/u,
    );
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.subject).toContain('sửa bằng chương trình khác');
  });

  it('overwrites when asked to, and when the client states no version, as an older one did', async () => {
    const loaded = await first.loadReport({ fileName });
    await writeFile(file(), `${await readFile(file(), 'utf8')} `);
    const report = { ...loaded.report, meta: { ...loaded.report.meta, number: 7 } };
    await first.saveReport({ fileName, report, baseVersion: loaded.version, overwrite: true });
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.number).toBe(7);
    await first.saveReport({ fileName, report: { ...report, meta: { ...report.meta, number: 8 } } });
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.number).toBe(8);
  });

  it('says so when the file was deleted or renamed since it was loaded', async () => {
    const loaded = await first.loadReport({ fileName });
    await rm(file());
    await expect(first.saveReport({ fileName, report: loaded.report, baseVersion: loaded.version })).rejects.toThrow(
      `Tệp “${fileName}” đã bị xóa hoặc đổi tên kể từ khi mở.`,
    );
  });

  it('gives the version an export wrote, so the next save from the open report is not taken for a change elsewhere', async () => {
    const loaded = await first.loadReport({ fileName });
    const exported = await first.exportDocx({ fileName, report: loaded.report, baseVersion: loaded.version });
    expect(exported.version).toBe(versionOf(await readFile(file())));
    await first.saveReport({
      fileName,
      report: { ...loaded.report, meta: { ...loaded.report.meta, number: 9 } },
      baseVersion: exported.version,
    });

    // An export from a stale version is refused before it writes anything.
    const docx = path.join(workspace, 'xuat-word', fileName.replace('.json', '.docx'));
    await rm(docx);
    await expect(first.exportDocx({ fileName, report: loaded.report, baseVersion: loaded.version })).rejects.toThrow(
      /đã được sửa ở nơi khác/u,
    );
    await expect(readFile(docx)).rejects.toThrow();
  });

  it('never lets two saves from the same version both through, however close together they come', async () => {
    const loaded = await first.loadReport({ fileName });
    const results = await Promise.allSettled(
      [first, second].map((service, index) =>
        service.saveReport({
          fileName,
          report: { ...loaded.report, meta: { ...loaded.report.meta, number: 50 + index } },
          baseVersion: loaded.version,
        }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('compares the file with the draft, to decide with both in view', async () => {
    const mine = await first.loadReport({ fileName });
    const theirs = await second.loadReport({ fileName });
    await second.saveReport({
      fileName,
      report: { ...theirs.report, meta: { ...theirs.report.meta, number: 42 } },
      baseVersion: theirs.version,
    });
    const draft = { ...mine.report, meta: { ...mine.report.meta, number: 41 } };

    const compared = await first.compareWithFile({ fileName, report: draft });
    expect(compared.version).toBe(versionOf(await readFile(file())));
    expect(compared.comparison?.differences).toEqual([{ part: 'Văn bản', where: 'Số văn bản', inFile: '42', inDraft: '41' }]);

    await rm(file());
    expect(await first.compareWithFile({ fileName, report: draft })).toEqual({ comparison: null, version: null });
  });

  it('keeps both: the draft goes to a file of its own, the changed file stays as it is, nothing is left to restore', async () => {
    const mine = await first.loadReport({ fileName });
    const theirs = await second.loadReport({ fileName });
    await second.saveReport({
      fileName,
      report: { ...theirs.report, meta: { ...theirs.report.meta, number: 42 } },
      baseVersion: theirs.version,
    });
    const draft = { ...mine.report, meta: { ...mine.report.meta, number: 41 } };
    await first.writeBackup({ fileName, report: draft, baseVersion: mine.version });

    const copy = await first.saveReportCopy({ fileName, report: draft });
    expect(copy.fileName).toBe('ubnd-le-chan_2019-10-ban-soan.json');
    const copied = await first.loadReport({ fileName: copy.fileName });
    expect(copied.version).toBe(copy.version);
    expect(copied.report.meta.number).toBe(41);
    expect(copied.report.id).not.toBe(mine.report.id);
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.number).toBe(42);
    expect(await first.listRecoverable({})).toEqual([]);

    // Keeping both again, from the original or from the copy, never writes over a copy already kept.
    expect((await first.saveReportCopy({ fileName, report: draft })).fileName).toBe('ubnd-le-chan_2019-10-ban-soan-2.json');
    expect((await first.saveReportCopy({ fileName: copy.fileName, report: draft })).fileName).toBe('ubnd-le-chan_2019-10-ban-soan-3.json');
  });

  it('gives a restored copy the version it was made on top of, so a file changed since is a conflict at the next save', async () => {
    const mine = await first.loadReport({ fileName });
    const theirs = await second.loadReport({ fileName });
    await second.saveReport({
      fileName,
      report: { ...theirs.report, meta: { ...theirs.report.meta, number: 42 } },
      baseVersion: theirs.version,
    });
    const draft = { ...mine.report, meta: { ...mine.report.meta, number: 41 } };
    await first.writeBackup({ fileName, report: draft, baseVersion: mine.version });

    // The program stopped and starts again: the copy is restored.
    const restarted = await createApplicationService({ workspaceDirectory: workspace });
    const recovered = await restarted.recoverBackup({ fileName });
    expect(recovered.version).toBe(mine.version);
    await expect(restarted.saveReport({ fileName, report: recovered.report, baseVersion: recovered.version })).rejects.toThrow(
      /đã được sửa ở nơi khác/u,
    );
    expect(JSON.parse(await readFile(file(), 'utf8')).meta.number).toBe(42);
  });

  it('takes a copy written before copies stated their base as made on top of the file as it is', async () => {
    const mine = await first.loadReport({ fileName });
    await first.writeBackup({ fileName, report: { ...mine.report, meta: { ...mine.report.meta, number: 41 } } });
    const recovered = await first.recoverBackup({ fileName });
    expect(recovered.version).toBe(versionOf(await readFile(file())));
  });
});
