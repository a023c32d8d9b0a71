import type { BlockNode } from '../../core/body/body-schema';
import { copyJson } from '../../core/json/copy-json';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { makePeriod, periodMonths, type Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { withFiguresFromHistory } from '../../core/rollover/history-figures';
import { withTemplateBody } from '../../core/rollover/body-from-template';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { openingReports, type OpeningFigures } from '../../core/workspace/opening-figures';
import { currentWorkspaceVersion, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { committeeFigures, committeePlans, formerCommunesNote, partyFigures, partyPlans, unitShares } from './commune-figures';
import { communeCommittee, communePartyCommittee } from './commune-organisations';

type Monthly = (year: number, month: number) => number;

/** The commune's founding: its own reports start in July 2025. */
const founded = { year: 2025, month: 7 };
const lastMonth = { year: 2026, month: 11 };

interface Office {
  organisation: OrganisationProfile;
  figures: Record<string, Monthly>;
  plans: Record<number, Record<string, Record<string, number>>>;
  /** Template of each period kind. */
  templates: Partial<Record<Period['kind'], string>>;
  /** The reports other than monthly ones, in the order they are written. */
  summaries: Period[];
  /** Where its opening figures come from. */
  openingSource: string;
}

const offices: Office[] = [
  {
    organisation: communeCommittee,
    figures: committeeFigures,
    plans: committeePlans,
    templates: {
      month: 'ubnd-xa-thang',
      quarter: 'ubnd-xa-quy',
      half: 'ubnd-xa-6-thang',
      'nine-months': 'ubnd-xa-9-thang',
      year: 'ubnd-xa-nam',
    },
    summaries: [makePeriod('quarter', 2025, 3), makePeriod('year', 2025), makePeriod('half', 2026, 1), makePeriod('nine-months', 2026)],
    openingSource: formerCommunesNote('Ủy ban nhân dân'),
  },
  {
    organisation: communePartyCommittee,
    figures: partyFigures,
    plans: partyPlans,
    templates: { month: 'dang-uy-xa-thang', half: 'dang-uy-xa-6-thang', 'nine-months': 'dang-uy-xa-9-thang', year: 'dang-uy-xa-nam' },
    summaries: [makePeriod('year', 2025), makePeriod('half', 2026, 1), makePeriod('nine-months', 2026)],
    openingSource: formerCommunesNote('Đảng ủy'),
  },
];

/** The figure of a period: a flow's sum over its months, a level at its last month. */
function periodValue(figures: Monthly, row: Pick<IndicatorRow, 'nature'>, period: Period): number {
  const { first, last } = periodMonths(period);
  if (row.nature !== 'flow') return figures(period.year, last);
  let sum = 0;
  for (let month = first; month <= last; month += 1) sum += figures(period.year, month);
  return Number(sum.toPrecision(15));
}

/** A value shared among units so the lines add up to it exactly: each share rounded down, the rest to the last. */
function shares(total: number, decimals: number): number[] {
  const factor = 10 ** decimals;
  const parts = unitShares.slice(0, -1).map((share) => Math.floor(total * share * factor) / factor);
  const rest = Number((total - parts.reduce((sum, part) => sum + part, 0)).toFixed(decimals));
  return [...parts, rest];
}

/** This period's values (and, for an annual report, next year's targets) from the commune's figures. */
function withValues(report: Report, office: Office): Report {
  const plans = office.plans[report.period.year] ?? {};
  const targets = office.plans[report.period.year + 1] ?? {};
  const indicators = report.indicators.map((row): IndicatorRow => {
    const planned = {
      ...row,
      plans: row.plans.map((plan) => ({ ...plan, value: plans[row.id]?.[plan.id] ?? plan.value })),
      ...(row.nextYearPlans
        ? { nextYearPlans: row.nextYearPlans.map((plan) => ({ ...plan, value: targets[row.id]?.[plan.id] ?? plan.value })) }
        : {}),
    };
    const figures = office.figures[row.id];
    if (!figures || row.derivation) return planned;
    const value = periodValue(figures, row, report.period);
    const breakdown = row.breakdown?.map((entry, index) => ({ ...entry, value: shares(value, row.decimals)[index] ?? null }));
    return { ...planned, value, status: 'actual', ...(breakdown ? { breakdown } : {}) };
  });
  return { ...report, indicators: indicators.map(({ estimateBasis: _estimate, ...row }) => row) };
}

/** The text as its writer left it: carried paragraphs reviewed, last period's tasks ticked as done. */
function reviewed(report: Report): Report {
  const clean = (node: BlockNode): BlockNode => {
    const attrs = node.attrs ? { ...node.attrs } : undefined;
    if (attrs && 'review' in attrs) delete attrs['review'];
    if (node.type === 'taskItem' && attrs) attrs['checked'] = true;
    const content = node.content?.map((child) => ('content' in child || 'attrs' in child ? clean(child as BlockNode) : child));
    return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) } as BlockNode;
  };
  return { ...report, body: { ...report.body, content: report.body.content.map(clean) } };
}

