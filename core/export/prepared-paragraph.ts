import { bookmarkUniqueNumericId, FileChild, type IContext, type IXmlableObject } from 'docx';
import { bodyBookmarkName } from './body-bookmark';

/** The run formatting body text can carry: the marks of the editor. */
export interface RunFormatting {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

const emptyElement = {};
const preserveSpace = { _attr: { 'xml:space': 'preserve' } };
const lineBreak = { 'w:br': emptyElement };
const runPropertiesCache = new Map<string, IXmlableObject | null>();

/** `w:rPr` in the order docx writes it (`w:b`, `w:bCs`, `w:i`, `w:iCs`, `w:u`), shared by runs alike. */
function runProperties(formatting: RunFormatting): IXmlableObject | null {
  const key = `${formatting.bold ? 'b' : ''}${formatting.italics ? 'i' : ''}${formatting.underline ? 'u' : ''}`;
  let properties = runPropertiesCache.get(key);
  if (properties === undefined) {
    const elements: IXmlableObject[] = [];
    if (formatting.bold) elements.push({ 'w:b': emptyElement }, { 'w:bCs': emptyElement });
    if (formatting.italics) elements.push({ 'w:i': emptyElement }, { 'w:iCs': emptyElement });
    if (formatting.underline) elements.push({ 'w:u': { _attr: { 'w:val': 'single' } } });
    properties = elements.length > 0 ? { 'w:rPr': elements } : null;
    runPropertiesCache.set(key, properties);
  }
  return properties;
}

/** A run of text, or a line break, as the XML objects docx's formatter produces for a `TextRun`. */
export function runXml(content: { text: string } | { lineBreak: true }, formatting: RunFormatting): IXmlableObject {
  const properties = runProperties(formatting);
  const inner = 'text' in content ? { 'w:t': [preserveSpace, content.text] } : lineBreak;
  return { 'w:r': properties ? [properties, inner] : [inner] };
}

/**
 * A paragraph of a style, wrapped in the hidden bookmark naming the body node it comes from (`body-bookmark.ts`),
 * written straight as XML objects: a body has thousands of them, and docx's components cost several objects each.
 */
export class PreparedParagraph extends FileChild {
  private readonly xml: IXmlableObject;

  constructor(style: string, bookmarkPath: string, runs: readonly IXmlableObject[], spacingBefore?: number) {
    super('w:p');
    const properties: IXmlableObject[] = [{ 'w:pStyle': { _attr: { 'w:val': style } } }];
    if (spacingBefore !== undefined) properties.push({ 'w:spacing': { _attr: { 'w:before': spacingBefore } } });
    const id = bookmarkUniqueNumericId();
    this.xml = {
      'w:p': [
        { 'w:pPr': properties },
        { 'w:bookmarkStart': { _attr: { 'w:name': bodyBookmarkName(bookmarkPath), 'w:id': id } } },
        ...runs,
        { 'w:bookmarkEnd': { _attr: { 'w:id': id } } },
      ],
    };
  }

  override prepForXml(_context: IContext): IXmlableObject {
    return this.xml;
  }
}
