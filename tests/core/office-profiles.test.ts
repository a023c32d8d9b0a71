import { describe, expect, it } from 'vitest';
import { departmentAbbreviation, officeKindOf, officeKinds, suggestedProfile } from '../../core/organisation/office-kinds';
import { organisationProfileSchema } from '../../core/organisation/organisation-profile';
import { withProfileDefaults } from '../../core/organisation/profile-defaults';
import { periodInProgress } from '../../core/periods/period-containing';
import { documentParts } from '../../core/report/document-parts';
import { identifierFromText, uniqueIdentifier } from '../../core/text/identifier-from-text';

const meta = { number: 7, date: '2026-11-18', title: 'BÁO CÁO', subject: 'Tháng 11', addressees: [], signer: null, recipients: null };
const november = { kind: 'month', year: 2026, index: 11 } as const;

describe('the profile suggested for each kind of office', () => {
  it('heads a commune People’s Committee’s report without a parent line', () => {
    const profile = suggestedProfile({ kind: 'ubnd-xa', name: ' Hòa  An ', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' });
    const parts = documentParts({ organisation: profile, period: november, meta });
    expect(parts.parentBodyLines).toEqual([]);
    expect(parts.issuingBodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN']);
    expect(parts.numberLine).toBe('Số: 07/BC-UBND');
    expect(parts.dateLine).toBe('Hòa An, ngày 18 tháng 11 năm 2026');
    expect(profile.issuerName).toBe('Ủy ban nhân dân xã Hòa An');
    expect(profile.id).toBe('ubnd-xa-hoa-an');
    expect(profile.addressees).toEqual(['Ủy ban nhân dân tỉnh Cao Bằng']);
    expect(parts.recipientLines.at(-1)).toBe('- Lưu: VT, VP.');
    expect(parts.signer.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('puts a department under its province, over two lines, with its own symbol', () => {
    const profile = suggestedProfile({ kind: 'so', name: 'Nông nghiệp và Môi trường', provinceKind: 'tỉnh', provinceName: 'Phú Thọ' });
    const parts = documentParts({ organisation: profile, period: november, meta });
    expect(parts.parentBodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ']);
    expect(parts.issuingBodyLines).toEqual(['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']);
    expect(parts.numberLine).toBe('Số: 07/BC-SNNMT');
    expect(parts.signer.lines).toEqual(['GIÁM ĐỐC']);
    expect(profile.issuerName).toBe('Sở Nông nghiệp và Môi trường tỉnh Phú Thọ');
  });

  it('puts a commune Party committee under its provincial Party organisation, in the Party format', () => {
    const profile = suggestedProfile({ kind: 'dang-uy-phuong', name: 'Lê Chân', provinceKind: 'thành phố', provinceName: 'Hải Phòng' });
    const parts = documentParts({ organisation: profile, period: november, meta });
    expect(parts.format).toBe('party');
    expect(parts.parentBodyLines).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG']);
    expect(parts.issuingBodyLines).toEqual(['ĐẢNG ỦY PHƯỜNG LÊ CHÂN']);
    expect(parts.numberLine).toBe('Số 7-BC/ĐU');
    expect(parts.recipientLines).toEqual([
      '- Ban Thường vụ Thành ủy,',
      '- Các đồng chí Đảng ủy viên,',
      '- Các chi bộ trực thuộc,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
    expect(profile.signer.lines).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
  });

  it('leaves only the signer’s name to fill: with it, every suggestion is a valid profile', () => {
    for (const kind of ['ubnd-xa', 'ubnd-phuong', 'ubnd-dac-khu', 'dang-uy-xa', 'dang-uy-phuong', 'so', 'ubnd-tinh'] as const) {
      const profile = suggestedProfile({ kind, name: 'Văn hóa, Thể thao và Du lịch', provinceKind: 'tỉnh', provinceName: 'Gia Lai' });
      expect(organisationProfileSchema.safeParse(profile).success).toBe(false);
      expect(organisationProfileSchema.safeParse({ ...profile, signer: { ...profile.signer, name: 'Nguyễn Văn A' } }).success).toBe(true);
    }
  });

  it('abbreviates a department by its initials, leaving “và” out', () => {
    expect(departmentAbbreviation('Nông nghiệp và Môi trường')).toBe('SNNMT');
    expect(departmentAbbreviation('Văn hóa, Thể thao và Du lịch')).toBe('SVHTTDL');
    expect(departmentAbbreviation('Tài chính')).toBe('STC');
  });
});

describe('identifiers from Vietnamese names', () => {
  it('drops tone marks and diacritics, writes đ as d, and joins the words with hyphens', () => {
    expect(identifierFromText('Ủy ban nhân dân xã Hòa An')).toBe('uy-ban-nhan-dan-xa-hoa-an');
    expect(identifierFromText('Đảng ủy phường Đồng Xoài')).toBe('dang-uy-phuong-dong-xoai');
    expect(identifierFromText('Tỷ lệ hộ nghèo (%)')).toBe('ty-le-ho-ngheo');
    expect(identifierFromText('!!!')).toBe('');
  });

  it('keeps within the length limit at a word boundary and numbers a taken identifier', () => {
    expect(identifierFromText('một hai ba bốn năm sáu bảy', 12)).toBe('mot-hai-ba');
    expect(uniqueIdentifier('thu-ngan-sach', new Set(['thu-ngan-sach', 'thu-ngan-sach-2']))).toBe('thu-ngan-sach-3');
    expect(uniqueIdentifier('chi-ngan-sach', new Set(['thu-ngan-sach']))).toBe('chi-ngan-sach');
  });
});

describe('a profile written by hand', () => {
  it('is completed with the usual defaults of its format, keeping what it gives', () => {
    expect(withProfileDefaults({ format: 'party', issuerName: 'Đảng ủy xã Ya Ma', archiveLine: 'Lưu VP.' })).toEqual({
      id: 'dang-uy-xa-ya-ma',
      format: 'party',
      issuerName: 'Đảng ủy xã Ya Ma',
      parentBody: null,
      recipients: [],
      archiveLine: 'Lưu VP.',
      cutOffDay: 14,
      numberingScope: 'term',
    });
    expect(withProfileDefaults([1, 2])).toEqual([1, 2]);
  });
});

describe('the kind of office a profile describes', () => {
  it('is read back from the header every suggested profile writes, and is none for a district', () => {
    for (const kind of officeKinds) {
      const profile = suggestedProfile({ kind, name: kind === 'so' ? 'Y tế' : 'Hòa An', provinceKind: 'tỉnh', provinceName: 'Cao Bằng' });
      expect(officeKindOf(profile), kind).toBe(kind);
    }
    expect(officeKindOf({ format: 'state', issuingBody: 'ỦY BAN NHÂN DÂN\nQUẬN LÊ CHÂN' })).toBeNull();
    expect(officeKindOf({ format: 'party', issuingBody: 'QUẬN ỦY LÊ CHÂN' })).toBeNull();
    expect(officeKindOf({ format: 'state', issuingBody: 'Ủy ban nhân dân\nxã Hòa An' })).toBe('ubnd-xa');
  });
});

describe('the period a new report most likely covers', () => {
  it('follows the data window of the cut-off day', () => {
    const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);
    expect(periodInProgress('month', day(2026, 12, 2), 14)).toEqual({ kind: 'month', year: 2026, index: 12 });
    expect(periodInProgress('month', day(2026, 11, 14), 14)).toEqual({ kind: 'month', year: 2026, index: 11 });
    expect(periodInProgress('month', day(2026, 12, 20), 14)).toEqual({ kind: 'month', year: 2027, index: 1 });
    expect(periodInProgress('quarter', day(2026, 9, 20), 14)).toEqual({ kind: 'quarter', year: 2026, index: 4 });
    expect(periodInProgress('year', day(2026, 12, 2), 14)).toEqual({ kind: 'year', year: 2026, index: 1 });
  });
});
