import { diffWordsWithSpace } from 'diff';
import type { ReportComparison } from '../../core/report/report-differences';
import type { Report } from '../../core/report/report-schema';
import { call } from '../api/api-client';
import { openDialog, showMessage } from '../dialogs/dialog';
import { element } from '../dom/element';
import type { ConflictDecision } from './report-session';

type Choice = 'compare' | 'keep-both' | 'overwrite' | 'leave';

/**
 * A save found the report's file changed elsewhere (another window, a Word import, another program). The user can
 * see what differs, keep both (the draft goes to a file of its own), write the draft over the file, or not save yet.
 * Whatever is chosen, nothing is lost without being asked: the draft stays on screen and in the autosave copy.
 */
export async function resolveSaveConflict(fileName: string, message: string, draft: Report): Promise<ConflictDecision> {
  for (;;) {
    const choice = (await askChoice(message)) ?? 'leave';
    if (choice === 'overwrite' || choice === 'leave') return { kind: choice };
    try {
      if (choice === 'keep-both') {
        const copy = await call('saveReportCopy', { fileName, report: draft });
        return { kind: 'copied', fileName: copy.fileName };
      }
      const compared = await call('compareWithFile', { fileName, report: draft });
      await showComparison(fileName, compared.comparison);
    } catch (error) {
      await showMessage(choice === 'keep-both' ? 'Không giữ được bản đang soạn' : 'Không so sánh được', (error as Error).message);
    }
  }
}

function askChoice(message: string): Promise<Choice | null> {
  return openDialog<Choice>('Tệp đã thay đổi ở nơi khác', (close) =>
    element(
      'div',
      { attributes: { 'data-dialog': 'save-conflict' } },
      element('p', { className: 'dialog-message', text: `${message} Bản đang soạn vẫn còn nguyên trên màn hình và trong bản tạm.` }),
      element(
        'ul',
        { className: 'conflict-choices' },
        element('li', { text: '“So sánh” cho xem những chỗ khác nhau giữa tệp và bản đang soạn.' }),
        element('li', { text: '“Giữ cả hai” lưu bản đang soạn thành một tệp mới bên cạnh, tệp kia giữ nguyên.' }),
        element('li', { text: '“Ghi đè” thay tệp bằng bản đang soạn (bản cũ vẫn được giữ trong thư mục sao lưu).' }),
      ),
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', { text: 'So sánh', attributes: { 'data-choice': 'compare' }, on: { click: () => close('compare') } }),
        element('button', {
          className: 'primary',
          text: 'Giữ cả hai',
          attributes: { 'data-choice': 'keep-both' },
          on: { click: () => close('keep-both') },
        }),
        element('button', {
          text: 'Ghi đè bằng bản đang soạn',
          attributes: { 'data-choice': 'overwrite' },
          on: { click: () => close('overwrite') },
        }),
        element('button', { text: 'Chưa ghi', attributes: { 'data-choice': 'leave' }, on: { click: () => close('leave') } }),
      ),
    ),
  );
}

async function showComparison(fileName: string, comparison: ReportComparison | null): Promise<void> {
  if (comparison === null) {
    await showMessage('So sánh', `Tệp “${fileName}” không còn trong thư mục reports (đã bị xóa hoặc đổi tên): không có gì để so sánh.`);
    return;
  }
  const { differences, omitted } = comparison;
  await openDialog<never>(`So sánh: ${fileName}`, (close) =>
    element(
      'div',
      { attributes: { 'data-dialog': 'report-comparison' } },
      element('p', {
        className: 'dialog-message',
        text:
          differences.length === 0
            ? 'Nội dung tệp giống hệt bản đang soạn; chỉ cách ghi tệp khác đi. Ghi đè không làm mất gì.'
            : `${differences.length + omitted} chỗ khác nhau${omitted > 0 ? ` (hiện ${differences.length} chỗ đầu)` : ''}.`,
      }),
      differences.length === 0
        ? element('span', {})
        : element(
            'table',
            { className: 'comparison-table' },
            element(
              'thead',
              {},
              element('tr', {}, ...['Phần', 'Chỗ', 'Trong tệp', 'Bản đang soạn'].map((title) => element('th', { text: title }))),
            ),
            element(
              'tbody',
              {},
              ...differences.map((difference) =>
                element(
                  'tr',
                  {},
                  element('td', { text: difference.part }),
                  element('td', { text: difference.where }),
                  ...differenceCells(difference.inFile, difference.inDraft),
                ),
              ),
            ),
          ),
      element('div', { className: 'dialog-buttons' }, element('button', { text: 'Quay lại', on: { click: () => close(null) } })),
    ),
  );
}

/** The two sides of a difference, the words that differ marked, so a change in a long paragraph can be found. */
function differenceCells(inFile: string, inDraft: string): HTMLElement[] {
  if (inFile === '' || inDraft === '')
    return [element('td', { text: inFile || '(không có)' }), element('td', { text: inDraft || '(không có)' })];
  const fileCell = element('td', {});
  const draftCell = element('td', {});
  for (const part of diffWordsWithSpace(inFile, inDraft)) {
    if (part.removed) fileCell.append(element('mark', { className: 'comparison-changed', text: part.value }));
    else if (part.added) draftCell.append(element('mark', { className: 'comparison-changed', text: part.value }));
    else {
      fileCell.append(part.value);
      draftCell.append(part.value);
    }
  }
  return [fileCell, draftCell];
}
