import { describe, expect, it } from 'vitest';
import { identifierFromName } from '../../core/indicators/identifier-from-name';

describe('identifierFromName', () => {
  it('writes a Vietnamese name as an ASCII slug: marks dropped, đ as d, lower case, hyphens', () => {
    expect(identifierFromName('Thu ngân sách trên địa bàn', [], 'chi-tieu')).toBe('thu-ngan-sach-tren-dia-ban');
    expect(identifierFromName('Đảng viên mới được kết nạp', [], 'chi-tieu')).toBe('dang-vien-moi-duoc-ket-nap');
    expect(identifierFromName('Nghị quyết HĐND xã', [], 'ke-hoach')).toBe('nghi-quyet-hdnd-xa');
    expect(identifierFromName('  Tỷ lệ tham gia BHYT (%) ', [], 'chi-tieu')).toBe('ty-le-tham-gia-bhyt');
    expect(identifierFromName('Diện tích gieo trồng, m²', [], 'chi-tieu')).toBe('dien-tich-gieo-trong-m2');
    expect(identifierFromName('Thu ngân sách'.normalize('NFD'), [], 'chi-tieu')).toBe('thu-ngan-sach');
  });

  it('adds a numeric suffix when the id is taken', () => {
    expect(identifierFromName('Số vụ', ['so-vu'], 'chi-tieu')).toBe('so-vu-2');
    expect(identifierFromName('Số vụ', ['so-vu', 'so-vu-2', 'so-vu-3'], 'chi-tieu')).toBe('so-vu-4');
  });

  it('uses the fallback for a name without a letter or digit, suffixed too', () => {
    expect(identifierFromName('%', [], 'chi-tieu')).toBe('chi-tieu');
    expect(identifierFromName('…', ['chi-tieu'], 'chi-tieu')).toBe('chi-tieu-2');
  });

  it('keeps the first whole words of a very long name', () => {
    const id = identifierFromName(
      'Số hộ gia đình được hỗ trợ xây dựng nhà ở theo chương trình xóa nhà tạm, nhà dột nát trên địa bàn xã',
      [],
      'chi-tieu',
    );
    expect(id).toBe('so-ho-gia-dinh-duoc-ho-tro-xay-dung-nha-o-theo-chuong-trinh');
    expect(id.length).toBeLessThanOrEqual(60);
  });
});
