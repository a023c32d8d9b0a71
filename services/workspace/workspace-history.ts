import { comparePeriods, type Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { openingReports } from '../../core/workspace/opening-figures';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { readWorkspaceReports } from './workspace-store';

/** Every readable report of the workspace with the file it is in; unreadable files are skipped. */
export async function loadWorkspaceReportFiles(directory: string): Promise<{ fileName: string; report: Report }[]> {
  return (await readWorkspaceReports(directory)).flatMap((entry) => (entry.ok ? [{ fileName: entry.fileName, report: entry.report }] : []));
}

/** Every readable report of the workspace, for looking up earlier figures. */
export async function loadWorkspaceReports(directory: string): Promise<Report[]> {
  return (await loadWorkspaceReportFiles(directory)).map((file) => file.report);
}

/** The organisation's latest report that ends before `period` ends: what "from last period" starts from. */
export function latestReportBefore(reports: readonly Report[], organisationId: string, period: Period): Report | null {
  const earlier = reports
    .filter((report) => report.organisation.id === organisationId && comparePeriods(report.period, period) < 0)
    .sort((a, b) => comparePeriods(b.period, a.period));
  return earlier[0] ?? null;
}

/** The stand-in reports of the workspace's opening figures (offices formed by a merger), for look-ups only. */
export function openingHistory(settings: WorkspaceSettings): Report[] {
  return (settings.openingFigures ?? []).flatMap((opening) => {
    const organisation = settings.organisations.find((candidate) => candidate.id === opening.organisationId);
    return organisation ? openingReports(opening, organisation) : [];
  });
}

/** The reports earlier figures are looked up in: the workspace's reports first, then its opening figures. */
export async function loadWorkspaceHistory(directory: string, settings: WorkspaceSettings): Promise<Report[]> {
  return [...(await loadWorkspaceReports(directory)), ...openingHistory(settings)];
}
