import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { readReportValue, ReportFileError } from '../report/read-report';
import type { Report } from '../report/report-schema';

/**
 * The report travels inside the Word file as a custom XML part, so that opening an exported file gives back the
 * editable report. The part is found again by its namespace, never by its file name.
 */
export const reportNamespace = 'urn:bao-cao-so-ket:report';
const customXmlRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const customXmlPropertiesRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const propertiesContentType = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const itemIdentifier = '{6F3A2C1E-5B7D-4E8A-9C0F-2D4B6A8E1C3F}';

export function embedReport(docx: Uint8Array, report: Report): Uint8Array {
  const files = unzipSync(docx);
  let index = 1;
  while (files[`customXml/item${index}.xml`]) index += 1;
  const item = `customXml/item${index}.xml`;

  files[item] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report xmlns="${reportNamespace}" schemaVersion="${report.schemaVersion}">${escapeXml(JSON.stringify(report))}</report>`,
  );
  files[`customXml/itemProps${index}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemIdentifier}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${reportNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${index}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${customXmlPropertiesRelationship}" Target="itemProps${index}.xml"/></Relationships>`,
  );
  addDocumentRelationship(files, `../${item}`);
  addContentTypes(files, `/customXml/itemProps${index}.xml`);
  return zipSync(files, { level: 6 });
}

/** Reads back the report a Word file carries; a file without one is refused with a clear message. */
export function extractReport(docx: Uint8Array, fileLabel: string): Report {
  let files: Unzipped;
  try {
    files = unzipSync(docx);
  } catch {
    throw new ReportFileError(
      fileLabel,
      [{ place: '(tệp)', message: 'không phải tệp Word .docx (không giải nén được).' }],
      `Không mở được “${fileLabel}”.`,
    );
  }
  for (const [name, content] of Object.entries(files)) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(content);
    const root = /<([\w:]*report)\b[^>]*\bxmlns(?::\w+)?="([^"]+)"[^>]*>([\s\S]*)<\/\1>/.exec(xml);
    if (!root || root[2] !== reportNamespace) continue;
    let value: unknown;
    try {
      value = JSON.parse(unescapeXml(root[3]!));
    } catch {
      throw new ReportFileError(
        fileLabel,
        [{ place: name, message: 'dữ liệu báo cáo kèm theo bị hỏng.' }],
        `Không mở được “${fileLabel}”.`,
      );
    }
    return readReportValue(value, fileLabel);
  }
  throw new ReportFileError(
    fileLabel,
    [{ place: '(tệp)', message: 'tệp Word này không mang dữ liệu báo cáo; chỉ mở lại được tệp do phần mềm này xuất ra.' }],
    `Không mở được “${fileLabel}”: không tìm thấy báo cáo kèm theo.`,
  );
}

function addDocumentRelationship(files: Unzipped, target: string): void {
  const path = 'word/_rels/document.xml.rels';
  const xml = strFromU8(files[path]!);
  const used = new Set([...xml.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]));
  let number = used.size + 1;
  while (used.has(`rId${number}`)) number += 1;
  files[path] = strToU8(
    xml.replace('</Relationships>', `<Relationship Id="rId${number}" Type="${customXmlRelationship}" Target="${target}"/></Relationships>`),
  );
}

function addContentTypes(files: Unzipped, propertiesPart: string): void {
  const path = '[Content_Types].xml';
  let xml = strFromU8(files[path]!);
  if (!/<Default Extension="xml"/.test(xml))
    xml = xml.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  xml = xml.replace('</Types>', `<Override PartName="${propertiesPart}" ContentType="${propertiesContentType}"/></Types>`);
  files[path] = strToU8(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
