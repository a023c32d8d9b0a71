import type { ReportListingView, TemplateView } from '../../core/api/application-results';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { call } from '../api/api-client';
import { confirmChoice, showMessage } from '../dialogs/dialog';
import { clear, element } from '../dom/element';
import { openReportScreen, type ReportScreen } from '../report/report-screen';
import { ReportSession } from '../session/report-session';
import { askForNewReport } from '../wizard/new-report-wizard';
import { renderWorkspaceView } from '../workspace/workspace-view';

export interface ApplicationState {
  directory: string;
  settings: WorkspaceSettings;
  reports: ReportListingView[];
  templates: TemplateView[];
  templateProblems: string[];
}

/** The whole interface: the workspace view, the wizard, and the screen of an open report. */
export async function startApplication(root: HTMLElement): Promise<void> {
  const header = element('header', { className: 'app-header' }, element('h1', { text: 'Báo cáo sơ kết' }));
  const main = element('main', { className: 'app-main' });
  root.append(header, main);
  let session: ReportSession | null = null;
  let screen: ReportScreen | null = null;

  window.addEventListener('beforeunload', (event) => {
    if (session?.dirty) {
      void session.writeAutosaveNow();
      event.preventDefault();
    }
  });

  let requestedDirectory: string | null = null;
  const state = async (): Promise<ApplicationState> => {
    const workspace = await call('openWorkspace', { directory: requestedDirectory });
    const [reports, templates] = await Promise.all([call('listReports', {}), call('listTemplates', {})]);
    return {
      directory: workspace.directory,
      settings: workspace.settings,
      reports,
      templates: templates.templates,
      templateProblems: templates.problems,
    };
  };

  /** Closes the open report (asking to save it) and shows the workspace; false when the report stays open. */
  const showWorkspace = async (): Promise<boolean> => {
    if (
      session?.dirty &&
      !(await confirmChoice('Báo cáo chưa lưu', 'Báo cáo đang mở có thay đổi chưa lưu. Lưu trước khi đóng?', 'Lưu và đóng', 'Ở lại'))
    )
      return false;
    if (session?.dirty && !(await session.save())) return false;
    // Read before anything is closed: a workspace that cannot be opened leaves the current screen as it is.
    const current = await state();
    screen?.close();
    screen = null;
    session?.dispose();
    session = null;
    clear(main);
    main.append(
      renderWorkspaceView(current, {
        open: (fileName) => void openReport(fileName),
        create: (previousFileName) => void createReport(current, previousFileName),
        importWord: (name, base64) => void importWord(name, base64),
      }),
    );
    return true;
  };

  const openReport = async (fileName: string, recovered?: ReportSession['report']) => {
    try {
      const loaded = recovered ? { fileName, report: recovered } : await call('loadReport', { fileName });
      session = new ReportSession(loaded.fileName, loaded.report);
      if (recovered) session.dirty = true;
      clear(main);
      screen = openReportScreen(main, session, { back: () => void showWorkspace() });
    } catch (error) {
      await showMessage('Không mở được báo cáo', (error as Error).message);
    }
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

  const importWord = async (name: string, base64: string) => {
    try {
      const imported = await call('importDocx', { name, base64 });
      await openReport(imported.fileName);
    } catch (error) {
      await showMessage('Không mở được tệp Word', (error as Error).message);
    }
  };

  const switchWorkspace = async (directory: string, fileName?: string) => {
    requestedDirectory = directory;
    try {
      if (!(await showWorkspace())) return;
      if (fileName) await openReport(fileName);
    } catch (error) {
      await showMessage('Không mở được thư mục làm việc', (error as Error).message);
    } finally {
      requestedDirectory = null;
    }
  };

  window.baoCao?.onMenuCommand((command, target) => {
    if (command === 'save') void screen?.save();
    else if (command === 'export') void screen?.exportWord();
    else if (command === 'undo') screen?.undo();
    else if (command === 'redo') screen?.redo();
    else if (command === 'new')
      void state().then((current) => createReport(current, current.reports.find((entry) => entry.ok)?.fileName ?? null));
    else if (command === 'open')
      void window.baoCao?.chooseWorkspaceFolder().then((directory) => (directory ? switchWorkspace(directory) : undefined));
    else if ((command === 'open-recent' || command === 'open-report') && target) void switchWorkspace(target.directory, target.fileName);
  });

  try {
    await showWorkspace();
    await offerRecovery(openReport);
  } catch (error) {
    clear(main);
    main.append(element('p', { className: 'error-banner', attributes: { role: 'alert' }, text: (error as Error).message }));
  }
}

/** After a crash: offers to restore the report whose unsaved edits were kept in the autosave copy. */
async function offerRecovery(openReport: (fileName: string, recovered?: ReportSession['report']) => Promise<void>): Promise<void> {
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
        await openReport(entry.fileName, recovered.report);
        return;
      } catch (error) {
        await showMessage('Không khôi phục được', (error as Error).message);
      }
    } else {
      await call('discardBackup', { fileName: entry.fileName });
    }
  }
}
