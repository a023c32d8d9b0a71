import { z } from 'zod';
import { organisationProfileSchema } from '../organisation/organisation-profile';

export const currentWorkspaceVersion = 1;

/** `workspace.json`: the organisations whose reports the folder holds. A report file also carries its own copy. */
export const workspaceSettingsSchema = z
  .object({
    schemaVersion: z.literal(currentWorkspaceVersion),
    name: z.string().trim().min(1),
    organisations: z.array(organisationProfileSchema).min(1, 'Thư mục làm việc cần ít nhất một cơ quan, tổ chức.'),
  })
  .superRefine((settings, context) => {
    const seen = new Set<string>();
    settings.organisations.forEach((organisation, index) => {
      if (seen.has(organisation.id)) {
        context.addIssue({ code: 'custom', path: ['organisations', index, 'id'], message: `Mã cơ quan “${organisation.id}” bị trùng.` });
      }
      seen.add(organisation.id);
    });
  });
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
