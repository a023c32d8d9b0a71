import { suggestedProfile } from '../../core/organisation/office-kinds';
import { defaultLayouts, type LayoutSettings } from '../../core/organisation/layout-settings';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { identifierFromText } from '../../core/text/identifier-from-text';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { call } from '../api/api-client';
import { confirmChoice } from '../dialogs/dialog';
import { element } from '../dom/element';
import { renderHeaderPreview } from './header-preview';
import { renderOfficeSuggestion } from './office-suggestion';
import { renderWordStart } from './word-start';
import {
  blankDraft,
  candidateOf,
  draftOf,
  layoutFieldLabels,
  layoutRangeText,
  readDraft,
  type ProfileDraft,
  type ProfileFieldName,
} from './profile-fields';

export interface OrganisationEditorOptions {
  /** The organisation to edit; null declares a new one. */
  organisation: OrganisationProfile | null;
  settings: WorkspaceSettings;
  /** Whether the workspace holds reports of an organisation (its id is then part of their file names). */
  hasReports: (organisationId: string) => boolean;
  saved: (settings: WorkspaceSettings) => void;
  /** Back without saving; null when the workspace has no organisation yet and one must be declared. */
  cancel: (() => void) | null;
  /** Declares the organisation from last period's report in Word instead, when a new one is declared. */
  importWord: ((name: string, base64: string) => void) | null;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Every field of the organisation that the Word file takes, with a message at the field when it is wrong and a
 * live preview of the header block as it will print. A suggestion by kind of office fills the usual lines.
 */
export function openOrganisationEditor(options: OrganisationEditorOptions): HTMLElement {
  const editing = options.organisation;
  const idLocked = editing !== null && options.hasReports(editing.id);
  let idTouched = editing !== null;
  const controls = new Map<ProfileFieldName, TextControl[]>();
  const problemsAt = new Map<ProfileFieldName, HTMLElement>();
  const preview = element('div', { className: 'organisation-preview' });
  const status = element('p', { className: 'setup-message', attributes: { role: 'alert' } });

  const register = (field: ProfileFieldName, control: TextControl) => {
    controls.set(field, [...(controls.get(field) ?? []), control]);
    return control;
  };
  const text = (field: ProfileFieldName, name: string, attributes: Record<string, string | number | boolean> = {}) =>
    register(field, element('input', { attributes: { type: 'text', name, ...attributes } }));
  const area = (field: ProfileFieldName, name: string, rows: number) =>
    register(field, element('textarea', { attributes: { name, rows } }));
  /** A choice among `choices` (value → label), named after its field. */
  const choice = (field: ProfileFieldName, choices: Record<string, string>) =>
    register(
      field,
      element(
        'select',
        { attributes: { name: field } },
        ...Object.entries(choices).map(([value, label]) => element('option', { attributes: { value }, text: label })),
      ),
    ) as HTMLSelectElement;

  const formatSelect = choice('format', { state: 'Nhà nước (Nghị định 30/2020/NĐ-CP)', party: 'Đảng (Hướng dẫn 36-HD/VPTW)' });
  const parentBody = area('parentBody', 'parentBody', 2);
  const issuingBody = area('issuingBody', 'issuingBody', 2);
  const issuerName = text('issuerName', 'issuerName');
  const id = text('id', 'id', idLocked ? { readonly: true } : {});
  const place = text('place', 'place');
  const numberSymbol = text('numberSymbol', 'numberSymbol');
  const numberingScope = choice('numberingScope', {
    'calendar-year': 'Đánh số lại từ 01 mỗi năm',
    term: 'Đánh số liên tục trong nhiệm kỳ',
  });
  const appendixComparison = choice('appendixComparison', {
    growth: 'Tăng (+), giảm (-) so với cùng kỳ (%): +8,5',
    ratio: 'So với cùng kỳ (%): 108,5',
  });
  const signerLines = area('signer.lines', 'signerLines', 3);
  const signerName = text('signer.name', 'signerName');
  const addressees = area('addressees', 'addressees', 2);
  const recipients = area('recipients', 'recipients', 5);
  const units = area('units', 'units', 5);
  let previousUnits: ProfileDraft['previousUnits'] = [];
  const archiveLine = text('archiveLine', 'archiveLine');
  const cutOffDay = text('cutOffDay', 'cutOffDay', { inputmode: 'numeric', size: 4 });
  const layoutInputs = Object.fromEntries(
    (Object.keys(layoutFieldLabels) as (keyof LayoutSettings)[]).map((key) => [
      key,
      register('layout', element('input', { attributes: { type: 'text', name: `layout-${key}`, inputmode: 'decimal', size: 6 } })),
    ]),
  ) as Record<keyof LayoutSettings, HTMLInputElement>;

  const fill = (draft: ProfileDraft) => {
    formatSelect.value = draft.format;
    parentBody.value = draft.parentBody;
    issuingBody.value = draft.issuingBody;
    issuerName.value = draft.issuerName;
    id.value = draft.id;
    place.value = draft.place;
    numberSymbol.value = draft.numberSymbol;
    numberingScope.value = draft.numberingScope;
    appendixComparison.value = draft.appendixComparison;
    signerLines.value = draft.signerLines;
    signerName.value = draft.signerName;
    addressees.value = draft.addressees;
    recipients.value = draft.recipients;
    units.value = draft.units;
    previousUnits = draft.previousUnits;
    archiveLine.value = draft.archiveLine;
    cutOffDay.value = draft.cutOffDay;
    for (const [key, input] of Object.entries(layoutInputs) as [keyof LayoutSettings, HTMLInputElement][])
      input.value = draft.layout[key] ?? '';
  };
  const draft = (): ProfileDraft => ({
    format: formatSelect.value === 'party' ? 'party' : 'state',
    parentBody: parentBody.value,
    issuingBody: issuingBody.value,
    issuerName: issuerName.value,
    id: id.value,
    place: place.value,
    numberSymbol: numberSymbol.value,
    numberingScope: numberingScope.value === 'term' ? 'term' : 'calendar-year',
    signerLines: signerLines.value,
    signerName: signerName.value,
    addressees: addressees.value,
    recipients: recipients.value,
    archiveLine: archiveLine.value,
    cutOffDay: cutOffDay.value,
    layout: Object.fromEntries(Object.entries(layoutInputs).map(([key, input]) => [key, input.value])),
    appendixComparison: appendixComparison.value === 'ratio' ? 'ratio' : 'growth',
    units: units.value,
    previousUnits,
  });

  const refresh = () => {
    const current = draft();
    if (!idTouched && !idLocked) id.value = identifierFromText(current.issuerName);
    const { problems } = readDraft({ ...current, id: id.value });
    for (const [field, holder] of problemsAt) {
      const messages = problems.filter((problem) => problem.field === field);
      holder.textContent = messages.map((problem) => problem.message).join(' ');
      holder.classList.toggle('advice', messages.length > 0 && messages.every((problem) => problem.advice));
      for (const control of controls.get(field) ?? [])
        control.setAttribute('aria-invalid', String(messages.some((problem) => !problem.advice)));
    }
    numberingScopeField.hidden = current.format !== 'party';
    for (const [key, input] of Object.entries(layoutInputs) as [keyof LayoutSettings, HTMLInputElement][]) {
      input.placeholder = String(defaultLayouts[current.format][key]).replace('.', ',');
      input.title = `Cho phép ${layoutRangeText(current.format, key)}; để trống dùng mặc định.`;
    }
    preview.replaceChildren(renderHeaderPreview(candidateOf({ ...current, id: id.value }), new Date()));
  };

  const field = (label: string, name: ProfileFieldName, control: HTMLElement, hint?: string) => {
    const problem = element('small', { className: 'field-problem', attributes: { id: `problem-${name.replace('.', '-')}` } });
    problemsAt.set(name, problem);
    for (const registered of controls.get(name) ?? []) registered.setAttribute('aria-describedby', problem.id);
    return element(
      'label',
      { className: 'field' },
      element('span', { text: label }),
      control,
      hint ? element('small', { className: 'field-hint', text: hint }) : null,
      problem,
    );
  };
  const numberingScopeField = field('Đánh số văn bản', 'numberingScope', numberingScope);

  const suggestion = renderOfficeSuggestion((office) => {
    const filled = suggestedProfile(office);
    const replace = async () => {
      const hasText = [issuingBody.value, issuerName.value, place.value].some((value) => value.trim());
      if (hasText && !(await confirmChoice('Điền thông tin gợi ý', 'Thay các ô đã điền bằng thông tin gợi ý?', 'Thay', 'Giữ nguyên')))
        return;
      const keptName = signerName.value;
      fill(draftOf(filled));
      signerName.value = keptName;
      if (idLocked && editing) id.value = editing.id;
      idTouched = true;
      refresh();
      signerName.focus();
    };
    void replace();
  });

  const save = element('button', {
    className: 'primary',
    text: editing ? 'Lưu thông tin cơ quan' : 'Lưu và tiếp tục',
    attributes: { type: 'submit', 'data-action': 'save-organisation' },
  });
  const form = element(
    'form',
    {
      className: 'organisation-form',
      on: {
        input: (event) => {
          if (event.target === id) idTouched = true;
          refresh();
        },
        change: refresh,
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    field('Thể thức văn bản', 'format', formatSelect),
    field(
      'Cơ quan chủ quản (cấp trên)',
      'parentBody',
      parentBody,
      'Chữ in hoa, mỗi dòng một dòng in; để trống nếu không có (Ủy ban nhân dân xã).',
    ),
    field('Cơ quan ban hành', 'issuingBody', issuingBody, 'Chữ in hoa, mỗi dòng một dòng in, ví dụ ỦY BAN NHÂN DÂN ↵ XÃ HÒA AN.'),
    field('Tên cơ quan trong câu văn', 'issuerName', issuerName, 'Ví dụ: Ủy ban nhân dân xã Hòa An.'),
    field(
      'Mã cơ quan (dùng trong tên tệp)',
      'id',
      id,
      idLocked ? 'Đã có báo cáo mang mã này nên không đổi được.' : 'Chữ thường không dấu và dấu gạch nối.',
    ),
    field('Địa danh (dòng ngày tháng)', 'place', place, 'Ví dụ: Hòa An, ngày … tháng … năm …'),
    field('Ký hiệu báo cáo', 'numberSymbol', numberSymbol, 'Nhà nước: BC-UBND, BC-SNNMT…; Đảng: BC/ĐU. Số do văn thư cấp khi phát hành.'),
    numberingScopeField,
    field(
      'Thẩm quyền ký (mỗi dòng một dòng in)',
      'signer.lines',
      signerLines,
      'Ví dụ: TM. ỦY BAN NHÂN DÂN ↵ CHỦ TỊCH; hoặc KT. CHỦ TỊCH ↵ PHÓ CHỦ TỊCH.',
    ),
    field('Họ tên người ký', 'signer.name', signerName),
    field('Kính gửi (mỗi dòng một nơi; để trống nếu không gửi lên)', 'addressees', addressees),
    field('Nơi nhận (mỗi dòng một nơi)', 'recipients', recipients),
    field('Dòng lưu cuối Nơi nhận', 'archiveLine', archiveLine, 'Nhà nước: Lưu: VT, VP. — Đảng: Lưu Văn phòng Đảng ủy.'),
    field('Ngày chốt số liệu hằng tháng', 'cutOffDay', cutOffDay, 'Thường là ngày 14: số liệu tháng tính từ ngày 15 tháng trước.'),
    field(
      'Cột so với cùng kỳ của phụ lục',
      'appendixComparison',
      appendixComparison,
      'Chỉ tiêu tỷ lệ (%) luôn ghi tăng, giảm bằng điểm phần trăm.',
    ),
    field(
      'Đơn vị trực thuộc (thôn, tổ dân phố, xã, chi bộ; mỗi dòng một đơn vị)',
      'units',
      units,
      'Số liệu theo từng đơn vị dùng danh sách này. Đổi tên: “Thôn Bắc Sơn (trước là Thôn Bắc)”; sáp nhập: “Thôn Đông Tiến (gộp Thôn Đông, Thôn Tiến)”.',
    ),
    element(
      'fieldset',
      { className: 'layout-fields' },
      element('legend', { text: 'Trình bày (để trống dùng mặc định)' }),
      ...(Object.keys(layoutFieldLabels) as (keyof LayoutSettings)[]).map((key) =>
        element('label', { className: 'field compact' }, element('span', { text: layoutFieldLabels[key] }), layoutInputs[key]),
      ),
    ),
    (() => {
      const holder = element('small', { className: 'field-problem' });
      problemsAt.set('layout', holder);
      return holder;
    })(),
    status,
    element(
      'div',
      { className: 'dialog-buttons' },
      save,
      options.cancel ? element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: options.cancel } }) : null,
    ),
  );

