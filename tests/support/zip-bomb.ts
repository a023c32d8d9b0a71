import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, Zip, ZipDeflate, type ZipInputFile } from 'fflate';

export interface ZipBombOptions {
  /** How large `word/document.xml` is once inflated: 1 GiB unless said. */
  inflatedBytes?: number;
  /** The uncompressed size the zip's headers state for it; a bomb that lies states less than it holds. */
  declaredBytes?: number;
}

const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${wordNamespace}><w:body><w:p><w:r><w:t xml:space="preserve">`;
const documentEnd = '</w:t></w:r></w:p></w:body></w:document>';
const packageParts: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};
const blockBytes = 1024 * 1024;
const modified = new Date(2026, 11, 3, 8, 0, 0);

/**
 * A .docx whose `word/document.xml` is one paragraph of spaces inflating to `inflatedBytes`, in a file about a
 * thousand times smaller (deflate's longest match repeats 258 bytes for a couple of bits). The inflated part never
 * exists here: a mebibyte of spaces is deflated once, ended by a full flush so that it refers to nothing before it,
 * and the compressed block is repeated; the CRC is computed block by block.
 */
export function zipBomb(options: ZipBombOptions = {}): Uint8Array {
  const inflatedBytes = options.inflatedBytes ?? 2 ** 30;
  const spaces = inflatedBytes - documentStart.length - documentEnd.length;
  if (spaces < 0 || inflatedBytes > 0xffff_ffff) throw new Error(`A zip bomb of ${inflatedBytes} bytes cannot be built.`);
  const block = new Uint8Array(blockBytes).fill(0x20);
  const blocks = Math.floor(spaces / blockBytes);
  const rest = block.subarray(0, spaces % blockBytes);
  const start = strToU8(documentStart);
  const end = strToU8(documentEnd);
  const deflated = (bytes: Uint8Array, flush: number) => new Uint8Array(deflateRawSync(bytes, { level: 9, finishFlush: flush }));
  const flushed = (bytes: Uint8Array) => deflated(bytes, constants.Z_FULL_FLUSH);

  let crc = crc32(start);
  for (let index = 0; index < blocks; index += 1) crc = crc32(block, crc);
  crc = crc32(end, crc32(rest, crc));

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(packageParts)) {
    const part = new ZipDeflate(name, { level: 9 });
    part.mtime = modified;
    zip.add(part);
    part.push(strToU8(text), true);
  }
  const document: ZipInputFile = {
    filename: 'word/document.xml',
    size: options.declaredBytes ?? inflatedBytes,
    crc,
    compression: 8,
    mtime: modified,
  };
  zip.add(document);
  const push = (compressed: Uint8Array<ArrayBuffer>, final = false) => document.ondata?.(null, compressed, final);
  push(flushed(start));
  const compressedBlock = flushed(block);
  for (let index = 0; index < blocks; index += 1) push(compressedBlock);
  if (rest.length > 0) push(flushed(rest));
  push(deflated(end, constants.Z_FINISH), true);
  zip.end();

  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
