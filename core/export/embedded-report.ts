import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { readReportValue, ReportFileError } from '../report/read-report';
import type { Report } from '../report/report-schema';

/**
 * The report travels inside the Word file as a custom XML part, so that opening an exported file gives back the
 * editable report. The part is found again by its namespace, never by its file name.
 */
export const reportNamespace = 'urn:bao-cao-so-ket:report';
const itemIdentifier = '{6F3A2C1E-5B7D-4E8A-9C0F-2D4B6A8E1C3F}';

/**
 * The parts that carry the report, for the docx packer: the report as custom XML in `customXml/item1.xml` and that
 * part's properties naming our namespace. The packer adds the relationship and the content type of these parts when
 * the document declares a custom XML part (its `bibliography` option), so the file is zipped once.
 */
export function embeddedReportParts(report: Report): { path: string; data: string }[] {
  return [
    {
      path: 'customXml/item1.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report xmlns="${reportNamespace}" schemaVersion="${report.schemaVersion}">${escapeXml(JSON.stringify(report))}</report>`,
    },
    {
      path: 'customXml/itemProps1.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemIdentifier}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${reportNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
  ];
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
