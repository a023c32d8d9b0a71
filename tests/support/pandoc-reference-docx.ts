import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const run = promisify(execFile);

const font = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>';
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

/** The paragraph styles a Word user of an office would set: Times New Roman, 13 pt in tables, 14 pt in the text. */
const styles: Record<string, string> = {
  Normal: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr>${font}${size(26)}</w:rPr></w:style>`,
  BodyText: `<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:link w:val="BodyTextChar"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr><w:rPr>${size(28)}</w:rPr></w:style>`,
  Compact: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact"><w:name w:val="Compact"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:rPr>${size(24)}</w:rPr></w:style>`,
  Heading1: heading('Heading1', 'heading 1', 0, false),
  Heading2: heading('Heading2', 'heading 2', 1, false),
  Heading3: heading('Heading3', 'heading 3', 2, true),
  DocTitle: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="DocTitle"><w:name w:val="Doc Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/>${size(28)}</w:rPr></w:style>`,
  Centred: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Centred"><w:name w:val="Centred"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr>${size(28)}</w:rPr></w:style>`,
};

function heading(id: string, name: string, outline: number, italic: boolean): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:ind w:firstLine="720"/><w:jc w:val="both"/><w:outlineLvl w:val="${outline}"/></w:pPr>` +
    `<w:rPr>${font}<w:b/><w:bCs/>${italic ? '<w:i/><w:iCs/>' : ''}<w:color w:val="000000"/>${size(28)}</w:rPr></w:style>`
  );
}

/** pandoc's own reference.docx with the styles above in place of its Calibri/Cambria defaults. */
export async function pandocReferenceDocx(): Promise<Uint8Array> {
  const { stdout } = await run('pandoc', ['--print-default-data-file', 'reference.docx'], {
    encoding: 'buffer',
    maxBuffer: 16 * 1024 * 1024,
  });
  const files = unzipSync(new Uint8Array(stdout));
  const part = files['word/styles.xml'];
  if (!part) throw new Error("pandoc's reference.docx has no word/styles.xml");
  let xml = strFromU8(part).replace(
    /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/,
    `<w:rPrDefault><w:rPr>${font}${size(26)}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`,
  );
  for (const [id, style] of Object.entries(styles)) {
    const existing = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`);
    xml = existing.test(xml) ? xml.replace(existing, style) : xml.replace('</w:styles>', `${style}</w:styles>`);
  }
  files['word/styles.xml'] = strToU8(xml);
  return zipSync(files);
}
