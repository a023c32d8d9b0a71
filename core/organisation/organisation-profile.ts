import { z } from 'zod';
import { identifierSchema } from '../indicators/indicator-row';
import { documentFormats, layoutOverridesSchema, layoutRangeProblems } from './layout-settings';
import { largestUnitCount, reportingUnitSchema } from './reporting-unit';

export const signerSchema = z.object({
  /** Authority and title lines, upper case as printed: `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`; `T/M BAN THƯỜNG VỤ`, `BÍ THƯ`. */
  lines: z.array(z.string().trim().min(1, 'Dòng thẩm quyền ký không được để trống.')).min(1, 'Cần ít nhất một dòng thẩm quyền ký.'),
  name: z.string().trim().min(1, 'Chưa có họ tên người ký.'),
});
export type Signer = z.infer<typeof signerSchema>;

export const numberingScopes = ['calendar-year', 'term'] as const;

/**
 * Who issues the reports and how their documents look. Names are kept exactly as spelled here
 * (`ỦY` and `UỶ` are both in use); nothing normalises them.
 */
export const organisationProfileSchema = z
  .object({
    id: identifierSchema,
    format: z.enum(documentFormats),
    /**
     * Cơ quan chủ quản / cấp ủy cấp trên, upper case; null when the issuer has none printed. A line break is a line
     * of the header (`ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG`).
     */
    parentBody: z.string().trim().min(1, 'Tên cơ quan chủ quản không được chỉ có khoảng trắng; để trống thì bỏ hẳn.').nullable(),
    /** Cơ quan ban hành, upper case; a line break where the name wraps (`ỦY BAN NHÂN DÂN\nQUẬN LÊ CHÂN`). */
    issuingBody: z.string().trim().min(1, 'Chưa có tên cơ quan ban hành.'),
    /** The issuer named in a sentence: `Ủy ban nhân dân quận Lê Chân`, `Quận ủy Lê Chân`. */
    issuerName: z.string().trim().min(1, 'Chưa có tên cơ quan dùng trong câu văn.'),
    /** The place of the date line: `Lê Chân`. */
    place: z.string().trim().min(1, 'Chưa có địa danh cho dòng ngày tháng.'),
    /** The symbol after the number: `BC-UBND` (state, `Số: 05/BC-UBND`) or `BC/QU` (Party, `Số 12-BC/QU`). */
    numberSymbol: z.string().trim().min(1, 'Chưa có ký hiệu văn bản.'),
    signer: signerSchema,
    /** Kính gửi of a new report (a commune reports to the provincial People's Committee); none when absent. */
    addressees: z.array(z.string().trim().min(1, 'Kính gửi không được có dòng trống.')).optional(),
    /** Nơi nhận lines without the leading dash and trailing semicolon. */
    recipients: z.array(z.string().trim().min(1, 'Nơi nhận không được có dòng trống.')),
    /** The archive line that closes Nơi nhận: `Lưu: VT, VP.` (state) or `Lưu Văn phòng Quận ủy.` (Party). */
    archiveLine: z.string().trim().min(1, 'Chưa có dòng lưu (ví dụ “Lưu: VT, VP.”).'),
    /** Day of the month on which data are cut off (14 in Nghị định 09/2019 practice). */
    cutOffDay: z
      .number({ error: 'Ngày chốt số liệu phải là một số.' })
      .int('Ngày chốt số liệu phải là số nguyên.')
      .min(1, 'Ngày chốt số liệu từ 1 đến 31.')
      .max(31, 'Ngày chốt số liệu từ 1 đến 31.'),
    /** Party numbering may run through the committee's term instead of restarting each year. */
    numberingScope: z.enum(numberingScopes),
    layout: layoutOverridesSchema.optional(),
    /**
     * What the appendix compares with the same period: the growth (`+8,5`, the default) or, as many offices print it,
     * the ratio (`108,5`, "So với cùng kỳ (%)"). A rate shows its change in points either way.
     */
    appendixComparison: z.enum(['growth', 'ratio']).optional(),
    /** The units figures are broken down by (thôn, xã, chi bộ), in the order of the office's tables. */
    units: z.array(reportingUnitSchema).max(largestUnitCount, `Nhiều nhất ${largestUnitCount} đơn vị.`).optional(),
  })
  .superRefine((profile, context) => {
    const unitIds = new Set<string>();
    (profile.units ?? []).forEach((unit, index) => {
      if (unitIds.has(unit.id)) {
        context.addIssue({ code: 'custom', path: ['units', index, 'id'], message: `Mã đơn vị “${unit.id}” bị trùng.` });
      }
      unitIds.add(unit.id);
      if (unit.formedFrom?.some((former) => former.id === unit.id)) {
        context.addIssue({
          code: 'custom',
          path: ['units', index, 'formedFrom'],
          message: `Đơn vị “${unit.name}” không thể được gộp từ chính nó.`,
        });
      }
    });
    for (const problem of layoutRangeProblems(profile.format, profile.layout ?? {})) {
      context.addIssue({ code: 'custom', path: ['layout', problem.key], message: problem.message });
    }
  });
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;
