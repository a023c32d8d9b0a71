import { suggestedProfile } from '../../core/organisation/office-kinds';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';

/**
 * A fictitious commune after the reform: xã Tân Thành, tỉnh Phú Thọ, formed on 1 July 2025 from the communes Tân
 * Phú, Tân Lập and Thành Công. Its thôn keep the names of the old communes' villages, two of them merged.
 */
export const formerCommunes = ['Tân Phú', 'Tân Lập', 'Thành Công'];

export const villages: ReportingUnit[] = [
  { id: 'thon-tan-phu', name: 'Thôn Tân Phú' },
  { id: 'thon-tan-lap', name: 'Thôn Tân Lập' },
  {
    id: 'thon-thanh-cong',
    name: 'Thôn Thành Công',
    formedFrom: [
      { id: 'thon-thanh-cong-1', name: 'Thôn Thành Công 1' },
      { id: 'thon-thanh-cong-2', name: 'Thôn Thành Công 2' },
    ],
  },
  { id: 'thon-dong-xuan', name: 'Thôn Đồng Xuân' },
];

export const partyCells: ReportingUnit[] = [
  { id: 'chi-bo-tan-phu', name: 'Chi bộ thôn Tân Phú' },
  { id: 'chi-bo-tan-lap', name: 'Chi bộ thôn Tân Lập' },
  { id: 'chi-bo-thanh-cong', name: 'Chi bộ thôn Thành Công' },
  { id: 'chi-bo-dong-xuan', name: 'Chi bộ thôn Đồng Xuân' },
];

const office = { name: 'Tân Thành', provinceKind: 'tỉnh', provinceName: 'Phú Thọ' } as const;

export const communeCommittee: OrganisationProfile = {
  ...suggestedProfile({ kind: 'ubnd-xa', ...office }),
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn Bình' },
  units: villages,
};

export const communePartyCommittee: OrganisationProfile = {
  ...suggestedProfile({ kind: 'dang-uy-xa', ...office }),
  signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Hoàng Thị Lan' },
  units: partyCells,
};
