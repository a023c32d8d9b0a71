import type { OrganisationProfile } from '../../core/organisation/organisation-profile';

/** Ủy ban nhân dân quận Lê Chân, a state body (NĐ 30/2020 layout). Names as the seeds spell them. */
export const peoplesCommittee: OrganisationProfile = {
  id: 'ubnd-le-chan',
  format: 'state',
  parentBody: null,
  issuingBody: 'ỦY BAN NHÂN DÂN\nQUẬN LÊ CHÂN',
  issuerName: 'Ủy ban nhân dân quận Lê Chân',
  place: 'Lê Chân',
  numberSymbol: 'BC-UBND',
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn Phiệt' },
  recipients: [
    'Thường trực Thành ủy, HĐND, UBND thành phố (để báo cáo)',
    'Thường trực Quận ủy, HĐND quận',
    'Chủ tịch, các Phó Chủ tịch UBND quận',
    'Các phòng, ban, ngành quận',
    'UBND các phường',
  ],
  archiveLine: 'Lưu: VT, VP.',
  cutOffDay: 14,
  numberingScope: 'calendar-year',
};

/** Quận ủy Lê Chân, a Party committee (HD 36-HD/VPTW layout). */
export const districtPartyCommittee: OrganisationProfile = {
  id: 'quan-uy-le-chan',
  format: 'party',
  parentBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'QUẬN ỦY LÊ CHÂN',
  issuerName: 'Quận ủy Lê Chân',
  place: 'Lê Chân',
  numberSymbol: 'BC/QU',
  signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Trần Thu Hương' },
  recipients: ['Ban Thường vụ Thành ủy (để báo cáo)', 'Văn phòng Thành ủy', 'Các đồng chí Quận ủy viên', 'Các chi, đảng bộ trực thuộc'],
  archiveLine: 'Lưu Văn phòng Quận ủy.',
  cutOffDay: 14,
  numberingScope: 'term',
};
