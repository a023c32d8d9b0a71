import type { Editor } from '@tiptap/core';
import { element } from '../dom/element';
import { whenIdle } from '../dom/when-idle';
import type { ReportSession } from '../session/report-session';
import { FigureContext } from './figure-context';
import { pickFigure } from './figure-picker';
import { pickBreakdownTable } from './breakdown-table-picker';
import { breakdownSourceOf, breakdownTable, breakdownTablesKey, refreshBreakdownTables } from '../../core/breakdowns/breakdown-table';
import { bodyOf, createReportEditor, loadBody, wordCount } from './report-editor';

/** How long typing must pause before the body is copied into the report. */
const syncDelayMilliseconds = 250;

/** The text of the report: a toolbar, the Tiptap editor with live figures, and the word count. */
export function createEditorPanel(
  session: ReportSession,
  openIndicator: (indicatorId: string) => void,
): { element: HTMLElement; editor: Editor; destroy: () => void } {
  const context = new FigureContext(session.report.indicators, session.report.period, openIndicator);
  const surface = element('div', { className: 'editor-surface' });
  const counter = element('span', { className: 'word-count', attributes: { 'aria-live': 'polite' } });
  let applyingOwnChange = false;
  // Copying the whole body and counting its words on every keystroke costs milliseconds in a long report, so both
  // wait until typing pauses; the session is marked changed at once and asks for the copy before it reads the report.
  let pendingEdits = false;
  let syncTimer: ReturnType<typeof setTimeout> | null = null;
  const sync = () => {
    if (syncTimer !== null) clearTimeout(syncTimer);
    syncTimer = null;
    if (!pendingEdits) return;
    pendingEdits = false;
    applyingOwnChange = true;
    session.setBody(bodyOf(editor));
    applyingOwnChange = false;
    refreshCount();
  };
  const editor = createReportEditor(surface, session.report.body, context, () => {
    pendingEdits = true;
    session.markEdited();
    if (syncTimer !== null) clearTimeout(syncTimer);
    syncTimer = setTimeout(sync, syncDelayMilliseconds);
  });
  const unregisterPending = session.registerPendingEdits(sync);
  const refreshCount = () => (counter.textContent = `${wordCount(editor).toLocaleString('vi-VN')} từ`);
  // Counting the words of a 100-page report is a walk of all of it: the text is shown first.
  const cancelFirstCount = whenIdle(refreshCount);

  const button = (label: string, title: string, action: () => void, name: string) =>
    element('button', {
      text: label,
      attributes: { type: 'button', title, 'aria-label': title, 'data-command': name },
      on: { mousedown: (event) => event.preventDefault(), click: action },
    });
  const toolbar = element(
    'div',
    { className: 'editor-toolbar', attributes: { role: 'toolbar', 'aria-label': 'Định dạng' } },
    button('Đ', 'Chữ đậm (Ctrl+B)', () => editor.chain().focus().toggleBold().run(), 'bold'),
    button('N', 'Chữ nghiêng (Ctrl+I)', () => editor.chain().focus().toggleItalic().run(), 'italic'),
    button('G', 'Gạch chân (Ctrl+U)', () => editor.chain().focus().toggleUnderline().run(), 'underline'),
    button('↶', 'Hoàn tác (Ctrl+Z)', () => editor.chain().focus().undo().run(), 'undo'),
    button('↷', 'Làm lại (Ctrl+Y)', () => editor.chain().focus().redo().run(), 'redo'),
    button('Chèn số liệu…', 'Chèn số liệu từ bảng chỉ tiêu', () => void insertFigure(), 'insert-figure'),
    button(
      'Chèn bảng theo đơn vị…',
      'Chèn bảng số liệu của từng thôn, xã hoặc chi bộ',
      () => void insertBreakdownTable(),
      'insert-breakdown-table',
    ),
    button(
      'Đã xem lại đoạn này',
      'Đánh dấu đoạn chuyển từ kỳ trước là đã xem lại',
      () => editor.chain().focus().confirmReviewed().run(),
      'confirm-reviewed',
    ),
    counter,
  );

  const insertFigure = async () => {
    const selection = editor.state.selection;
    const reference = await pickFigure(session.report.indicators, session.report.period, session.report.organisation.units ?? []);
    if (reference) editor.chain().focus().setTextSelection(selection.from).insertFigure(reference).run();
  };

  const insertBreakdownTable = async () => {
    const selection = editor.state.selection;
    const chosen = await pickBreakdownTable(session.report.indicators, session.report.period);
    if (!chosen) return;
    const table = breakdownTable(breakdownSourceOf(session.report), chosen);
    editor.chain().focus().setTextSelection(selection.to).insertContent(table).run();
  };

  // A table generated from a breakdown is built again when its units or the indicator table change (a unit added or
  // renamed, a line removed); its numbers are live figures and follow by themselves, so a value typed in the grid
  // costs no walk of the body.
  let tablesKey = breakdownTablesKey(breakdownSourceOf(session.report));
  const refreshGeneratedTables = () => {
    const key = breakdownTablesKey(breakdownSourceOf(session.report));
    if (key === tablesKey) return;
    tablesKey = key;
    let generated = false;
    editor.state.doc.forEach((node) => {
      if (node.type.name === 'table' && node.attrs['breakdown']) generated = true;
    });
    if (!generated) return;
    sync();
    const refreshed = refreshBreakdownTables(session.report.body, breakdownSourceOf(session.report));
    if (refreshed !== session.report.body) session.setBody(refreshed);
  };

  const unsubscribe = session.subscribe((event) => {
    if (event === 'indicators') context.update(session.report.indicators, session.report.period);
    if (event === 'indicators' || event === 'meta') refreshGeneratedTables();
    if (event === 'body' && !applyingOwnChange) loadBody(editor, session.report.body);
  });

  return {
    element: element('div', { className: 'editor-panel' }, toolbar, surface),
    editor,
    destroy: () => {
      cancelFirstCount();
      sync();
      unregisterPending();
      unsubscribe();
      editor.destroy();
    },
  };
}
