import { FileChild, type IContext, type IXmlableObject, type Table } from 'docx';

/**
 * Table rows written straight as the XML objects docx's formatter produces, for tables of many plain cells (the
 * appendix): one object per element instead of docx's option copies and property components per cell.
 */
export interface PreparedCell {
  text: string;
  width: number;
  style: string;
  bold?: boolean;
  span?: number;
  keepNext?: boolean;
}

const emptyElement = {};
const cantSplit = { 'w:trPr': [{ 'w:cantSplit': emptyElement }] };
const boldRun = { 'w:rPr': [{ 'w:b': emptyElement }, { 'w:bCs': emptyElement }] };
const keepNext = { 'w:keepNext': emptyElement };
const preserveSpace = { _attr: { 'xml:space': 'preserve' } };

function cellXml(cell: PreparedCell): IXmlableObject {
  const properties: IXmlableObject[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': cell.width } } }];
  if (cell.span && cell.span > 1) properties.push({ 'w:gridSpan': { _attr: { 'w:val': cell.span } } });
  const paragraphProperties: IXmlableObject[] = [{ 'w:pStyle': { _attr: { 'w:val': cell.style } } }];
  if (cell.keepNext) paragraphProperties.push(keepNext);
  const text = { 'w:t': [preserveSpace, cell.text] };
  return {
    'w:tc': [{ 'w:tcPr': properties }, { 'w:p': [{ 'w:pPr': paragraphProperties }, { 'w:r': cell.bold ? [boldRun, text] : [text] }] }],
  };
}

/** A row that cannot split across pages, with one paragraph of one run per cell. */
export function preparedRow(cells: readonly PreparedCell[]): IXmlableObject {
  return { 'w:tr': [cantSplit, ...cells.map(cellXml)] };
}

/** A docx table (its properties, grid and first rows) followed by prepared rows. */
export class TableWithPreparedRows extends FileChild {
  constructor(
    private readonly table: Table,
    private readonly rows: readonly IXmlableObject[],
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = this.table.prepForXml(context);
    if (!xml) return xml;
    return { 'w:tbl': [...(xml['w:tbl'] as IXmlableObject[]), ...this.rows] };
  }
}
