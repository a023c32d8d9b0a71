import {
  officeKindLabels,
  officeKinds,
  provinceKinds,
  type OfficeDescription,
  type OfficeKind,
  type ProvinceKind,
} from '../../core/organisation/office-kinds';
import { element } from '../dom/element';

/** Kind of office, its name and its province: the usual header lines, recipients and symbol are filled from them. */
export function renderOfficeSuggestion(apply: (office: OfficeDescription) => void): HTMLElement {
  const kind = element(
    'select',
    { attributes: { name: 'office-kind', 'aria-label': 'Loại cơ quan' } },
    ...officeKinds.map((value) => element('option', { attributes: { value }, text: officeKindLabels[value] })),
  );
  const name = element('input', {
    attributes: { type: 'text', name: 'office-name', 'aria-label': 'Tên xã, phường hoặc tên Sở', placeholder: 'Hòa An' },
  });
  const provinceKind = element(
    'select',
    { attributes: { name: 'province-kind', 'aria-label': 'Tỉnh hay thành phố' } },
    ...provinceKinds.map((value) => element('option', { attributes: { value }, text: value })),
  );
  const provinceName = element('input', {
    attributes: { type: 'text', name: 'province-name', 'aria-label': 'Tên tỉnh, thành phố', placeholder: 'Cao Bằng' },
  });
  const message = element('small', { className: 'field-problem' });
  const nameLabel = element('span', { text: 'Tên xã, phường, đặc khu' });
  kind.addEventListener('change', () => {
    nameLabel.textContent =
      kind.value === 'so' ? 'Tên Sở (sau chữ “Sở”)' : kind.value === 'ubnd-tinh' ? 'Tên (không cần)' : 'Tên xã, phường, đặc khu';
    name.placeholder = kind.value === 'so' ? 'Nông nghiệp và Môi trường' : 'Hòa An';
  });
  return element(
    'fieldset',
    { className: 'office-suggestion' },
    element('legend', { text: 'Điền gợi ý theo loại cơ quan' }),
    element('label', { className: 'field compact' }, element('span', { text: 'Loại cơ quan' }), kind),
    element('label', { className: 'field compact' }, nameLabel, name),
    element('label', { className: 'field compact' }, element('span', { text: 'Tỉnh / thành phố' }), provinceKind),
    element('label', { className: 'field compact' }, element('span', { text: 'Tên tỉnh, thành phố' }), provinceName),
    element('button', {
      text: 'Điền thông tin gợi ý',
      attributes: { type: 'button', 'data-action': 'suggest-profile' },
      on: {
        click: () => {
          const office = kind.value as OfficeKind;
          if (office !== 'ubnd-tinh' && !name.value.trim()) {
            message.textContent = office === 'so' ? 'Hãy nhập tên Sở.' : 'Hãy nhập tên xã, phường hoặc đặc khu.';
            return;
          }
          if (!provinceName.value.trim()) {
            message.textContent = 'Hãy nhập tên tỉnh, thành phố.';
            return;
          }
          message.textContent = '';
          apply({ kind: office, name: name.value, provinceKind: provinceKind.value as ProvinceKind, provinceName: provinceName.value });
        },
      },
    }),
    message,
  );
}
