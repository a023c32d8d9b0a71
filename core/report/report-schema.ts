import { z } from 'zod';
import { bodySchema } from '../body/body-schema';
import { isoDateSchema } from '../dates/calendar-date';
import { fieldGroupSchema, identifierSchema, indicatorRowSchema } from '../indicators/indicator-row';
import { organisationProfileSchema, signerSchema } from '../organisation/organisation-profile';
import { periodSchema } from '../periods/period';

/** Raised when a file is written by a newer version of the data format than this program reads. */
export const currentSchemaVersion = 3;

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

/**
 * A report file. Figures in the body that refer to an indicator or a plan no longer in the table are accepted, so a
 * report stays savable after an indicator is removed: the check `CHI-TIEU-DA-XOA` reports them instead.
 */
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
    // Started from itself, a report would be its own previous period: corrections written back would overwrite it.
    if (report.provenance.derivedFrom?.reportId === report.id) {
      context.addIssue({
        code: 'custom',
        path: ['provenance', 'derivedFrom', 'reportId'],
        message: `Báo cáo không thể được lập từ chính nó (mã “${report.id}”).`,
      });
    }
    const groupIds = new Set<string>();
    report.groups.forEach((group, index) => {
      if (groupIds.has(group.id))
        context.addIssue({ code: 'custom', path: ['groups', index, 'id'], message: `Lĩnh vực “${group.id}” bị trùng.` });
      groupIds.add(group.id);
    });
    const indicatorIds = new Set<string>();
    const unitIds = new Set((report.organisation.units ?? []).map((unit) => unit.id));
    report.indicators.forEach((row, index) => {
      const brokenDownBy = new Set<string>();
      row.breakdown?.forEach((entry, entryIndex) => {
        const path = ['indicators', index, 'breakdown', entryIndex, 'unit'];
        if (!unitIds.has(entry.unit)) {
          context.addIssue({ code: 'custom', path, message: `Không có đơn vị “${entry.unit}” trong danh sách đơn vị của cơ quan.` });
        } else if (brokenDownBy.has(entry.unit)) {
          context.addIssue({ code: 'custom', path, message: `Đơn vị “${entry.unit}” có hai dòng số liệu.` });
        }
        brokenDownBy.add(entry.unit);
      });
      if (indicatorIds.has(row.id)) {
        context.addIssue({ code: 'custom', path: ['indicators', index, 'id'], message: `Chỉ tiêu “${row.id}” bị trùng.` });
      }
      indicatorIds.add(row.id);
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
  });

export type Report = z.infer<typeof reportSchema>;
