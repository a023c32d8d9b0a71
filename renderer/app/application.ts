import type { WorkspaceState } from '../../core/api/application-results';
import type { ApplicationState } from './application-state';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { call } from '../api/api-client';
import { confirmChoice, showMessage } from '../dialogs/dialog';
import { clear, element } from '../dom/element';
import { reviewHandMadeImport } from '../import/hand-made-review-dialog';
import { reviewImport } from '../import/import-review-dialog';
import { openOrganisationEditor } from '../organisation/organisation-editor';
import { openReportScreen, type ReportScreen } from '../report/report-screen';
import { ReportSession } from '../session/report-session';
import { resolveSaveConflict } from '../session/save-conflict-dialog';
import { renderWorkspaceSetup } from '../setup/workspace-setup';
import { askForNewReport } from '../wizard/new-report-wizard';
import { renderWorkspaceView } from '../workspace/workspace-view';

/** The whole interface: the set-up screen, the workspace view, the organisation editor, the wizard, and an open report. */
export async function startApplication(root: HTMLElement): Promise<void> {
  const workspaceButton = element('button', {
    className: 'app-header__action',
    text: 'Thư mục làm việc',
    attributes: { 'data-action': 'workspace-setup', title: 'Mở thư mục mẫu, mở hoặc tạo thư mục làm việc' },
    on: { click: () => void showSetup() },
  });
  const header = element('header', { className: 'app-header' }, element('h1', { text: 'Báo cáo sơ kết' }), workspaceButton);
  const main = element('main', { className: 'app-main' });
  root.append(header, main);
  let session: ReportSession | null = null;
  let screen: ReportScreen | null = null;
  let workspace: WorkspaceState = { open: false, proposedDirectory: null };

  window.addEventListener('beforeunload', (event) => {
    if (session?.dirty) {
      void session.writeAutosaveNow();
      event.preventDefault();
    }
  });

  const state = async (): Promise<ApplicationState | null> => {
    if (!workspace.open) return null;
    const [reports, templates] = await Promise.all([call('listReports', {}), call('listTemplates', {})]);
    return {
      directory: workspace.directory,
      settings: workspace.settings,
      reports,
      templates: templates.templates,
      templateProblems: templates.problems,
    };
  };

  /** Closes the open report, asking to save it first; false when the report stays open. */
  const closeReport = async (): Promise<boolean> => {
    if (
      session?.dirty &&
      !(await confirmChoice('Báo cáo chưa lưu', 'Báo cáo đang mở có thay đổi chưa lưu. Lưu trước khi đóng?', 'Lưu và đóng', 'Ở lại'))
    )
      return false;
    if (session?.dirty && !(await session.save())) return false;
    screen?.close();
    screen = null;
    session?.dispose();
    session = null;
    return true;
  };

  /** Shows what the workspace state calls for: its reports, its first organisation to declare, or the set-up screen. */
  const showWorkspace = async (): Promise<boolean> => {
    // Read before anything is closed: a workspace that cannot be listed leaves the current screen as it is.
    const current = await state();
    if (!(await closeReport())) return false;
    clear(main);
    if (!current) {
      showSetupScreen();
      return true;
    }
    if (current.settings.organisations.length === 0) {
      editOrganisation(current, null);
      return true;
    }
    main.append(
      renderWorkspaceView(current, {
        open: (fileName) => void openReport(fileName),
        create: (previousFileName) => void createReport(current, previousFileName),
        importWord: (name, base64) => void importWord(name, base64),
        editOrganisation: (organisation) => editOrganisation(current, organisation),
        removeOrganisation: (organisation) => void removeOrganisation(organisation),
      }),
    );
    return true;
  };

  const showSetupScreen = () => {
    clear(main);
    main.append(
      renderWorkspaceSetup({
        current: workspace,
        chooseFolder: window.baoCao ? () => window.baoCao!.chooseWorkspaceFolder() : null,
        opened: (opened) => {
          workspace = opened;
          void showWorkspace();
        },
        back: workspace.open ? () => void showWorkspace() : null,
      }),
    );
  };

  const showSetup = async () => {
    if (!(await closeReport())) return;
    showSetupScreen();
  };

  const editOrganisation = (current: ApplicationState, organisation: OrganisationProfile | null) => {
    clear(main);
    main.append(
      openOrganisationEditor({
        organisation,
        settings: current.settings,
        hasReports: (organisationId) => current.reports.some((entry) => entry.ok && entry.organisationId === organisationId),
        saved: (settings) => {
          if (workspace.open) workspace = { ...workspace, settings };
          void showWorkspace();
        },
        cancel: current.settings.organisations.length > 0 ? () => void showWorkspace() : null,
        importWord: organisation === null ? (name, base64) => void importWord(name, base64) : null,
      }),
    );
  };

  const removeOrganisation = async (organisation: OrganisationProfile) => {
    if (
      !(await confirmChoice(
        'Xóa cơ quan',
        `Xóa “${organisation.issuerName}” khỏi thư mục làm việc? Chỉ xóa được cơ quan chưa có báo cáo nào.`,
        'Xóa',
        'Giữ lại',
      ))
    )
      return;
    try {
      const { settings } = await call('removeOrganisation', { organisationId: organisation.id });
      if (workspace.open) workspace = { ...workspace, settings };
      await showWorkspace();
    } catch (error) {
      await showMessage('Không xóa được cơ quan', (error as Error).message);
    }
  };

  const openReport = async (fileName: string, recovered?: { report: ReportSession['report']; version: string | null }) => {
    try {
      const loaded = recovered ? { fileName, ...recovered } : await call('loadReport', { fileName });
      session = new ReportSession(loaded.fileName, loaded.report, loaded.version, async (message, draft) => {
        const decision = await resolveSaveConflict(loaded.fileName, message, draft);
        // The draft now lives in a file of its own: that is the report the user goes on with, once this save is done.
        if (decision.kind === 'copied') setTimeout(() => void continueInCopy(loaded.fileName, decision.fileName));
        return decision;
      });
      if (recovered) session.dirty = true;
      clear(main);
      const workspaceOrganisation = workspace.open
        ? workspace.settings.organisations.find((candidate) => candidate.id === loaded.report.organisation.id)
        : undefined;
      screen = openReportScreen(main, session, { back: () => void showWorkspace(), workspaceOrganisation });
    } catch (error) {
      await showMessage('Không mở được báo cáo', (error as Error).message);
    }
  };

  const continueInCopy = async (fileName: string, copyFileName: string) => {
    if (!(await closeReport())) return;
    await openReport(copyFileName);
    await showMessage(
      'Đã giữ cả hai',
      `Bản đang soạn đã được lưu thành tệp “${copyFileName}” và đang mở. Tệp “${fileName}” giữ nguyên những thay đổi đã làm ở nơi khác.`,
    );
  };

  const createReport = async (current: ApplicationState, previousFileName: string | null) => {
    const request = await askForNewReport(current, previousFileName);
    if (!request) return;
    try {
      const created =
        request.previousFileName !== undefined
          ? await call('createFromPrevious', {
              previousFileName: request.previousFileName,
              templateId: request.templateId,
              periodKey: request.periodKey,
              organisationId: request.organisationId,
            })
          : await call('createFromTemplate', {
              templateId: request.templateId,
              periodKey: request.periodKey,
              organisationId: request.organisationId,
            });
      await openReport(created.fileName);
    } catch (error) {
      await showMessage('Không tạo được báo cáo', (error as Error).message);
    }
  };

  /** A Word file exported by the tool comes back with its edits; one typed by hand becomes a report. */
  const importWord = async (name: string, base64: string) => {
    try {
      let periodKey: string | null = null;
      for (;;) {
        const preview = await call('previewImport', { name, base64, periodKey });
        if (preview.kind === 'exported') {
          const decision = await reviewImport(name, preview);
          if (!decision) return;
          const imported = await call('importDocx', { name, base64, ...decision, periodKey: null, saveOrganisation: false });
          await openReport(imported.fileName);
          return;
        }
        const decision = await reviewHandMadeImport(name, preview);
        if (!decision) return;
        if (decision.kind === 'reread') {
          periodKey = decision.periodKey;
          continue;
        }
        const { kind: _kind, ...choices } = decision;
        const imported = await call('importDocx', { name, base64, ...choices });
        if (workspace.open) workspace = { ...workspace, settings: imported.settings };
        await openReport(imported.fileName);
        return;
      }
    } catch (error) {
      await showMessage('Không mở được tệp Word', (error as Error).message);
    }
  };

  const switchWorkspace = async (directory: string, fileName?: string) => {
    try {
      if (!(await closeReport())) return;
      workspace = await call('openWorkspace', { directory });
      if (!workspace.open || !(await showWorkspace())) {
        if (!workspace.open) showSetupScreen();
        return;
      }
      if (fileName) await openReport(fileName);
    } catch (error) {
      await showMessage('Không mở được thư mục làm việc', (error as Error).message);
      workspace = await call('openWorkspace', { directory: null });
      if (!screen) await showWorkspace();
    }
  };

  window.baoCao?.onMenuCommand((command, target) => {
    if (command === 'save') void screen?.save();
    else if (command === 'export') void screen?.exportWord();
    else if (command === 'undo') screen?.undo();
    else if (command === 'redo') screen?.redo();
    else if (command === 'new')
      void state().then((current) =>
        current && current.settings.organisations.length > 0
          ? createReport(current, current.reports.find((entry) => entry.ok)?.fileName ?? null)
          : showSetup(),
      );
    else if (command === 'open') void showSetup();
    else if ((command === 'open-recent' || command === 'open-report') && target) void switchWorkspace(target.directory, target.fileName);
  });

  try {
    workspace = await call('openWorkspace', { directory: null });
    await showWorkspace();
    if (workspace.open) await offerRecovery(openReport);
  } catch (error) {
    clear(main);
    main.append(element('p', { className: 'error-banner', attributes: { role: 'alert' }, text: (error as Error).message }));
  }
}

/** After a crash: offers to restore the report whose unsaved edits were kept in the autosave copy. */
async function offerRecovery(
  openReport: (fileName: string, recovered?: { report: ReportSession['report']; version: string | null }) => Promise<void>,
): Promise<void> {
  const recoverable = await call('listRecoverable', {});
  for (const entry of recoverable) {
    const when = new Date(entry.savedAt).toLocaleString('vi-VN');
    const restore = await confirmChoice(
      'Khôi phục thay đổi chưa lưu',
      `Lần trước phần mềm đã đóng khi báo cáo “${entry.fileName}” còn thay đổi chưa lưu (bản tạm lúc ${when}). Khôi phục các thay đổi đó?`,
      'Khôi phục',
      'Bỏ bản tạm',
    );
    if (restore) {
      try {
        const recovered = await call('recoverBackup', { fileName: entry.fileName });
        await openReport(entry.fileName, recovered);
        return;
      } catch (error) {
        await showMessage('Không khôi phục được', (error as Error).message);
      }
    } else {
      await call('discardBackup', { fileName: entry.fileName });
    }
  }
}
