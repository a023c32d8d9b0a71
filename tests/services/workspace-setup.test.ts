import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestedProfile } from '../../core/organisation/office-kinds';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { createApplicationService, examplesDirectory } from '../../services/api/application-service';
import { dispatchCommand } from '../../services/server/dispatch-command';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const commune: OrganisationProfile = {
  ...suggestedProfile({ kind: 'ubnd-xa', name: 'Hòa An', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' }),
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nông Văn Bình' },
};
const partyCommittee: OrganisationProfile = {
  ...suggestedProfile({ kind: 'dang-uy-xa', name: 'Hòa An', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' }),
  signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Hoàng Thị Lan' },
};

describe('setting a workspace up through the application service', () => {
  let root: string;
  let remove: () => Promise<void>;
  let opened: string[];
  const start = (workspaceDirectory: string | null) =>
    createApplicationService({
      workspaceDirectory,
      sampleWorkspace: { examplesDirectory, copiesDirectory: path.join(root, 'nguoi-dung') },
      onWorkspaceOpened: (directory) => opened.push(directory),
      now: () => new Date('2026-12-02T08:00:00+07:00'),
    });

  beforeEach(async () => {
    ({ directory: root, remove } = await makeTemporaryDirectory('setup'));
    opened = [];
  });
  afterEach(() => remove());

  it('starts without a workspace on an empty or missing folder, offers it for creation, and refuses report commands meanwhile', async () => {
    const empty = path.join(root, 'trong');
    await mkdir(empty);
    const service = await start(empty);
    expect(await service.openWorkspace({ directory: null })).toEqual({ open: false, proposedDirectory: empty });
    const answer = await dispatchCommand(service, 'listReports', {});
    expect(answer).toEqual({ ok: false, message: 'Chưa mở thư mục làm việc nào. Hãy mở hoặc tạo một thư mục làm việc.' });

    const missing = path.join(root, 'chua-co', 'hoa-an');
    expect(await (await start(missing)).openWorkspace({ directory: null })).toEqual({ open: false, proposedDirectory: missing });
    expect(await readdir(root)).toEqual(['trong']);
  });

  it('refuses a folder that is neither empty nor a workspace, at start and when asked, writing nothing into it', async () => {
    const documents = path.join(root, 'tai-lieu');
    await mkdir(documents);
    await writeFile(path.join(documents, 'ghi-chu.txt'), 'của người dùng');
    await expect(start(documents)).rejects.toThrow(/không trống và không phải là thư mục làm việc/);
    const service = await start(null);
    await expect(service.openWorkspace({ directory: documents })).rejects.toThrow(/Phần mềm không ghi gì vào thư mục này/);
    await expect(service.createWorkspace({ directory: documents, name: 'Xã Hòa An' })).rejects.toThrow(/không trống/);
    expect(await readdir(documents)).toEqual(['ghi-chu.txt']);
  });

  it('creates a workspace, declares two organisations of one commune, and creates a report of each', async () => {
    const service = await start(null);
    const folder = path.join(root, 'hoa-an');
    const created = await service.createWorkspace({ directory: folder, name: 'Xã Hòa An' });
    expect(created).toEqual({
      open: true,
      directory: folder,
      isSample: false,
      settings: { schemaVersion: 1, name: 'Xã Hòa An', organisations: [] },
    });
    expect(opened).toEqual([folder]);

    await expect(
      service.createFromTemplate({ templateId: 'ubnd-thang', periodKey: '2026-11', organisationId: 'ubnd-xa-hoa-an' }),
    ).rejects.toThrow(/chưa khai báo cơ quan nào/);
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    const { settings } = await service.saveOrganisation({ organisation: partyCommittee, replacesId: null });
    expect(settings.organisations.map((organisation) => organisation.id)).toEqual(['ubnd-xa-hoa-an', 'dang-uy-xa-hoa-an']);
    expect(JSON.parse(await readFile(path.join(folder, 'workspace.json'), 'utf8')).organisations).toHaveLength(2);

    const state = await service.createFromTemplate({ templateId: 'ubnd-thang', periodKey: '2026-11', organisationId: 'ubnd-xa-hoa-an' });
    expect(state.fileName).toBe('ubnd-xa-hoa-an_2026-11.json');
    expect(state.report.meta.addressees).toEqual(['Ủy ban nhân dân tỉnh Cao Bằng']);
    const party = await service.createFromTemplate({ templateId: 'dang-thang', periodKey: '2026-11', organisationId: 'dang-uy-xa-hoa-an' });
    expect(party.report.organisation.numberSymbol).toBe('BC/ĐU');
    expect((await service.listReports({})).map((entry) => entry.fileName).sort()).toEqual([
      'dang-uy-xa-hoa-an_2026-11.json',
      'ubnd-xa-hoa-an_2026-11.json',
    ]);
  });

  it('keeps an id that reports use, refuses a duplicate id, and removes only an organisation without reports', async () => {
    const service = await start(null);
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    await service.saveOrganisation({ organisation: partyCommittee, replacesId: null });
    await expect(service.saveOrganisation({ organisation: { ...partyCommittee }, replacesId: null })).rejects.toThrow(
      /đã có một cơ quan mang mã “dang-uy-xa-hoa-an”/,
    );
    await service.createFromTemplate({ templateId: 'ubnd-thang', periodKey: '2026-11', organisationId: 'ubnd-xa-hoa-an' });
    await expect(
      service.saveOrganisation({ organisation: { ...commune, id: 'ubnd-hoa-an' }, replacesId: 'ubnd-xa-hoa-an' }),
    ).rejects.toThrow(/đã có báo cáo mang mã này/);
    const renamedSigner = await service.saveOrganisation({
      organisation: { ...commune, signer: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Lục Văn Tùng' } },
      replacesId: 'ubnd-xa-hoa-an',
    });
    expect(renamedSigner.settings.organisations[0]?.signer.name).toBe('Lục Văn Tùng');
    await expect(service.removeOrganisation({ organisationId: 'ubnd-xa-hoa-an' })).rejects.toThrow(/còn 1 báo cáo/);
    const removed = await service.removeOrganisation({ organisationId: 'dang-uy-xa-hoa-an' });
    expect(removed.settings.organisations.map((organisation) => organisation.id)).toEqual(['ubnd-xa-hoa-an']);
  });

  it('refuses an organisation with a wrong field, in Vietnamese, naming the field', async () => {
    const service = await start(null);
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    const answer = await dispatchCommand(service, 'saveOrganisation', {
      organisation: { ...commune, issuingBody: '  ' },
      replacesId: null,
    });
    expect(answer).toEqual({
      ok: false,
      message: 'Dữ liệu gửi kèm lệnh “saveOrganisation” không hợp lệ ở organisation.issuingBody: Chưa có tên cơ quan ban hành.',
    });
  });

  it('opens a copy of the sample of today’s offices first, and the historical one when asked, leaving the shipped ones untouched', async () => {
    const service = await start(null);
    const state = await service.openSampleWorkspace({});
    expect(state.open && state.isSample).toBe(true);
    expect(state.open && state.directory).toBe(path.join(root, 'nguoi-dung', 'mau-xa-tan-thanh'));
    expect(state.open && state.settings.organisations.map((organisation) => organisation.issuerName)).toEqual([
      'Ủy ban nhân dân xã Tân Thành',
      'Đảng ủy xã Tân Thành',
    ]);
    expect((await service.listReports({})).length).toBeGreaterThan(10);
    const historical = await service.openSampleWorkspace({ sample: 'le-chan' });
    expect(historical.open && historical.directory).toBe(path.join(root, 'nguoi-dung', 'mau-le-chan'));
    expect((await service.listReports({})).length).toBe(5);
  });

  it('lets a roll-over take the organisation as the workspace now describes it', async () => {
    const service = await start(null);
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    await service.createFromTemplate({ templateId: 'ubnd-thang', periodKey: '2026-11', organisationId: 'ubnd-xa-hoa-an' });
    const newChairman = { ...commune, signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Đàm Văn Hùng' } };
    await service.saveOrganisation({ organisation: newChairman, replacesId: 'ubnd-xa-hoa-an' });
    const december = await service.createFromPrevious({
      previousFileName: 'ubnd-xa-hoa-an_2026-11.json',
      templateId: 'ubnd-thang',
      periodKey: '2026-12',
      organisationId: 'ubnd-xa-hoa-an',
    });
    expect(december.report.organisation.signer.name).toBe('Đàm Văn Hùng');
  });
});
