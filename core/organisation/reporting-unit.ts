import { z } from 'zod';
import { identifierSchema } from '../indicators/indicator-row';

/**
 * A unit the office reports figures for, one by one: a thôn or tổ dân phố of a commune, a commune of a province, a
 * chi bộ of a Party committee. Its id never changes when it is renamed, so that last year's rows are found again.
 */
export const reportingUnitSchema = z.object({
  id: identifierSchema,
  name: z.string().trim().min(1, 'Tên đơn vị không được để trống.').max(200, 'Tên đơn vị dài quá 200 ký tự.'),
  /**
   * The units this one was formed from by a merger (`Thôn Đông Tiến` from Thôn Đông and Thôn Tiến), by id and by the
   * name they had: their rows of earlier reports are added up for this unit's same-period and cumulative figures.
   */
  formedFrom: z
    .array(z.object({ id: identifierSchema, name: z.string().trim().min(1).max(200) }))
    .max(100)
    .optional(),
});
export type ReportingUnit = z.infer<typeof reportingUnitSchema>;

/** Thôn, tổ dân phố, xã, chi bộ: at most this many units in one list. */
export const largestUnitCount = 500;
