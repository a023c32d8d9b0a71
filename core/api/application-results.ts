import type { CheckFinding } from '../checks/check-finding';
import type { HandMadeSummary } from '../import/hand-made-report';
import type { ImportChange } from '../import/import-change';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Report } from '../report/report-schema';
import type { ReportComparison } from '../report/report-differences';
import type { OpeningFigures } from '../workspace/opening-figures';
import type { WorkspaceSettings } from '../workspace/workspace-settings';
import type { CommandName, CommandPayload } from './application-api';

export type ReportListingView =
  | {
      fileName: string;
      ok: true;
      id: string;
      organisationId: string;
      periodKey: string;
      periodLabel: string;
      year: number;
      subject: string;
      exported: boolean;
      modifiedAt: string;
    }
  | { fileName: string; ok: false; problem: string };

export interface TemplateView {
  id: string;
  name: string;
  format: 'state' | 'party';
  periodKinds: string[];
  origin: 'built-in' | 'workspace';
  /** The organisation a template saved from a report belongs to; null for a template of any organisation. */
  organisationId: string | null;
  /** The kinds of office it is written for (`ubnd-xa`, `so`…); empty for the district templates and saved ones. */
  offices: string[];
}

/**
 * The workspace the application works in, or none yet: then the set-up screen is shown, offering to create one in
 * `proposedDirectory` (an empty or missing folder the application was started with) or elsewhere.
 */
export type WorkspaceState =
  { open: true; directory: string; settings: WorkspaceSettings; isSample: boolean } | { open: false; proposedDirectory: string | null };

/** What importing a Word file would do, shown before anything is written. */
export type ImportPreview = ExportedFilePreview | HandMadeFilePreview;

/** A file the tool exported: what was changed in Word. */
export interface ExportedFilePreview {
  kind: 'exported';
  changes: ImportChange[];
  notices: string[];
  /** The report file the import goes to in the workspace. */
  fileName: string;
  periodLabel: string;
  issuerName: string;
  /** Why the workspace's file is not the one exported (edited since, another report of the period); null when it is. */
  conflict: string | null;
}

/** A report typed by hand: what was recognised, and the figures of its prose offered as live references. */
export interface HandMadeFilePreview {
  kind: 'hand-made';
  fileName: string;
  periodKey: string;
  periodLabel: string;
  /** False when the file names no period and one was taken for it, to be chosen. */
  periodNamed: boolean;
  issuerName: string;
  summary: HandMadeSummary;
  /** One per figure suggestion, to accept or refuse. */
  suggestions: ImportChange[];
  /** Whether saving the organisation would create it in the workspace, update it (with these changes), or change nothing. */
  organisation: { action: 'create' | 'update' | 'none'; changes: string[] };
  /** The file was an old .doc, converted by LibreOffice. */
  converted: boolean;
  /** The workspace already has a report of that period. */
  conflict: string | null;
}

/** What each command answers. */
export interface CommandResults {
  openWorkspace: WorkspaceState;
  createWorkspace: WorkspaceState;
  openSampleWorkspace: WorkspaceState;
  saveOrganisation: { settings: WorkspaceSettings };
  removeOrganisation: { settings: WorkspaceSettings };
  loadOpeningFigures: { opening: OpeningFigures | null };
  saveOpeningFigures: { settings: WorkspaceSettings; indicators: IndicatorRow[] | null };
  listReports: ReportListingView[];
  listTemplates: { templates: TemplateView[]; problems: string[] };
  // `version`: the file's version on disk (a hash of its bytes), which the next save states as its base.
  createFromTemplate: { fileName: string; report: Report; version: string };
  createFromPrevious: { fileName: string; report: Report; version: string };
  loadReport: { fileName: string; report: Report; version: string };
  saveReport: { fileName: string; savedAt: string; version: string };
  saveReportCopy: { fileName: string; version: string };
  /** `comparison` null when the file is gone (deleted or renamed); `version`, its version now. */
  compareWithFile: { comparison: ReportComparison | null; version: string | null };
  writeBackup: { writtenAt: string };
  listRecoverable: { fileName: string; savedAt: string }[];
  recoverBackup: { fileName: string; report: Report; version: string | null };
  discardBackup: { discarded: boolean };
  replacePreviousEstimate: { previousFileName: string; report: Report; version: string };
  exportDocx: { path: string; directory: string; base64: string; version: string };
  previewImport: ImportPreview;
  importDocx: { fileName: string; report: Report; settings: WorkspaceSettings };
  checkReport: { findings: CheckFinding[] };
  saveAsTemplate: { templateId: string };
}

export type CommandResult<Name extends CommandName> = CommandResults[Name];

/** The answer of a transport: the result, or a Vietnamese message saying what went wrong. */
export type CommandResponse<Name extends CommandName> =
  | { ok: true; result: CommandResult<Name> }
  // `conflict`: a save refused because the file changed since the version it was based on.
  | { ok: false; message: string; code?: 'conflict' };

/** The service behind both transports: one method per command. */
export type ApplicationService = { [Name in CommandName]: (payload: CommandPayload<Name>) => Promise<CommandResult<Name>> };
