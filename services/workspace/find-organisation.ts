import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';

export const noOrganisationMessage =
  'Thư mục làm việc chưa khai báo cơ quan nào. Hãy khai báo cơ quan trước khi tạo báo cáo: trong phần mềm, mục “Cơ quan” của thư mục làm việc; ' +
  'trên dòng lệnh, `npm run -s cli -- init <thư mục> --profile <tệp cơ quan .json>`.';

/** The organisation of the workspace with this id; without one, a message that says how to declare it. */
export function findOrganisation(settings: WorkspaceSettings, organisationId: string): OrganisationProfile {
  if (settings.organisations.length === 0) throw new Error(noOrganisationMessage);
  const organisation = settings.organisations.find((candidate) => candidate.id === organisationId);
  if (!organisation)
    throw new Error(
      `Thư mục làm việc không có cơ quan “${organisationId}”; các cơ quan đã khai báo: ${settings.organisations.map((candidate) => candidate.id).join(', ')}.`,
    );
  return organisation;
}
