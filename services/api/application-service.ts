import { randomUUID } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApplicationService, ReportListingView } from '../../core/api/application-results';
import { checkReport } from '../../core/checks/check-report';
import { reportToDocx } from '../../core/export/report-to-docx';
import { periodLabel } from '../../core/periods/period-label';
import { parsePeriodKey } from '../../core/periods/period-key';
import { replacePreviousEstimate } from '../../core/rollover/correct-estimate';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { compareReports } from '../../core/report/report-differences';
import { withBodyForKind } from '../templates/body-for-period-kind';
import type { Report } from '../../core/report/report-schema';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { importWordFile, previewWordImport } from '../word/import-word-file';
import type { WorkerBounds } from '../word/word-import-in-worker';
import { createReportFromTemplate } from '../templates/create-report-from-template';
import { describeProblem, loadTemplates } from '../templates/load-templates';
import { saveReportAsTemplate } from '../templates/save-report-as-template';
import { listAutosaves, readAutosave, readAutosaveBase, removeAutosave, writeAutosave } from '../workspace/autosave-store';
import { saveReportCopy } from '../workspace/save-report-copy';
import {
  latestReportBefore,
  loadWorkspaceHistory,
  loadWorkspaceReportFiles,
  loadWorkspaceReports,
  openingHistory,
} from '../workspace/workspace-history';
import { withFiguresFromHistory } from '../../core/rollover/history-figures';
import { reportFileName, reportsDirectory } from '../workspace/workspace-layout';
import {
  assertUnchangedSince,
  listReports,
  loadReport,
  reportFileVersion,
  saveReport,
  saveReportVersion,
  withReportFileLock,
  writeReportFile,
} from '../workspace/workspace-store';
import { findOrganisation } from '../workspace/find-organisation';
import { OpenWorkspace, workspaceCommands, type SampleWorkspaceLocation } from './workspace-commands';

export interface ApplicationServiceOptions {
  /** The folder opened at start: a workspace, or an empty or missing folder offered for creation; null for none. */
  workspaceDirectory: string | null;
  /** The sample offered on the set-up screen, and where the user's copy of it goes (`~/.bao-cao-so-ket` by default). */
  sampleWorkspace?: SampleWorkspaceLocation;
  /** Called with every workspace opened or created, for the list of recent folders. */
  onWorkspaceOpened?: (directory: string) => void;
  /** Where exported Word files go; `<workspace>/xuat-word` by default. */
  exportDirectoryName?: string;
  now?: () => Date;
  /** The time and memory an import of a Word file may take (`defaultWorkerBounds`). */
  wordImportBounds?: WorkerBounds;
}

/** The sample workspaces that ship with the program (`examples/<sample>`), copied before use so the originals stay untouched. */
export const examplesDirectory = path.resolve(import.meta.dirname, '../../examples');

/**
 * The one implementation of the application API, used by the Electron window and by the browser mode.
 * Everything that touches the disk happens here; every payload has been validated by the transport.
 */
