import { describe, expect, it } from 'vitest';
import { bodyToText } from '../../core/body/body-to-text';
import type { BlockNode } from '../../core/body/body-schema';
import { breakdownOfTable, refreshBreakdownTables, breakdownSourceOf } from '../../core/breakdowns/breakdown-table';
import { checkReport } from '../../core/checks/check-report';
import { reportToDocx } from '../../core/export/report-to-docx';
import { readWordDocument } from '../../core/word/read-word-document';
import { trustedDocxParts } from '../../core/word/trusted-docx-parts';
import { renderFigure } from '../../core/figures/render-figure';
import { makePeriod } from '../../core/periods/period';
import { readReportValue, validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { december2025ByUnit, november2025ByUnit, november2026ByUnit, unitsOf2026 } from '../support/commune-units';

const tableOf = (report: Report) => report.body.content.find((block) => breakdownOfTable(block) !== null)!;
const withRow = (report: Report, id: string, change: (row: Report['indicators'][number]) => Report['indicators'][number]): Report => ({
  ...report,
  indicators: report.indicators.map((row) => (row.id === id ? change(row) : row)),
});

describe('an indicator broken down by thôn', () => {
  const report = validateReport(november2026ByUnit, 'thang-11.json');

  it('writes a unit’s figure in the text like the total’s', () => {
    expect(renderFigure(report.indicators, report.period, { indicator: 'ho-thoat-ngheo', field: 'value', unit: 'thon-bac' }).text).toBe(
      '1 hộ',
    );
    expect(
      renderFigure(report.indicators, report.period, { indicator: 'ho-thoat-ngheo', field: 'cumulative', unit: 'thon-dong-tien' }).text,
    ).toBe('15 hộ');
    expect(
      renderFigure(report.indicators, report.period, { indicator: 'ho-thoat-ngheo', field: 'value', unit: 'thon-khac' }).missing,
    ).toContain('không có số liệu của đơn vị');
  });

  it('generates the body table: a line per thôn, the total, the columns of a flow inside the year', () => {
    const lines = bodyToText({ type: 'doc', content: [tableOf(report)] }, report.indicators, report.period);
    expect(lines).toEqual([
      'TT | Đơn vị | Tháng 11 (hộ) | Lũy kế 11 tháng (hộ) | Cùng kỳ 11 tháng năm 2025 (hộ) | So với cùng kỳ (%)',
      '1 | Thôn Đông Tiến | 3 | 15 | … | …',
      '2 | Thôn Bắc | 1 | 18 | … | …',
      ' | Tổng cộng | 4 | 33 | … | …',
    ]);
  });

  it('has nothing wrong when the thôn add up to the total', () => {
    expect(checkReport(report).filter((finding) => finding.code === 'TONG-DON-VI')).toEqual([]);
  });

  it('reports a total the thôn do not add up to, for the value and the cumulative', () => {
    const wrong = withRow(report, 'ho-thoat-ngheo', (row) => ({ ...row, value: 5 }));
    const findings = checkReport(wrong).filter((finding) => finding.code === 'TONG-DON-VI');
    expect(findings.map((finding) => [finding.severity, finding.message, finding.target])).toEqual([
      [
        'error',
        'Chỉ tiêu “Số hộ thoát nghèo”: số liệu kỳ này là 5 hộ, nhưng cộng 2 đơn vị được 4 hộ.',
        { kind: 'indicator', indicatorId: 'ho-thoat-ngheo', column: 'value' },
      ],
      [
        'error',
        'Chỉ tiêu “Số hộ thoát nghèo”: số lũy kế là 34 hộ, nhưng cộng 2 đơn vị được 33 hộ.',
        { kind: 'indicator', indicatorId: 'ho-thoat-ngheo', column: 'cumulativeOverride' },
      ],
    ]);
  });

  it('leaves a total alone while a thôn has no figure yet, and a rate, whose thôn do not add up', () => {
    const partial = withRow(report, 'ho-thoat-ngheo', (row) => ({
      ...row,
      breakdown: row.breakdown!.map((entry) => (entry.unit === 'thon-bac' ? { ...entry, value: null } : entry)),
    }));
    expect(checkReport(partial).filter((finding) => finding.code === 'TONG-DON-VI')).toEqual([]);
  });

  it('refuses a line for a unit the organisation does not list, saying where', () => {
    const stray = withRow(report, 'ty-le-bhyt', (row) => ({
      ...row,
      breakdown: [...row.breakdown!, { ...row.breakdown![0]!, unit: 'thon-la' }],
    }));
    expect(() => validateReport(stray, 'thang-11.json')).toThrow(/indicators\[1\]\.breakdown\[2\]\.unit|Không có đơn vị “thon-la”/u);
  });

  it('builds the table again when a thôn is renamed or added, and keeps it when nothing changed', () => {
    const source = breakdownSourceOf(report);
    expect(refreshBreakdownTables(report.body, source)).toBe(report.body);
    const renamed = { ...source, units: source.units.map((unit) => (unit.id === 'thon-bac' ? { ...unit, name: 'Thôn Bắc Sơn' } : unit)) };
    const refreshed = refreshBreakdownTables(report.body, renamed);
    expect(refreshed).not.toBe(report.body);
    expect(bodyToText(refreshed, report.indicators, report.period).join('\n')).toContain('2 | Thôn Bắc Sơn | 1 | 18 |');
  });
});

describe('a breakdown at roll-over', () => {
  const november = validateReport(november2026ByUnit, 'thang-11.json');
  const history = [november, december2025ByUnit, november2025ByUnit];
  const december = rollOverReport({
    previous: november,
    period: makePeriod('month', 2026, 12),
    history,
    templateId: 'ubnd-thang',
    subjectPattern: 'Tình hình thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
    id: 'thang-12',
    createdAt: '2026-12-10T08:00:00+07:00',
  });
  const lines = (id: string) => december.indicators.find((row) => row.id === id)!.breakdown!;

  it('carries each thôn’s cumulative, last period’s value and same period, the merged thôn’s summed from last year’s', () => {
    expect(lines('ho-thoat-ngheo')).toEqual([
      // Thôn Đông (2 + 10) and Thôn Tiến (0 + 7) of December 2025 make Thôn Đông Tiến’s same period.
      { unit: 'thon-dong-tien', value: null, cumulativeBase: 15, samePeriod: { value: 2, cumulative: 19 }, previous: { value: 3 } },
      { unit: 'thon-bac', value: null, cumulativeBase: 18, samePeriod: { value: 2, cumulative: 18 }, previous: { value: 1 } },
    ]);
    expect(lines('ty-le-bhyt').map((entry) => entry.cumulativeBase)).toEqual([null, null]);
  });

  it('renames the table’s columns for the new period and keeps it valid', () => {
    validateReport(december, 'thang-12.json');
    const header = bodyToText({ type: 'doc', content: [tableOf(december)] }, december.indicators, december.period)[0];
    expect(header).toBe('TT | Đơn vị | Tháng 12 (hộ) | Lũy kế 12 tháng (hộ) | Cùng kỳ 12 tháng năm 2025 (hộ) | So với cùng kỳ (%)');
  });

  it('gives a thôn added since last month an empty line and drops one no longer listed', () => {
    const units = [...unitsOf2026.filter((unit) => unit.id !== 'thon-bac'), { id: 'thon-moi', name: 'Thôn Mới' }];
    const next = rollOverReport({
      previous: november,
      period: makePeriod('month', 2026, 12),
      organisation: { ...november.organisation, units },
      history,
      templateId: 'ubnd-thang',
      subjectPattern: '{current}',
      id: 'thang-12-b',
      createdAt: '2026-12-10T08:00:00+07:00',
    });
    const escaped = next.indicators.find((row) => row.id === 'ho-thoat-ngheo')!.breakdown!;
    expect(escaped.map((entry) => entry.unit)).toEqual(['thon-dong-tien']);
    validateReport(next, 'thang-12.json');
  });
});

describe('the report format', () => {
  it('reads a file of version 2 (no units, no breakdowns) as the current version', () => {
    const { schemaVersion: _version, ...rest } = november2025ByUnit;
    const old = {
      ...rest,
      schemaVersion: 2,
      organisation: { ...rest.organisation, units: undefined },
      indicators: rest.indicators.map(({ breakdown: _b, ...row }) => row),
      body: { type: 'doc', content: [] },
    };
    const read = readReportValue(JSON.parse(JSON.stringify(old)), 'cu.json');
    expect(read.schemaVersion).toBe(3);
    expect(read.indicators.every((row) => row.breakdown === undefined)).toBe(true);
  });

  it('keeps the breakdown attribute of a generated table', () => {
    const table = tableOf(validateReport(november2026ByUnit, 'x.json')) as BlockNode;
    expect(breakdownOfTable(table)).toEqual({ indicator: 'ho-thoat-ngheo', columns: ['value', 'cumulative', 'same-period', 'ratio'] });
  });
});

describe('a breakdown table in the Word file', async () => {
  const report = validateReport(november2026ByUnit, 'thang-11.json');
  const document = readWordDocument(trustedDocxParts(await reportToDocx(report), 'thang-11.docx'));
  const table = document.blocks.find(
    (block): block is Extract<typeof block, { kind: 'table' }> =>
      block.kind === 'table' && block.rows[0]?.[1]?.blocks[0]?.kind === 'paragraph' && block.rows[0][1].blocks[0].text === 'Đơn vị',
  )!;
  const paragraphAt = (row: number, column: number) => {
    const block = table.rows[row]![column]!.blocks[0]!;
    if (block.kind !== 'paragraph') throw new Error('not a paragraph');
    return block;
  };

  it('prints the thôn’s figures, live, and the total', () => {
    expect(table.rows.map((row) => row.map((_, column) => paragraphAt(table.rows.indexOf(row), column).text))).toEqual([
      ['TT', 'Đơn vị', 'Tháng 11 (hộ)', 'Lũy kế 11 tháng (hộ)', 'Cùng kỳ 11 tháng năm 2025 (hộ)', 'So với cùng kỳ (%)'],
      ['1', 'Thôn Đông Tiến', '3', '15', '…', '…'],
      ['2', 'Thôn Bắc', '1', '18', '…', '…'],
      ['', 'Tổng cộng', '4', '33', '…', '…'],
    ]);
  });

  it('has column widths from its content, filling the text width, and numbers right-aligned', () => {
    const widths = table.columnWidths;
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9355);
    expect(new Set(widths).size).toBeGreaterThan(1);
    // The number column is narrower than the column of names, which is wider than its header alone would need.
    expect(widths[0]!).toBeLessThan(widths[1]!);
    expect(paragraphAt(1, 2).style?.id).toBe('SoBangNoiDung');
    expect(paragraphAt(1, 1).style?.id).toBe('OBangNoiDung');
    expect(paragraphAt(0, 2).style?.id).toBe('TieuDeBangNoiDung');
  });

  it('prints the table of now, whatever the body last stored', async () => {
    const renamed: Report = {
      ...report,
      organisation: {
        ...report.organisation,
        units: report.organisation.units!.map((unit) => (unit.id === 'thon-bac' ? { ...unit, name: 'Thôn Bắc Sơn' } : unit)),
      },
    };
    const again = readWordDocument(trustedDocxParts(await reportToDocx(renamed), 'x.docx'));
    const names = again.blocks.flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => row[1]?.blocks[0]) : []));
    expect(names.some((block) => block?.kind === 'paragraph' && block.text === 'Thôn Bắc Sơn')).toBe(true);
  });
});
