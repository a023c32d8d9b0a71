import { countFigureReferences } from '../../core/figures/count-figure-references';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { periodLabel } from '../../core/periods/period-label';
import { confirmChoice, showMessage } from '../dialogs/dialog';
import { createDocumentDetails } from '../details/document-details';
import { element } from '../dom/element';
import { createEditorPanel } from '../editor/editor-panel';
import { createExportPanel } from '../export/export-panel';
import type { CheckTarget } from '../../core/checks/check-finding';
import { positionOfBodyPath } from '../checks/body-position';
import { createCheckPanel } from '../checks/check-panel';
import { replacePreviousEstimate } from '../estimates/replace-estimate-dialog';
import { editOpeningFigures } from '../opening/opening-figures-dialog';
import { createIndicatorGrid, type IndicatorGrid } from '../grid/indicator-grid';
import type { ReportSession } from '../session/report-session';
import { saveAsTemplate } from './save-as-template-dialog';

type Tab = 'text' | 'indicators' | 'details' | 'checks' | 'export';

const tabNames: Record<Tab, string> = {
  text: 'Nội dung',
  indicators: 'Bảng chỉ tiêu',
  details: 'Thông tin văn bản',
  checks: 'Kiểm tra',
  export: 'Xuất Word',
};

/** The screen of an open report: tabs for its text, its indicator table, its document details and the export. */
export interface ReportScreen {
  close: () => void;
  save: () => Promise<void>;
  exportWord: () => Promise<void>;
  undo: () => void;
  redo: () => void;
}

export interface ReportScreenOptions {
  back: () => void;
  /** The organisation as the workspace describes it now; a draft made before a change may take it. */
  workspaceOrganisation?: OrganisationProfile;
}

