import { SaxesParser } from 'saxes';
import { ReportFileError } from '../report/read-report';
import { xmlErrorMessage } from './xml-error-message';

export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An element of an XML part: its namespace and local name, its attributes by `namespace|name`, its content in order. */
export interface XmlElement {
  namespace: string;
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: (XmlElement | string)[];
}

/**
 * How deep elements may nest. Word nests a table in a cell in a table a few levels at most; a part nested thousands
 * deep is made to exhaust the readers that walk it, and is refused as soon as it goes past this.
 */
export const deepestNesting = 256;

/**
 * Parses one XML part with a strict, namespace-aware XML parser (saxes) into a light tree. A part that declares a
 * document type is refused (Office parts never do, and no entity can then be expanded); a malformed part is refused
 * whole, with the part and the line, as is one nested deeper than `deepestNesting`.
 */
export function parseWordXml(text: string, part: string, fileLabel: string): XmlElement {
  const refuse = (message: string): never => {
    throw new ReportFileError(fileLabel, [{ place: part, message }], `Không mở được “${fileLabel}”.`);
  };
  const root: XmlElement = { namespace: '', name: '', attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('doctype', () => refuse('phần XML khai báo DOCTYPE hoặc ENTITY, điều tài liệu Word không bao giờ có.'));
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) attributes.set(`${attribute.uri}|${attribute.local}`, attribute.value);
    const element: XmlElement = { namespace: tag.uri, name: tag.local, attributes, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
    if (stack.length > deepestNesting + 1)
      refuse(
        `các thẻ XML lồng nhau sâu hơn ${deepestNesting} tầng (dòng ${parser.line}), điều tài liệu Word không bao giờ có; tệp có thể được làm ra để làm treo phần mềm.`,
      );
  });
  parser.on('text', (value) => stack[stack.length - 1]!.children.push(value));
  parser.on('cdata', (value) => stack[stack.length - 1]!.children.push(value));
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    refuse(`XML không hợp lệ: ${xmlErrorMessage(message, parser.line, parser.column)}.`);
  }
  const document = root.children.find((child): child is XmlElement => typeof child !== 'string');
  return document ?? refuse('phần XML rỗng.');
}

/** The element children of `element` in the Word namespace, optionally of one local name. */
export function wordChildren(element: XmlElement, localName?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string' || child.namespace !== wordNamespace) continue;
    if (localName === undefined || child.name === localName) found.push(child);
  }
  return found;
}

export function wordChild(element: XmlElement | null | undefined, localName: string): XmlElement | null {
  return element ? (wordChildren(element, localName)[0] ?? null) : null;
}

/** `w:val` (or another attribute in the Word namespace) of an element; null when absent. */
export function wordAttribute(element: XmlElement | null | undefined, name = 'val'): string | null {
  return element?.attributes.get(`${wordNamespace}|${name}`) ?? null;
}

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off; null when absent. */
export function toggleOf(element: XmlElement | null): boolean | null {
  if (!element) return null;
  const value = wordAttribute(element);
  return value === null || value === '' ? true : !['0', 'false', 'off', 'none'].includes(value);
}

/** All the text inside an element, in order. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}
