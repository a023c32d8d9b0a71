import { readdir } from 'node:fs/promises';
import { organisationProfileSchema, type OrganisationProfile } from '../../core/organisation/organisation-profile';
import { problemsOf, ReportFileError } from '../../core/report/read-report';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { openingFiguresSchema, type OpeningFigures } from '../../core/workspace/opening-figures';
import { openWorkspace, writeWorkspaceSettings } from './workspace-store';
import { reportsDirectory } from './workspace-layout';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';

/**
 * Adds an organisation to the workspace, or replaces the one with id `replacesId`. The settings are read from
 * disk again first, so an organisation another window added meanwhile is kept. An organisation whose reports are
 * in the folder keeps its id: the id is part of their file names.
 */
export async function saveOrganisation(
  directory: string,
  organisation: OrganisationProfile,
  replacesId: string | null,
): Promise<WorkspaceSettings> {
  const parsed = organisationProfileSchema.safeParse(organisation, { error: vietnameseErrors });
  if (!parsed.success)
    throw new ReportFileError('cơ quan', problemsOf(parsed.error), `Thông tin cơ quan “${organisation.issuerName}” chưa hợp lệ.`);
  const profile = parsed.data;
  const { settings } = await openWorkspace(directory);
  const others = settings.organisations.filter((candidate) => candidate.id !== replacesId);
  if (others.some((candidate) => candidate.id === profile.id)) {
    throw new Error(`Thư mục làm việc đã có một cơ quan mang mã “${profile.id}”; hãy chọn mã khác.`);
  }
  if (replacesId !== null) {
    if (!settings.organisations.some((candidate) => candidate.id === replacesId))
      throw new Error(`Thư mục làm việc không còn cơ quan “${replacesId}” (có thể đã bị xóa ở cửa sổ khác).`);
    if (replacesId !== profile.id && (await reportCountOf(directory, replacesId)) > 0)
      throw new Error(`Không đổi được mã cơ quan “${replacesId}”: đã có báo cáo mang mã này trong thư mục reports.`);
  }
  const organisations =
    replacesId === null
      ? [...settings.organisations, profile]
      : settings.organisations.map((candidate) => (candidate.id === replacesId ? profile : candidate));
  const openingFigures = settings.openingFigures?.map((opening) =>
    opening.organisationId === replacesId ? { ...opening, organisationId: profile.id } : opening,
  );
  return writeWorkspaceSettings(directory, { ...settings, organisations, ...(openingFigures ? { openingFigures } : {}) });
}

/**
 * Sets (or, with null, removes) an organisation's opening figures. Refused with the field and the reason when they
 * do not hold together; the previous ones are kept then.
 */
export async function saveOpeningFigures(
  directory: string,
  organisationId: string,
  opening: OpeningFigures | null,
): Promise<WorkspaceSettings> {
  const { settings } = await openWorkspace(directory);
  if (!settings.organisations.some((candidate) => candidate.id === organisationId))
    throw new Error(`Thư mục làm việc không có cơ quan “${organisationId}”.`);
  let entry: OpeningFigures | null = null;
  if (opening) {
    const parsed = openingFiguresSchema.safeParse({ ...opening, organisationId }, { error: vietnameseErrors });
    if (!parsed.success) throw new ReportFileError('số liệu đầu kỳ', problemsOf(parsed.error), 'Số liệu đầu kỳ chưa hợp lệ.');
    entry = parsed.data;
  }
  const others = (settings.openingFigures ?? []).filter((candidate) => candidate.organisationId !== organisationId);
  return writeWorkspaceSettings(directory, { ...settings, openingFigures: entry ? [...others, entry] : others });
}

/** Removes an organisation that has no report in the folder. */
export async function removeOrganisation(directory: string, organisationId: string): Promise<WorkspaceSettings> {
  const { settings } = await openWorkspace(directory);
  const organisation = settings.organisations.find((candidate) => candidate.id === organisationId);
  if (!organisation) throw new Error(`Thư mục làm việc không có cơ quan “${organisationId}”.`);
  const reports = await reportCountOf(directory, organisationId);
  if (reports > 0) throw new Error(`Không xóa được “${organisation.issuerName}”: thư mục làm việc còn ${reports} báo cáo của cơ quan này.`);
  return writeWorkspaceSettings(directory, {
    ...settings,
    organisations: settings.organisations.filter((candidate) => candidate.id !== organisationId),
    ...(settings.openingFigures
      ? { openingFigures: settings.openingFigures.filter((opening) => opening.organisationId !== organisationId) }
      : {}),
  });
}

async function reportCountOf(directory: string, organisationId: string): Promise<number> {
  const names = await readdir(reportsDirectory(directory)).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(`${organisationId}_`) && name.endsWith('.json')).length;
}
