import { z } from 'zod';
import { derivationSchema, fieldGroupSchema, identifierSchema, indicatorRowSchema, targetDirections } from '../indicators/indicator-row';
import { documentFormats } from '../organisation/layout-settings';
import { officeKinds } from '../organisation/office-kinds';
import { periodKinds, periodSchema } from '../periods/period';

/**
 * An indicator a template starts with: its definition and named plans, no figures yet, except a plan every such office
 * shares (the 19 criteria of a new-style rural commune). `byUnit`: broken down by the organisation's units (thôn, xã,
 * chi bộ) when it has any, with a body table after the first paragraph that speaks of it.
 */
export const templateIndicatorSchema = indicatorRowSchema
  .pick({ id: true, name: true, unit: true, group: true, nature: true, decimals: true, percentDecimals: true })
  .extend({
    plans: z
      .array(z.object({ id: identifierSchema, label: z.string().trim().min(1), value: indicatorRowSchema.shape.value.optional() }))
      .default([]),
    direction: z.enum(targetDirections).default('higher'),
    derivation: derivationSchema.nullable().default(null),
    byUnit: z.boolean().optional(),
  });
export type TemplateIndicator = z.infer<typeof templateIndicatorSchema>;

/** The field groups and indicators several templates of one office share: `templates/indicator-sets/<name>.json`. */
export const indicatorSetSchema = z.object({
  groups: z.array(fieldGroupSchema).min(1),
  indicators: z.array(templateIndicatorSchema),
});
export type IndicatorSet = z.infer<typeof indicatorSetSchema>;

/**
 * `manifest.json` of a template. The body is `body.hbs` (Handlebars rendering report markup) for built-in
 * templates, or `body.json` (a report body) for templates saved from a report.
 */
export const templateManifestSchema = z.object({
  id: identifierSchema,
  /** The name users see: `UBND – Báo cáo sơ kết tháng`. */
  name: z.string().trim().min(1),
  description: z.string().optional(),
  format: z.enum(documentFormats),
  periodKinds: z.array(z.enum(periodKinds)).min(1, 'Mẫu cần phục vụ ít nhất một loại kỳ.'),
  /** The title printed above the subject: `BÁO CÁO`. */
  title: z.string().trim().min(1).default('BÁO CÁO'),
  /** Trích yếu with `{current}` and `{following}`: `Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}`. */
  subject: z.string().trim().min(1),
  /** The offices the template is written for; the new-report wizard offers it first to them. */
  offices: z.array(z.enum(officeKinds)).optional(),
  /** Takes its groups and indicators from `indicator-sets/<name>.json` of the templates folder when it lists none. */
  indicatorSet: identifierSchema.optional(),
  groups: z.array(fieldGroupSchema).default([]),
  indicators: z.array(templateIndicatorSchema).default([]),
  /** For a template saved from a report: the organisation it belongs to, offered only for that organisation's reports. */
  organisationId: identifierSchema.optional(),
  /** For a template saved from a report: the period its headings name, rewritten for each new period. */
  sourcePeriod: periodSchema.optional(),
});
export type TemplateManifest = z.infer<typeof templateManifestSchema>;

/** `Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2019`. */
export function subjectLine(pattern: string, periods: { current: string; following: string }): string {
  return pattern.replaceAll('{current}', periods.current).replaceAll('{following}', periods.following);
}
