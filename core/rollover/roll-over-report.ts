import { copyJson } from '../json/copy-json';
import { daysInMonth, parseIsoDate, toIsoDate } from '../dates/calendar-date';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { OrganisationProfile } from '../organisation/organisation-profile';
import { periodMonths, type Period } from '../periods/period';
import { periodKey } from '../periods/period-key';
import { subjectPeriods } from '../periods/period-label';
import { currentSchemaVersion, type Report } from '../report/report-schema';
import { subjectLine } from '../templates/template-manifest';
import { carryBody } from './carried-body';
import { unitLookup } from './carried-breakdown';
import { rowOfUnit } from '../breakdowns/unit-figures';
import { annualEstimate } from './annual-estimate';
import { breakdownSourceOf, refreshBreakdownTables } from '../breakdowns/breakdown-table';
import type { ReportingUnit } from '../organisation/reporting-unit';
import { indicatorLookup, plansFor, type ReportHistory } from './carried-figures';
import { lookedUpFigures } from './history-figures';

export interface RollOverRequest {
  previous: Report;
  period: Period;
  /** The organisation as the workspace describes it now (a new signer, new recipients); the previous report's otherwise. */
  organisation?: OrganisationProfile;
  /** Other reports of the workspace; only those of the same organisation are used. */
  history: ReportHistory;
  templateId: string;
  /** Trích yếu pattern of the template, with `{current}` and `{following}`. */
  subjectPattern: string;
  id: string;
  createdAt: string;
}

/**
 * Starts the report of `period` from the previous one in one step: organisation and signer carried, number blank,
 * date and subject advanced, indicators carried with their plans and cumulative base, same-period figures looked
 * up, text carried and marked for review, last period's key tasks as this period's checklist.
 */
export function rollOverReport(request: RollOverRequest): Report {
  const { previous, period } = request;
  const history = [
    previous,
    ...request.history.filter((report) => report.organisation.id === previous.organisation.id && report.id !== previous.id),
  ];
  const organisation = copyJson(request.organisation ?? previous.organisation);
  const units = organisation.units ?? [];
  const report: Report = {
    schemaVersion: currentSchemaVersion,
    id: request.id,
    organisation,
    period,
    templateId: request.templateId,
    meta: {
      ...copyJson(previous.meta),
      number: null,
      date: advancedDate(previous.meta.date, period),
      subject: subjectLine(request.subjectPattern, subjectPeriods(period)),
    },
    groups: copyJson(previous.groups),
    indicators: previous.indicators.map((row) => carriedRow(row, previous, period, history, units)),
    body: carryBody(previous, period, tasksSourceFor(previous, period, history)),
    provenance: {
      createdAt: request.createdAt,
      origin: 'rollover',
      derivedFrom: { reportId: previous.id, periodKey: periodKey(previous.period) },
      exportedAt: null,
    },
  };
  report.body = refreshBreakdownTables(report.body, breakdownSourceOf(report));
  // Not validated here: it is built from a valid report, and whoever keeps it validates it on saving (saveReport,
  // `cli new`), which spares a second walk over a long body.
  return report;
}

/**
 * Whose key tasks become this period's checklist: the previous report's, except in an annual report, which reviews
 * the tasks the annual report of last year set for the year (not December's list for January); none if there is none.
 */
function tasksSourceFor(previous: Report, period: Period, history: ReportHistory): Report | null {
  if (period.kind !== 'year') return previous;
  return history.find((report) => report.period.kind === 'year' && report.period.year === period.year - 1) ?? null;
}

function carriedRow(
  row: IndicatorRow,
  previous: Report,
  period: Period,
  history: ReportHistory,
  units: readonly ReportingUnit[],
): IndicatorRow {
  const { nextYearPlans: _targetsOfLastYear, breakdown: _breakdown, estimateBasis: _basis, ...definition } = row;
  const { breakdown, ...found } = lookedUpFigures(row, period, history, units);
  const carried: IndicatorRow = {
    ...copyJson(definition),
    plans: plansFor(row, previous, period, history),
    value: null,
    status: 'estimate',
    cumulativeOverride: null,
    ...found,
    ...(breakdown ? { breakdown } : {}),
  };
  return closesTheYear(previous, period) ? withAnnualEstimate(carried, row, previous, history, units) : carried;
}

/** An annual report started from a report of its own year (November's, December's, the nine months'). */
function closesTheYear(previous: Report, period: Period): boolean {
  return period.kind === 'year' && previous.period.kind !== 'year' && previous.period.year === period.year;
}

/**
 * The annual row prefilled from the months: "ước thực hiện năm" from the cumulative known and an estimate of the
 * months left, the same for each unit of a breakdown; next year's targets with the names of this year's plans, to
 * be entered. A derived indicator is computed from these.
 */
function withAnnualEstimate(
  carried: IndicatorRow,
  previousRow: IndicatorRow,
  previous: Report,
  history: ReportHistory,
  units: readonly ReportingUnit[],
): IndicatorRow {
  const nextYearPlans = carried.plans.map((plan) => ({ ...plan, value: null }));
  if (carried.derivation) return { ...carried, nextYearPlans };
  const estimate = annualEstimate(previousRow, previous, history, indicatorLookup(previousRow.id));
  const formedFrom = new Map(units.map((unit) => [unit.id, (unit.formedFrom ?? []).map((former) => former.id)]));
  const breakdown = carried.breakdown?.map((entry) => {
    const unitEstimate = annualEstimate(
      rowOfUnit(previousRow, entry.unit),
      previous,
      history,
      unitLookup(previousRow.id, entry.unit, formedFrom),
    );
    return unitEstimate ? { ...entry, value: unitEstimate.value } : entry;
  });
  return {
    ...carried,
    nextYearPlans,
    ...(estimate ? { value: estimate.value, status: estimate.status } : {}),
    ...(estimate?.note ? { estimateBasis: estimate.note } : {}),
    ...(breakdown ? { breakdown } : {}),
  };
}

/** The same day of the month as the previous report, in the last month of the new period (a draft to adjust). */
function advancedDate(previousDate: string | null, period: Period): string | null {
  const date = previousDate ? parseIsoDate(previousDate) : null;
  if (!date) return null;
  const month = periodMonths(period).last;
  return toIsoDate({ year: period.year, month, day: Math.min(date.day, daysInMonth(period.year, month)) });
}
