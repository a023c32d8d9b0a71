import type { ExportedFilePreview } from '../../core/api/application-results';
import { changeGroupNames, changeGroups } from '../../core/import/import-change';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';

export interface ImportDecision {
  /** The ids of the changes to take; empty keeps the copy embedded at export. */
  accepted: string[];
  target: 'replace' | 'copy';
}

/**
 * What was changed in Word, grouped and readable, each change to accept or refuse before anything is written;
 * what cannot be taken is told; a workspace report edited since the export is never overwritten unasked.
 */
export function reviewImport(name: string, preview: ExportedFilePreview): Promise<ImportDecision | null> {
  return openDialog<ImportDecision>(`Nhập tệp Word: ${name}`, (close) => {
    const boxes = new Map<string, HTMLInputElement>();
    const selectable = preview.changes.filter((change) => change.choice !== 'information');
    const summary =
      preview.changes.length === 0
        ? 'Tệp không có thay đổi nào so với lúc xuất.'
        : `Tệp đã được sửa trong Word: ${selectable.length} thay đổi nhận được${
            preview.changes.length > selectable.length ? `, ${preview.changes.length - selectable.length} điều cần xem lại` : ''
          }. Bỏ chọn những thay đổi không muốn nhận.`;
    const copy = element('input', { attributes: { type: 'radio', name: 'import-target', value: 'copy', checked: true } });
    const replace = element('input', { attributes: { type: 'radio', name: 'import-target', value: 'replace' } });

    const groups = changeGroups.flatMap((group) => {
      const changes = preview.changes.filter((change) => change.group === group);
      if (changes.length === 0) return [];
      return [
        element(
          'section',
          { className: 'import-group', attributes: { 'data-group': group } },
          element('h3', { text: changeGroupNames[group] }),
          element(
            'ul',
            { className: 'import-changes' },
            ...changes.map((change) => {
              if (change.choice === 'information')
                return element(
                  'li',
                  { className: 'import-information', attributes: { 'data-change': change.id } },
                  element('span', { text: change.description }),
                );
              const box = element('input', { attributes: { type: 'checkbox', checked: true, 'data-change': change.id } });
              boxes.set(change.id, box);
              return element(
                'li',
                {},
                element('label', { className: 'import-change' }, box, element('span', { text: change.description })),
              );
            }),
          ),
        ),
      ];
    });
    const target = (): 'replace' | 'copy' => (preview.conflict && copy.checked ? 'copy' : 'replace');

    return element(
      'div',
      { className: 'import-review' },
      element('p', { text: `Báo cáo ${preview.periodLabel} của ${preview.issuerName}. ${summary}` }),
      ...preview.notices.map((notice) => element('p', { className: 'notice', attributes: { role: 'status' }, text: notice })),
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
      element('div', { className: 'import-groups' }, ...groups),
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', {
          className: 'primary',
          text: selectable.length > 0 ? 'Nhận các thay đổi đã chọn' : 'Mở báo cáo',
          attributes: { 'data-action': 'accept-import' },
          on: { click: () => close({ accepted: [...boxes].filter(([, box]) => box.checked).map(([id]) => id), target: target() }) },
        }),
        selectable.length > 0
          ? element('button', {
              text: 'Chỉ lấy bản lúc xuất, bỏ mọi thay đổi',
              attributes: { 'data-action': 'keep-embedded' },
              on: { click: () => close({ accepted: [], target: target() }) },
            })
          : null,
        element('button', { text: 'Hủy', on: { click: () => close(null) } }),
      ),
    );
  });
}
