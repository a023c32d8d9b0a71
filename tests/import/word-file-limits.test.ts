import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportToDocx } from '../../core/export/report-to-docx';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { analyseWordFile } from '../../services/word/analyse-word-file';
import { readWordArchive } from '../../services/word/read-word-archive';

const limits = { fileBytes: 1024 * 1024, partBytes: 256 * 1024, totalBytes: 512 * 1024, entries: 100 };

/** The uncompressed size written in the zip's central directory for `name`, set to `size`: a file that lies about itself. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const encodedName = new TextEncoder().encode(name);
  for (let offset = 0; offset < bytes.length - 46; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature !== 0x02014b50 && signature !== 0x04034b50) continue;
    const central = signature === 0x02014b50;
    const nameLength = view.getUint16(offset + (central ? 28 : 26), true);
    const nameStart = offset + (central ? 46 : 30);
    if (nameLength !== encodedName.length || !encodedName.every((byte, index) => bytes[nameStart + index] === byte)) continue;
    view.setUint32(offset + (central ? 24 : 22), size, true);
  }
  return bytes;
}

describe('reading a Word file from outside, bounded', () => {
  it('refuses a part whose size is over the limit before inflating it, naming the file and the part', async () => {
    const big = zipSync({ 'word/document.xml': strToU8(`<w:document>${' '.repeat(400 * 1024)}</w:document>`) });
    await expect(readWordArchive(big, 'to.docx', limits)).rejects.toThrow(
      /Không mở được “to.docx”\.\n {2}- word\/document\.xml: khi giải nén, phần này vượt quá giới hạn 0,3 MB/,
    );
  });

  it('stops inflating a part that is larger than its own header says, as a compression bomb does', async () => {
    const bomb = withDeclaredSize(zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }), 'word/document.xml', 1000);
    await expect(readWordArchive(bomb, 'bom.docx', { ...limits, fileBytes: 10 * 1024 * 1024 })).rejects.toThrow(
      /word\/document\.xml: .*(vượt quá|hỏng)/,
    );
  });

  it('refuses a file over the file limit, an old .doc, and something that is not a zip, in Vietnamese', async () => {
    await expect(readWordArchive(new Uint8Array(2 * 1024 * 1024), 'lon.docx', limits)).rejects.toThrow(/tệp lớn 2 MB, quá giới hạn 1 MB/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(readWordArchive(ole, 'cu.doc', limits)).rejects.toThrow(/Word 97–2003 \(\.doc\)/);
    await expect(readWordArchive(strToU8('Xin chào'), 'chu.docx', limits)).rejects.toThrow(
      /không phải tệp Word \.docx \(không phải tệp nén zip\)/,
    );
    await expect(readWordArchive(zipSync({ 'anh.png': new Uint8Array(10) }), 'anh.docx', limits)).rejects.toThrow(
      /word\/document\.xml: tệp nén không có phần nội dung/,
    );
  });

  it('refuses a part that declares a document type, so no entity is ever expanded', async () => {
    const files = unzipSync(await reportToDocx(peoplesCommitteeOctober2019));
    const hostile = zipSync({
      ...files,
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&a;</w:document>',
      ),
    });
    const analysis = await analyseWordFile(hostile, 'doctype.docx');
    expect(analysis.notices).toEqual([expect.stringContaining('word/document.xml: phần XML khai báo DOCTYPE hoặc ENTITY')]);
  });

  it('falls back to the embedded report only when the text cannot be read, and says so', async () => {
    const files = unzipSync(await reportToDocx(peoplesCommitteeOctober2019));
    const broken = zipSync({ ...files, 'word/document.xml': strToU8('<w:document><w:body>') });
    const analysis = await analyseWordFile(broken, 'hong.docx');
    expect(analysis.changes).toEqual([]);
    expect(analysis.notices).toEqual([
      expect.stringMatching(
        /^Không đọc được nội dung của tệp Word \(.*word\/document\.xml: XML không hợp lệ.*\); đã lấy bản báo cáo kèm theo tệp — những sửa đổi làm trong Word \(nếu có\) không được nhập\.$/,
      ),
    ]);
    expect(analysis.apply(new Set())).toEqual(peoplesCommitteeOctober2019);
  });
});
