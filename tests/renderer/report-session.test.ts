// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyJson } from '../../core/json/copy-json';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { ReportSession, type ConflictDecision } from '../../renderer/session/report-session';

/** A desktop bridge whose save takes a while, so edits can be made while the file is being written. */
function slowBridge(milliseconds: number) {
  const calls: string[] = [];
  const answer = (name: string, result: unknown) => async () => {
    calls.push(name);
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    return { ok: true, result };
  };
  window.baoCao = {
    saveReport: answer('saveReport', { fileName: 'x.json', savedAt: '' }),
    writeBackup: answer('writeBackup', { writtenAt: '' }),
  } as unknown as NonNullable<typeof window.baoCao>;
  return calls;
}

describe('the report session', () => {
  afterEach(() => {
    delete window.baoCao;
    vi.useRealTimers();
  });

  it('stays unsaved when the report is edited while it is being saved', async () => {
    slowBridge(50);
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019));
    session.setMeta({ ...session.report.meta, number: 1 });
    const saving = session.save();
    session.setMeta({ ...session.report.meta, number: 2 });
    expect(await saving).toBe(true);
    expect(session.dirty).toBe(true);
    expect(session.status).toContain('có thay đổi mới chưa lưu');
    session.dispose();
  });

  it('is saved when nothing changed during the save', async () => {
    slowBridge(10);
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019));
    session.setMeta({ ...session.report.meta, number: 1 });
    expect(await session.save()).toBe(true);
    expect(session.dirty).toBe(false);
    session.dispose();
  });

  it('keeps the text typed while an export ran and takes the rest from the saved report', () => {
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019));
    const before = session.revision();
    const sent = session.report;
    session.setBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Gõ thêm trong lúc xuất.' }] }] });
    session.applySaved({ ...sent, provenance: { ...sent.provenance, exportedAt: '2019-10-31T08:00:00+07:00' } }, before);
    expect(JSON.stringify(session.report.body)).toContain('Gõ thêm trong lúc xuất.');
    expect(session.report.provenance.exportedAt).toBe('2019-10-31T08:00:00+07:00');
    expect(session.dirty).toBe(true);
    session.dispose();
  });

  it('stores the rows and groups the grid edits as the indicator part, kept when saved meanwhile', () => {
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019));
    const events: string[] = [];
    session.subscribe((event) => events.push(event));
    const before = session.revision();
    const sent = session.report;
    const groups = [...sent.groups, { id: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' }];
    const rows = sent.indicators.map((row) => (row.id === 'giam-ho-ngheo' ? { ...row, group: 'cai-cach-hanh-chinh' } : row));
    session.setIndicatorTable(rows, groups);
    expect(events).toContain('indicators');
    expect(session.revision().indicators).toBe(before.indicators + 1);
    expect(session.dirty).toBe(true);
    session.applySaved(sent, before);
    expect(session.report.groups).toBe(groups);
    expect(session.report.indicators).toBe(rows);
    expect(session.dirty).toBe(true);
    session.dispose();
  });

  it('asks a holding editor for its edits before it saves', async () => {
    const calls = slowBridge(1);
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019));
    let held = true;
    session.registerPendingEdits(() => {
      if (!held) return;
      held = false;
      session.setBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Chưa đồng bộ.' }] }] });
    });
    session.markEdited();
    await session.save();
    expect(calls).toContain('saveReport');
    expect(JSON.stringify(session.report.body)).toContain('Chưa đồng bộ.');
    expect(session.dirty).toBe(false);
    session.dispose();
  });

  it('states the version it was loaded as, and asks before writing over a file changed elsewhere', async () => {
    const sent: { baseVersion?: string | null; overwrite?: boolean }[] = [];
    window.baoCao = {
      saveReport: async (payload: { baseVersion?: string | null; overwrite?: boolean }) => {
        sent.push({ baseVersion: payload.baseVersion, overwrite: payload.overwrite });
        return payload.overwrite
          ? { ok: true, result: { fileName: 'x.json', savedAt: '', version: 'v3' } }
          : { ok: false, code: 'conflict', message: 'Tệp “x.json” đã được sửa ở nơi khác.' };
      },
      writeBackup: async () => ({ ok: true, result: { writtenAt: '' } }),
    } as unknown as NonNullable<typeof window.baoCao>;
    const asked: string[] = [];
    let answer: ConflictDecision = { kind: 'leave' };
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019), 'v1', async (message) => {
      asked.push(message);
      return answer;
    });
    session.setMeta({ ...session.report.meta, number: 1 });

    expect(await session.save()).toBe(false);
    expect(asked).toEqual(['Tệp “x.json” đã được sửa ở nơi khác.']);
    expect(session.dirty).toBe(true);
    expect(session.status).toContain('đã được sửa ở nơi khác');
    expect(sent).toEqual([{ baseVersion: 'v1', overwrite: undefined }]);

    answer = { kind: 'overwrite' };
    expect(await session.save()).toBe(true);
    expect(session.dirty).toBe(false);
    expect(sent.slice(1)).toEqual([
      { baseVersion: 'v1', overwrite: undefined },
      { baseVersion: 'v1', overwrite: true },
    ]);
    session.dispose();
  });

  it('keeps both: the draft kept in a file of its own leaves nothing unsaved, and the file is not written over', async () => {
    const sent: { overwrite?: boolean }[] = [];
    const backups: unknown[] = [];
    window.baoCao = {
      saveReport: async (payload: { overwrite?: boolean }) => {
        sent.push({ overwrite: payload.overwrite });
        return { ok: false, code: 'conflict', message: 'Tệp “x.json” đã được sửa ở nơi khác.' };
      },
      writeBackup: async (payload: { baseVersion?: string | null }) => {
        backups.push(payload.baseVersion);
        return { ok: true, result: { writtenAt: '' } };
      },
    } as unknown as NonNullable<typeof window.baoCao>;
    const drafts: number[] = [];
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019), 'v1', async (_message, draft) => {
      drafts.push(draft.meta.number ?? 0);
      return { kind: 'copied', fileName: 'x-ban-soan.json' };
    });
    session.setMeta({ ...session.report.meta, number: 7 });
    await session.writeAutosaveNow();
    expect(backups).toEqual(['v1']);

    expect(await session.save()).toBe(true);
    expect(drafts).toEqual([7]);
    expect(sent).toEqual([{ overwrite: undefined }]);
    expect(session.dirty).toBe(false);
    expect(session.status).toContain('x-ban-soan.json');
    session.dispose();
  });

  it('saves one at a time, the second stating the version the first wrote', async () => {
    const sent: (string | null | undefined)[] = [];
    let version = 1;
    window.baoCao = {
      saveReport: async (payload: { baseVersion?: string | null }) => {
        sent.push(payload.baseVersion);
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (payload.baseVersion !== `v${version}`) return { ok: false, code: 'conflict', message: 'xung đột' };
        version += 1;
        return { ok: true, result: { fileName: 'x.json', savedAt: '', version: `v${version}` } };
      },
      writeBackup: async () => ({ ok: true, result: { writtenAt: '' } }),
    } as unknown as NonNullable<typeof window.baoCao>;
    const session = new ReportSession('x.json', copyJson(peoplesCommitteeOctober2019), 'v1');
    session.setMeta({ ...session.report.meta, number: 1 });
    expect(await Promise.all([session.save(), session.save()])).toEqual([true, true]);
    expect(sent).toEqual(['v1', 'v2']);
    session.dispose();
  });
});
