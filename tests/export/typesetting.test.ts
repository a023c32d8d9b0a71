import { describe, expect, it } from 'vitest';
import { withClosingMark } from '../../core/body/closing-mark';
import { checkReport } from '../../core/checks/check-report';
import { appendixColumnWidths } from '../../core/export/appendix-section';
import { textWidthOf } from '../../core/export/docx-units';
import { headerLayout } from '../../core/export/header-layout';
import { brokenLines, keptTogether } from '../../core/export/line-breaking';
import { estimatedTextWidth } from '../../core/export/text-width';
import { renderFigure } from '../../core/figures/render-figure';
import { effectiveLayout } from '../../core/organisation/layout-settings';
import { appendixTable } from '../../core/report/appendix-table';
import { documentParts } from '../../core/report/document-parts';
import type { Report } from '../../core/report/report-schema';
import { partyCommitteeNovember2021 } from '../../examples/sample/party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';

const textWidth = textWidthOf(effectiveLayout('state', undefined));
const noBreak = '\u00a0';

function withOrganisation(report: Report, changes: Partial<Report['organisation']>): Report {
  return { ...report, organisation: { ...report.organisation, ...changes } };
}

describe('the header’s columns', () => {
  it('gives the right column what the Quốc hiệu needs and breaks a long department name between words', () => {
    const department = withOrganisation(peoplesCommitteeOctober2019, {
      parentBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG',
      issuingBody: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      place: 'Hải Phòng',
    });
    const layout = headerLayout(documentParts(department), textWidth);
    expect(layout.leftWidth + layout.rightWidth).toBe(textWidth);
    for (const line of layout.rightLines)
      expect(estimatedTextWidth(line.text, line.points, line.bold, line.italic), line.text).toBeLessThan(layout.rightWidth);
    expect(layout.parentLines.map((line) => line.text)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG']);
    expect(layout.issuingLines.map((line) => line.text)).toEqual(['SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']);
    for (const line of [...layout.parentLines, ...layout.issuingLines])
      expect(estimatedTextWidth(line.text, line.points, line.bold), line.text).toBeLessThan(layout.leftWidth);
    expect(layout.tooLong).toEqual([]);
  });

  it('keeps the line breaks the office typed', () => {
    const typed = withOrganisation(peoplesCommitteeOctober2019, { issuingBody: 'SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG' });
    expect(headerLayout(documentParts(typed), textWidth).issuingLines.map((line) => line.text)).toEqual([
      'SỞ NÔNG NGHIỆP',
      'VÀ MÔI TRƯỜNG',
    ]);
  });

  it('keeps the Party’s date line on one line of its column', () => {
    const party = { ...partyCommitteeNovember2021, meta: { ...partyCommitteeNovember2021.meta, date: '2026-12-25' } };
    const layout = headerLayout(documentParts(party), textWidth);
    const date = layout.rightLines.at(-1)!;
    expect(date.text).toContain('ngày 25 tháng 12 năm 2026');
    expect(estimatedTextWidth(date.text, date.points, date.bold, date.italic)).toBeLessThan(layout.rightWidth);
  });

  it('says, as an error of the layout check, when a word of the header fits nowhere', () => {
    const crowded = withOrganisation(peoplesCommitteeOctober2019, { place: 'Thành phố Hồ Chí Minh và các vùng phụ cận ven biển phía Nam' });
    expect(headerLayout(documentParts(crowded), textWidth).tooLong.length).toBeGreaterThan(0);
    const finding = checkReport(crowded).find((candidate) => candidate.message.startsWith('Phần đầu văn bản không đủ chỗ'));
    expect(finding).toMatchObject({ code: 'THE-THUC', severity: 'error', target: { kind: 'meta', field: 'issuer' } });
    expect(checkReport(peoplesCommitteeOctober2019).some((candidate) => candidate.message.startsWith('Phần đầu văn bản'))).toBe(false);
  });
});

describe('the trích yếu’s line breaks', () => {
  it('keeps a number with its noun, a period word with its number, and the last two words together', () => {
    const kept = keptTogether('Kết quả thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm 2019');
    expect(kept).toContain(`9${noBreak}tháng,`);
    expect(kept).toContain(`3${noBreak}tháng`);
    expect(kept).toContain(`năm${noBreak}2019`);
    expect(keptTogether('Kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2021')).toContain(`tháng${noBreak}11,`);
    expect(keptTogether('Báo cáo quý IV')).toBe(`Báo cáo quý${noBreak}IV`);
  });

  it('never ends a subject of any sample on a line of one word, at any width from a third of the page to all of it', () => {
    for (const report of sampleWorkspace.reports) {
      for (let width = Math.round(textWidth / 3); width <= textWidth; width += 250) {
        const lines = brokenLines(keptTogether(report.meta.subject), 14, true, width);
        const lastLineWords = lines.at(-1)!.split(/[ \u00a0]/u).length;
        expect(lines.length === 1 || lastLineWords > 1, `${report.id} ${width}: ${lines.join(' / ')}`).toBe(true);
      }
    }
  });

  it('leaves a conjunction, a comma and the next phrase free to break after a number', () => {
    const kept = keptTogether('Kết quả tháng 11 năm 2024 và quý IV, phương hướng nhiệm vụ năm 2025');
    expect(kept).toContain(`tháng${noBreak}11 năm${noBreak}2024 và quý${noBreak}IV, phương`);
  });
});

describe('the appendix table', () => {
  it('sizes its columns from what they hold: the whole width, the name column at least a quarter, no word broken', () => {
    for (const report of sampleWorkspace.reports) {
      const table = appendixTable(report);
      const landscape = textWidthOf(effectiveLayout(report.organisation.format, undefined), 'landscape');
      const widths = appendixColumnWidths(table, landscape);
      expect(
        widths.reduce((sum, width) => sum + width, 0),
        report.id,
      ).toBe(landscape);
      const name = table.columns.findIndex((column) => column.kind === 'name');
      expect(widths[name]!, report.id).toBeGreaterThanOrEqual(Math.round(landscape / 4));
      table.columns.forEach((column, index) => {
        const longest = Math.max(...column.title.split(/\s+/u).map((word) => estimatedTextWidth(word, 11, true)));
        expect(widths[index]!, `${report.id} ${column.title}`).toBeGreaterThan(longest);
      });
    }
  });

  it('numbers the groups it prints one after another, capitalises names, and leaves out a plan column with no figure', () => {
    const report = peoplesCommitteeOctober2019;
    const withEmptyGroup: Report = {
      ...report,
      groups: [{ id: 'trong', name: 'Nhóm chưa có chỉ tiêu' }, ...report.groups],
      indicators: report.indicators.map((row, index) => ({
        ...row,
        name: index === 0 ? row.name.toLocaleLowerCase('vi') : row.name,
        plans: [...row.plans, { id: 'hdnd', label: 'Nghị quyết HĐND', value: null }],
      })),
    };
    const table = appendixTable(withEmptyGroup);
    expect(table.rows.filter((row) => row.kind === 'group').map((row) => row.number)).toEqual(['I', 'II']);
    const first = table.rows.find((row) => row.kind === 'indicator')!;
    expect(first.kind === 'indicator' && first.cells[1]).toBe(report.indicators[0]!.name);
    expect(table.columns.some((column) => column.title.includes('HĐND'))).toBe(false);
  });

  it('prints the ratio to the same period when the profile asks for it, and points for a rate either way', () => {
    const compared = sampleWorkspace.reports.find((candidate) => candidate.indicators.some((row) => row.samePeriod.value !== null))!;
    const ratio = appendixTable(withOrganisation(compared, { appendixComparison: 'ratio' }));
    const growth = appendixTable(compared);
    const column = (table: typeof ratio) => table.columns.findIndex((candidate) => candidate.kind === 'growth');
    expect(ratio.columns[column(ratio)]!.title).toBe('So với cùng kỳ (%)');
    expect(growth.columns[column(growth)]!.title).toBe('Tăng (+), giảm (-) so với cùng kỳ (%)');
    const pairs = ratio.rows.flatMap((row, index) => {
      const other = growth.rows[index]!;
      return row.kind === 'indicator' && other.kind === 'indicator'
        ? [[row.cells[column(ratio)]!, other.cells[column(growth)]!] as const]
        : [];
    });
    for (const [byRatio, byGrowth] of pairs) {
      if (byGrowth.includes('điểm')) expect(byRatio).toBe(byGrowth);
      else if (byGrowth) expect(Number(byRatio.replace(',', '.'))).toBeCloseTo(100 + Number(byGrowth.replace(',', '.')), 0);
    }
    expect(pairs.some(([byRatio]) => byRatio !== '')).toBe(true);
  });
});

describe('figures against a same period of zero', () => {
  const report = peoplesCommitteeOctober2019;
  const zero: Report = {
    ...report,
    indicators: report.indicators.map((row, index) => (index === 0 ? { ...row, samePeriod: { value: 0, cumulative: 0 } } : row)),
  };
  const indicator = report.indicators[0]!.id;

  it('prints a dash for the percentage and the change itself in a sentence, never “…”, in the text and the appendix', () => {
    expect(renderFigure(zero.indicators, zero.period, { indicator, field: 'ratio', basis: 'period' }).text).toBe('-');
    expect(renderFigure(zero.indicators, zero.period, { indicator, field: 'ratio-comparison', basis: 'period' }).text).toBe(
      'tăng 27,8 tỷ đồng so với tháng 10 năm 2018',
    );
    const table = appendixTable(zero);
    const growth = table.columns.findIndex((column) => column.kind === 'growth');
    const first = table.rows.find((row) => row.kind === 'indicator');
    expect(first?.kind === 'indicator' && first.cells[growth]).toBe('-');
    expect(renderFigure(zero.indicators, zero.period, { indicator, field: 'growth', basis: 'period' })).toEqual({
      text: '-',
      missing: null,
    });
    expect(renderFigure(zero.indicators, zero.period, { indicator, field: 'growth-comparison', basis: 'period' }).text).toBe(
      'tăng 27,8 tỷ đồng so với tháng 10 năm 2018',
    );
  });
});

describe('the closing mark', () => {
  it('ends the body with one ./. even when the last paragraph already has it', () => {
    const body = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Trân trọng báo cáo./.' }] }],
    };
    const closed = withClosingMark(body);
    expect(JSON.stringify(closed)).toContain('Trân trọng báo cáo./."');
    expect(JSON.stringify(closed)).not.toContain('././.');
  });
});
