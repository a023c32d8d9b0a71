import { randomUUID } from 'node:crypto';
import { access, cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApplicationService, ReportListingView } from '../../core/api/application-results';
import { checkReport } from '../../core/checks/check-report';
import { extractReport } from '../../core/export/embedded-report';
import { reportToDocx } from '../../core/export/report-to-docx';
import { periodLabel } from '../../core/periods/period-label';
import { parsePeriodKey } from '../../core/periods/period-key';
import { replacePreviousEstimate } from '../../core/rollover/correct-estimate';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import type { Report } from '../../core/report/report-schema';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { createReportFromTemplate } from '../templates/create-report-from-template';
import { describeProblem, loadTemplates } from '../templates/load-templates';
import { listAutosaves, readAutosave, removeAutosave, writeAutosave } from '../workspace/autosave-store';
import { latestReportBefore, loadWorkspaceReportFiles, loadWorkspaceReports } from '../workspace/workspace-history';
import { reportFileName, reportsDirectory } from '../workspace/workspace-layout';
import { listReports, loadReport, openWorkspace, saveReport, type Workspace } from '../workspace/workspace-store';

export interface ApplicationServiceOptions {
  /** The workspace opened at start. */
  workspaceDirectory: string;
  /** Where exported Word files go; `<workspace>/xuat-word` by default. */
  exportDirectoryName?: string;
  now?: () => Date;
}

/** The sample workspace that ships with the program, copied before use so the original stays untouched. */
export const sampleWorkspaceDirectory = path.resolve(import.meta.dirname, '../../examples/le-chan');

export async function copySampleWorkspace(target: string): Promise<string> {
  const exists = await access(path.join(target, 'workspace.json')).then(
    () => true,
    () => false,
  );
  if (!exists) await cp(sampleWorkspaceDirectory, target, { recursive: true });
  return target;
}

/**
 * The one implementation of the application API, used by the Electron window and by the browser mode.
 * Everything that touches the disk happens here; every payload has been validated by the transport.
 */
export async function createApplicationService(options: ApplicationServiceOptions): Promise<ApplicationService> {
  let workspace: Workspace = await openWorkspace(options.workspaceDirectory);
  const now = options.now ?? (() => new Date());
  const exportFolder = options.exportDirectoryName ?? 'xuat-word';

  const saveNew = async (report: Report): Promise<{ fileName: string; report: Report }> => {
    const fileName = reportFileName(report);
    const exists = await access(path.join(reportsDirectory(workspace.directory), fileName)).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new Error(
        `Đã có báo cáo ${periodLabel(report.period)} của ${report.organisation.issuerName} (${fileName}); hãy mở báo cáo đó.`,
      );
    await saveReport(workspace.directory, report, fileName);
    return { fileName, report };
  };

  const templates = () => loadTemplates({ workspaceDirectory: workspace.directory });
  const findTemplate = async (templateId: string) => {
    const template = (await templates()).templates.find((candidate) => candidate.manifest.id === templateId);
    if (!template) throw new Error(`Không có mẫu “${templateId}”.`);
    return template;
  };
  const findOrganisation = (organisationId: string) => {
    const organisation = workspace.settings.organisations.find((candidate) => candidate.id === organisationId);
    if (!organisation) throw new Error(`Thư mục làm việc không có cơ quan “${organisationId}”.`);
    return organisation;
  };

  return {
    async openWorkspace({ directory }) {
      if (directory) workspace = await openWorkspace(directory);
      return { directory: workspace.directory, settings: workspace.settings, isSample: workspace.settings.name.includes('(mẫu)') };
    },

    async listReports() {
      return (await listReports(workspace.directory)).map((entry): ReportListingView =>
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
        })),
        problems: catalogue.problems.map(describeProblem),
      };
    },

    async createFromTemplate({ templateId, periodKey, organisationId }) {
      const template = await findTemplate(templateId);
      const report = createReportFromTemplate(template, {
        organisation: findOrganisation(organisationId),
        period: parsePeriodKey(periodKey),
        id: randomUUID(),
        createdAt: now().toISOString(),
      });
      return saveNew(report);
    },

    async createFromPrevious({ previousFileName, templateId, periodKey, organisationId }) {
      const template = await findTemplate(templateId);
      const period = parsePeriodKey(periodKey);
      const history = await loadWorkspaceReports(workspace.directory);
      const previous = previousFileName
        ? await loadReport(workspace.directory, previousFileName)
        : latestReportBefore(history, organisationId, period);
      if (!previous) throw new Error(`Chưa có báo cáo nào trước ${periodLabel(period)} để chuyển sang; hãy tạo từ mẫu.`);
      if (previous.organisation.format !== template.manifest.format) {
        throw new Error(`Báo cáo kỳ trước và mẫu “${template.manifest.name}” dùng hai thể thức khác nhau.`);
      }
      const report = rollOverReport({
        previous,
        period,
        history,
        templateId,
        subjectPattern: template.manifest.subject,
        id: randomUUID(),
        createdAt: now().toISOString(),
      });
      return saveNew(report);
    },

    async loadReport({ fileName }) {
      return { fileName, report: await loadReport(workspace.directory, fileName) };
    },

    async saveReport({ fileName, report }) {
      await saveReport(workspace.directory, report as Report, fileName);
      await removeAutosave(workspace.directory, fileName);
      return { fileName, savedAt: now().toISOString() };
    },

    async writeBackup({ fileName, report }) {
      return { writtenAt: await writeAutosave(workspace.directory, fileName, report) };
    },

    async listRecoverable() {
      return listAutosaves(workspace.directory);
    },

    async recoverBackup({ fileName }) {
      return { fileName, report: await readAutosave(workspace.directory, fileName) };
    },

    async discardBackup({ fileName }) {
      return { discarded: await removeAutosave(workspace.directory, fileName) };
    },

    async replacePreviousEstimate({ fileName, indicatorId, actual }) {
      const current = await loadReport(workspace.directory, fileName);
      const derivedFrom = current.provenance.derivedFrom;
      // The previous report is written back to the file it was read from, whatever that file is called.
      const previous = (await loadWorkspaceReportFiles(workspace.directory)).find((file) => file.report.id === derivedFrom?.reportId);
      if (!previous) throw new Error('Không tìm thấy báo cáo kỳ trước của báo cáo này trong thư mục làm việc.');
      const corrected = replacePreviousEstimate(previous.report, current, indicatorId, actual);
      await saveReport(workspace.directory, corrected.previous, previous.fileName);
      await saveReport(workspace.directory, corrected.current, fileName);
      return { previousFileName: previous.fileName, report: corrected.current };
    },

    async exportDocx({ fileName, report }) {
      const exported: Report = { ...(report as Report), provenance: { ...(report as Report).provenance, exportedAt: now().toISOString() } };
      const bytes = await reportToDocx(exported);
      const directory = path.join(workspace.directory, exportFolder);
      await mkdir(directory, { recursive: true });
      const target = path.join(directory, fileName.replace(/\.json$/, '.docx'));
      await writeFileAtomically(target, bytes);
      await saveReport(workspace.directory, exported, fileName);
      await removeAutosave(workspace.directory, fileName);
      return { path: target, directory, base64: Buffer.from(bytes).toString('base64') };
    },

    async checkReport({ report }) {
      const history = (await loadWorkspaceReports(workspace.directory)).filter((candidate) => candidate.id !== report.id);
      return { findings: checkReport(report as Report, { history }) };
    },

    async importDocx({ name, base64 }) {
      const report = extractReport(new Uint8Array(Buffer.from(base64, 'base64')), name);
      return saveNew(report);
    },
  };
}
