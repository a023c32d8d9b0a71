import { comparePeriods, makePeriod, periodMonths, previousPeriod, type Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { subjectPeriods } from '../../core/periods/period-label';
import { validateReport } from '../../core/report/read-report';
import { currentSchemaVersion, type Report } from '../../core/report/report-schema';
import { subjectLine } from '../../core/templates/template-manifest';
import { currentWorkspaceVersion, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { benchmarkOrganisation, stateTemplates } from './benchmark-organisation';
import { benchmarkGroups, indicatorCatalogue } from './indicator-catalogue';
import { IndicatorSeries } from './indicator-series';
import { buildReportBody } from './report-body';
import { SeededRandom } from './seeded-random';

export const defaultSeed = 20221231;

/**
 * The sizes the issue asks for: a monthly report of about 12 pages and an annual report of about 100 pages of prose.
 * Our Word layout (Times New Roman 14, NĐ 30 margins) holds 430–520 words a page, so the word targets are set for the
 * pages; the benchmark counts the pages with LibreOffice and reports both.
 */
export const workloadSizes = {
  monthly: { indicators: 40, words: 4700, tables: 2 },
  annual: { indicators: 300, words: 50000, tables: 20 },
  workspace: { firstYear: 2013, lastYear: 2022, indicators: 300 },
} as const;

/** Words and tables of the other reports of the ten-year workspace, by period kind. */
const workspaceBodySizes: Record<Period['kind'], { words: number; tables: number }> = {
  month: { words: 5000, tables: 2 },
  quarter: { words: 6000, tables: 3 },
  half: { words: 8000, tables: 4 },
  'nine-months': { words: 8000, tables: 4 },
  year: { words: 15000, tables: 8 },
};

export interface BenchmarkWorkloads {
  seed: number;
  /** A typical monthly report: October 2022, 40 indicators, about 12 pages. */
  monthly: Report;
  /** The large annual report: 2022, 300 indicators (the appendix rows), about 100 pages of prose, 20 tables. */
  annual: Report;
  /** Ten years of one district's reports, 2013–2022: months, quarters, first half, nine months and year. */
  workspace: { settings: WorkspaceSettings; reports: Report[] };
}

/**
 * Every workload of the benchmark as a pure function of the seed: same seed, same reports, so the same files.
 * Every report is checked with `validateReport`. The annual report of 2022 is the large report, and it is also the
 * last report of the ten-year workspace.
 */
export function generateWorkloads(seed = defaultSeed): BenchmarkWorkloads {
  const random = new SeededRandom(seed);
  const series = new IndicatorSeries(random.fork('series'));

  const periods: Period[] = [];
  for (let year = workloadSizes.workspace.firstYear; year <= workloadSizes.workspace.lastYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) periods.push(makePeriod('month', year, month));
    for (let quarter = 1; quarter <= 4; quarter += 1) periods.push(makePeriod('quarter', year, quarter));
    periods.push(makePeriod('half', year, 1), makePeriod('nine-months', year), makePeriod('year', year));
  }
  periods.sort(comparePeriods);

  const numbers = new Map<number, number>();
  const reports = periods.map((period) => {
    const last = period.kind === 'year' && period.year === workloadSizes.workspace.lastYear;
    const size = last ? workloadSizes.annual : workspaceBodySizes[period.kind];
    const number = (numbers.get(period.year) ?? 0) + 1;
    numbers.set(period.year, number);
    return generateReport({
      random: random.fork(`report/${periodKey(period)}`),
      series,
      period,
      indicators: workloadSizes.workspace.indicators,
      words: size.words,
      tables: size.tables,
      draft: last,
      number,
      id: `${benchmarkOrganisation.id}-${periodKey(period).toLowerCase()}`,
    });
  });
  const annual = reports[reports.length - 1]!;

  const monthly = generateReport({
    random: random.fork('monthly'),
    series,
    period: makePeriod('month', 2022, 10),
    indicators: workloadSizes.monthly.indicators,
    words: workloadSizes.monthly.words,
    tables: workloadSizes.monthly.tables,
    draft: true,
    number: 0,
    id: 'bench-thang-10-2022',
  });

  return {
    seed,
    monthly,
    annual,
    workspace: {
      settings: { schemaVersion: currentWorkspaceVersion, name: 'Quận An Lạc (10 năm, benchmark)', organisations: [benchmarkOrganisation] },
      reports,
    },
  };
}

interface ReportRequest {
  random: SeededRandom;
  series: IndicatorSeries;
  period: Period;
  indicators: number;
  words: number;
  tables: number;
  /** A draft has no number, no date of issue and has never been exported. */
  draft: boolean;
  number: number;
  id: string;
}

function generateReport(request: ReportRequest): Report {
  const { period } = request;
  const template = stateTemplates[period.kind];
  const rows = indicatorCatalogue(request.indicators).map((definition) =>
    request.series.rowFor(definition, period, { nextYearPlans: period.kind === 'year' }),
  );
  const groups = benchmarkGroups.filter((group) => rows.some((row) => row.group === group.id));
  const date = issueDate(period);
  const derivedFrom = sourcePeriod(period);
  const report: Report = {
    schemaVersion: currentSchemaVersion,
    id: request.id,
    organisation: benchmarkOrganisation,
    period,
    templateId: template.id,
    meta: {
      number: request.draft ? null : request.number,
      date,
      title: 'BÁO CÁO',
      subject: subjectLine(template.subject, subjectPeriods(period)),
      addressees: period.kind === 'year' ? ['Ủy ban nhân dân thành phố'] : [],
      signer: null,
      recipients: null,
    },
    groups,
    indicators: rows,
    body: buildReportBody({
      period,
      rows,
      groups,
      random: request.random,
      issuer: 'UBND quận',
      targetWords: request.words,
      tableCount: request.tables,
    }),
    provenance: {
      createdAt: `${date}T08:00:00+07:00`,
      origin: derivedFrom ? 'rollover' : 'template',
      derivedFrom: derivedFrom
        ? { reportId: `${benchmarkOrganisation.id}-${periodKey(derivedFrom).toLowerCase()}`, periodKey: periodKey(derivedFrom) }
        : null,
      exportedAt: request.draft ? null : `${date}T16:30:00+07:00`,
    },
  };
  return validateReport(report, `${request.id} (benchmark)`);
}

/** Reports are dated in the last month of their period, annual ones mid-December. */
function issueDate(period: Period): string {
  const month = periodMonths(period).last;
  const day = period.kind === 'year' ? 16 : period.kind === 'month' ? 25 : 22;
  return `${period.year}-${String(month).padStart(2, '0')}-${day}`;
}

/** The report each one was rolled over from: the previous period of its kind, within the generated years. */
function sourcePeriod(period: Period): Period | null {
  const previous =
    period.kind === 'year' || period.kind === 'half' || period.kind === 'nine-months'
      ? { ...period, year: period.year - 1 }
      : previousPeriod(period);
  return previous.year >= workloadSizes.workspace.firstYear ? previous : null;
}
