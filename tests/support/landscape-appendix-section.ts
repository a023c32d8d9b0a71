/** A4 portrait with the default margins of NĐ 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm). */
const portraitA4 =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';

const pageBreakRun = '<w:r><w:br w:type="page"/></w:r>';

/**
 * Does in `word/document.xml` what a clerk does in Word before a wide appendix: the last page break becomes a
 * "next page" section break, the body keeps its portrait page and the section after it (the appendix) is A4
 * landscape with 20 mm margins. The break must be a run of its own at the start or the end of a paragraph, as
 * LibreOffice writes `page-break-before` and as the markdown source writes it.
 */
export function landscapeAppendixSection(documentXml: string): string {
  const finalStart = documentXml.lastIndexOf('<w:sectPr');
  const bodyEnd = documentXml.lastIndexOf('</w:body>');
  const breakAt = documentXml.lastIndexOf(pageBreakRun);
  if (finalStart < 0 || bodyEnd < finalStart || breakAt < 0) throw new Error('no final section or no page break in the document');
  const finalSection = documentXml.slice(finalStart, bodyEnd);
  const portrait = finalSection.includes('<w:pgSz') ? finalSection : portraitA4;

  const paragraphStart = Math.max(documentXml.lastIndexOf('<w:p>', breakAt), documentXml.lastIndexOf('<w:p ', breakAt));
  const paragraphEnd = documentXml.indexOf('</w:p>', breakAt) + '</w:p>'.length;
  const paragraph = documentXml.slice(paragraphStart, paragraphEnd);
  const withoutBreak = paragraph.replace(pageBreakRun, '');
  const breakParagraph = `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${portrait}</w:pPr></w:p>`;
  const breakIsFirstRun = paragraph.indexOf('<w:r>') === paragraph.indexOf(pageBreakRun);
  const hasText = /<w:t[ >]/.test(withoutBreak);
  const replacement = !hasText ? breakParagraph : breakIsFirstRun ? breakParagraph + withoutBreak : withoutBreak + breakParagraph;

  const landscape = landscapeOf(portrait);
  return (
    documentXml.slice(0, paragraphStart) +
    replacement +
    documentXml.slice(paragraphEnd, finalStart) +
    landscape +
    documentXml.slice(bodyEnd)
  );
}

function landscapeOf(portrait: string): string {
  const header = /w:header="(\d+)"/.exec(portrait)?.[1] ?? '720';
  const footer = /w:footer="(\d+)"/.exec(portrait)?.[1] ?? '720';
  return portrait
    .replace(/<w:type [^>]*\/>/, '<w:type w:val="nextPage"/>')
    .replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    .replace(
      /<w:pgMar [^>]*\/>/,
      `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="${header}" w:footer="${footer}" w:gutter="0"/>`,
    );
}
