import { identifierFromText } from '../../core/text/identifier-from-text';
import { call } from '../api/api-client';
import { openDialog, showMessage } from '../dialogs/dialog';
import { element } from '../dom/element';
import type { ReportSession } from '../session/report-session';

/**
 * Saves the open report as a template of the workspace: its sections, text and figure references, its indicator
 * list with units and plan names (no figures). The template is then offered for this organisation's new reports.
 */
export async function saveAsTemplate(session: ReportSession): Promise<void> {
  const { report } = session;
  const request = await openDialog<{ templateId: string; name: string; replace: boolean }>('Lưu làm mẫu', (close) => {
    const name = element('input', {
      attributes: {
        type: 'text',
        name: 'template-name',
        value: `${report.organisation.issuerName} – báo cáo ${report.period.kind === 'month' ? 'tháng' : 'định kỳ'}`,
      },
    });
    const templateId = element('input', { attributes: { type: 'text', name: 'template-id', value: identifierFromText(name.value) } });
    const replace = element('input', { attributes: { type: 'checkbox', name: 'template-replace' } });
    const message = element('p', { className: 'field-problem', attributes: { role: 'alert' } });
    let idTouched = false;
    name.addEventListener('input', () => {
      if (!idTouched) templateId.value = identifierFromText(name.value);
    });
    templateId.addEventListener('input', () => (idTouched = true));
    return element(
      'form',
      {
        className: 'wizard',
        on: {
          submit: (event) => {
            event.preventDefault();
            if (!name.value.trim() || !templateId.value.trim()) {
              message.textContent = 'Hãy đặt tên và mã cho mẫu.';
              return;
            }
            close({ templateId: templateId.value.trim(), name: name.value.trim(), replace: replace.checked });
          },
        },
      },
      element('p', {
        text: 'Mẫu giữ cấu trúc, lời văn, các số liệu tham chiếu và danh mục chỉ tiêu (đơn vị, kế hoạch), không giữ số liệu.',
      }),
      element('label', { className: 'field' }, element('span', { text: 'Tên mẫu' }), name),
      element('label', { className: 'field' }, element('span', { text: 'Mã mẫu (chữ thường không dấu)' }), templateId),
      element('label', { className: 'field inline' }, replace, element('span', { text: 'Thay mẫu cùng mã nếu đã có' })),
      message,
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', { className: 'primary', text: 'Lưu mẫu', attributes: { type: 'submit' } }),
        element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: () => close(null) } }),
      ),
    );
  });
  if (!request) return;
  session.flush();
  try {
    await call('saveAsTemplate', { report: session.report, ...request });
    await showMessage(
      'Đã lưu mẫu',
      `Mẫu “${request.name}” đã có trong danh sách mẫu khi tạo báo cáo mới của ${report.organisation.issuerName}.`,
    );
  } catch (error) {
    await showMessage('Không lưu được mẫu', (error as Error).message);
  }
}
