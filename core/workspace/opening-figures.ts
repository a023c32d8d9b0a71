import { z } from 'zod';
import { emptyIndicatorRow, identifierSchema, indicatorNatures, indicatorRowSchema, type IndicatorRow } from '../indicators/indicator-row';
import type { OrganisationProfile } from '../organisation/organisation-profile';
import { makePeriod, periodMonths, type Period, type PeriodKind } from '../periods/period';
import { periodKey } from '../periods/period-key';
import { currentSchemaVersion, type Report } from '../report/report-schema';

const figure = indicatorRowSchema.shape.value;

/**
 * The figures an office formed by a merger starts from: a commune founded on 1 July 2025 has no reports of its own
 * for January–June 2025 (nor for 2024, the same period of its first reports), so the sums the communes it replaced
 * reported stand in for them, month by month (a flow's figure of the month, a level at the month's end). Entered
 * once; roll-over and the checks read them like reports.
 */
export const openingIndicatorSchema = z.object({
  id: identifierSchema,
  name: z.string().trim().min(1),
  unit: z.string().max(50),
  nature: z.enum(indicatorNatures),
  /** One figure per month from January to `throughMonth`; null where it is not known. */
  months: z.array(figure).max(11),
  /** The year's cumulative through `throughMonth` when only the total is known (flows). */
  cumulative: figure.optional(),
  /** The twelve months of the year before, for the same-period figures of the office's first reports. */
  lastYearMonths: z.array(figure).length(12, 'Số liệu năm trước cần đủ 12 tháng.').optional(),
  /** The same months for each unit (thôn, chi bộ) of an indicator broken down by unit. */
  units: z
    .array(
      z.object({
        unit: identifierSchema,
        months: z.array(figure).max(11),
        lastYearMonths: z.array(figure).length(12, 'Số liệu năm trước cần đủ 12 tháng.').optional(),
      }),
    )
    .max(500)
    .optional(),
});
export type OpeningIndicator = z.infer<typeof openingIndicatorSchema>;

export const openingFiguresSchema = z
  .object({
    organisationId: identifierSchema,
    year: z.number().int().min(1990).max(2200),
    /** The last month before the office existed: its own reports start the month after. */
    throughMonth: z.number().int().min(1).max(11),
    /** Where the figures come from: `Tổng hợp từ báo cáo của các xã Tân Phú, Tân Lập, Thành Công`. */
    source: z.string().max(500).optional(),
    indicators: z.array(openingIndicatorSchema).max(500),
  })
  .superRefine((opening, context) => {
    opening.indicators.forEach((indicator, index) => {
      if (indicator.months.length !== opening.throughMonth) {
        context.addIssue({
          code: 'custom',
          path: ['indicators', index, 'months'],
          message: `Chỉ tiêu “${indicator.name}” cần đúng ${opening.throughMonth} số liệu (tháng 1 đến tháng ${opening.throughMonth}), không phải ${indicator.months.length}.`,
        });
      }
      indicator.units?.forEach((line, unitIndex) => {
        if (line.months.length !== opening.throughMonth) {
          context.addIssue({
            code: 'custom',
            path: ['indicators', index, 'units', unitIndex, 'months'],
            message: `Đơn vị “${line.unit}” của chỉ tiêu “${indicator.name}” cần đúng ${opening.throughMonth} số liệu, không phải ${line.months.length}.`,
          });
        }
      });
      const sum = monthsSum(indicator.months, opening.throughMonth);
      if (indicator.nature === 'flow' && sum !== null && indicator.cumulative != null && !sameFigure(sum, indicator.cumulative)) {
        context.addIssue({
          code: 'custom',
          path: ['indicators', index, 'cumulative'],
          message: `Lũy kế của chỉ tiêu “${indicator.name}” (${indicator.cumulative}) khác tổng các tháng (${sum}).`,
        });
      }
    });
  });
export type OpeningFigures = z.infer<typeof openingFiguresSchema>;

