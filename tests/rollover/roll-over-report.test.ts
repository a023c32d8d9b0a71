import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../core/body/body-schema';
import { bodyToText } from '../../core/body/body-to-text';
import { figuresIn } from '../../core/body/walk-body';
import { cumulativeOf } from '../../core/indicators/derived-figures';
import { copyJson } from '../../core/json/copy-json';
import { makePeriod, type Period } from '../../core/periods/period';
import { replacePeriodPhrases } from '../../core/periods/period-phrases';
import { replacePreviousEstimate } from '../../core/rollover/correct-estimate';
import { validateReport } from '../../core/report/read-report';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import type { Report } from '../../core/report/report-schema';
import { partyCommitteeYear2020 } from '../../examples/sample/party-committee-2020';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const subjectPattern = 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}';
/** Every rolled report must be valid: the roll-over leaves validation to saving, so the tests check it here. */
const roll = (previous: Report, period: Period, history: Report[] = []) =>
  validateReport(
    rollOverReport({
      previous,
      period,
      history,
      templateId: 'ubnd-thang',
      subjectPattern,
      id: `bc-${period.year}-${period.kind}-${period.index}`,
      createdAt: '2019-11-01T08:00:00+07:00',
    }),
  );

const october = peoplesCommitteeOctober2019;
const row = (report: Report, id: string) => report.indicators.find((candidate) => candidate.id === id)!;

/** A copy of the October report moved to another period, with the given values. */
function reportAt(
  period: Period,
  values: Record<string, { value: number; cumulativeBase?: number | null }>,
  changes: Partial<Report> = {},
): Report {
  const report = copyJson(october);
  report.id = `mau-${period.kind}-${period.year}-${period.index}`;
  report.period = period;
  for (const block of report.body.content) {
    if (block.type !== 'heading') continue;
    for (const node of block.content ?? []) if (node.type === 'text') node.text = replacePeriodPhrases(node.text, october.period, period);
  }
  for (const indicator of report.indicators) {
    const entry = values[indicator.id];
    indicator.value = entry?.value ?? null;
    indicator.cumulativeBase = entry?.cumulativeBase ?? null;
  }
  return { ...report, ...changes };
}

function text(report: Report): string {
  return bodyToText(report.body, report.indicators, report.period).join('\n');
}

function paragraphs(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [block]
      : paragraphs(
          (block.content ?? []).filter(
            (child): child is BlockNode =>
              'type' in child && child.type !== 'text' && child.type !== 'figure' && child.type !== 'hardBreak',
          ),
        ),
  );
}

describe('rolling October 2019 over to November 2019', () => {
  const november = roll(october, makePeriod('month', 2019, 11));

  it('advances the period, the subject and the date, keeps organisation and signer, leaves the number blank', () => {
    expect(november.period).toEqual(makePeriod('month', 2019, 11));
    expect(november.meta.subject).toBe('Kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2019');
    expect(november.meta.date).toBe('2019-11-30');
    expect(november.meta.number).toBeNull();
    expect(november.organisation).toEqual(october.organisation);
    expect(november.provenance).toMatchObject({ origin: 'rollover', derivedFrom: { reportId: october.id, periodKey: '2019-10' } });
  });

  it('carries the plans and makes October’s cumulative the base, leaving November’s value to enter', () => {
    for (const indicator of october.indicators) {
      const carried = row(november, indicator.id);
      expect(carried.plans).toEqual(indicator.plans);
      expect(carried.value).toBeNull();
      expect(carried.cumulativeBase).toBeCloseTo(cumulativeOf(indicator, october.period)!, 9);
    }
  });

  it('gives October’s cumulative plus November’s value once November’s value is entered', () => {
    const entered = copyJson(november);
    row(entered, 'thu-can-doi-ngan-sach').value = 150;
    expect(cumulativeOf(row(entered, 'thu-can-doi-ngan-sach'), entered.period)).toBeCloseTo(901 + 150, 9);
    expect(text(entered)).toContain('lũy kế 11 tháng đạt 1.051 tỷ đồng');
  });

  it('shows no October figure anywhere in the text', () => {
    const body = text(november);
    for (const octoberFigure of ['27,8', '8,41%', '202 tỷ', '901', '97%', '23 hộ', '281/317']) expect(body).not.toContain(octoberFigure);
    expect(figuresIn(november.body).length).toBe(figuresIn(october.body).length);
  });

  it('turns October’s key tasks into November’s checklist', () => {
    const checklistHeading = november.body.content.findIndex((block) => block.attrs?.['section'] === 'previous-tasks');
    expect(checklistHeading).toBeGreaterThan(0);
    const checklist = november.body.content[checklistHeading + 1]!;
    expect(checklist.type).toBe('taskList');
    expect(checklist.content).toHaveLength(6);
    expect(text(november)).toContain('[ ] Quyết liệt thực hiện công tác đền bù, giải phóng mặt bằng các dự án trọng điểm của thành phố.');
    expect(bodyToText(november.body, november.indicators, november.period)[checklistHeading]).toBe(
      '4. Kết quả thực hiện các nhiệm vụ trọng tâm tháng 11',
    );
  });

  it('renames the headings for November and marks every carried paragraph as not yet reviewed', () => {
    const headings = november.body.content
      .filter((block) => block.type === 'heading')
      .map((block) => bodyToText({ type: 'doc', content: [block] }, [], november.period)[0]);
    expect(headings).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11');
    expect(headings).toContain('III. NHIỆM VỤ TRỌNG TÂM THÁNG 12');
    const inChecklist = new Set(
      november.body.content.filter((block) => block.type === 'taskList').flatMap((list) => paragraphs(list.content as BlockNode[])),
    );
    const carried = paragraphs(november.body.content).filter((paragraph) => !inChecklist.has(paragraph));
    expect(carried.length).toBeGreaterThan(5);
    expect(carried.every((paragraph) => paragraph.attrs?.['review'] === 'pending')).toBe(true);
    expect(october.body.content.some((block) => block.attrs?.['review'])).toBe(false);
  });
});