export async function createApplicationService(options: ApplicationServiceOptions): Promise<ApplicationService> {
  const open = new OpenWorkspace(options.onWorkspaceOpened);
  if (options.workspaceDirectory !== null) await open.open(options.workspaceDirectory);
  const now = options.now ?? (() => new Date());
  const exportFolder = options.exportDirectoryName ?? 'xuat-word';
  const importContext = () => ({
    ...open.current,
    now: now(),
    ...(options.wordImportBounds ? { workerBounds: options.wordImportBounds } : {}),
  });

  const saveNew = async (report: Report): Promise<{ fileName: string; report: Report; version: string }> => {
    const fileName = reportFileName(report);
    const exists = await access(path.join(reportsDirectory(open.current.directory), fileName)).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new Error(
        `Đã có báo cáo ${periodLabel(report.period)} của ${report.organisation.issuerName} (${fileName}); hãy mở báo cáo đó.`,
      );
    // Written only if no file appeared since the check above: another window's report of the period is never replaced.
    const { version } = await saveReportVersion(open.current.directory, report, fileName, { version: null });
    return { fileName, report, version };
  };

  const templates = () => loadTemplates({ workspaceDirectory: open.current.directory });
  const findTemplate = async (templateId: string) => {
    const template = (await templates()).templates.find((candidate) => candidate.manifest.id === templateId);
    if (!template) throw new Error(`Không có mẫu “${templateId}”.`);
    return template;
  };
  return {
    ...workspaceCommands(
      open,
      options.sampleWorkspace ?? { examplesDirectory, copiesDirectory: path.join(os.homedir(), '.bao-cao-so-ket') },
    ),

    async listReports() {
      return (await listReports(open.current.directory)).map((entry): ReportListingView =>
        entry.ok
          ? {
              fileName: entry.fileName,
              ok: true,
              id: entry.id,
              organisationId: entry.organisationId,
              periodKey: entry.periodKey,
              periodLabel: periodLabel(entry.period),
              year: entry.period.year,
              subject: entry.subject,
              exported: entry.exported,
              modifiedAt: entry.modifiedAt,
            }
          : entry,
      );
    },

    async listTemplates() {
      const catalogue = await templates();
      return {
        templates: catalogue.templates.map((template) => ({
          id: template.manifest.id,
          name: template.manifest.name,
          format: template.manifest.format,
          periodKinds: [...template.manifest.periodKinds],
          origin: template.origin,
          organisationId: template.manifest.organisationId ?? null,
          offices: [...(template.manifest.offices ?? [])],
        })),
        problems: catalogue.problems.map(describeProblem),
      };
    },

    async createFromTemplate({ templateId, periodKey, organisationId }) {
      const template = await findTemplate(templateId);
      const { directory, settings } = open.current;
      const report = createReportFromTemplate(template, {
        organisation: findOrganisation(settings, organisationId),
        period: parsePeriodKey(periodKey),
        id: randomUUID(),
        createdAt: now().toISOString(),
      });
      return saveNew(withFiguresFromHistory(report, await loadWorkspaceHistory(directory, settings)));
    },

    async createFromPrevious({ previousFileName, templateId, periodKey, organisationId }) {
      const template = await findTemplate(templateId);
      const period = parsePeriodKey(periodKey);
      const reports = await loadWorkspaceReports(open.current.directory);
      const history = [...reports, ...openingHistory(open.current.settings)];
      const previous = previousFileName
        ? await loadReport(open.current.directory, previousFileName)
        : latestReportBefore(reports, organisationId, period);
      if (!previous) throw new Error(`Chưa có báo cáo nào trước ${periodLabel(period)} để chuyển sang; hãy tạo từ mẫu.`);
      if (previous.organisation.format !== template.manifest.format) {
        throw new Error(`Báo cáo kỳ trước và mẫu “${template.manifest.name}” dùng hai thể thức khác nhau.`);
      }
      const rolled = rollOverReport({
        previous,
        period,
        organisation: open.current.settings.organisations.find((candidate) => candidate.id === previous.organisation.id),
        history,
        templateId,
        subjectPattern: template.manifest.subject,
        id: randomUUID(),
        createdAt: now().toISOString(),
      });
      return saveNew(withBodyForKind(rolled, previous, template));
    },

    async loadReport({ fileName }) {
      // The version first: a change made between the two reads shows as a conflict at the next save, never lost.
      const version = await reportFileVersion(open.current.directory, fileName);
      const report = await loadReport(open.current.directory, fileName);
      return { fileName, report, version: version ?? '' };
    },

    async saveReport({ fileName, report, baseVersion, overwrite }) {
      // A client that states no version (an older one) saves as before; one that does is refused over a newer file.
      const basedOn = baseVersion !== undefined && overwrite !== true ? { version: baseVersion } : undefined;
      const { version } = await saveReportVersion(open.current.directory, report as Report, fileName, basedOn);
      await removeAutosave(open.current.directory, fileName);
      return { fileName, savedAt: now().toISOString(), version };
    },

    async saveReportCopy({ fileName, report }) {
      const copy = await saveReportCopy(open.current.directory, report as Report, fileName);
      // The draft is safe in its own file now: nothing is left to restore for the report it came from.
      await removeAutosave(open.current.directory, fileName);
      return copy;
    },

    async compareWithFile({ fileName, report }) {
      const version = await reportFileVersion(open.current.directory, fileName);
      if (version === null) return { comparison: null, version };
      const inFile = await loadReport(open.current.directory, fileName);
      return { comparison: compareReports(inFile, report as Report), version };
    },

    async writeBackup({ fileName, report, baseVersion }) {
      const basedOn = baseVersion === undefined ? undefined : { version: baseVersion };
      return { writtenAt: await writeAutosave(open.current.directory, fileName, report, basedOn) };
    },

    async listRecoverable() {
      return listAutosaves(open.current.directory);
    },

    async recoverBackup({ fileName }) {
      // The copy states the version it was made on top of, so a file changed since is a conflict at the next save. A
      // copy that does not say (an older one) is taken as made on top of the file as it is now.
      const base = await readAutosaveBase(open.current.directory, fileName);
      const version = base ? base.version : await reportFileVersion(open.current.directory, fileName);
      return { fileName, report: await readAutosave(open.current.directory, fileName), version };
    },

    async discardBackup({ fileName }) {
      return { discarded: await removeAutosave(open.current.directory, fileName) };
    },

    async replacePreviousEstimate({ fileName, indicatorId, actual }) {
      const current = await loadReport(open.current.directory, fileName);
      const derivedFrom = current.provenance.derivedFrom;
      // The previous report is written back to the file it was read from, whatever that file is called.
      const previous = (await loadWorkspaceReportFiles(open.current.directory)).find((file) => file.report.id === derivedFrom?.reportId);
      if (!previous || previous.fileName === fileName)
        throw new Error('Không tìm thấy báo cáo kỳ trước của báo cáo này trong thư mục làm việc.');
      const corrected = replacePreviousEstimate(previous.report, current, indicatorId, actual);
      await saveReport(open.current.directory, corrected.previous, previous.fileName);
      const { version } = await saveReportVersion(open.current.directory, corrected.current, fileName);
      return { previousFileName: previous.fileName, report: corrected.current, version };
    },

    exportDocx: ({ fileName, report, baseVersion }) =>
      withReportFileLock(open.current.directory, fileName, async () => {
        // Checked before the Word file is written, so a refused export leaves nothing half done.
        if (baseVersion !== undefined)
          await assertUnchangedSince(
            open.current.directory,
            fileName,
            baseVersion,
            'hãy lưu báo cáo (phần mềm sẽ hỏi có ghi đè không) rồi xuất lại.',
          );
        const exported: Report = {
          ...(report as Report),
          provenance: { ...(report as Report).provenance, exportedAt: now().toISOString() },
        };
        const bytes = await reportToDocx(exported);
        const directory = path.join(open.current.directory, exportFolder);
        await mkdir(directory, { recursive: true });
        const target = path.join(directory, fileName.replace(/\.json$/, '.docx'));
        await writeFileAtomically(target, bytes);
        const { version } = await writeReportFile(open.current.directory, exported, fileName);
        await removeAutosave(open.current.directory, fileName);
        return { path: target, directory, base64: Buffer.from(bytes).toString('base64'), version };
      }),

    async checkReport({ report }) {
      const { directory, settings } = open.current;
      const history = (await loadWorkspaceHistory(directory, settings)).filter((candidate) => candidate.id !== report.id);
      return { findings: checkReport(report as Report, { history }) };
    },

    async saveAsTemplate({ report, templateId, name, replace }) {
      await saveReportAsTemplate(open.current.directory, report as Report, { id: templateId, name, replace });
      return { templateId };
    },

    async previewImport({ name, base64, periodKey }) {
      return previewWordImport(importContext(), fromBase64(base64), name, periodKey ? parsePeriodKey(periodKey) : null);
    },

    async importDocx({ name, base64, accepted, target, periodKey, saveOrganisation }) {
      const context = importContext();
      const { directory, settings } = context;
      const imported = await importWordFile(context, fromBase64(base64), name, {
        accepted,
        target,
        period: periodKey ? parsePeriodKey(periodKey) : null,
        saveOrganisation,
      });
      if (imported.settings !== settings) open.set({ directory, settings: imported.settings });
      return { fileName: imported.fileName, report: imported.report, settings: imported.settings };
    },
  };
}

function fromBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
