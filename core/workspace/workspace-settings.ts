import { z } from 'zod';
import { organisationProfileSchema } from '../organisation/organisation-profile';
import { openingFiguresSchema } from './opening-figures';

export const currentWorkspaceVersion = 1;

/**
 * `workspace.json`: the organisations whose reports the folder holds (a commune's People's Committee and its Party
 * committee may share one folder). A report file also carries its own copy of its organisation.
 */
export const workspaceSettingsSchema = z
  .object({
    schemaVersion: z.literal(currentWorkspaceVersion),
    name: z.string().trim().min(1),
    /** Empty in a workspace just created: the office declares itself before its first report. */
    organisations: z.array(organisationProfileSchema),
    /** Figures from before an organisation existed (an office formed by a merger), one entry per organisation. */
    openingFigures: z.array(openingFiguresSchema).max(100).optional(),
  })
  .superRefine((settings, context) => {
    const seen = new Set<string>();
    settings.organisations.forEach((organisation, index) => {
      if (seen.has(organisation.id)) {
        context.addIssue({ code: 'custom', path: ['organisations', index, 'id'], message: `Mã cơ quan “${organisation.id}” bị trùng.` });
      }
      seen.add(organisation.id);
    });
    settings.openingFigures?.forEach((opening, index) => {
      if (!seen.has(opening.organisationId)) {
        context.addIssue({
          code: 'custom',
          path: ['openingFigures', index, 'organisationId'],
          message: `Số liệu đầu kỳ thuộc cơ quan “${opening.organisationId}” không có trong thư mục làm việc.`,
        });
      }
    });
  });
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
