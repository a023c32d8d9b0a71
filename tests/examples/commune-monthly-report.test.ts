import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { bodyToText } from '../../core/body/body-to-text';
import { paragraph } from '../../core/body/build-body';
import { checkReport } from '../../core/checks/check-report';
import { appendixTable } from '../../core/report/appendix-table';
import { reportToDocx } from '../../core/export/report-to-docx';
import { validateReport } from '../../core/report/read-report';
import { analyseWordFile } from '../../services/word/analyse-word-file';
import { f } from '../../examples/sample/sample-report';
import { november2026, november2026Paragraphs } from '../support/commune-workspace';

/**
 * A commune's monthly report of November 2026 (UBND xã Tân Thành), rolled over from October, in which every figure
 * the commune writes is a live figure; each sentence is compared with the one written by hand.
 */
describe('the November 2026 report of a commune', () => {
  const report = validateReport(november2026(), 'ubnd-xa-tan-thanh_2026-11.json');
  const lines = bodyToText(report.body, report.indicators, report.period).filter((line) => line !== '');

  it.each(november2026Paragraphs.map((entry, index) => [index + 1, entry.expected] as const))(
    'writes paragraph %i figure by figure as the commune does',
    (number, expected) => {
      expect(lines[number]).toBe(expected);
    },
  );

  it('has nothing the checks find wrong', () => {
    expect(checkReport(report).filter((finding) => finding.severity !== 'information')).toEqual([]);
  });

  it('shows in the appendix the derived rates, a rate’s change in points and a ceiling met', () => {
    const table = appendixTable(report);
    const cells = (id: string) => {
      const row = table.rows.find((candidate) => candidate.kind === 'indicator' && candidate.indicatorId === id);
      if (row?.kind !== 'indicator') throw new Error(`no row ${id}`);
      return Object.fromEntries(table.columns.map((column, index) => [column.kind, row.cells[index]]));
    };
    expect(cells('ty-le-dung-han')).toMatchObject({ value: '97,7', 'plan-percent': '102,9', growth: '+1,9 điểm %' });
    expect(cells('ho-so-qua-han')).toMatchObject({ value: '14', cumulative: '124', 'same-period': '194' });
    expect(cells('ty-le-bhyt')).toMatchObject({ value: '93,6', 'same-period': '92,3', growth: '+1,3 điểm %' });
    expect(cells('ty-le-ho-ngheo')).toMatchObject({ 'plan-percent': 'Đạt (thấp hơn 0,35 điểm %)', growth: '-0,6 điểm %' });
    expect(cells('thu-ngan-sach')).toMatchObject({ cumulative: '15.589', 'plan-percent': '84,3', 'same-period': '14.700', growth: '+6' });
    // Counted among estimates (the budget revenue of the month), the count is an estimate too.
    expect(cells('chi-tieu-dat')).toMatchObject({ value: 'ước 3', plan: '8' });
    expect(table.notes).toEqual([]);
  });

  it('exports every sentence and the appendix to Word, and the file comes back with no change', async () => {
    const bytes = await reportToDocx(report);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const read = value.replace(/\s+/g, ' ');
    for (const entry of november2026Paragraphs) expect(read).toContain(entry.expected.replace(/\.$/, ''));
    expect(read).toContain('Đạt (thấp hơn 0,35 điểm %)');
    const analysis = await analyseWordFile(bytes, 'ubnd-xa-tan-thanh_2026-11.docx');
    expect(analysis.changes).toEqual([]);
    expect(analysis.apply(new Set())).toEqual(report);
  });

  describe('catches a figure typed that disagrees with the table', () => {
    const withSentence = (...inline: Parameters<typeof paragraph>) => ({
      ...report,
      body: { ...report.body, content: [...report.body.content, paragraph(...inline)] },
    });
    const codes = (changed: typeof report) =>
      checkReport(changed)
        .filter((finding) => finding.severity !== 'information')
        .map((finding) => [finding.code, finding.message.match(/(?:đúng là|tính ra là) “([^”]+)”/)?.[1] ?? finding.message]);

    it('percentage points of a rate', () => {
      expect(
        codes(
          withSentence(
            'Tỷ lệ người dân tham gia bảo hiểm y tế ',
            f('ty-le-bhyt', 'value-phrase'),
            ', tăng 1,5 điểm phần trăm so với cùng kỳ.',
          ),
        ),
      ).toEqual([['TY-LE-SAI', 'tăng 1,3 điểm phần trăm so với cùng kỳ']]);
    });

    it('the share of two indicators, typed as a fraction or as the derived rate', () => {
      expect(codes(withSentence('Giải quyết đúng hạn 598/612 hồ sơ, đạt 96,5%.'))).toEqual([['TY-LE-SAI', 'đạt 97,7%']]);
      expect(codes(withSentence('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,5%.')).map(([code]) => code)).toEqual(['SO-GO-TAY']);
    });

    it('a month’s growth written after the cumulative', () => {
      const found = codes(
        withSentence(
          'Thu ngân sách ',
          f('thu-ngan-sach', 'cumulative-phrase'),
          ', ',
          f('thu-ngan-sach', 'growth-comparison', { basis: 'period', comparedWith: 'same-period' }),
          '.',
        ),
      );
      expect(found.map(([code]) => code)).toEqual(['LECH-KY-SO-SANH']);
    });
  });
});