/** The report's date: a few days after the cut-off of its last month (a year's report, in mid-December). */
function dateOf(period: Period): string {
  const month = periodMonths(period).last;
  const day = period.kind === 'year' ? 15 : 17;
  return `${period.year}-${String(month).padStart(2, '0')}-${day}`;
}

function finished(report: Report, office: Office): Report {
  const dated = { ...report, meta: { ...report.meta, date: dateOf(report.period) } };
  const id = `mau-${office.organisation.id}-${periodKey(report.period).toLowerCase()}`;
  const createdAt = `${dateOf(report.period)}T08:00:00+07:00`;
  const done = reviewed(withValues(dated, office));
  return validateReport(
    { ...done, id, provenance: { ...done.provenance, createdAt, derivedFrom: done.provenance.derivedFrom } },
    `mẫu ${id}`,
  );
}

/** The opening figures of an office: January 2024 to June 2025, the sums of the communes it replaced. */
function openingFiguresOf(office: Office, template: ReportTemplate): OpeningFigures {
  const through = founded.month - 1;
  return {
    organisationId: office.organisation.id,
    year: founded.year,
    throughMonth: through,
    source: office.openingSource,
    indicators: template.manifest.indicators
      .filter((indicator) => !indicator.derivation && office.figures[indicator.id])
      .map((indicator) => {
        const figures = office.figures[indicator.id]!;
        const months = (year: number, count: number, pick: (value: number) => number) =>
          Array.from({ length: count }, (_, index) => pick(figures(year, index + 1)));
        const units = indicator.byUnit
          ? (office.organisation.units ?? []).map((unit, position) => ({
              unit: unit.id,
              months: months(founded.year, through, (value) => shares(value, indicator.decimals)[position]!),
              lastYearMonths: months(founded.year - 1, 12, (value) => shares(value, indicator.decimals)[position]!),
            }))
          : undefined;
        return {
          id: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          nature: indicator.nature,
          months: months(founded.year, through, (value) => value),
          lastYearMonths: months(founded.year - 1, 12, (value) => value),
          ...(units ? { units } : {}),
        };
      }),
  };
}

function monthsFromFounding(): Period[] {
  const months: Period[] = [];
  for (let year = founded.year, month = founded.month; year < lastMonth.year || month <= lastMonth.month; month += 1) {
    if (month > 12) {
      year += 1;
      month = 1;
    }
    if (year === lastMonth.year && month > lastMonth.month) break;
    months.push(makePeriod('month', year, month));
  }
  return months;
}

function buildOffice(office: Office, catalogue: Map<string, ReportTemplate>): { reports: Report[]; opening: OpeningFigures } {
  const template = (kind: Period['kind']) => catalogue.get(office.templates[kind]!)!;
  const opening = openingFiguresOf(office, template('month'));
  const history: Report[] = [...openingReports(opening, office.organisation)];
  const written: Report[] = [];
  const keep = (report: Report) => {
    written.push(report);
    history.unshift(report);
  };
  const fromTemplate = (period: Period) => {
    const created = createReportFromTemplate(template(period.kind), {
      organisation: office.organisation,
      period,
      id: `mau-${office.organisation.id}-${periodKey(period).toLowerCase()}`,
      createdAt: `${dateOf(period)}T08:00:00+07:00`,
    });
    return finished(withFiguresFromHistory(created, history), office);
  };
  const summaries = [...office.summaries];
  let previousMonth: Report | null = null;
  for (const period of monthsFromFounding()) {
    const month: Report = previousMonth
      ? finished(
          withTemplateBody(
            rollOverReport({
              previous: previousMonth,
              period,
              history,
              templateId: office.templates.month!,
              subjectPattern: template('month').manifest.subject,
              id: 'mau',
              createdAt: `${dateOf(period)}T08:00:00+07:00`,
            }),
            fromTemplate(period).body.content,
          ),
          office,
        )
      : fromTemplate(period);
    keep(month);
    previousMonth = month;
    while (summaries[0] && periodMonths(summaries[0]).last === periodMonths(period).last && summaries[0].year === period.year) {
      keep(fromTemplate(summaries.shift()!));
    }
  }
  return { reports: written, opening };
}

/**
 * The sample workspace of today's offices: the People's Committee and the Party committee of xã Tân Thành, from
 * their founding in July 2025 to November 2026, written with the built-in templates and roll-over the way an
 * office would, every figure taken from the commune's monthly figures.
 */
export async function buildCommuneWorkspace(): Promise<{ settings: WorkspaceSettings; reports: Report[] }> {
  const { templates, problems } = await loadTemplates();
  if (problems.length > 0) throw new Error(`Mẫu có lỗi: ${problems.map((problem) => problem.message).join('; ')}`);
  const catalogue = new Map(templates.map((template) => [template.manifest.id, template]));
  const built = offices.map((office) => buildOffice(office, catalogue));
  return {
    settings: {
      schemaVersion: currentWorkspaceVersion,
      name: 'Xã Tân Thành (mẫu)',
      organisations: offices.map((office) => copyJson(office.organisation)),
      openingFigures: built.map((entry) => entry.opening),
    },
    reports: built.flatMap((entry) => entry.reports),
  };
}
