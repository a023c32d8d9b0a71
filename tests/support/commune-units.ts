import { heading, paragraph } from '../../core/body/build-body';
import { breakdownTable, defaultBreakdownColumns } from '../../core/breakdowns/breakdown-table';
import { emptyIndicatorRow, type BreakdownRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { makePeriod, type Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { f, sampleReport } from '../../examples/sample/sample-report';
import { communeOrganisation } from './commune-workspace';

/**
 * A commune's figures by thôn: poor households escaping poverty (a flow) and health-insurance coverage (a rate),
 * for November 2025 and November 2026. In 2026 Thôn Đông and Thôn Tiến are merged into Thôn Đông Tiến.
 */
export const unitsOf2025: ReportingUnit[] = [
  { id: 'thon-dong', name: 'Thôn Đông' },
  { id: 'thon-tien', name: 'Thôn Tiến' },
  { id: 'thon-bac', name: 'Thôn Bắc' },
];

export const unitsOf2026: ReportingUnit[] = [
  {
    id: 'thon-dong-tien',
    name: 'Thôn Đông Tiến',
    formedFrom: [
      { id: 'thon-dong', name: 'Thôn Đông' },
      { id: 'thon-tien', name: 'Thôn Tiến' },
    ],
  },
  { id: 'thon-bac', name: 'Thôn Bắc' },
];

type UnitEntries = Record<string, { value: number; base?: number }>;

function line(unit: string, entry: { value: number; base?: number }): BreakdownRow {
  return {
    unit,
    value: entry.value,
    cumulativeBase: entry.base ?? null,
    samePeriod: { value: null, cumulative: null },
    previous: { value: null },
  };
}

function unitReport(period: Period, units: ReportingUnit[], escaped: UnitEntries, covered: UnitEntries, body = true): Report {
  const sum = (entries: UnitEntries, pick: (entry: { value: number; base?: number }) => number | undefined) =>
    Object.values(entries).reduce((total, entry) => total + (pick(entry) ?? 0), 0);
  const rows: IndicatorRow[] = [
    emptyIndicatorRow({
      id: 'ho-thoat-ngheo',
      name: 'Số hộ thoát nghèo',
      unit: 'hộ',
      group: 'van-hoa-xa-hoi',
      nature: 'flow',
      status: 'actual',
      value: sum(escaped, (entry) => entry.value),
      cumulativeBase: sum(escaped, (entry) => entry.base),
      breakdown: Object.entries(escaped).map(([unit, entry]) => line(unit, entry)),
    }),
    emptyIndicatorRow({
      id: 'ty-le-bhyt',
      name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
      unit: '%',
      group: 'van-hoa-xa-hoi',
      nature: 'ratio',
      decimals: 1,
      status: 'actual',
      value: 93.6,
      breakdown: Object.entries(covered).map(([unit, entry]) => line(unit, entry)),
    }),
  ];
  const source = { period, indicators: rows, units };
  return sampleReport({
    organisation: { ...communeOrganisation(), units },
    period,
    templateId: 'ubnd-thang',
    date: `${period.year}-${String(period.index).padStart(2, '0')}-16`,
    subject: `Tình hình thực hiện nhiệm vụ tháng ${period.index} năm ${period.year}`,
    groups: [{ id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' }],
    indicators: rows,
    body: body
      ? [
          heading(1, `I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG ${period.index}`, 'results'),
          paragraph(
            'Trong tháng có ',
            f('ho-thoat-ngheo', 'value'),
            ' thoát nghèo, trong đó Thôn Bắc ',
            f('ho-thoat-ngheo', 'value', { unit: 'thon-bac' }),
            '.',
          ),
          breakdownTable(source, { indicator: 'ho-thoat-ngheo', columns: defaultBreakdownColumns(rows[0]!, period) }),
          paragraph('Kết quả trên cho thấy công tác giảm nghèo đạt yêu cầu.'),
        ]
      : [],
  });
}

export const november2025ByUnit = unitReport(
  makePeriod('month', 2025, 11),
  unitsOf2025,
  { 'thon-dong': { value: 1, base: 9 }, 'thon-tien': { value: 1, base: 6 }, 'thon-bac': { value: 1, base: 15 } },
  { 'thon-dong': { value: 91.8 }, 'thon-tien': { value: 92.4 }, 'thon-bac': { value: 92.6 } },
);

export const december2025ByUnit = unitReport(
  makePeriod('month', 2025, 12),
  unitsOf2025,
  { 'thon-dong': { value: 2, base: 10 }, 'thon-tien': { value: 0, base: 7 }, 'thon-bac': { value: 2, base: 16 } },
  { 'thon-dong': { value: 92 }, 'thon-tien': { value: 92.5 }, 'thon-bac': { value: 92.8 } },
);

export const november2026ByUnit = unitReport(
  makePeriod('month', 2026, 11),
  unitsOf2026,
  { 'thon-dong-tien': { value: 3, base: 12 }, 'thon-bac': { value: 1, base: 17 } },
  { 'thon-dong-tien': { value: 93.1 }, 'thon-bac': { value: 94.2 } },
);
