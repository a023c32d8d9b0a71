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
import { cumulativeBaseFor, plansFor, previousValueFor, samePeriodFiguresFor, type ReportHistory } from './carried-figures';

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
  const report: Report = {
    schemaVersion: currentSchemaVersion,
    id: request.id,
    organisation: copyJson(request.organisation ?? previous.organisation),
    period,
    templateId: request.templateId,
    meta: {
      ...copyJson(previous.meta),
      number: null,
      date: advancedDate(previous.meta.date, period),
      subject: subjectLine(request.subjectPattern, subjectPeriods(period)),
    },
    groups: copyJson(previous.groups),
    indicators: previous.indicators.map((row) => carriedRow(row, previous, period, history)),
    body: carryBody(previous, period),
    provenance: {
      createdAt: request.createdAt,
      origin: 'rollover',
      derivedFrom: { reportId: previous.id, periodKey: periodKey(previous.period) },
      exportedAt: null,
    },
  };
  // Not validated here: it is built from a valid report, and whoever keeps it validates it on saving (saveReport,
  // `cli new`), which spares a second walk over a long body.
  return report;
}

function carriedRow(row: IndicatorRow, previous: Report, period: Period, history: ReportHistory): IndicatorRow {
  const { nextYearPlans: _targetsOfLastYear, ...definition } = row;
  return {
    ...copyJson(definition),
    plans: plansFor(row, previous, period, history),
    value: null,
    status: 'estimate',
    cumulativeBase: row.nature === 'flow' ? cumulativeBaseFor(row.id, period, history) : null,
    cumulativeOverride: null,
    samePeriod: samePeriodFiguresFor(row.id, period, history),
    previous: { value: previousValueFor(row.id, period, history) },
  };
}

/** The same day of the month as the previous report, in the last month of the new period (a draft to adjust). */
function advancedDate(previousDate: string | null, period: Period): string | null {
  const date = previousDate ? parseIsoDate(previousDate) : null;
  if (!date) return null;
  const month = periodMonths(period).last;
  return toIsoDate({ year: period.year, month, day: Math.min(date.day, daysInMonth(period.year, month)) });
}
