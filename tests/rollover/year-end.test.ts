import { describe, expect, it } from 'vitest';
import { inlineText } from '../../core/body/body-to-text';
import { checkReport } from '../../core/checks/check-report';
import { cumulativeOf } from '../../core/indicators/derived-figures';
import { makePeriod } from '../../core/periods/period';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { keyTasksOf } from '../../core/rollover/carried-body';
import { annual2025, december2025, november2026WithTasks, rolledFrom, tasksFor2026, yearHistory } from '../support/commune-year';

const row = (report: Report, id: string) => {
  const found = report.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

const headings = (report: Report) =>
  report.body.content
    .filter((block) => block.type === 'heading')
    .map((block) => inlineText(block.content, report.indicators, report.period));

const checklist = (report: Report) =>
  report.body.content
    .filter((block) => block.type === 'taskList')
    .flatMap((block) =>
      (block.content ?? []).map((item) => inlineText((item as { content?: [] }).content, report.indicators, report.period)),
    );

describe('the annual report started from November', () => {
  const november = november2026WithTasks();
  const annual = validateReport(rolledFrom(november, makePeriod('year', 2026), yearHistory(), 'ubnd-nam'), 'nam-2026.json');

  it('estimates every flow as the 11 months plus last year’s December, marked ước, with how', () => {
    const revenue = row(annual, 'thu-ngan-sach');
    expect(cumulativeOf(row(november, 'thu-ngan-sach'), november.period)).toBe(15589);
    expect(revenue).toMatchObject({ value: 15589 + 1600, status: 'estimate' });
    expect(revenue.estimateBasis).toBe('Ước năm = lũy kế 11 tháng (15.589) + ước tháng 12 bằng cùng kỳ năm 2025 (1.600).');
    expect(row(annual, 'giai-ngan-von')).toMatchObject({ value: 36.407, status: 'estimate' });
    expect(row(annual, 'tai-nan-giao-thong')).toMatchObject({ value: 24 + 3, status: 'estimate' });
  });

  it('takes a level (criteria met, a rate) as November’s, marked ước', () => {
    expect(row(annual, 'tieu-chi-ntm')).toMatchObject({ value: 15, status: 'estimate' });
    expect(row(annual, 'ty-le-bhyt')).toMatchObject({ value: 93.6, status: 'estimate' });
  });

  it('fills every entered indicator: none of “ước thực hiện năm” is left empty', () => {
    const empty = annual.indicators
      .filter((candidate) => !candidate.derivation && candidate.value === null)
      .map((candidate) => candidate.id);
    expect(empty).toEqual([]);
  });

  it('compares with last year’s annual figures', () => {
    expect(row(annual, 'thu-ngan-sach').samePeriod.value).toBe(16300);
  });

  it('reviews the tasks the annual report 2025 set for the year, not November’s list for December', () => {
    expect(keyTasksOf(annual2025)).toEqual(tasksFor2026.map((task) => [{ type: 'text', text: task }]));
    expect(checklist(annual)).toEqual(tasksFor2026);
  });

  it('sets the 2027 targets with the names of the plans, to be entered', () => {
    expect(row(annual, 'thu-ngan-sach').nextYearPlans).toEqual([{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: null }]);
    expect(annual.indicators.filter((candidate) => candidate.plans.length > 0).every((candidate) => candidate.nextYearPlans?.length)).toBe(
      true,
    );
  });

  it('falls back on the average month when last year’s December is not in the workspace', () => {
    const history = yearHistory().filter((report) => report !== annual2025 && report !== december2025 && report.period.year === 2026);
    const alone = rolledFrom(november, makePeriod('year', 2026), history, 'ubnd-nam');
    // 15.589 over 11 months is 1.417,18… a month, rounded to the indicator's digits.
    expect(row(alone, 'thu-ngan-sach')).toMatchObject({ value: 15589 + 1417, status: 'estimate' });
    expect(row(alone, 'thu-ngan-sach').estimateBasis).toBe(
      'Ước năm = lũy kế 11 tháng (15.589) + ước tháng 12 theo bình quân 11 tháng (1.417).',
    );
    expect(checklist(alone)).toEqual([]);
  });
});

describe('December and the annual report started from it', () => {
  const november = november2026WithTasks();
  const december = rolledFrom(november, makePeriod('month', 2026, 12), yearHistory());
  const entered: Report = {
    ...december,
    indicators: december.indicators.map((candidate) =>
      candidate.derivation
        ? candidate
        : { ...candidate, value: candidate.nature === 'flow' ? 1000 : row(november, candidate.id).value, status: 'actual' },
    ),
  };

  it('names January with its year in the headings and the subject', () => {
    expect(headings(december)).toContain('II. NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2027');
    expect(december.meta.subject).toBe('Tình hình thực hiện nhiệm vụ tháng 12 năm 2026, phương hướng nhiệm vụ tháng 1 năm 2027');
  });

  it('draws no finding that January is a period already over', () => {
    const stale = checkReport(entered).filter((finding) => finding.code === 'KY-CU');
    // November's sentences carried into December are rightly found; January is not among them.
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.filter((finding) => /“[^”]*tháng 1”/iu.test(finding.message))).toEqual([]);
    expect(stale[0]!.message).toContain('kỳ tới (tháng 1 năm 2027)');
  });

  it('still finds a January of this year named in the tasks', () => {
    const withOld: Report = {
      ...entered,
      body: {
        ...entered.body,
        content: entered.body.content.map((block) =>
          block.type === 'heading' && block.attrs?.['section'] === 'tasks'
            ? { ...block, content: [{ type: 'text', text: 'II. NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2026' }] }
            : block,
        ),
      },
    };
    const stale = checkReport(withOld).filter((finding) => finding.code === 'KY-CU' && finding.message.includes('THÁNG 1 NĂM 2026'));
    expect(stale).toHaveLength(1);
  });

  it('starts the annual report with the 12 months’ cumulative, as entered', () => {
    const annual = rolledFrom(entered, makePeriod('year', 2026), [entered, ...yearHistory()], 'ubnd-nam');
    expect(row(annual, 'thu-ngan-sach')).toMatchObject({ value: 15589 + 1000, status: 'actual' });
    expect(row(annual, 'thu-ngan-sach').estimateBasis).toBeUndefined();
    expect(row(annual, 'tieu-chi-ntm')).toMatchObject({ value: 15, status: 'actual' });
  });
});
