import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ImportPreview } from '../../core/api/application-results';
import type { KnownIndicator } from '../../core/import/indicators-from-appendix';
import { comparePeriods, type Period } from '../../core/periods/period';
import { periodInProgress } from '../../core/periods/period-containing';
import { periodKey } from '../../core/periods/period-key';
import { periodLabel } from '../../core/periods/period-label';
import type { Report } from '../../core/report/report-schema';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { saveOrganisation } from '../workspace/organisation-settings';
import { loadWorkspaceReports } from '../workspace/workspace-history';
import { reportFileName, reportsDirectory } from '../workspace/workspace-layout';
import { loadReport, saveReport } from '../workspace/workspace-store';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { importInWorker, type WorkerBounds } from './word-import-in-worker';
import type { WordImportReading, WordImportRequest } from './word-import-job';

/** `replace` writes over the workspace's file (its previous version kept among the backups); `copy` writes beside it. */
export type ImportTarget = 'replace' | 'copy';

export interface ImportChoices {
  /** The ids of the changes or figure suggestions taken; null takes all that can be taken. */
  accepted: readonly string[] | null;
  target: ImportTarget;
  /** For a hand-made report: its period when the user chose one. */
  period: Period | null;
  /** For a hand-made report: whether the organisation it is of is created or updated in the workspace. */
  saveOrganisation: boolean;
}

interface WorkspaceContext {
  directory: string;
  settings: WorkspaceSettings;
  now: Date;
  workerBounds?: WorkerBounds;
}

/** What importing a Word file would do: the changes of an exported file, or the reading of a hand-made one. */
export async function previewWordImport(
  workspace: WorkspaceContext,
  bytes: Uint8Array,
  label: string,
  period: Period | null,
): Promise<ImportPreview> {
  const reading = await read(workspace, bytes, label, period);
  if (reading.kind === 'exported') {
    const fileName = reportFileName(reading.embedded);
    return {
      kind: 'exported',
      changes: reading.changes,
      notices: reading.notices,
      fileName,
      periodLabel: periodLabel(reading.embedded.period),
      issuerName: reading.embedded.organisation.issuerName,
      conflict: await conflictWith(workspace.directory, fileName, reading.embedded),
    };
  }
  const analysis = reading;
  const fileName = reportFileName(analysis.report);
  return {
    kind: 'hand-made',
    fileName,
    periodKey: periodKey(analysis.report.period),
    periodLabel: periodLabel(analysis.report.period),
    periodNamed: analysis.periodNamed,
    issuerName: analysis.report.organisation.issuerName,
    summary: analysis.summary,
    suggestions: analysis.suggestions.map((suggestion) => ({
      id: suggestion.id,
      group: 'figures',
      choice: 'offer',
      description: suggestion.description,
    })),
    organisation: {
      action: analysis.organisation.matchedId === null ? 'create' : analysis.organisation.differences.length > 0 ? 'update' : 'none',
      changes: analysis.organisation.differences,
    },
    converted: analysis.converted,
    conflict: (await exists(workspace.directory, fileName))
      ? `Thư mục làm việc đã có báo cáo ${periodLabel(analysis.report.period)} (${fileName}).`
      : null,
  };
}

/**
 * Imports a Word file into the workspace with the choices made: an exported file with its accepted changes, a
 * hand-made one with its accepted figure suggestions (and its organisation declared when asked). A workspace file
 * that is not the one exported is never overwritten unless asked; every overwrite keeps the previous version.
 */
export async function importWordFile(
  workspace: WorkspaceContext,
  bytes: Uint8Array,
  label: string,
  choices: ImportChoices,
): Promise<{ fileName: string; report: Report; settings: WorkspaceSettings }> {
  const reading = await read(workspace, bytes, label, choices.period, choices.accepted ?? 'default');
  let settings = workspace.settings;
  if (reading.kind === 'exported') {
    const { report, changed } = reading.taken!;
    const standard = reportFileName(report);
    const conflict = await conflictWith(workspace.directory, standard, reading.embedded);
    const fileName = conflict && choices.target === 'copy' ? await freeCopyName(workspace.directory, standard) : standard;
    // A file that comes back unchanged onto its own report is opened as it is, not written again.
    if (conflict === null && !changed && (await exists(workspace.directory, fileName))) return { fileName, report, settings };
    await saveReport(workspace.directory, report, fileName);
    return { fileName, report, settings };
  }
  const analysis = reading;
  const { report } = reading.taken!;
  if (choices.saveOrganisation)
    settings = await saveOrganisation(workspace.directory, analysis.organisation.profile, analysis.organisation.matchedId);
  const standard = reportFileName(report);
  const taken = await exists(workspace.directory, standard);
  const fileName = taken && choices.target === 'copy' ? await freeCopyName(workspace.directory, standard) : standard;
  await saveReport(workspace.directory, report, fileName);
  return { fileName, report, settings };
}

/** The file read in a worker of its own, against what the workspace knows. */
async function read(
  workspace: WorkspaceContext,
  bytes: Uint8Array,
  label: string,
  period: Period | null,
  accept?: WordImportRequest['accept'],
): Promise<WordImportReading> {
  const reports = await loadWorkspaceReports(workspace.directory);
  return importInWorker(
    {
      bytes,
      label,
      organisations: workspace.settings.organisations,
      knownIndicators: knownIndicatorsByOrganisation(reports, workspace.settings.organisations),
      period,
      fallbackPeriod: periodInProgress('month', workspace.now, 14),
      id: randomUUID(),
      createdAt: workspace.now.toISOString(),
      ...(accept === undefined ? {} : { accept }),
    },
    workspace.workerBounds,
  );
}

/** The indicators each organisation follows, by organisation id. */
export function knownIndicatorsByOrganisation(
  reports: readonly Report[],
  organisations: readonly OrganisationProfile[],
): Record<string, KnownIndicator[]> {
  return Object.fromEntries(organisations.map((organisation) => [organisation.id, knownIndicatorsOf(reports, organisation.id)]));
}

/** The indicators of the organisation's latest report, so that an imported report keeps their ids. */
export function knownIndicatorsOf(reports: readonly Report[], organisationId: string | null): KnownIndicator[] {
  if (organisationId === null) return [];
  const latest = reports
    .filter((report) => report.organisation.id === organisationId)
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  return (latest?.indicators ?? []).map((row) => ({ id: row.id, name: row.name, nature: row.nature, group: row.group }));
}

async function conflictWith(directory: string, fileName: string, embedded: Report): Promise<string | null> {
  let current: Report;
  try {
    current = await loadReport(directory, fileName);
  } catch {
    return (await exists(directory, fileName))
      ? `Tệp ${fileName} trong thư mục làm việc không đọc được; phần mềm sẽ không ghi đè lên nó.`
      : null;
  }
  if (JSON.stringify(current) === JSON.stringify(embedded)) return null;
  return current.id === embedded.id
    ? `Báo cáo ${fileName} trong thư mục làm việc đã được sửa trong phần mềm sau lần xuất Word này.`
    : `Thư mục làm việc đã có một báo cáo khác cùng kỳ (${fileName}).`;
}

function exists(directory: string, fileName: string): Promise<boolean> {
  return access(path.join(reportsDirectory(directory), fileName)).then(
    () => true,
    () => false,
  );
}

async function freeCopyName(directory: string, fileName: string): Promise<string> {
  const base = fileName.replace(/\.json$/, '');
  for (let index = 1; ; index += 1) {
    const candidate = `${base}-tu-word${index > 1 ? `-${index}` : ''}.json`;
    if (!(await exists(directory, candidate))) return candidate;
  }
}
