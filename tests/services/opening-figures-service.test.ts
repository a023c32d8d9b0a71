import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestedProfile } from '../../core/organisation/office-kinds';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { OpeningFigures } from '../../core/workspace/opening-figures';
import { createApplicationService, examplesDirectory } from '../../services/api/application-service';
import { dispatchCommand } from '../../services/server/dispatch-command';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const commune: OrganisationProfile = {
  ...suggestedProfile({ kind: 'ubnd-xa', name: 'Hòa An', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' }),
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nông Văn Bình' },
};

const opening: OpeningFigures = {
  organisationId: commune.id,
  year: 2025,
  throughMonth: 6,
  indicators: [
    {
      id: 'thu-ngan-sach',
      name: 'Thu ngân sách nhà nước trên địa bàn',
      unit: 'triệu đồng',
      nature: 'flow',
      months: [1000, 1100, 1200, 1300, 1400, 1500],
      lastYearMonths: [900, 950, 1000, 1050, 1100, 1150, 1200, 1250, 1300, 1350, 1400, 2000],
    },
    { id: 'ho-ngheo', name: 'Hộ nghèo', unit: 'hộ', nature: 'stock', months: [210, 208, 205, 204, 201, 199] },
  ],
};

describe('opening figures through the application service', () => {
  let root: string;
  let remove: () => Promise<void>;
  const start = () =>
    createApplicationService({
      workspaceDirectory: null,
      sampleWorkspace: { examplesDirectory, copiesDirectory: path.join(root, 'nguoi-dung') },
      now: () => new Date('2025-07-17T08:00:00+07:00'),
    });

  beforeEach(async () => {
    ({ directory: root, remove } = await makeTemporaryDirectory('opening'));
  });
  afterEach(() => remove());

  it('are saved once in the workspace and give the first report from a template its cumulative and same period', async () => {
    const service = await start();
    const directory = path.join(root, 'hoa-an');
    await service.createWorkspace({ directory, name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    await service.saveOpeningFigures({ organisationId: commune.id, opening, report: null });
    expect((await service.loadOpeningFigures({ organisationId: commune.id })).opening).toEqual(opening);
    const settings = JSON.parse(await readFile(path.join(directory, 'workspace.json'), 'utf8'));
    expect(settings.openingFigures).toEqual([opening]);

    const { report } = await service.createFromTemplate({ templateId: 'ubnd-xa-thang', periodKey: '2025-07', organisationId: commune.id });
    const revenue = report.indicators.find((row) => row.id === 'thu-ngan-sach')!;
    expect(revenue.cumulativeBase).toBe(7500);
    expect(revenue.samePeriod).toEqual({ value: 1200, cumulative: 7350 });
    expect(revenue.previous.value).toBe(1500);
    const poor = report.indicators.find((row) => row.id === 'ho-ngheo')!;
    expect(poor.samePeriod.value).toBeNull();
    expect(poor.previous.value).toBe(199);
  });

  it('look the open report’s figures up again when saved from it, keeping what was typed', async () => {
    const service = await start();
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    const { report } = await service.createFromTemplate({ templateId: 'ubnd-xa-thang', periodKey: '2025-07', organisationId: commune.id });
    expect(report.indicators.find((row) => row.id === 'thu-ngan-sach')!.cumulativeBase).toBeNull();
    const typed = {
      ...report,
      indicators: report.indicators.map((row) => (row.id === 'ho-ngheo' ? { ...row, previous: { value: 198 } } : row)),
    };
    const answer = await service.saveOpeningFigures({ organisationId: commune.id, opening, report: typed });
    expect(answer.indicators!.find((row) => row.id === 'thu-ngan-sach')!.cumulativeBase).toBe(7500);
    expect(answer.indicators!.find((row) => row.id === 'ho-ngheo')!.previous.value).toBe(198);
    await service.saveOpeningFigures({ organisationId: commune.id, opening: null, report: null });
    expect((await service.loadOpeningFigures({ organisationId: commune.id })).opening).toBeNull();
  });

  it('are refused with the indicator and the month when they do not hold together, the saved ones kept', async () => {
    const service = await start();
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    await service.saveOpeningFigures({ organisationId: commune.id, opening, report: null });
    const wrong = { ...opening, throughMonth: 5 };
    const answer = await dispatchCommand(service, 'saveOpeningFigures', { organisationId: commune.id, opening: wrong, report: null });
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { message: string }).message).toContain('Chỉ tiêu “Thu ngân sách nhà nước trên địa bàn” cần đúng 5 số liệu');
    expect((await service.loadOpeningFigures({ organisationId: commune.id })).opening).toEqual(opening);
    await expect(service.saveOpeningFigures({ organisationId: 'ubnd-xa-khac', opening, report: null })).rejects.toThrow(
      'Thư mục làm việc không có cơ quan “ubnd-xa-khac”.',
    );
  });

  it('go with the organisation: removed with it, renamed with its id', async () => {
    const service = await start();
    await service.createWorkspace({ directory: path.join(root, 'hoa-an'), name: 'Xã Hòa An' });
    await service.saveOrganisation({ organisation: commune, replacesId: null });
    await service.saveOpeningFigures({ organisationId: commune.id, opening, report: null });
    const renamed = await service.saveOrganisation({ organisation: { ...commune, id: 'ubnd-hoa-an' }, replacesId: commune.id });
    expect(renamed.settings.openingFigures?.map((entry) => entry.organisationId)).toEqual(['ubnd-hoa-an']);
    const removed = await service.removeOrganisation({ organisationId: 'ubnd-hoa-an' });
    expect(removed.settings.openingFigures).toEqual([]);
  });
});
