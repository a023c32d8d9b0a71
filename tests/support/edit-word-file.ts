import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Edits `word/document.xml` of a Word file the way Word would store an edit, for tests of what comes back from a
 * file that went through Word: the text of a run, a paragraph added or removed, a tracked insertion or deletion.
 */
export class WordFileEditor {
  private readonly files: Record<string, Uint8Array>;
  readonly document: Document;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
    this.document = new DOMParser().parseFromString(strFromU8(this.files['word/document.xml']!), 'application/xml');
  }

  /** Every paragraph of the document, those in tables included. */
  paragraphs(): Element[] {
    return [...this.document.getElementsByTagNameNS(w, 'p')];
  }

  textOf(paragraph: Element): string {
    return [...paragraph.getElementsByTagNameNS(w, 't')].map((text) => asSeen(text.textContent ?? '')).join('');
  }

  /** The paragraph whose text contains `text`. */
  paragraphWith(text: string): Element {
    const found = this.paragraphs().find((paragraph) => this.textOf(paragraph).includes(text));
    if (!found) throw new Error(`no paragraph contains “${text}”`);
    return found;
  }

  /** Replaces `text` inside one run's text, as typing over it in Word does (a non-breaking space reads as a space). */
  replaceText(text: string, replacement: string): this {
    for (const node of [...this.document.getElementsByTagNameNS(w, 't')]) {
      const value = node.textContent ?? '';
      const at = asSeen(value).indexOf(text);
      if (at < 0) continue;
      node.textContent = value.slice(0, at) + replacement + value.slice(at + text.length);
      node.setAttribute('xml:space', 'preserve');
      return this;
    }
    throw new Error(`no run contains “${text}”`);
  }

  /** A new paragraph after `anchor`, in its style, with one run of `text`. */
  addParagraphAfter(anchor: string, text: string): this {
    const paragraph = this.paragraphWith(anchor);
    const created = this.document.createElementNS(w, 'w:p');
    const properties = paragraph.getElementsByTagNameNS(w, 'pPr')[0];
    if (properties) created.appendChild(properties.cloneNode(true));
    created.appendChild(this.run(text));
    paragraph.parentNode!.insertBefore(created, paragraph.nextSibling);
    return this;
  }

  removeParagraph(containing: string): this {
    const paragraph = this.paragraphWith(containing);
    paragraph.parentNode!.removeChild(paragraph);
    return this;
  }

  /** A tracked insertion of `text` at the end of the paragraph containing `anchor`. */
  trackInsertion(anchor: string, text: string): this {
    const insertion = this.document.createElementNS(w, 'w:ins');
    insertion.setAttributeNS(w, 'w:id', '901');
    insertion.setAttributeNS(w, 'w:author', 'Văn thư');
    insertion.setAttributeNS(w, 'w:date', '2026-11-20T09:00:00Z');
    insertion.appendChild(this.run(text));
    this.paragraphWith(anchor).appendChild(insertion);
    return this;
  }

  /** A tracked deletion of `text`, which must be the whole text of a run split out for it as Word does. */
  trackDeletion(text: string): this {
    for (const node of [...this.document.getElementsByTagNameNS(w, 't')]) {
      const value = node.textContent ?? '';
      const at = value.indexOf(text);
      if (at < 0) continue;
      const run = node.parentNode as Element;
      const before = this.run(value.slice(0, at));
      const after = this.run(value.slice(at + text.length));
      const deletion = this.document.createElementNS(w, 'w:del');
      deletion.setAttributeNS(w, 'w:id', '902');
      deletion.setAttributeNS(w, 'w:author', 'Văn thư');
      const deletedRun = this.document.createElementNS(w, 'w:r');
      const deletedText = this.document.createElementNS(w, 'w:delText');
      deletedText.setAttribute('xml:space', 'preserve');
      deletedText.textContent = text;
      deletedRun.appendChild(deletedText);
      deletion.appendChild(deletedRun);
      const parent = run.parentNode!;
      parent.insertBefore(before, run);
      parent.insertBefore(deletion, run);
      parent.insertBefore(after, run);
      parent.removeChild(run);
      return this;
    }
    throw new Error(`no run contains “${text}”`);
  }

  /** Adds or replaces a part of the file (`word/comments.xml`). */
  addPart(name: string, xml: string): this {
    this.files[name] = strToU8(xml);
    return this;
  }

  bytes(): Uint8Array {
    return zipSync({ ...this.files, 'word/document.xml': strToU8(new XMLSerializer().serializeToString(this.document)) });
  }

  private run(text: string): Element {
    const run = this.document.createElementNS(w, 'w:r');
    const node = this.document.createElementNS(w, 'w:t');
    node.setAttribute('xml:space', 'preserve');
    node.textContent = text;
    run.appendChild(node);
    return run;
  }
}

/** The text as a person reads it in Word, where a non-breaking space looks like any other. */
function asSeen(text: string): string {
  return text.replaceAll('\u00a0', ' ');
}
