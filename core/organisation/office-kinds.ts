import { identifierFromText } from '../text/identifier-from-text';
import type { OrganisationProfile } from './organisation-profile';

/** The offices that write periodic reports since 1 July 2025 (two levels of local government). */
export const officeKinds = ['ubnd-xa', 'ubnd-phuong', 'ubnd-dac-khu', 'dang-uy-xa', 'dang-uy-phuong', 'so', 'ubnd-tinh'] as const;
export type OfficeKind = (typeof officeKinds)[number];

export const officeKindLabels: Record<OfficeKind, string> = {
  'ubnd-xa': 'Ủy ban nhân dân xã',
  'ubnd-phuong': 'Ủy ban nhân dân phường',
  'ubnd-dac-khu': 'Ủy ban nhân dân đặc khu',
  'dang-uy-xa': 'Đảng ủy xã',
  'dang-uy-phuong': 'Đảng ủy phường',
  so: 'Sở thuộc Ủy ban nhân dân tỉnh, thành phố',
  'ubnd-tinh': 'Ủy ban nhân dân tỉnh, thành phố',
};

export const provinceKinds = ['tỉnh', 'thành phố'] as const;
export type ProvinceKind = (typeof provinceKinds)[number];

export interface OfficeDescription {
  kind: OfficeKind;
  /** The commune, ward or special zone (`Hòa An`), or the department's name after “Sở” (`Nông nghiệp và Môi trường`). */
  name: string;
  provinceKind: ProvinceKind;
  /** `Cao Bằng`, `Hải Phòng`. */
  provinceName: string;
}

const localUnit: Partial<Record<OfficeKind, string>> = {
  'ubnd-xa': 'xã',
  'ubnd-phuong': 'phường',
  'ubnd-dac-khu': 'đặc khu',
  'dang-uy-xa': 'xã',
  'dang-uy-phuong': 'phường',
};

/**
 * A profile filled the way such an office's header reads (OFFICES-2026): the person then checks it and adds what
 * only they know, the signer's name first. Names keep the spelling typed; only their case is changed.
 */
export function suggestedProfile(office: OfficeDescription): OrganisationProfile {
  const name = tidy(office.name);
  const province = `${office.provinceKind} ${tidy(office.provinceName)}`;
  const upperProvince = province.toLocaleUpperCase('vi');
  const unit = localUnit[office.kind];
  const common = {
    signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: '' },
    cutOffDay: 14,
    numberingScope: 'calendar-year' as const,
  };

  if (office.kind === 'dang-uy-xa' || office.kind === 'dang-uy-phuong') {
    const provincialParty = office.provinceKind === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
    return {
      ...common,
      id: identifierFromText(`dang-uy ${unit} ${name}`),
      format: 'party',
      parentBody: `ĐẢNG BỘ ${upperProvince}`,
      issuingBody: `ĐẢNG ỦY ${unit!.toLocaleUpperCase('vi')} ${name.toLocaleUpperCase('vi')}`,
      issuerName: `Đảng ủy ${unit} ${name}`,
      place: name,
      numberSymbol: 'BC/ĐU',
      signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: '' },
      addressees: [],
      recipients: [`Ban Thường vụ ${provincialParty}`, 'Các đồng chí Đảng ủy viên', 'Các chi bộ trực thuộc'],
      archiveLine: 'Lưu Văn phòng Đảng ủy.',
      numberingScope: 'term',
    };
  }
  if (office.kind === 'so') {
    const department = `Sở ${name}`;
    return {
      ...common,
      id: organisationIdentifier(`${department} ${province}`),
      format: 'state',
      parentBody: `ỦY BAN NHÂN DÂN\n${upperProvince}`,
      issuingBody: department.toLocaleUpperCase('vi'),
      issuerName: `${department} ${province}`,
      place: tidy(office.provinceName),
      numberSymbol: `BC-${departmentAbbreviation(name)}`,
      signer: { lines: ['GIÁM ĐỐC'], name: '' },
      addressees: [`Ủy ban nhân dân ${province}`],
      recipients: [`Ủy ban nhân dân ${province}`, 'Giám đốc, các Phó Giám đốc Sở'],
      archiveLine: 'Lưu: VT, VP.',
    };
  }
  if (office.kind === 'ubnd-tinh') {
    return {
      ...common,
      id: identifierFromText(`ubnd ${province}`),
      format: 'state',
      parentBody: null,
      issuingBody: `ỦY BAN NHÂN DÂN\n${upperProvince}`,
      issuerName: `Ủy ban nhân dân ${province}`,
      place: tidy(office.provinceName),
      numberSymbol: 'BC-UBND',
      addressees: [],
      recipients: [
        `Thường trực ${office.provinceKind === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'}`,
        `Thường trực Hội đồng nhân dân ${province}`,
        'Các sở, ban, ngành',
      ],
      archiveLine: 'Lưu: VT, TH.',
    };
  }
  return {
    ...common,
    id: identifierFromText(`ubnd ${unit} ${name}`),
    format: 'state',
    parentBody: null,
    issuingBody: `ỦY BAN NHÂN DÂN\n${unit!.toLocaleUpperCase('vi')} ${name.toLocaleUpperCase('vi')}`,
    issuerName: `Ủy ban nhân dân ${unit} ${name}`,
    place: name,
    numberSymbol: 'BC-UBND',
    addressees: [`Ủy ban nhân dân ${province}`],
    recipients: [
      `Ủy ban nhân dân ${province}`,
      `Thường trực Đảng ủy ${unit}`,
      `Thường trực Hội đồng nhân dân ${unit}`,
      `Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân ${unit}`,
    ],
    archiveLine: 'Lưu: VT, VP.',
  };
}

