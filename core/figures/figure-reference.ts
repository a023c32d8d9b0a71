import { z } from 'zod';
import { planWordings } from '../numbers/comparison-wording';
import { identifierSchema } from '../indicators/indicator-row';

/**
 * What a figure reference in the text shows of its indicator:
 * - `value` `27,8 tỷ đồng`; `value-phrase` `ước đạt 27,8 tỷ đồng` (the verb follows the status);
 * - `cumulative` `901 tỷ đồng`; `cumulative-phrase` `lũy kế 10 tháng đạt 901 tỷ đồng`;
 * - `plan` `929 tỷ đồng`; `next-year-plan` `406,890 tỷ đồng` (a target an annual report sets for next year);
 * - `plan-percent` `97%`; `plan-comparison` `đạt 97% kế hoạch năm`;
 * - `same-period` `33,1 tỷ đồng`; `growth` `8,5%`; `growth-comparison` `tăng 8,5% so với cùng kỳ`;
 * - `ratio` `98,3%`; `ratio-comparison` `bằng 98,3% so với cùng kỳ`;
 * - `progress` `281/317 hộ` (cumulative over plan);
 * - `point-change` `tăng 1,3 điểm phần trăm so với cùng kỳ` (a rate against the same period, in points);
 * - `plan-gap` `thấp hơn kế hoạch 1,6 điểm %`, `cao hơn kế hoạch 2 vụ` (the distance to the plan);
 * - `plan-remaining` `2 tiêu chí` (what is still needed to reach the plan);
 * - `previous-change` `tăng 1 tiêu chí so với tháng trước`;
 * - `same-period-difference` `tăng 27 đảng viên so với cùng kỳ` (the change, not its percentage).
 */
export const figureFields = [
  'value',
  'value-phrase',
  'cumulative',
  'cumulative-phrase',
  'plan',
  'next-year-plan',
  'plan-percent',
  'plan-comparison',
  'same-period',
  'growth',
  'growth-comparison',
  'ratio',
  'ratio-comparison',
  'progress',
  'point-change',
  'plan-gap',
  'plan-remaining',
  'previous-change',
  'same-period-difference',
] as const;
export type FigureField = (typeof figureFields)[number];

/** The fields that compare with a plan: the one a reference names, or the indicator's first. */
export const planComparisonFields: ReadonlySet<FigureField> = new Set(['plan', 'plan-percent', 'plan-comparison', 'progress']);

export const figureReferenceSchema = z.object({
  indicator: identifierSchema,
  field: z.enum(figureFields),
  /** The plan compared with, by id; the indicator's first plan when absent. */
  plan: identifierSchema.nullish(),
  /** Whether the figure is this period's value or the cumulative; each field has a sensible default. */
  basis: z.enum(['period', 'cumulative']).nullish(),
  /** `bằng`, `đạt` or `vượt` for plan comparisons. */
  wording: z.enum(planWordings).nullish(),
  /** Leave the unit out (`27,8` instead of `27,8 tỷ đồng`). */
  withoutUnit: z.boolean().nullish(),
  /** Digits after the decimal comma for this figure, instead of the indicator's (a plan of `42,5` beside `31,207`). */
  decimals: z.number().int().min(0).max(6).nullish(),
  /** A leading zero for a count below ten, as many offices write them: `02 vụ`, `01 tiêu chí`. */
  leadingZero: z.boolean().nullish(),
  /** The comparison base as written: `so với cùng kỳ`, or named (`so với tháng 11 năm 2025`, `so với năm 2025`). */
  comparedWith: z.enum(['same-period', 'named']).nullish(),
  /** The verb of a phrase (`đạt`, `thu`, `chi`); empty for none (`lũy kế 11 tháng 15.326 triệu đồng`). */
  verb: z.string().max(30).nullish(),
  /** `điểm phần trăm` (long) or `điểm %` (short). */
  points: z.enum(['long', 'short']).nullish(),
  /** The figure of one unit of a breakdown (a thôn, a commune, a chi bộ) instead of the indicator's total. */
  unit: identifierSchema.nullish(),
});
export type FigureReference = z.infer<typeof figureReferenceSchema>;
