import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { ReportMeta } from '../../core/report/report-schema';
import { element } from '../dom/element';
import type { ReportSession } from '../session/report-session';

/**
 * Number, date, title, subject, signer, recipients and Kính gửi of the open report. A draft whose organisation
 * was declared differently since it was made says so and offers the workspace's version; nothing changes unasked.
 */
export function createDocumentDetails(session: ReportSession, workspaceOrganisation?: OrganisationProfile): HTMLElement {
  const holder = element('div', { className: 'document-details-panel' });
  const build = () => {
    const outdated =
      workspaceOrganisation !== undefined &&
      session.report.provenance.exportedAt === null &&
      JSON.stringify(session.report.organisation) !== JSON.stringify(workspaceOrganisation);
    holder.replaceChildren(
      ...(outdated
        ? [
            element(
              'div',
              { className: 'notice', attributes: { role: 'status' } },
              element('p', {
                text: `Thông tin cơ quan “${workspaceOrganisation.issuerName}” đã được sửa sau khi tạo báo cáo này; báo cáo vẫn in theo thông tin cũ.`,
              }),
              element('button', {
                text: 'Dùng thông tin cơ quan hiện tại',
                attributes: { 'data-action': 'use-workspace-organisation' },
                on: {
                  click: () => {
                    session.setOrganisation(workspaceOrganisation);
                    build();
                  },
                },
              }),
            ),
          ]
        : []),
      detailsForm(session),
    );
  };
  build();
  return holder;
}

function detailsForm(session: ReportSession): HTMLElement {
  const { meta, organisation } = session.report;
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const signer = meta.signer ?? organisation.signer;

  const number = element('input', { attributes: { type: 'number', min: 1, name: 'number', value: meta.number ?? '' } });
  const date = element('input', { attributes: { type: 'date', name: 'date', value: meta.date ?? '' } });
  const title = element('input', { attributes: { type: 'text', name: 'title', value: meta.title } });
  const subject = element('textarea', { attributes: { name: 'subject', rows: 2 }, text: meta.subject });
  const signerLines = element('textarea', { attributes: { name: 'signer-lines', rows: 3 }, text: signer.lines.join('\n') });
  const signerName = element('input', { attributes: { type: 'text', name: 'signer-name', value: signer.name } });
  const recipients = element('textarea', {
    attributes: { name: 'recipients', rows: 6 },
    text: (meta.recipients ?? organisation.recipients).join('\n'),
  });
  const addressees = element('textarea', { attributes: { name: 'addressees', rows: 3 }, text: meta.addressees.join('\n') });
  const message = element('p', { className: 'field-message', attributes: { role: 'status' } });

  const apply = () => {
    const signerChanged =
      signerName.value.trim() !== organisation.signer.name || lines(signerLines.value).join('\n') !== organisation.signer.lines.join('\n');
    const recipientLines = lines(recipients.value);
    if (!title.value.trim() || (signerChanged && (!signerName.value.trim() || lines(signerLines.value).length === 0))) {
      message.textContent = 'Tên loại văn bản, thẩm quyền ký và họ tên người ký không được để trống.';
      return;
    }
    message.textContent = '';
    const updated: ReportMeta = {
      number: number.value ? Math.max(1, Math.trunc(Number(number.value))) : null,
      date: date.value || null,
      title: title.value.trim(),
      subject: subject.value.trim(),
      addressees: lines(addressees.value),
      signer: signerChanged ? { lines: lines(signerLines.value), name: signerName.value.trim() } : null,
      recipients: recipientLines.join('\n') === organisation.recipients.join('\n') ? null : recipientLines,
    };
    session.setMeta(updated);
  };

  const field = (label: string, control: HTMLElement, hint?: string) =>
    element('label', { className: 'field' }, element('span', { text: label }), control, hint ? element('small', { text: hint }) : null);
  const form = element(
    'form',
    { className: 'document-details', on: { input: apply, submit: (event) => event.preventDefault() } },
    field('Số văn bản', number, 'Để trống nếu văn thư cấp số khi phát hành.'),
    field('Ngày ban hành', date, 'Để trống thì dòng ngày tháng có chỗ trống để ghi tay.'),
    field('Tên loại văn bản', title),
    field('Trích yếu', subject),
    field('Thẩm quyền ký (mỗi dòng một dòng in)', signerLines, 'Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'),
    field('Họ tên người ký', signerName),
    field('Nơi nhận (mỗi dòng một nơi)', recipients, `Dòng cuối tự thêm: ${organisation.archiveLine}`),
    field('Kính gửi (mỗi dòng một nơi, để trống nếu không có)', addressees),
    message,
  );
  return form;
}
