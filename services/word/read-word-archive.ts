import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ReportFileError } from '../../core/report/read-report';
import { isWantedWordPart, wordPartsOf, type WordParts } from '../../core/word/word-parts';

/** How much of a Word file is read at most: the file, each XML part once inflated, all of them, and the entries. */
export interface WordFileLimits {
  fileBytes: number;
  partBytes: number;
  totalBytes: number;
  entries: number;
}

/** A 300-page report is about 5 MB of document.xml; these leave room for ten times that and refuse bombs early. */
export const defaultWordFileLimits: WordFileLimits = {
  fileBytes: 50 * 1024 * 1024,
  partBytes: 48 * 1024 * 1024,
  totalBytes: 96 * 1024 * 1024,
  entries: 10_000,
};

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads the XML parts of a .docx that the tool needs, inflating nothing else and stopping as soon as a part or the
 * whole goes over its limit. A file that is not a Word document, is damaged or is too large is refused with a
 * Vietnamese message naming the file and the part.
 */
export async function readWordArchive(
  bytes: Uint8Array,
  label: string,
  limits: WordFileLimits = defaultWordFileLimits,
): Promise<WordParts> {
  const refuse = (place: string, message: string): never => {
    throw new ReportFileError(label, [{ place, message }], `Không mở được “${label}”.`);
  };
  if (bytes.length > limits.fileBytes) refuse('(tệp)', `tệp lớn ${megabytes(bytes.length)}, quá giới hạn ${megabytes(limits.fileBytes)}.`);
  if (oleSignature.every((byte, index) => bytes[index] === byte))
    refuse('(tệp)', 'đây là tệp Word 97–2003 (.doc), không phải .docx; hãy lưu lại thành .docx trong Word hoặc LibreOffice.');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse('(tệp)', 'không phải tệp Word .docx (không phải tệp nén zip).');

  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (error, file) => (error || !file ? reject(error ?? new Error('zip')) : resolve(file)),
    ),
  ).catch(() => refuse('(tệp)', 'không phải tệp Word .docx, hoặc tệp bị hỏng (không đọc được mục lục của tệp nén).'));

  const texts = new Map<string, string>();
  let entries = 0;
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        entries += 1;
        if (entries > limits.entries)
          return reject(new PartProblem('(tệp)', `tệp có hơn ${limits.entries} mục, không phải một tài liệu Word bình thường.`));
        if (!isWantedWordPart(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > limits.partBytes) return reject(overLimit(entry.fileName, limits.partBytes));
        if (total + entry.uncompressedSize > limits.totalBytes) return reject(overTotal(entry.fileName, limits.totalBytes));
        readEntry(
          zip,
          entry,
          limits,
          () => total,
          (size) => (total += size),
        ).then((text) => {
          texts.set(entry.fileName, text);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof PartProblem) refuse(error.part, error.message);
    refuse('(tệp)', `tệp nén bị hỏng (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    zip.close();
  }
  return wordPartsOf(label, texts) ?? refuse('word/document.xml', 'tệp nén không có phần nội dung của tài liệu Word (word/document.xml).');
}

class PartProblem extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

/** yauzl's reasons for a damaged entry, in Vietnamese. */
function streamProblem(error: Error): string {
  if (/too many bytes/iu.test(error.message))
    return 'khi giải nén, phần này dài hơn kích thước ghi trong tệp nén; tệp có thể đã bị làm hỏng cố ý (bom nén).';
  if (/not enough bytes/iu.test(error.message))
    return 'khi giải nén, phần này ngắn hơn kích thước ghi trong tệp nén; tệp bị cắt cụt hoặc hỏng.';
  if (/invalid|incorrect|unexpected end/iu.test(error.message))
    return 'dữ liệu nén bị hỏng, không giải nén được; tệp bị cắt cụt hoặc hỏng.';
  return 'dữ liệu nén bị hỏng, không giải nén được.';
}

function readEntry(zip: ZipFile, entry: Entry, limits: WordFileLimits, total: () => number, add: (size: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    if (entry.isEncrypted())
      return reject(new PartProblem(entry.fileName, 'phần này được mã hóa bằng mật khẩu; hãy bỏ mật khẩu trong Word rồi thử lại.'));
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) return reject(new PartProblem(entry.fileName, streamProblem(error ?? new Error(''))));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        add(chunk.length);
        if (size > limits.partBytes) {
          stream.destroy();
          reject(overLimit(entry.fileName, limits.partBytes));
        } else if (total() > limits.totalBytes) {
          stream.destroy();
          reject(overTotal(entry.fileName, limits.totalBytes));
        } else chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => reject(new PartProblem(entry.fileName, streamProblem(streamError))));
      stream.on('end', () => {
        try {
          resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, ''));
        } catch {
          reject(new PartProblem(entry.fileName, 'nội dung không phải văn bản UTF-8.'));
        }
      });
    });
  });
}

function overLimit(part: string, limit: number): PartProblem {
  return new PartProblem(part, `khi giải nén, phần này vượt quá giới hạn ${megabytes(limit)}; tệp có thể đã bị làm hỏng cố ý (bom nén).`);
}

function overTotal(part: string, limit: number): PartProblem {
  return new PartProblem(part, `khi giải nén, tổng các phần vượt quá giới hạn ${megabytes(limit)}.`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
