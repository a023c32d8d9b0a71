import { element } from '../dom/element';
import { toBase64 } from '../workspace/workspace-view';

/**
 * The other way to begin: last period's report as the office holds it, a Word file typed by hand. Its header and
 * signature declare the organisation, and it becomes the first report of the workspace.
 */
export function renderWordStart(importWord: (name: string, base64: string) => void): HTMLElement {
  const input = element('input', {
    attributes: { type: 'file', accept: '.docx,.doc', hidden: true, 'aria-label': 'Chọn báo cáo Word kỳ trước' },
    on: {
      change: () => {
        const file = input.files?.[0];
        if (file) void file.arrayBuffer().then((buffer) => importWord(file.name, toBase64(new Uint8Array(buffer))));
      },
    },
  });
  return element(
    'section',
    { className: 'office-suggestion word-start' },
    element('p', {
      text: 'Hoặc bắt đầu từ báo cáo kỳ trước của cơ quan (tệp Word .docx hoặc .doc soạn tay): phần đầu và chữ ký cho thông tin cơ quan, nội dung và bảng chỉ tiêu thành báo cáo đầu tiên.',
    }),
    element('button', {
      text: 'Bắt đầu từ báo cáo Word kỳ trước…',
      attributes: { type: 'button', 'data-action': 'start-from-word' },
      on: { click: () => input.click() },
    }),
    input,
  );
}