/**
 * The kind of office a profile describes, read from the name of its issuing body (its last line, where a parent body
 * is on its own line): `XÃ HÒA AN` under `ỦY BAN NHÂN DÂN` is a commune's People's Committee, `ĐẢNG ỦY PHƯỜNG …` a
 * ward's Party committee, `SỞ …` a department. Null for what is none of today's offices (a district's).
 */
export function officeKindOf(profile: Pick<OrganisationProfile, 'format' | 'issuingBody'>): OfficeKind | null {
  const lines = profile.issuingBody
    .normalize('NFC')
    .toLocaleUpperCase('vi')
    .split('\n')
    .map((line) => line.trim());
  const last = lines[lines.length - 1] ?? '';
  if (profile.format === 'party') {
    if (last.startsWith('ĐẢNG ỦY XÃ ')) return 'dang-uy-xa';
    if (last.startsWith('ĐẢNG ỦY PHƯỜNG ')) return 'dang-uy-phuong';
    return null;
  }
  if (last.startsWith('SỞ ')) return 'so';
  if (last.startsWith('XÃ ')) return 'ubnd-xa';
  if (last.startsWith('PHƯỜNG ')) return 'ubnd-phuong';
  if (last.startsWith('ĐẶC KHU ')) return 'ubnd-dac-khu';
  if (last.startsWith('TỈNH ') || last.startsWith('THÀNH PHỐ ')) return 'ubnd-tinh';
  return null;
}

/** `Nông nghiệp và Môi trường` → `SNNMT`; `Văn hóa, Thể thao và Du lịch` → `SVHTTDL`: the initials, “và” left out. */
export function departmentAbbreviation(name: string): string {
  const initials = tidy(name)
    .split(/[\s,;]+/u)
    .filter((word) => word && word.toLocaleLowerCase('vi') !== 'và')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
  return `S${initials}`;
}

function tidy(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The id an organisation is known by in file names, short the way offices abbreviate themselves: `Ủy ban nhân dân
 * xã Hòa An` → `ubnd-xa-hoa-an`, `Sở Nông nghiệp và Môi trường tỉnh Phú Thọ` → `snnmt-phu-tho`.
 */
export function organisationIdentifier(issuerName: string): string {
  const name = tidy(issuerName);
  const council = /^(ủy|uỷ) ban nhân dân\s+(.+)$/iu.exec(name);
  if (council) return identifierFromText(`ubnd ${council[2]}`);
  const department = /^sở\s+(.+?)(?:\s+((?:tỉnh|thành phố)\s+.+))?$/iu.exec(name);
  if (department)
    return identifierFromText(`${departmentAbbreviation(department[1]!)} ${(department[2] ?? '').replace(/^(tỉnh|thành phố)\s+/iu, '')}`);
  return identifierFromText(name);
}