describe('year boundaries and changes of kind', () => {
  it('starts cumulatives again in January and takes last year’s targets as the new plans', () => {
    const december = reportAt(makePeriod('month', 2020, 12), { 'thu-can-doi-ngan-sach': { value: 100, cumulativeBase: 1000 } });
    const annual = copyJson(partyCommitteeYear2020);
    annual.organisation = december.organisation;
    annual.indicators = annual.indicators.filter((candidate) => candidate.id !== 'thu-ngan-sach-tren-dia-ban');
    annual.indicators.push({
      ...copyJson(row(december, 'thu-can-doi-ngan-sach')),
      group: 'kinh-te',
      value: 1100,
      nextYearPlans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1200 }],
    });
    const january = roll(december, makePeriod('month', 2021, 1), [annual]);
    expect(january.meta.subject).toBe('Kết quả thực hiện nhiệm vụ tháng 1, phương hướng nhiệm vụ tháng 2 năm 2021');
    expect(january.meta.date).toBe('2021-01-30');
    expect(row(january, 'thu-can-doi-ngan-sach').plans).toEqual([{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1200 }]);
    expect(row(january, 'thu-can-doi-ngan-sach').cumulativeBase).toBeNull();
    expect(row(january, 'gia-tri-san-xuat-cong-nghiep').plans).toEqual([{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 406.89 }]);
    expect(row(january, 'giam-ho-ngheo').plans).toEqual([{ id: 'ho-ngheo-dau-nam', label: 'số hộ nghèo đầu năm', value: null }]);
    const entered = copyJson(january);
    row(entered, 'thu-can-doi-ngan-sach').value = 90;
    expect(cumulativeOf(row(entered, 'thu-can-doi-ngan-sach'), entered.period)).toBe(90);
  });

  it('rolls a quarter into the next, across the year', () => {
    const fourth = reportAt(makePeriod('quarter', 2022, 4), { 'thu-can-doi-ngan-sach': { value: 300, cumulativeBase: 700 } });
    const first = roll(fourth, makePeriod('quarter', 2023, 1));
    expect(first.meta.subject).toBe('Kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2023');
    const second = roll(
      {
        ...first,
        indicators: first.indicators.map((indicator) => ({ ...indicator, value: indicator.id === 'thu-can-doi-ngan-sach' ? 250 : null })),
      },
      makePeriod('quarter', 2023, 2),
    );
    expect(row(second, 'thu-can-doi-ngan-sach').cumulativeBase).toBe(250);
  });

  it('rolls the June report into the first-half report, with the cumulative through May as the base', () => {
    const may = reportAt(makePeriod('month', 2022, 5), { 'thu-can-doi-ngan-sach': { value: 80, cumulativeBase: 320 } });
    const june = reportAt(makePeriod('month', 2022, 6), { 'thu-can-doi-ngan-sach': { value: 90, cumulativeBase: 400 } });
    const half = roll(june, makePeriod('half', 2022, 1), [may]);
    expect(half.meta.subject).toBe('Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022');
    expect(row(half, 'thu-can-doi-ngan-sach').cumulativeBase).toBeNull();
    const entered = copyJson(half);
    row(entered, 'thu-can-doi-ngan-sach').value = 490;
    expect(cumulativeOf(row(entered, 'thu-can-doi-ngan-sach'), entered.period)).toBe(490);
  });

  it('rolls the September report into the third-quarter report, taking the base from the June report', () => {
    const june = reportAt(makePeriod('month', 2022, 6), { 'thu-can-doi-ngan-sach': { value: 90, cumulativeBase: 400 } });
    const september = reportAt(makePeriod('month', 2022, 9), { 'thu-can-doi-ngan-sach': { value: 95, cumulativeBase: 680 } });
    const quarter = roll(september, makePeriod('quarter', 2022, 3), [june]);
    expect(quarter.meta.subject).toBe('Kết quả thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2022');
    expect(row(quarter, 'thu-can-doi-ngan-sach').cumulativeBase).toBe(490);
    const headings = quarter.body.content
      .filter((block) => block.type === 'heading')
      .map((block) => bodyToText({ type: 'doc', content: [block] }, [], quarter.period)[0]);
    expect(headings).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III');
    expect(headings).toContain('III. NHIỆM VỤ TRỌNG TÂM QUÝ IV');
  });

  it('leaves the base empty, not guessed, when no report ends the month before', () => {
    const september = reportAt(makePeriod('month', 2022, 9), { 'thu-can-doi-ngan-sach': { value: 95, cumulativeBase: 680 } });
    expect(row(roll(september, makePeriod('quarter', 2022, 3)), 'thu-can-doi-ngan-sach').cumulativeBase).toBeNull();
  });

  it('looks up the same period last year in last year’s reports, and leaves it empty when there is none', () => {
    const lastNovember = reportAt(makePeriod('month', 2018, 11), { 'thu-can-doi-ngan-sach': { value: 180, cumulativeBase: 800 } });
    const november = roll(october, makePeriod('month', 2019, 11), [lastNovember]);
    expect(row(november, 'thu-can-doi-ngan-sach').samePeriod).toEqual({ value: 180, cumulative: 980 });
    expect(row(november, 'gia-tri-san-xuat-cong-nghiep').samePeriod).toEqual({ value: null, cumulative: null });
    expect(row(roll(october, makePeriod('month', 2019, 11)), 'thu-can-doi-ngan-sach').samePeriod).toEqual({
      value: null,
      cumulative: null,
    });
  });

  it('ignores reports of another organisation', () => {
    const other = reportAt(makePeriod('month', 2018, 11), { 'thu-can-doi-ngan-sach': { value: 180, cumulativeBase: 800 } });
    other.organisation = { ...other.organisation, id: 'ubnd-khac' };
    expect(row(roll(october, makePeriod('month', 2019, 11), [other]), 'thu-can-doi-ngan-sach').samePeriod.value).toBeNull();
  });
});

describe('replacing last period’s estimate by the actual figure', () => {
  it('updates the previous report and recomputes the cumulative that depends on it', () => {
    const november = copyJson(roll(october, makePeriod('month', 2019, 11)));
    row(november, 'thu-can-doi-ngan-sach').value = 150;
    const corrected = replacePreviousEstimate(october, november, 'thu-can-doi-ngan-sach', 205.3);
    expect(row(corrected.previous, 'thu-can-doi-ngan-sach')).toMatchObject({ value: 205.3, status: 'actual' });
    expect(cumulativeOf(row(corrected.previous, 'thu-can-doi-ngan-sach'), october.period)).toBeCloseTo(904, 9);
    expect(cumulativeOf(row(corrected.current, 'thu-can-doi-ngan-sach'), november.period)).toBeCloseTo(1054, 9);
    expect(text(corrected.current)).toContain('lũy kế 11 tháng đạt 1.054 tỷ đồng');
  });

  it('refuses an indicator the previous report does not have', () => {
    expect(() => replacePreviousEstimate(october, october, 'khong-co', 1)).toThrow(/không có chỉ tiêu/);
  });
});