export function openReportScreen(container: HTMLElement, session: ReportSession, actions: ReportScreenOptions): ReportScreen {
  const { report } = session;
  const status = element('span', { className: 'session-status', attributes: { role: 'status', 'aria-live': 'polite' } });
  const panels = {} as Record<Tab, HTMLElement>;
  const tabButtons = {} as Record<Tab, HTMLButtonElement>;

  const show = (tab: Tab) => {
    if (tab === 'indicators') ensureGrid();
    for (const name of Object.keys(tabNames) as Tab[]) {
      panels[name].hidden = name !== tab;
      tabButtons[name].setAttribute('aria-selected', String(name === tab));
    }
  };

  // The grid of a 300-row appendix takes a noticeable part of opening a report; it is built when first shown.
  const gridHolder = element('div', { className: 'grid-holder' });
  let grid: IndicatorGrid | null = null;
  const ensureGrid = (): IndicatorGrid => {
    if (grid) return grid;
    grid = createIndicatorGrid({
      rows: session.report.indicators,
      groups: session.report.groups,
      period: session.report.period,
      onChange: ({ rows, groups }) => session.setIndicatorTable(rows, groups),
      figureReferenceCount: (indicatorId, planId) => {
        session.flush();
        return countFigureReferences(session.report.body, session.report.indicators, indicatorId, planId);
      },
      units: () => session.report.organisation.units ?? [],
    });
    gridHolder.append(grid.element);
    return grid;
  };
  const editorPanel = createEditorPanel(session, (indicatorId) => {
    show('indicators');
    ensureGrid().focusCell(indicatorId, 'value');
  });
  const jump = (target: CheckTarget) => {
    if (target.kind === 'indicator') {
      show('indicators');
      ensureGrid().focusCell(target.indicatorId, target.column === 'plan' ? 'plan:0' : target.column);
    } else if (target.kind === 'body') {
      show('text');
      const position = positionOfBodyPath(editorPanel.editor.state.doc, target.path);
      if (position !== null) editorPanel.editor.chain().focus().setTextSelection(position).scrollIntoView().run();
    } else {
      show('details');
      const name = { number: 'number', date: 'date', subject: 'subject', signer: 'signer-name', recipients: 'recipients', issuer: 'title' }[
        target.field
      ];
      (panels.details.querySelector(`[name="${name}"]`) as HTMLElement | null)?.focus();
    }
  };
  const checkPanel = createCheckPanel(session, jump, (errors, warnings) => {
    tabButtons.checks.textContent = errors + warnings > 0 ? `Kiểm tra (${errors} lỗi, ${warnings} cảnh báo)` : 'Kiểm tra';
  });
  const exportPanel = createExportPanel(session, async () => {
    const errors = (await checkPanel.run()).filter((finding) => finding.severity === 'error');
    if (errors.length === 0) return true;
    const exportAnyway = await confirmChoice(
      'Báo cáo còn lỗi',
      `Kiểm tra thấy ${errors.length} lỗi, ví dụ: ${errors[0]!.message}\n\nVẫn xuất tệp Word?`,
      'Vẫn xuất',
      'Xem các lỗi',
    );
    if (!exportAnyway) show('checks');
    return exportAnyway;
  });

  panels.text = editorPanel.element;
  panels.indicators = element(
    'div',
    { className: 'grid-panel' },
    element(
      'div',
      { className: 'grid-actions' },
      element('button', { text: 'Thay số ước kỳ trước bằng số thực hiện…', on: { click: () => void replacePreviousEstimate(session) } }),
      element('button', {
        text: 'Số liệu đầu kỳ (trước khi thành lập)…',
        attributes: {
          'data-action': 'opening-figures',
          title: 'Cho cơ quan hình thành từ sắp xếp, hợp nhất: số liệu các tháng trước ngày thành lập, dùng cho lũy kế và cùng kỳ',
        },
        on: { click: () => void editOpeningFigures(session) },
      }),
    ),
    element('p', {
      className: 'panel-hint',
      text: 'Nhập số theo cách viết Việt Nam: 1.379 là một nghìn ba trăm bảy mươi chín; 27,8 là hai mươi bảy phẩy tám. Có thể dán cả khối số từ Excel. Tên chỉ tiêu và đơn vị tính sửa ngay trong ô; thêm, xóa, sắp xếp chỉ tiêu bằng các nút phía trên bảng; Ctrl+Z để hoàn tác.',
    }),
    gridHolder,
  );
  panels.details = createDocumentDetails(session, actions.workspaceOrganisation);
  panels.checks = checkPanel.element;
  panels.export = exportPanel.element;

  const tabList = element(
    'div',
    { className: 'tabs', attributes: { role: 'tablist' } },
    ...(Object.keys(tabNames) as Tab[]).map((tab) => {
      tabButtons[tab] = element('button', {
        text: tabNames[tab],
        attributes: { role: 'tab', 'data-tab': tab },
        on: { click: () => show(tab) },
      });
      return tabButtons[tab];
    }),
  );

  const save = async () => {
    if (!(await session.save()))
      await showMessage(
        'Chưa lưu được báo cáo',
        `${session.lastError ?? ''}\n\nNội dung vẫn còn nguyên trong cửa sổ này; hãy thử lưu lại.`,
      );
  };
  const saveButton = element('button', {
    className: 'primary',
    text: 'Lưu',
    attributes: { title: 'Lưu (Ctrl+S)', 'data-action': 'save' },
    on: { click: () => void save() },
  });
  const back = async () => {
    if (session.dirty) {
      const keep = await confirmChoice('Báo cáo chưa lưu', 'Báo cáo có thay đổi chưa lưu. Lưu rồi quay về danh sách?', 'Lưu', 'Ở lại');
      if (!keep || !(await session.save())) return;
    }
    actions.back();
  };

  const header = element(
    'div',
    { className: 'report-header' },
    element('button', { text: '← Danh sách báo cáo', on: { click: () => void back() } }),
    element(
      'div',
      { className: 'report-title' },
      element('strong', { text: `Báo cáo ${periodLabel(report.period)}` }),
      element('span', { text: report.organisation.issuerName }),
    ),
    saveButton,
    element('button', {
      text: 'Lưu làm mẫu…',
      attributes: { 'data-action': 'save-as-template' },
      on: { click: () => void saveAsTemplate(session) },
    }),
    status,
  );

  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === 's' && !window.baoCao) {
      event.preventDefault();
      void save();
    } else if (event.key === 'e' && !window.baoCao) {
      // In the desktop window Ctrl+E belongs to the menu, which calls exportWord.
      event.preventDefault();
      show('export');
      void exportPanel.run();
    }
  };
  document.addEventListener('keydown', onKey);

  const unsubscribe = session.subscribe((event) => {
    if (event === 'status') status.textContent = session.status;
    if (event === 'indicators') grid?.update(session.report.indicators, session.report.period, session.report.groups);
  });

  container.append(element('div', { className: 'report-screen' }, header, tabList, ...Object.values(panels)));
  show('text');
  return {
    close: () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      editorPanel.destroy();
      checkPanel.destroy();
      grid?.destroy();
    },
    save,
    exportWord: async () => {
      show('export');
      await exportPanel.run();
    },
    // The menu's undo and redo act on what is shown: the indicator grid has its own history.
    undo: () => (panels.indicators.hidden ? editorPanel.editor.chain().focus().undo().run() : grid?.undo()),
    redo: () => (panels.indicators.hidden ? editorPanel.editor.chain().focus().redo().run() : grid?.redo()),
  };
}
