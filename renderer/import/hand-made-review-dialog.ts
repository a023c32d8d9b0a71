import type { HandMadeFilePreview } from '../../core/api/application-results';
import { makePeriod, periodKinds, type PeriodKind } from '../../core/periods/period';
import { parsePeriodKey, periodKey } from '../../core/periods/period-key';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';

export type HandMadeDecision =
  | { kind: 'import'; accepted: string[]; target: 'replace' | 'copy'; saveOrganisation: boolean; periodKey: string }
  | { kind: 'reread'; periodKey: string };

const kindNames: Record<PeriodKind, string> = { month: 'Tháng', quarter: 'Quý', half: '6 tháng', 'nine-months': '9 tháng', year: 'Năm' };

/**
 * The review of a report typed by hand, before anything is saved: what was recognised, what stayed as text and what
 * needs a look; its period (chosen again, the file is read again for it); its organisation, to declare or update;
 * and each number of the prose that reads as a figure of the table, to take as a live figure or leave as typed.
 */
export function reviewHandMadeImport(name: string, preview: HandMadeFilePreview): Promise<HandMadeDecision | null> {
  return openDialog<HandMadeDecision>(`Nhập báo cáo từ tệp Word: ${name}`, (close) => {
    const boxes = new Map<string, HTMLInputElement>();
    const period = parsePeriodKey(preview.periodKey);
    const kind = element(
      'select',
      { attributes: { name: 'period-kind', 'aria-label': 'Loại kỳ' } },
      ...periodKinds.map((value) => element('option', { attributes: { value, selected: value === period.kind }, text: kindNames[value] })),
    );
    const index = element('input', {
      attributes: { type: 'number', name: 'period-index', min: 1, max: 12, value: period.index, 'aria-label': 'Kỳ số' },
    });
    const year = element('input', {
      attributes: { type: 'number', name: 'period-year', min: 1990, max: 2200, value: period.year, 'aria-label': 'Năm' },
    });
    const periodProblem = element('small', { className: 'field-problem' });
    const chosenPeriod = (): string | null => {
      try {
        return periodKey(makePeriod(kind.value as PeriodKind, Number(year.value), Number(index.value || 1)));
      } catch {
        periodProblem.textContent = 'Kỳ báo cáo chưa hợp lệ.';
        return null;
      }
    };
    const organisation = element('input', {
      attributes: { type: 'checkbox', name: 'save-organisation', checked: preview.organisation.action === 'create' },
    });
    const copy = element('input', { attributes: { type: 'radio', name: 'import-target', value: 'copy', checked: true } });
    const replace = element('input', { attributes: { type: 'radio', name: 'import-target', value: 'replace' } });
    const list = (title: string, items: string[], className: string) =>
      items.length === 0
        ? null
        : element(
            'section',
            { className },
            element('h3', { text: title }),
            element('ul', {}, ...items.map((item) => element('li', { text: item }))),
          );
    const setAll = (checked: boolean) => boxes.forEach((box) => (box.checked = checked));

    return element(
      'div',
      { className: 'import-review' },
      element('p', {
        text: `Báo cáo ${preview.periodLabel} của ${preview.issuerName}.${preview.converted ? ' Tệp .doc đã được LibreOffice chuyển sang .docx.' : ''} Chưa có gì được lưu.`,
      }),
      list('Đã nhận ra', preview.summary.recognised, 'import-summary'),
      list('Giữ nguyên là chữ', preview.summary.keptAsText, 'import-summary'),
      list('Cần xem lại', preview.summary.needsALook, 'import-summary import-information'),
      element(
        'fieldset',
        { className: 'import-period' },
        element('legend', { text: 'Kỳ báo cáo' }),
        kind,
        index,
        year,
        element('button', {
          text: 'Đọc lại theo kỳ này',
          attributes: { type: 'button', 'data-action': 'reread' },
          on: {
            click: () => {
              const key = chosenPeriod();
              if (key) close({ kind: 'reread', periodKey: key });
            },
          },
        }),
        periodProblem,
      ),
      preview.organisation.action === 'none'
        ? null
        : element(
            'label',
            { className: 'field inline' },
            organisation,
            element('span', {
              text:
                preview.organisation.action === 'create'
                  ? `Khai báo “${preview.issuerName}” trong thư mục làm việc theo thông tin trong tệp`
                  : `Cập nhật thông tin cơ quan theo tệp: ${preview.organisation.changes.join('; ')}`,
            }),
          ),
      preview.conflict
        ? element(
            'fieldset',
            { className: 'import-target' },
            element('legend', { text: preview.conflict }),
            element(
              'label',
              { className: 'field inline' },
              copy,
              element('span', { text: `Lưu thành một báo cáo riêng, giữ nguyên ${preview.fileName}` }),
            ),
            element(
              'label',
              { className: 'field inline' },
              replace,
              element('span', { text: `Ghi đè ${preview.fileName} (bản hiện có vẫn được giữ trong các bản lưu dự phòng)` }),
            ),
          )
        : null,
      element(
        'section',
        { className: 'import-group', attributes: { 'data-group': 'figures' } },
        element('h3', { text: `Số liệu tự động (${preview.suggestions.length})` }),
        element('p', {
          text: 'Các số trong lời văn trùng với số của bảng chỉ tiêu; nhận thì câu văn vẫn như cũ, nhưng số sẽ tự theo bảng.',
        }),
        preview.suggestions.length > 0
          ? element(
              'div',
              { className: 'dialog-buttons' },
              element('button', { text: 'Chọn tất cả', attributes: { type: 'button' }, on: { click: () => setAll(true) } }),
              element('button', { text: 'Bỏ chọn tất cả', attributes: { type: 'button' }, on: { click: () => setAll(false) } }),
            )
          : null,
        element(
          'ul',
          { className: 'import-changes import-groups' },
          ...preview.suggestions.map((suggestion) => {
            const box = element('input', { attributes: { type: 'checkbox', checked: true, 'data-change': suggestion.id } });
            boxes.set(suggestion.id, box);
            return element(
              'li',
              {},
              element('label', { className: 'import-change' }, box, element('span', { text: suggestion.description })),
            );
          }),
        ),
      ),
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', {
          className: 'primary',
          text: 'Tạo báo cáo',
          attributes: { 'data-action': 'accept-import' },
          on: {
            click: () => {
              const key = chosenPeriod();
              if (!key) return;
              // A period other than the one read means reading the file again for it first.
              if (key !== preview.periodKey) {
                close({ kind: 'reread', periodKey: key });
                return;
              }
              close({
                kind: 'import',
                accepted: [...boxes].filter(([, box]) => box.checked).map(([id]) => id),
                target: preview.conflict && copy.checked ? 'copy' : 'replace',
                saveOrganisation: organisation.checked,
                periodKey: key,
              });
            },
          },
        }),
        element('button', { text: 'Hủy', on: { click: () => close(null) } }),
      ),
    );
  });
}
