import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { PeriodKind } from '../../core/periods/period';

/** The fictitious district whose reports the benchmark generates (NĐ 30/2020 layout). */
export const benchmarkOrganisation: OrganisationProfile = {
  id: 'ubnd-quan-an-lac',
  format: 'state',
  parentBody: null,
  issuingBody: 'ỦY BAN NHÂN DÂN\nQUẬN AN LẠC',
  issuerName: 'Ủy ban nhân dân quận An Lạc',
  place: 'An Lạc',
  numberSymbol: 'BC-UBND',
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Phạm Minh Đức' },
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

/** The built-in state templates by period kind, with their trích yếu patterns (as in `templates/*\/manifest.json`). */
export const stateTemplates: Record<PeriodKind, { id: string; subject: string }> = {
  month: { id: 'ubnd-thang', subject: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}' },
  quarter: { id: 'ubnd-quy', subject: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}' },
  half: { id: 'ubnd-6-thang', subject: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}' },
  'nine-months': { id: 'ubnd-9-thang', subject: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}' },
  year: { id: 'ubnd-nam', subject: 'Tổng kết thực hiện nhiệm vụ {current}, phương hướng, nhiệm vụ {following}' },
};
