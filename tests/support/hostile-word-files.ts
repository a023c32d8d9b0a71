import { strToU8, unzipSync, zipSync } from 'fflate';
import { reportToDocx } from '../../core/export/report-to-docx';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts of a Word file the tool exported, with its report embedded, to be made hostile one part at a time. */
export async function exportedEntries(): Promise<Record<string, Uint8Array>> {
  return unzipSync(await reportToDocx(peoplesCommitteeOctober2019));
}

/**
 * An exported file whose embedded report opens its root element 110 times and never closes it: once a minute of
 * backtracking for the import, now refused at the first unclosed tag.
 */
export async function unclosedTagsFile(): Promise<Uint8Array> {
  return zipSync({
    ...(await exportedEntries()),
    'customXml/item1.xml': strToU8('<report xmlns="urn:bao-cao-so-ket:report">'.repeat(110)),
  });
}

export interface DeepNesting {
  description: string;
  part: 'customXml/item1.xml' | 'word/document.xml';
  xml: string;
}

/** Parts nested thousands deep, far past what any Word document has, made to exhaust readers that recurse. */
export const deepNestings = {
  report: {
    description: 'the embedded report',
    part: 'customXml/item1.xml',
    xml: `<report xmlns="urn:bao-cao-so-ket:report">${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</report>`,
  },
  tables: {
    description: 'the document, tables in tables',
    part: 'word/document.xml',
    xml: `<w:document ${wordNamespace}><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}</w:body></w:document>`,
  },
  runs: {
    description: 'the document, runs in runs',
    part: 'word/document.xml',
    xml: `<w:document ${wordNamespace}><w:body><w:p>${'<w:r>'.repeat(100_000)}${'</w:r>'.repeat(100_000)}</w:p></w:body></w:document>`,
  },
} as const satisfies Record<string, DeepNesting>;

/**
 * A file holding the deeply nested part. A document part comes alone: in a file the tool exported, an unreadable
 * text falls back on the embedded report.
 */
export async function deeplyNestedFile(nesting: DeepNesting): Promise<Uint8Array> {
  const part = { [nesting.part]: strToU8(nesting.xml) };
  return zipSync(nesting.part === 'word/document.xml' ? part : { ...(await exportedEntries()), ...part });
}

/** A file the tool exported whose document holds tables nested `depth` deep, as real documents do. */
export async function nestedTablesFile(depth: number): Promise<Uint8Array> {
  const nested = `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>Ô trong cùng</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`;
  const entries = await exportedEntries();
  const document = new TextDecoder().decode(entries['word/document.xml']).replace('<w:body>', `<w:body>${nested}<w:p/>`);
  return zipSync({ ...entries, 'word/document.xml': strToU8(document) });
}
