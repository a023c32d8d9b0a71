import { renderAsync } from 'docx-preview';
import { call, desktopBridge } from '../api/api-client';
import { element } from '../dom/element';
import type { ReportSession } from '../session/report-session';

export interface ExportPanel {
  element: HTMLElement;
  /** Exports the open report; `confirmWarnings` may stop it when the checks still find errors. */
  run: () => Promise<void>;
}

/** Exports the Word file, shows progress, then a page preview of the file and where it was saved. */
export function createExportPanel(session: ReportSession, confirmBeforeExport: () => Promise<boolean>): ExportPanel {
  const status = element('p', { className: 'export-status', attributes: { role: 'status', 'aria-live': 'polite' } });
  const result = element('div', { className: 'export-result' });
  const preview = element('div', { className: 'export-preview', attributes: { 'aria-label': 'Xem trước tệp Word' } });
  const button = element('button', {
    className: 'primary',
    text: 'Xuất Word',
    attributes: { 'data-action': 'export' },
    on: { click: () => void run() },
  });

  const run = async () => {
    if (!(await confirmBeforeExport())) return;
    button.disabled = true;
    status.textContent = 'Đang xuất tệp Word…';
    result.replaceChildren();
    preview.replaceChildren();
    try {
      const before = session.revision();
      const sent = session.report;
      const exported = await call('exportDocx', { fileName: session.fileName, report: sent, ...session.basedOn() });
      session.applySaved({ ...sent, provenance: { ...sent.provenance, exportedAt: new Date().toISOString() } }, before, exported.version);
      status.textContent = 'Đã xuất tệp Word (báo cáo cũng đã được lưu).';
      const bytes = Uint8Array.from(atob(exported.base64), (character) => character.charCodeAt(0));
      const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const bridge = desktopBridge();
      result.append(
        element('p', { className: 'export-path' }, element('span', { text: 'Tệp đã lưu tại: ' }), element('code', { text: exported.path })),
        bridge
          ? element('button', { text: 'Mở thư mục', on: { click: () => void bridge.showInFolder(exported.path) } })
          : element('a', {
              text: 'Tải tệp Word về máy',
              attributes: { href: URL.createObjectURL(blob), download: exported.path.split(/[\\/]/).pop() ?? 'bao-cao.docx' },
            }),
      );
      status.textContent = 'Đang dựng bản xem trước…';
      await renderAsync(blob, preview, undefined, { inWrapper: true, ignoreLastRenderedPageBreak: true, breakPages: true });
      status.textContent = 'Đã xuất tệp Word (báo cáo cũng đã được lưu).';
    } catch (error) {
      status.textContent = `Không xuất được: ${(error as Error).message}`;
      status.classList.add('error');
    } finally {
      button.disabled = false;
    }
  };

  return {
    element: element(
      'div',
      { className: 'export-panel' },
      element('div', { className: 'export-actions' }, button, status),
      result,
      preview,
    ),
    run,
  };
}
