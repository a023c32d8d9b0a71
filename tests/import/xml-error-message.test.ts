import { describe, expect, it } from 'vitest';
import { ReportFileError } from '../../core/report/read-report';
import { parseWordXml } from '../../core/word/parse-word-xml';

const refusal = (xml: string): string => {
  try {
    parseWordXml(xml, 'word/document.xml', 'bao-cao.docx');
  } catch (error) {
    expect(error).toBeInstanceOf(ReportFileError);
    return (error as ReportFileError).message;
  }
  throw new Error('the part was read');
};

describe('why a malformed XML part is refused, in Vietnamese', () => {
  it.each([
    ['<w:document xmlns:w="x"><w:body>', 'thẻ <w:body> được mở mà không được đóng'],
    ['<a><b></a>', 'có thẻ đóng không khớp với thẻ đang mở'],
    ['<a x="1" x="2"/>', 'thuộc tính “x” bị lặp'],
    ['<w:a/>', 'tiền tố không gian tên "w" chưa được khai báo'],
    ['<a>&nbsp;</a>', 'có tham chiếu “&…;” không phải một ký tự XML'],
    ['<a/><b/>', 'phần XML có hơn một phần tử gốc'],
    ['<a x=1/>', 'giá trị thuộc tính không nằm trong dấu nháy'],
    ['', 'phần XML không có phần tử gốc'],
  ])('%s', (xml, reason) => {
    const message = refusal(xml);
    expect(message).toContain(`word/document.xml: XML không hợp lệ: ${reason} (dòng 1, cột`);
    expect(message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+:|unclosed|unmatched|duplicate|unbound|undefined|root/u);
  });

  it('says the line and column where the part goes wrong', () => {
    expect(refusal('<a>\n<b>\n</c>')).toContain('có thẻ đóng không khớp với thẻ đang mở (dòng 3, cột 4)');
  });
});
