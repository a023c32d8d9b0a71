import { describe, expect, it } from 'vitest';
import { paragraph } from '../../core/body/build-body';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, findingsOf, novemberFromOctober, reviewed, samples, withBlock, withParagraph } from './check-fixtures';

const staleIn = (report: Parameters<typeof findingsOf>[0]) =>
  findingsOf(report, 'KY-CU').map((finding) => /nêu “([^”]+)”/.exec(finding.message)?.[1]);

describe('KY-CU: a period already over, named in the results or tasks', () => {
  it('finds last month’s name and last month’s cumulative span in a report rolled over to November', () => {
    const findings = findingsOf(reviewed(novemberFromOctober()), 'KY-CU');
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([
      ['warning', { kind: 'body', path: [1] }],
      ['warning', { kind: 'body', path: [6] }],
      ['warning', { kind: 'body', path: [6] }],
    ]);
    expect(staleIn(reviewed(novemberFromOctober()))).toEqual(['tháng 10', 'tháng 10', '10 tháng']);
    expect(findings[0]!.message).toContain('không phải kỳ báo cáo (tháng 11 năm 2019) hay kỳ tới (tháng 12)');
  });

  it('flags `lũy kế 10 tháng`, `quý III`, `6 tháng đầu năm` and last year in a later report', () => {
    const november = samples.november2021;
    const text = (sentence: string) => staleIn(withParagraph(november, 1, sentence));
    expect(text('Lũy kế 10 tháng đạt kết quả tốt.')).toEqual(['Lũy kế 10 tháng']);
    expect(text('Trong quý III, 6 tháng đầu năm và năm 2020, các chỉ tiêu đạt khá.')).toEqual(['quý III', '6 tháng đầu năm', 'năm 2020']);
    expect(text('Tính đến tháng 11 năm 2020, toàn quận đã thực hiện tốt.')).toEqual(['tháng 11 năm 2020']);
    expect(text('Tính đến tháng 10-2021, toàn quận đã thực hiện tốt.')).toEqual(['tháng 10-2021']);
  });

  it('accepts this period, the next, later periods, comparisons, starting points and dates', () => {
    const november = samples.november2021;
    const text = (sentence: string) => staleIn(withParagraph(november, 1, sentence));
    expect(text('Tính đến tháng 11 năm 2021, lũy kế 11 tháng, quý IV, năm 2021 và tháng 12 đều đạt.')).toEqual([]);
    expect(text('Tăng 5% so với tháng 10, tăng cao so với cùng kỳ năm 2020, so với cùng kỳ tháng 11 năm 2020.')).toEqual([]);
    expect(text('Từ tháng 9 đến nay, kể từ năm 2019, giai đoạn 2016 - 2020, nhiệm kỳ 2020 - 2025.')).toEqual([]);
    expect(text('Ngày 25 tháng 10, ngày 20/10, tuyển quân năm 2022, quý I năm 2022 được chuẩn bị.')).toEqual([]);
    expect(text('Kéo dài trong 3 tháng, đối tượng 18 tháng tuổi.')).toEqual([]);
  });

  it('reads a span opening a clause as a cumulative: `10 tháng` is right in October, wrong in November', () => {
    expect(staleIn(samples.october2019)).toEqual([]);
    expect(staleIn(withParagraph(samples.november2021, 1, 'Kết quả tháng 11 là 23 hộ, 10 tháng giảm 281 hộ.'))).toEqual(['10 tháng']);
  });

  it('leaves the shortcomings and proposals alone, which may look back', () => {
    const shortcomings = samples.november2021.body.content.findIndex((block) => block.attrs?.['section'] === 'shortcomings');
    expect(staleIn(withBlock(samples.november2021, shortcomings + 1, paragraph('Từ tháng 10, tiến độ còn chậm như tháng 10.')))).toEqual(
      [],
    );
  });

  it('checks the subject line and the headings', () => {
    const subject = edited(samples.november2021, (copy) => {
      copy.meta.subject = 'Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2021';
    });
    expect(findingsOf(subject, 'KY-CU')).toMatchObject([{ target: { kind: 'meta', field: 'subject' } }]);
    const headingReport = edited(samples.november2021, (copy) => {
      copy.body.content[0] = { ...copy.body.content[0]!, content: [{ type: 'text', text: 'I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10' }] };
    });
    expect(findingsOf(headingReport, 'KY-CU')[0]!.message).toMatch(/^Đề mục nêu “THÁNG 10”/);
  });

  it('finds nothing in the samples', () => {
    for (const report of sampleWorkspace.reports) expect(staleIn(report)).toEqual([]);
  });
});
