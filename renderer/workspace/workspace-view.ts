import type { ReportListingView } from '../../core/api/application-results';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { ApplicationState } from '../app/application-state';
import { element } from '../dom/element';
import { capitalise } from '../../core/text/capitalise';

export interface WorkspaceActions {
  open: (fileName: string) => void;
  /** Starts the wizard, from the given report (the latest by default) or from nothing. */
  create: (previousFileName: string | null) => void;
  importWord: (name: string, base64: string) => void;
  /** Opens the organisation editor; null declares another organisation. */
  editOrganisation: (organisation: OrganisationProfile | null) => void;
  removeOrganisation: (organisation: OrganisationProfile) => void;
}

type Listing = Extract<ReportListingView, { ok: true }>;

/** The reports of the workspace by year, the latest first, with their status and the next-period action. */
export function renderWorkspaceView(state: ApplicationState, actions: WorkspaceActions): HTMLElement {
  const reports = state.reports.filter((entry): entry is Listing => entry.ok);
  const broken = state.reports.filter((entry) => !entry.ok);
  const latest = reports[0];
  const organisationName = (id: string) => state.settings.organisations.find((organisation) => organisation.id === id)?.issuerName ?? id;

  const fileInput = element('input', {
    attributes: { type: 'file', accept: '.docx,.doc', hidden: true, 'aria-label': 'Chọn tệp Word' },
    on: {
      change: () => {
        const file = fileInput.files?.[0];
        if (!file) return;
        void file.arrayBuffer().then((buffer) => actions.importWord(file.name, toBase64(new Uint8Array(buffer))));
      },
    },
  });

  const toolbar = element(
    'div',
    { className: 'workspace-actions' },
    latest
      ? element('button', {
          className: 'primary',
          text: `Tạo báo cáo kỳ tiếp theo (sau ${latest.periodLabel})`,
          attributes: { 'data-action': 'next-period' },
          on: { click: () => actions.create(latest.fileName) },
        })
      : null,
    element('button', {
      className: latest ? '' : 'primary',
      text: 'Tạo báo cáo từ mẫu',
      attributes: { 'data-action': 'from-template' },
      on: { click: () => actions.create(null) },
    }),
    element('button', {
      text: 'Mở tệp Word…',
      attributes: { title: 'Một tệp đã xuất từ phần mềm (kèm những gì đã sửa trong Word), hoặc báo cáo kỳ trước soạn bằng Word' },
      on: { click: () => fileInput.click() },
    }),
    fileInput,
  );

  const years = [...new Set(reports.map((entry) => entry.year))];
  const sections = years.map((year) =>
    element(
      'section',
      { className: 'report-year' },
      element('h3', { text: `Năm ${year}` }),
      element(
        'ul',
        { className: 'report-list' },
        ...reports
          .filter((entry) => entry.year === year)
          .map((entry) =>
            element(
              'li',
              {},
              element(
                'button',
                {
                  className: 'report-entry',
                  attributes: { 'data-file': entry.fileName },
                  on: { click: () => actions.open(entry.fileName) },
                },
                element('span', { className: 'report-period', text: capitalise(entry.periodLabel) }),
                element('span', { className: 'report-organisation', text: organisationName(entry.organisationId) }),
                element('span', { className: 'report-subject', text: entry.subject }),
                element('span', {
                  className: `report-status ${entry.exported ? 'exported' : 'draft'}`,
                  text: entry.exported ? 'Đã xuất Word' : 'Bản nháp',
                }),
              ),
            ),
          ),
      ),
    ),
  );

  const organisations = element(
    'section',
    { className: 'organisations' },
    element('h3', { text: 'Cơ quan' }),
    element(
      'ul',
      { className: 'organisation-list' },
      ...state.settings.organisations.map((organisation) => {
        const count = reports.filter((entry) => entry.organisationId === organisation.id).length;
        return element(
          'li',
          { attributes: { 'data-organisation': organisation.id } },
          element('span', { className: 'organisation-name', text: organisation.issuerName }),
          element('span', {
            className: 'organisation-detail',
            text: `${organisation.format === 'state' ? 'Thể thức nhà nước' : 'Thể thức Đảng'} · ký hiệu ${organisation.numberSymbol} · ${count} báo cáo`,
          }),
          element('button', { text: 'Sửa thông tin', on: { click: () => actions.editOrganisation(organisation) } }),
          count === 0 ? element('button', { text: 'Xóa', on: { click: () => actions.removeOrganisation(organisation) } }) : null,
        );
      }),
    ),
    element('button', {
      text: 'Thêm cơ quan',
      attributes: { 'data-action': 'add-organisation', title: 'Ví dụ Đảng ủy xã dùng chung thư mục với Ủy ban nhân dân xã' },
      on: { click: () => actions.editOrganisation(null) },
    }),
  );

  return element(
    'div',
    { className: 'workspace-view' },
    element('h2', { text: state.settings.name }),
    element('p', { className: 'workspace-path', text: `Thư mục làm việc: ${state.directory}` }),
    toolbar,
    ...(reports.length === 0 ? [element('p', { text: 'Chưa có báo cáo nào. Hãy tạo báo cáo đầu tiên từ mẫu.' })] : sections),
    ...(broken.length > 0
      ? [
          element(
            'section',
            { className: 'problems' },
            element('h3', { text: 'Tệp không mở được' }),
            element('ul', {}, ...broken.map((entry) => element('li', { text: entry.ok ? '' : entry.problem }))),
          ),
        ]
      : []),
    ...(state.templateProblems.length > 0
      ? [
          element(
            'section',
            { className: 'problems' },
            element('h3', { text: 'Mẫu bị lỗi' }),
            element('ul', {}, ...state.templateProblems.map((problem) => element('li', { text: problem }))),
          ),
        ]
      : []),
    organisations,
  );
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}
