import { describe, expect, it } from 'vitest';
import { cumulativeOf } from '../../core/indicators/derived-figures';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import { suggestedProfile } from '../../core/organisation/office-kinds';
import { makePeriod } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { readReportValue } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { withFiguresFromHistory } from '../../core/rollover/history-figures';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { openingFiguresSchema, openingReports, type OpeningFigures } from '../../core/workspace/opening-figures';
import { workspaceSettingsSchema } from '../../core/workspace/workspace-settings';

const organisation = {
  ...suggestedProfile({ kind: 'ubnd-xa', name: 'Hòa An', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' }),
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nông Văn Bình' },
  units: [
    { id: 'thon-na-coc', name: 'Thôn Nà Cốc' },
    { id: 'thon-ban-gioi', name: 'Thôn Bản Giới' },
  ],
};

/** Revenue January–June 2025 (and all of 2024), poor households at each month's end, accounts by thôn. */
const opening: OpeningFigures = {
  organisationId: organisation.id,
  year: 2025,
  throughMonth: 6,
  source: 'Tổng hợp từ báo cáo của các xã Hòa An, Nam Tuấn',
  indicators: [
    {
      id: 'thu-ngan-sach',
      name: 'Thu ngân sách',
      unit: 'triệu đồng',
      nature: 'flow',
      months: [100, 110, 120, 130, 140, 150],
      lastYearMonths: [90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 300],
    },
    { id: 'ho-ngheo', name: 'Hộ nghèo', unit: 'hộ', nature: 'stock', months: [210, 208, 205, 204, 201, 199] },
    {
      id: 'tai-khoan',
      name: 'Tài khoản định danh',
      unit: 'tài khoản',
      nature: 'flow',
      months: [10, 12, 14, 16, 18, 20],
      units: [
        { unit: 'thon-na-coc', months: [6, 7, 8, 9, 10, 11] },
        { unit: 'thon-ban-gioi', months: [4, 5, 6, 7, 8, 9] },
      ],
    },
  ],
};

function julyFromTemplate(): Report {
  const row = (id: string, nature: 'flow' | 'stock', extra = {}) =>
    emptyIndicatorRow({ id, name: id, unit: '', group: 'kinh-te', nature, ...extra });
  return readReportValue(
    {
      schemaVersion: 3,
      id: 'thang-7',
      organisation,
      period: makePeriod('month', 2025, 7),
      templateId: 'ubnd-xa-thang',
      meta: { number: null, date: null, title: 'BÁO CÁO', subject: 'Tháng 7', addressees: [], signer: null, recipients: null },
      groups: [{ id: 'kinh-te', name: 'Kinh tế' }],
      indicators: [
        row('thu-ngan-sach', 'flow'),
        row('ho-ngheo', 'stock'),
        row('tai-khoan', 'flow', {
          breakdown: organisation.units.map((unit) => ({
            unit: unit.id,
            value: null,
            cumulativeBase: null,
            samePeriod: { value: null, cumulative: null },
            previous: { value: null },
          })),
        }),
      ],
      body: { type: 'doc', content: [] },
      provenance: { createdAt: '2025-07-17T08:00:00+07:00', origin: 'template', derivedFrom: null, exportedAt: null },
    },
    'tháng 7',
  );
}

describe('opening figures of an office formed by a merger', () => {
  const standIns = openingReports(opening, organisation);
  const standIn = (key: string) => standIns.find((report) => periodKey(report.period) === key)!;
  const rowIn = (key: string, id: string) => standIn(key).indicators.find((row) => row.id === id)!;

  it('stand in for the reports of the months before the founding, and of the year before', () => {
    expect(standIns.filter((report) => report.period.year === 2025).map((report) => periodKey(report.period))).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-Q1',
      '2025-Q2',
      '2025-H1',
    ]);
    expect(standIns.filter((report) => report.period.year === 2024)).toHaveLength(12 + 4 + 2 + 1 + 1);
    expect(rowIn('2025-03', 'thu-ngan-sach').value).toBe(120);
    expect(cumulativeOf(rowIn('2025-03', 'thu-ngan-sach'), makePeriod('month', 2025, 3))).toBe(330);
    expect(rowIn('2025-Q2', 'thu-ngan-sach').value).toBe(420);
    expect(cumulativeOf(rowIn('2025-H1', 'thu-ngan-sach'), makePeriod('half', 2025, 1))).toBe(750);
    expect(rowIn('2025-Q2', 'ho-ngheo').value).toBe(199);
    expect(rowIn('2024', 'thu-ngan-sach').value).toBe(1565);
    expect(rowIn('2024', 'ho-ngheo').value).toBeNull();
    expect(rowIn('2025-06', 'tai-khoan').breakdown).toEqual([
      { unit: 'thon-na-coc', value: 11, cumulativeBase: 40, samePeriod: { value: null, cumulative: null }, previous: { value: null } },
      { unit: 'thon-ban-gioi', value: 9, cumulativeBase: 30, samePeriod: { value: null, cumulative: null }, previous: { value: null } },
    ]);
  });

  it('give the first report, started from a template, its cumulative, same period and last month, for each thôn too', () => {
    const july = withFiguresFromHistory(julyFromTemplate(), standIns);
    const revenue = july.indicators[0]!;
    expect(revenue.cumulativeBase).toBe(750);
    expect(revenue.samePeriod).toEqual({ value: 120, cumulative: 735 });
    expect(revenue.previous.value).toBe(150);
    expect(july.indicators[1]!.previous.value).toBe(199);
    expect(july.indicators[1]!.cumulativeBase).toBeNull();
    expect(july.indicators[2]!.breakdown!.map((entry) => [entry.unit, entry.cumulativeBase, entry.previous.value])).toEqual([
      ['thon-na-coc', 51, 11],
      ['thon-ban-gioi', 39, 9],
    ]);
  });

  it('keep serving roll-over: January 2026 compares with January 2025 of the communes replaced', () => {
    const december: Report = {
      ...julyFromTemplate(),
      id: 'thang-12',
      period: makePeriod('month', 2025, 12),
      provenance: { createdAt: '2025-12-17T08:00:00+07:00', origin: 'rollover', derivedFrom: null, exportedAt: null },
    };
    const january = rollOverReport({
      previous: december,
      period: makePeriod('month', 2026, 1),
      history: standIns,
      templateId: 'ubnd-xa-thang',
      subjectPattern: '{current}',
      id: 'thang-1',
      createdAt: '2026-01-17T08:00:00+07:00',
    });
    expect(january.indicators[0]!.samePeriod).toEqual({ value: 100, cumulative: 100 });
    expect(january.indicators[1]!.samePeriod).toEqual({ value: 210, cumulative: 210 });
  });

  it('take a known total when the months are not known, and refuse months that do not add up to it', () => {
    const totalOnly = {
      ...opening,
      indicators: [{ ...opening.indicators[0]!, months: [null, null, null, null, null, null], cumulative: 760 }],
    };
    const reports = openingReports(openingFiguresSchema.parse(totalOnly), organisation);
    const june = reports.find((report) => periodKey(report.period) === '2025-06')!;
    expect(cumulativeOf(june.indicators[0]!, june.period)).toBe(760);
    const disagreeing = openingFiguresSchema.safeParse({ ...opening, indicators: [{ ...opening.indicators[0]!, cumulative: 760 }] });
    expect(disagreeing.success).toBe(false);
    expect(disagreeing.error!.issues[0]!.message).toBe('Lũy kế của chỉ tiêu “Thu ngân sách” (760) khác tổng các tháng (750).');
  });

  it('refuse a wrong number of months and figures of an organisation the workspace does not have, in Vietnamese', () => {
    const short = openingFiguresSchema.safeParse({ ...opening, indicators: [{ ...opening.indicators[1]!, months: [210, 208] }] });
    expect(short.error!.issues[0]).toMatchObject({
      path: ['indicators', 0, 'months'],
      message: 'Chỉ tiêu “Hộ nghèo” cần đúng 6 số liệu (tháng 1 đến tháng 6), không phải 2.',
    });
    const settings = workspaceSettingsSchema.safeParse({
      schemaVersion: 1,
      name: 'Xã Hòa An',
      organisations: [organisation],
      openingFigures: [{ ...opening, organisationId: 'ubnd-xa-khac' }],
    });
    expect(settings.error!.issues[0]!.message).toBe('Số liệu đầu kỳ thuộc cơ quan “ubnd-xa-khac” không có trong thư mục làm việc.');
    expect(workspaceSettingsSchema.safeParse({ schemaVersion: 1, name: 'Xã Hòa An', organisations: [organisation] }).success).toBe(true);
  });
});
