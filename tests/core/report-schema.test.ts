import { currentSchemaVersion } from '../../core/report/report-schema';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { readReportText, readReportValue, ReportFileError } from '../../core/report/read-report';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const copy = () => structuredClone(peoplesCommitteeOctober2019) as unknown as Record<string, unknown> & typeof peoplesCommitteeOctober2019;

function problemsOf(action: () => unknown): ReportFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReportFileError) return error;
    throw error;
  }
  throw new Error('the report was accepted');
}

describe('reading a report file', () => {
  it('accepts a valid report unchanged', () => {
    expect(readReportValue(copy(), 'mau.json')).toEqual(peoplesCommitteeOctober2019);
  });

  it('names the field path of a wrong value', () => {
    const report = copy();
    (report.indicators[1] as unknown as Record<string, unknown>)['value'] = 'hai trăm';
    const error = problemsOf(() => readReportValue(report, 'thang-10.json'));
    expect(error.message).toContain('thang-10.json');
    expect(error.problems.map((problem) => problem.place)).toContain('indicators[1].value');
  });

  it('refuses NaN and Infinity smuggled into figures', () => {
    const report = copy();
    report.indicators[0]!.value = Number.POSITIVE_INFINITY;
    expect(problemsOf(() => readReportValue(report, 'x.json')).problems[0]!.place).toBe('indicators[0].value');
  });

  it('refuses a file written by a newer version, saying so', () => {
    const report = { ...copy(), schemaVersion: currentSchemaVersion + 1 };
    const error = problemsOf(() => readReportValue(report, 'moi.json'));
    expect(error.message).toContain('phiên bản mới hơn');
    expect(error.problems[0]!.place).toBe('schemaVersion');
  });

  it('names the line and column of a JSON syntax error', () => {
    const error = problemsOf(() => readReportText('{\n  "schemaVersion": 1,\n  "id": oops\n}', 'hong.json'));
    expect(error.problems[0]!.place).toMatch(/dòng 3, cột \d+/);
    expect(error.message).toContain('hong.json');
  });

  it('accepts a file saved with a UTF-8 byte-order mark, as Notepad writes it', () => {
    expect(readReportText(`\uFEFF${JSON.stringify(copy())}`, 'notepad.json')).toEqual(peoplesCommitteeOctober2019);
  });

  it('says what is wrong with the JSON in Vietnamese, without the parser’s English', () => {
    const [problem] = problemsOf(() => readReportText('{"id": "a",}', 'phay.json')).problems;
    expect(problem!.message).toMatch(/^sai cú pháp JSON/u);
    expect(problem!.message).not.toMatch(/Unexpected|token|position/u);
  });

  it('says that a number too large to be one (1e999) is not a finite number, at its field, in plain Vietnamese', () => {
    const text = JSON.stringify(copy()).replace('"decimals":1', '"decimals":1e999');
    const [problem] = problemsOf(() => readReportText(text, 'lon.json')).problems;
    expect(problem).toEqual({ place: 'indicators[0].decimals', message: expect.stringMatching(/^Phải là một số hữu hạn/u) });
    expect(problem!.message).not.toContain('nhận được số');
  });

  it('refuses a report that names itself as the report it was started from, at that field', () => {
    const report = copy();
    report.provenance = { ...report.provenance, derivedFrom: { reportId: report.id, periodKey: '2019-09' } };
    const [problem] = problemsOf(() => readReportValue(report, 'chinh-no.json')).problems;
    expect(problem).toEqual({
      place: 'provenance.derivedFrom.reportId',
      message: `Báo cáo không thể được lập từ chính nó (mã “${report.id}”).`,
    });
  });

  it('refuses an empty file', () => {
    expect(problemsOf(() => readReportText('', 'rong.json')).problems[0]!.place).toBe('tệp rỗng');
  });

  it('accepts a figure that refers to an indicator missing from the table, and the check reports it at its paragraph', () => {
    const report = copy();
    const paragraph = report.body.content[3]!;
    const figureNode = paragraph.content![1] as { attrs: { indicator: string } };
    figureNode.attrs.indicator = 'khong-co';
    const accepted = readReportValue(report, 'x.json');
    expect(accepted.body.content[3]!.content![1]).toMatchObject({ type: 'figure', attrs: { indicator: 'khong-co' } });
    const findings = checkReport(accepted).filter((finding) => finding.code === 'CHI-TIEU-DA-XOA');
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([['error', { kind: 'body', path: [3] }]]);
    expect(findings[0]!.message).toContain('khong-co');
  });

  it('accepts a figure that compares with a plan the indicator no longer has, and the check names the plan', () => {
    const report = copy();
    const figureNode = report.body.content[3]!.content![3] as { attrs: { indicator: string; plan?: string } };
    figureNode.attrs.plan = 'ke-hoach-da-xoa';
    const accepted = readReportValue(report, 'x.json');
    const [finding, ...others] = checkReport(accepted).filter((candidate) => candidate.code === 'CHI-TIEU-DA-XOA');
    expect(others).toEqual([]);
    expect(finding!.target).toEqual({ kind: 'body', path: [3] });
    expect(finding!.message).toContain('kế hoạch “ke-hoach-da-xoa”');
  });

  it('refuses a node type the program does not know, instead of dropping it', () => {
    const report = copy();
    report.body.content.push({ type: 'image' as 'paragraph' });
    const index = report.body.content.length - 1;
    expect(problemsOf(() => readReportValue(report, 'x.json')).problems[0]!.place).toBe(`body.content[${index}].type`);
  });

  it('refuses duplicate indicators and rows in an unknown field group', () => {
    const report = copy();
    report.indicators.push({ ...report.indicators[0]!, group: 'khong-co' });
    const places = problemsOf(() => readReportValue(report, 'x.json')).problems.map((problem) => problem.place);
    expect(places).toEqual(expect.arrayContaining(['indicators[3].id', 'indicators[3].group']));
  });

  it('refuses layout settings outside the range of the format', () => {
    const report = copy();
    report.organisation = { ...report.organisation, layout: { marginLeftMm: 10 } };
    const error = problemsOf(() => readReportValue(report, 'x.json'));
    expect(error.problems[0]!.place).toBe('organisation.layout.marginLeftMm');
    expect(error.problems[0]!.message).toContain('30–35');
  });

  it('refuses an impossible date', () => {
    const report = copy();
    report.meta = { ...report.meta, date: '2019-02-30' };
    expect(problemsOf(() => readReportValue(report, 'x.json')).problems[0]!.place).toBe('meta.date');
  });
});
