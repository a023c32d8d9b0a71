const borders =
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>';

/**
 * pandoc gives every table the same borderless "Table" style. This draws the grid, as an office does, on the tables
 * that have a header row (pipe tables: the body table and the appendix) and leaves the header-less ones (the grid
 * tables of the header block and of the signature) without borders.
 */
export function borderedHeaderTables(documentXml: string): string {
  return documentXml.replace(/<w:tbl>([\s\S]*?)<\/w:tbl>/g, (table) => {
    if (!table.includes('<w:tblHeader')) return table;
    return table.replace(/(<w:tblPr>[\s\S]*?)(<w:tblLook\b)/, `$1${borders}$2`);
  });
}