  const submit = async () => {
    const current = draft();
    const { profile, problems } = readDraft(current);
    if (!profile) {
      refresh();
      const first = problems.find((problem) => !problem.advice);
      status.textContent = `Chưa lưu được: ${first?.message ?? 'thông tin chưa hợp lệ.'}`;
      if (first) controls.get(first.field)?.[0]?.focus();
      return;
    }
    save.disabled = true;
    status.textContent = '';
    try {
      const { settings } = await call('saveOrganisation', { organisation: profile, replacesId: editing?.id ?? null });
      options.saved(settings);
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      save.disabled = false;
    }
  };

  fill(editing ? draftOf(editing) : blankDraft);
  refresh();
  return element(
    'div',
    { className: 'organisation-editor' },
    element('h2', { text: editing ? `Thông tin cơ quan: ${editing.issuerName}` : 'Khai báo cơ quan' }),
    element('p', {
      text: editing
        ? 'Thay đổi áp dụng cho các báo cáo tạo từ nay; báo cáo đã có giữ thông tin lúc tạo (báo cáo chưa xuất Word có thể cập nhật trong mục Thông tin văn bản).'
        : 'Thông tin in ở phần đầu và cuối văn bản. Chọn loại cơ quan để điền gợi ý, rồi sửa cho đúng với cơ quan mình.',
    }),
    editing ? null : suggestion,
    options.importWord ? renderWordStart(options.importWord) : null,
    element('div', { className: 'organisation-layout' }, form, preview),
  );
}
