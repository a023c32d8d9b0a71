import { z } from 'zod';
import { bodySchema } from '../body/body-schema';
import { figuresIn } from '../body/walk-body';
import { isoDateSchema } from '../dates/calendar-date';
import { fieldGroupSchema, identifierSchema, indicatorRowSchema } from '../indicators/indicator-row';
import { organisationProfileSchema, signerSchema } from '../organisation/organisation-profile';
import { periodSchema } from '../periods/period';

/** Raised when a file is written by a newer version of the data format than this program reads. */
export const currentSchemaVersion = 1;

export const reportMetaSchema = z.object({
  /** The number the văn thư gives at issue; null in a draft. */
  number: z.number().int().min(1).nullable(),
  /** The date of the date line (`YYYY-MM-DD`); null in a draft, which prints blanks. */
  date: isoDateSchema.nullable(),
  /** The type name printed as the title: `BÁO CÁO`. */
  title: z.string().trim().min(1),
  /** Trích yếu: `Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2019`. */
  subject: z.string().trim(),
  /** Kính gửi lines; empty when the report is not addressed upward. */
  addressees: z.array(z.string().trim().min(1)),
  /** A signer for this report only (a deputy signing KT.); null uses the organisation's. */
  signer: signerSchema.nullable(),
  /** Nơi nhận for this report only; null uses the organisation's. */
  recipients: z.array(z.string().trim().min(1)).nullable(),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

export const reportOrigins = ['template', 'rollover', 'import', 'sample'] as const;

export const provenanceSchema = z.object({
  createdAt: z.iso.datetime({ offset: true }),
  origin: z.enum(reportOrigins),
  /** The report this one was started from, by id and period key. */
  derivedFrom: z.object({ reportId: z.string().min(1), periodKey: z.string().min(1) }).nullable(),
  /** When the report was last exported to Word; null while it is a draft. */
  exportedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const reportSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    id: z.string().min(1),
    organisation: organisationProfileSchema,
    period: periodSchema,
    templateId: identifierSchema,
    meta: reportMetaSchema,
    groups: z.array(fieldGroupSchema),
    indicators: z.array(indicatorRowSchema),
    body: bodySchema,
    provenance: provenanceSchema,
  })
  .superRefine((report, context) => {
    const groupIds = new Set<string>();
    report.groups.forEach((group, index) => {
      if (groupIds.has(group.id))
        context.addIssue({ code: 'custom', path: ['groups', index, 'id'], message: `Lĩnh vực “${group.id}” bị trùng.` });
      groupIds.add(group.id);
    });
    const indicatorIds = new Map<string, (typeof report.indicators)[number]>();
    report.indicators.forEach((row, index) => {
      if (indicatorIds.has(row.id)) {
        context.addIssue({ code: 'custom', path: ['indicators', index, 'id'], message: `Chỉ tiêu “${row.id}” bị trùng.` });
      }
      indicatorIds.set(row.id, row);
      if (!groupIds.has(row.group)) {
        context.addIssue({
          code: 'custom',
          path: ['indicators', index, 'group'],
          message: `Không có lĩnh vực “${row.group}” trong danh sách lĩnh vực.`,
        });
      }
      const planIds = new Set<string>();
      row.plans.forEach((plan, planIndex) => {
        if (planIds.has(plan.id)) {
          context.addIssue({
            code: 'custom',
            path: ['indicators', index, 'plans', planIndex, 'id'],
            message: `Kế hoạch “${plan.id}” bị trùng.`,
          });
        }
        planIds.add(plan.id);
      });
    });
    for (const { node, path } of figuresIn(report.body)) {
      const nodePath = ['body', ...path.flatMap((index) => ['content', index]), 'attrs'];
      const row = indicatorIds.get(node.attrs.indicator);
      if (!row) {
        context.addIssue({
          code: 'custom',
          path: [...nodePath, 'indicator'],
          message: `Số liệu tham chiếu chỉ tiêu “${node.attrs.indicator}” không có trong bảng chỉ tiêu.`,
        });
      } else if (node.attrs.plan && ![...row.plans, ...(row.nextYearPlans ?? [])].some((plan) => plan.id === node.attrs.plan)) {
        context.addIssue({
          code: 'custom',
          path: [...nodePath, 'plan'],
          message: `Chỉ tiêu “${row.id}” không có kế hoạch “${node.attrs.plan}”.`,
        });
      }
    }
  });

export type Report = z.infer<typeof reportSchema>;
