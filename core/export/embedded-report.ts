import { readReportValue, ReportFileError } from '../report/read-report';
import type { Report } from '../report/report-schema';
import { parseWordXml, textContent } from '../word/parse-word-xml';
import type { WordParts } from '../word/word-parts';

/**
 * The report travels inside the Word file as a custom XML part, so that opening an exported file gives back the
 * editable report. The part is found again by its namespace, never by its file name.
 */
export const reportNamespace = 'urn:bao-cao-so-ket:report';

/**
 * The datastore id of a report's custom XML part, one of its own for each report (Word tells its parts apart by this
 * id when documents are combined), and the same at every export of one report: a hash of the report's id as a GUID.
 */
export function datastoreIdentifier(reportId: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x2f1b3c4d, 0x7a5e6f81]
    .map((seed) => {
      let hash = seed >>> 0;
      for (const character of `${seed}:${reportId}`) {
        hash ^= character.codePointAt(0)!;
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0').toUpperCase();
    })
    .join('');
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

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
      data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${datastoreIdentifier(report.id)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${reportNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
  ];
}

/**
 * The report a Word file carries, found by the namespace of its custom XML part; null when the file carries none
 * (a document made by hand). A part that is ours but damaged is refused, never half-read.
 */
export function embeddedReportOf(parts: WordParts): Report | null {
  for (const { name, text } of parts.customXml) {
    if (!text.includes(reportNamespace)) continue;
    const root = parseWordXml(text, name, parts.label);
    if (root.namespace !== reportNamespace || root.name !== 'report') continue;
    let value: unknown;
    try {
      value = JSON.parse(textContent(root));
    } catch {
      throw new ReportFileError(
        parts.label,
        [{ place: name, message: 'dữ liệu báo cáo kèm theo bị hỏng.' }],
        `Không mở được “${parts.label}”.`,
      );
    }
    return readReportValue(value, parts.label);
  }
  return null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
