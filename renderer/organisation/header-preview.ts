import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { subjectPeriods } from '../../core/periods/period-label';
import { documentParts, partyHeading, stateMotto } from '../../core/report/document-parts';
import { subjectLine } from '../../core/templates/template-manifest';
import { element } from '../dom/element';

/**
 * The header block, title and signature as they will print with this profile, for a report dated today with
 * number 5: the lines the Word file takes, in the same order, weights and breaks.
 */
export function renderHeaderPreview(profile: OrganisationProfile, today: Date): HTMLElement {
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const period = { kind: 'month', year: today.getFullYear(), index: today.getMonth() + 1 } as const;
  const parts = documentParts({
    organisation: profile,
    period,
    meta: {
      number: 5,
      date,
      title: 'BÁO CÁO',
      subject: subjectLine('Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}', subjectPeriods(period)),
      addressees: profile.addressees ?? [],
      signer: null,
      recipients: null,
    },
  });
  const state = parts.format === 'state';
  const line = (text: string, className = '') => element('div', { className: `preview-line ${className}`.trim(), text });
  const left = element(
    'div',
    { className: 'preview-column' },
    ...parts.parentBodyLines.map((text) => line(text)),
    ...parts.issuingBodyLines.map((text) => line(text, 'bold')),
    state ? element('div', { className: 'preview-rule short' }) : line('*'),
    line(parts.numberLine),
  );
  const right = element(
    'div',
    { className: 'preview-column' },
    ...(state
      ? [line(stateMotto.nation, 'bold small'), line(stateMotto.motto, 'bold'), element('div', { className: 'preview-rule' })]
      : [line(partyHeading, 'bold'), element('div', { className: 'preview-rule' })]),
    line(parts.dateLine, 'italic'),
  );
  const signature = element(
    'div',
    { className: 'preview-signature' },
    element(
      'div',
      { className: 'preview-column preview-recipients' },
      line(parts.recipientsLabel, state ? 'bold italic small' : 'bold italic underline small'),
      ...parts.recipientLines.map((text) => line(text, 'smaller')),
    ),
    element(
      'div',
      { className: 'preview-column' },
      ...parts.signer.lines.map((text) => line(text, 'bold')),
      element('div', { className: 'preview-signature-space' }),
      line(parts.signer.name || '(họ tên người ký)', 'bold'),
    ),
  );
  return element(
    'div',
    { className: 'header-preview', attributes: { 'aria-label': 'Xem trước phần đầu văn bản' } },
    element('div', { className: 'preview-header' }, left, right),
    line(parts.title, 'bold centred title'),
    line(parts.subject, 'bold centred'),
    ...parts.addresseeLines.map((text) => line(text, 'centred')),
    element('div', { className: 'preview-body', text: '…' }),
    signature,
  );
}
