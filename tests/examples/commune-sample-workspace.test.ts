import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { cumulativeOf } from '../../core/indicators/derived-figures';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { periodMonths, previousPeriod, samePeriod, type Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import type { Report } from '../../core/report/report-schema';
import { workspaceSettingsSchema, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { committeeFigures, committeePlans, partyFigures, partyPlans } from '../../examples/commune/commune-figures';
import { buildCommuneWorkspace } from '../../examples/commune/commune-workspace';
import { serialiseReport } from '../../services/workspace/workspace-store';
import { reportFileName } from '../../services/workspace/workspace-layout';
import { openingHistory } from '../../services/workspace/workspace-history';

const directory = path.resolve(import.meta.dirname, '../../examples/xa-tan-thanh');

/** The commune's own figure of a period, summed from its months the way the office would add them up by hand. */
function expected(figures: (year: number, month: number) => number, row: IndicatorRow, period: Period, cumulative: boolean): number {
  const { first, last } = periodMonths(period);
  if (row.nature !== 'flow') return figures(period.year, last);
  let sum = 0;
  for (let month = cumulative ? 1 : first; month <= last; month += 1) sum += figures(period.year, month);
  return Number(sum.toPrecision(12));
}

const close = (actual: number | null, wanted: number) => actual !== null && Math.abs(actual - wanted) < 1e-6;

describe('examples/xa-tan-thanh, the sample of a commune formed on 1 July 2025', () => {
  let settings: WorkspaceSettings;
  let reports: Report[];
  let history: Report[];

  beforeAll(async () => {
    ({ settings, reports } = await buildCommuneWorkspace());
    history = [...reports, ...openingHistory(settings)];
  });

  const figuresOf = (report: Report) => (report.organisation.format === 'party' ? partyFigures : committeeFigures);
  const entered = (report: Report) => report.indicators.filter((row) => !row.derivation && figuresOf(report)[row.id]);

  it('is exactly what `npm run sample` writes from examples/commune/', async () => {
    const files = (await readdir(path.join(directory, 'reports'))).sort();
    expect(files).toEqual(reports.map(reportFileName).sort());
    for (const report of reports) {
      expect(await readFile(path.join(directory, 'reports', reportFileName(report)), 'utf8')).toBe(serialiseReport(report));
    }
    const onDisk = JSON.parse(await readFile(path.join(directory, 'workspace.json'), 'utf8'));
    expect(onDisk).toEqual(settings);
    expect(workspaceSettingsSchema.safeParse(onDisk).success).toBe(true);
  });

  it('holds the People’s Committee and the Party committee, every month from July 2025 to November 2026 and the summaries', () => {
    const keys = (organisationId: string) =>
      reports.filter((report) => report.organisation.id === organisationId).map((report) => periodKey(report.period));
    const months = [
      ...['07', '08', '09', '10', '11', '12'].map((month) => `2025-${month}`),
      ...Array.from({ length: 11 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
    ];
    expect(keys('ubnd-xa-tan-thanh').sort()).toEqual([...months, '2025-Q3', '2025', '2026-H1', '2026-9M'].sort());
    expect(keys('dang-uy-xa-tan-thanh').sort()).toEqual([...months, '2025', '2026-H1', '2026-9M'].sort());
    expect(settings.organisations.map((organisation) => organisation.issuingBody)).toEqual([
      'ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH',
      'ĐẢNG ỦY XÃ TÂN THÀNH',
    ]);
    expect(settings.openingFigures?.map((opening) => [opening.organisationId, opening.year, opening.throughMonth])).toEqual([
      ['ubnd-xa-tan-thanh', 2025, 6],
      ['dang-uy-xa-tan-thanh', 2025, 6],
    ]);
  });

  it('has every cumulative equal to the previous report’s (or the opening figures’) plus this period’s', () => {
    for (const report of reports) {
      for (const row of entered(report)) {
        const label = `${report.id} ${row.id}`;
        const figures = figuresOf(report)[row.id]!;
        expect(row.value, label).toBe(expected(figures, row, report.period, false));
        expect(close(cumulativeOf(row, report.period), expected(figures, row, report.period, true)), label).toBe(true);
        if (row.nature !== 'flow' || periodMonths(report.period).first === 1) continue;
        const before = history.find(
          (candidate) =>
            candidate.organisation.id === report.organisation.id &&
            candidate.period.year === report.period.year &&
            periodMonths(candidate.period).last === periodMonths(report.period).first - 1,
        )!;
        const beforeRow = before.indicators.find((candidate) => candidate.id === row.id)!;
        expect(close(row.cumulativeBase, cumulativeOf(beforeRow, before.period)!), `${label} after ${before.id}`).toBe(true);
      }
    }
  });

  it('has every same-period figure equal to last year’s report or the opening figures, and last period’s value carried', () => {
    for (const report of reports) {
      const lastYear: Period = { ...report.period, year: report.period.year - 1 };
      for (const row of entered(report)) {
        const label = `${report.id} ${row.id}`;
        const figures = figuresOf(report)[row.id]!;
        expect(row.samePeriod.value, label).toBe(expected(figures, row, lastYear, false));
        expect(close(row.samePeriod.cumulative, expected(figures, row, lastYear, true)), label).toBe(true);
        // Found in a report of last year ending the same month: the report of the same period, a monthly one, or
        // the opening figures' stand-in.
        const source = history.find(
          (candidate) =>
            candidate.organisation.id === report.organisation.id &&
            candidate.period.year === lastYear.year &&
            (samePeriod(candidate.period, lastYear) || periodMonths(candidate.period).last === periodMonths(lastYear).last),
        );
        expect(source, label).toBeDefined();
        if (report.period.kind === 'month') {
          expect(row.previous.value, label).toBe(expected(figures, row, previousPeriod(report.period), false));
        }
      }
    }
  });

  it('uses the plans of each year, this year’s targets set by last year’s annual report', () => {
    for (const report of reports) {
      const plans = (report.organisation.format === 'party' ? partyPlans : committeePlans)[report.period.year]!;
      for (const row of report.indicators) {
        for (const plan of row.plans) {
          const wanted = plans[row.id]?.[plan.id];
          if (wanted !== undefined) expect(plan.value, `${report.id} ${row.id} ${plan.id}`).toBe(wanted);
        }
      }
    }
    const annual = reports.find((report) => report.id === 'mau-ubnd-xa-tan-thanh-2025')!;
    const january = reports.find((report) => report.id === 'mau-ubnd-xa-tan-thanh-2026-01')!;
    for (const row of january.indicators.filter((candidate) => candidate.plans.length > 0)) {
      expect(row.plans, row.id).toEqual(annual.indicators.find((candidate) => candidate.id === row.id)!.nextYearPlans);
    }
  });

  it('passes every check without an error or a warning', () => {
    for (const report of reports) {
      const others = history.filter((candidate) => candidate.id !== report.id);
      const findings = checkReport(report, { history: others }).filter((finding) => finding.severity !== 'information');
      expect(
        findings.map((finding) => `${finding.code}: ${finding.message}`),
        report.id,
      ).toEqual([]);
    }
  });

  it('keeps the figures of each thôn adding up to the commune’s', () => {
    const november = reports.find((report) => report.id === 'mau-ubnd-xa-tan-thanh-2026-11')!;
    const sown = november.indicators.find((row) => row.id === 'dien-tich-gieo-trong')!;
    expect(sown.breakdown!.map((entry) => entry.unit)).toEqual(['thon-tan-phu', 'thon-tan-lap', 'thon-thanh-cong', 'thon-dong-xuan']);
    expect(
      close(
        sown.breakdown!.reduce((sum, entry) => sum + entry.value!, 0),
        sown.value!,
      ),
    ).toBe(true);
  });
});