/** The sum of the first `count` months, or null when one of them is not known. */
function monthsSum(months: readonly (number | null)[], count: number, from = 1): number | null {
  let sum = 0;
  for (let month = from; month <= count; month += 1) {
    const value = months[month - 1];
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return Number(sum.toPrecision(15));
}

function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every period of a year that its first `months` months cover whole: months, quarters, halves, nine months, the year. */
function coveredPeriods(year: number, months: number): Period[] {
  const kinds: [PeriodKind, number][] = [
    ['month', 12],
    ['quarter', 4],
    ['half', 2],
    ['nine-months', 1],
    ['year', 1],
  ];
  return kinds.flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, index) => makePeriod(kind, year, index + 1)).filter((period) => periodMonths(period).last <= months),
  );
}

/** A period's figure from monthly figures (a flow's sum, a level at the last month) and, for a flow, the year's before it. */
function figuresOfPeriod(months: readonly (number | null)[], nature: OpeningIndicator['nature'], period: Period) {
  const { first, last } = periodMonths(period);
  const flow = nature === 'flow';
  return {
    value: flow ? monthsSum(months, last, first) : (months[last - 1] ?? null),
    base: flow && first > 1 ? monthsSum(months, first - 1) : null,
  };
}

function openingRow(indicator: OpeningIndicator, period: Period, opening: OpeningFigures): IndicatorRow {
  const { last } = periodMonths(period);
  const thisYear = period.year === opening.year;
  const flow = indicator.nature === 'flow';
  const { value, base } = figuresOfPeriod(thisYear ? indicator.months : (indicator.lastYearMonths ?? []), indicator.nature, period);
  const total = thisYear && flow && last === opening.throughMonth && indicator.cumulative != null ? indicator.cumulative : null;
  const breakdown = indicator.units?.map((line) => {
    const figures = figuresOfPeriod(thisYear ? line.months : (line.lastYearMonths ?? []), indicator.nature, period);
    return {
      unit: line.unit,
      value: figures.value,
      cumulativeBase: figures.base,
      samePeriod: { value: null, cumulative: null },
      previous: { value: null },
    };
  });
  return emptyIndicatorRow({
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    group: 'so-lieu-dau-ky',
    nature: indicator.nature,
    decimals: 6,
    value,
    status: 'actual',
    cumulativeBase: base,
    cumulativeOverride: total,
    ...(breakdown ? { breakdown } : {}),
  });
}

/**
 * The opening figures as reports of the periods they cover, for the look-ups roll-over and the checks make in a
 * workspace's reports (cumulative before a period, same period last year, last period's value). They are never
 * saved or listed.
 */
export function openingReports(opening: OpeningFigures, organisation: OrganisationProfile): Report[] {
  const periods = [
    ...coveredPeriods(opening.year, opening.throughMonth),
    ...(opening.indicators.some((indicator) => indicator.lastYearMonths) ? coveredPeriods(opening.year - 1, 12) : []),
  ];
  return periods.map((period) => ({
    schemaVersion: currentSchemaVersion,
    id: `so-lieu-dau-ky-${organisation.id}-${periodKey(period)}`,
    organisation,
    period,
    templateId: 'so-lieu-dau-ky',
    meta: {
      number: null,
      date: null,
      title: 'SỐ LIỆU ĐẦU KỲ',
      subject: opening.source ?? 'Số liệu đầu kỳ',
      addressees: [],
      signer: null,
      recipients: null,
    },
    groups: [{ id: 'so-lieu-dau-ky', name: 'Số liệu đầu kỳ' }],
    indicators: opening.indicators.map((indicator) => openingRow(indicator, period, opening)),
    body: { type: 'doc', content: [] },
    provenance: { createdAt: `${opening.year}-01-01T00:00:00Z`, origin: 'import', derivedFrom: null, exportedAt: null },
  }));
}

/** Whether a report is one of the stand-ins `openingReports` makes. */
export function isOpeningReport(report: Pick<Report, 'templateId'>): boolean {
  return report.templateId === 'so-lieu-dau-ky';
}
