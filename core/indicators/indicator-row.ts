import { z } from 'zod';
import { largestFigure } from '../numbers/number-limits';

/** Identifiers are lower-case words joined by hyphens, safe in file names and references. */
export const identifierSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã chỉ được gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ thu-ngan-sach).');

/** `flow` values add up over the year into a cumulative; `stock` and `ratio` values are levels and do not. */
export const indicatorNatures = ['flow', 'stock', 'ratio'] as const;
export type IndicatorNature = (typeof indicatorNatures)[number];

/** ước (estimated before the period closed), thực hiện (actual), chính thức (official statistics). */
export const valueStatuses = ['estimate', 'actual', 'official'] as const;
export type ValueStatus = (typeof valueStatuses)[number];

export const valueStatusLabels: Record<ValueStatus, string> = {
  estimate: 'ước',
  actual: 'thực hiện',
  official: 'chính thức',
};

export { largestFigure };

const figureSchema = z
  .number({ error: 'Số liệu phải là một số.' })
  .finite('Số liệu phải là một số hữu hạn.')
  .refine((value) => Math.abs(value) <= largestFigure, 'Số liệu quá lớn: tối đa 999.999.999.999.999 (15 chữ số).')
  .nullable();

/** `higher`: the plan is a floor to reach; `lower`: a ceiling not to pass (`tỷ lệ hộ nghèo dưới 3%`, accidents). */
export const targetDirections = ['higher', 'lower'] as const;
export type TargetDirection = (typeof targetDirections)[number];

/**
 * An indicator the table computes from others instead of one entered: the ratio of two (`598/612 hồ sơ đúng hạn`
 * as 97,7%), their difference (`14 hồ sơ quá hạn`), or how many of a list met their plan (`7/7 chỉ tiêu`).
 */
export const derivationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), numerator: identifierSchema, denominator: identifierSchema }),
  z.object({ kind: z.literal('difference'), minuend: identifierSchema, subtrahend: identifierSchema }),
  z.object({ kind: z.literal('plans-met'), indicators: z.array(identifierSchema).min(1, 'Cần ít nhất một chỉ tiêu để đếm.') }),
]);
export type Derivation = z.infer<typeof derivationSchema>;

/**
 * The figures of one unit (a thôn, a commune, a chi bộ) of an indicator broken down by unit. The indicator's own
 * figures are the total; the check `TONG-DON-VI` reports a total the rows do not add up to.
 */
export const breakdownRowSchema = z.object({
  unit: identifierSchema,
  value: figureSchema,
  /** The unit's cumulative of the year up to the start of this period (flows). */
  cumulativeBase: figureSchema,
  samePeriod: z.object({ value: figureSchema, cumulative: figureSchema }),
  previous: z.object({ value: figureSchema }),
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const planSchema = z.object({
  id: identifierSchema,
  /** How the plan is named in running text: `kế hoạch năm`, `kế hoạch năm thành phố giao`, `kế hoạch HĐND quận giao`. */
  label: z.string().trim().min(1),
  value: figureSchema,
});
export type Plan = z.infer<typeof planSchema>;

export const fieldGroupSchema = z.object({
  id: identifierSchema,
  /** `Kinh tế`, `Văn hóa - Xã hội`, `Quốc phòng - An ninh`, `Xây dựng Đảng`. */
  name: z.string().trim().min(1),
});
export type FieldGroup = z.infer<typeof fieldGroupSchema>;

export const indicatorRowSchema = z.object({
  id: identifierSchema,
  name: z.string().trim().min(1),
  unit: z.string(),
  group: identifierSchema,
  nature: z.enum(indicatorNatures),
  /** Digits after the decimal comma for the indicator's values: `27,8` has 1, `71,849` has 3. */
  decimals: z.number().int().min(0).max(6),
  /** Digits for its percentages: `8,41%` has 2, `97%` has 0. */
  percentDecimals: z.number().int().min(0).max(4),
  plans: z.array(planSchema),
  /** This period's value; null until entered. */
  value: figureSchema,
  status: z.enum(valueStatuses),
  /** Cumulative of the year up to the start of this period (the previous report's cumulative). */
  cumulativeBase: figureSchema,
  /** A cumulative entered by hand, which wins over the computed one. */
  cumulativeOverride: figureSchema,
  samePeriod: z.object({ value: figureSchema, cumulative: figureSchema }),
  /** Targets for the next year set by an annual report; roll-over makes them next year's plans. */
  nextYearPlans: z.array(planSchema).optional(),
  /** Whether the plan is a floor or a ceiling. */
  direction: z.enum(targetDirections),
  /** Last period's value, carried at roll-over, for a change from last period (`tăng 01 tiêu chí so với tháng trước`). */
  previous: z.object({ value: figureSchema }),
  /** How the table computes the indicator from others; null for an indicator whose figures are entered. */
  derivation: derivationSchema.nullable(),
  /** The indicator's figures by unit, in the order of the organisation's units; absent when not broken down. */
  breakdown: z.array(breakdownRowSchema).max(500).optional(),
  note: z.string().optional(),
  /** How a value prefilled as an estimate was reached (`Ước năm = lũy kế 11 tháng … + ước tháng 12 …`), until it is edited. */
  estimateBasis: z.string().max(500).optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

/** An indicator row with nothing entered yet, for templates and tests. */
export function emptyIndicatorRow(
  definition: Pick<IndicatorRow, 'id' | 'name' | 'unit' | 'group' | 'nature'> & Partial<IndicatorRow>,
): IndicatorRow {
  return {
    decimals: 0,
    percentDecimals: 1,
    plans: [],
    value: null,
    status: 'estimate',
    cumulativeBase: null,
    cumulativeOverride: null,
    samePeriod: { value: null, cumulative: null },
    direction: 'higher',
    previous: { value: null },
    derivation: null,
    ...definition,
  };
}
