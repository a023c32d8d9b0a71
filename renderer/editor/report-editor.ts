import { Editor } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { BodyDocument } from '../../core/body/body-schema';
import type { FigureContext } from './figure-context';
import { caretAlreadyInView } from './caret-in-view';
import { createFigureNode } from './figure-node';
import { keepReviewMarks, ReviewMarker, SectionAttribute } from './review-marker';

/**
 * The Tiptap editor of a report body, limited to what the report format holds and the Word export writes:
 * paragraphs, headings, lists, checklists, tables, bold, italic, underline, line breaks and figures.
 */
export function createReportEditor(
  element: HTMLElement,
  body: BodyDocument,
  context: FigureContext,
  /** Told of every change; the body is read with `bodyOf` when needed, since copying it costs milliseconds in a long report. */
  onChange: () => void,
): Editor {
  const editor = new Editor({
    element,
    extensions: [
      StarterKit.configure({
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
        trailingNode: false,
        heading: { levels: [1, 2, 3] },
      }),
      TaskList,
      TaskItem.configure({ nested: false }),
      TableKit.configure({ table: false }),
      GeneratedTable.configure({ resizable: false }),
      createFigureNode(context),
      ReviewMarker,
      SectionAttribute,
    ],
    // The core extension that announces deleted content walks the changed ranges of every transaction; nothing here
    // listens to what it announces.
    enableCoreExtensions: { delete: false },
    content: body,
    editorProps: {
      attributes: { class: 'report-body', spellcheck: 'false', 'aria-label': 'Nội dung báo cáo' },
      handleScrollToSelection: caretAlreadyInView,
    },
    onUpdate: () => onChange(),
  });
  return editor;
}

/**
 * A table that keeps what it was generated from (`attrs.breakdown`: an indicator by unit), so that it is built
 * again when the units or the period change; marked in the page for the officer to recognise.
 */
const GeneratedTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      breakdown: {
        default: null,
        parseHTML: () => null,
        renderHTML: (attributes: Record<string, unknown>) =>
          attributes['breakdown'] ? { 'data-breakdown': 'true', title: 'Bảng theo đơn vị, lấy số liệu từ Bảng chỉ tiêu' } : {},
      },
    };
  },
});

/** The body as the report stores it: a figure keeps only the options it has, as the report format writes them. */
export function bodyOf(editor: Editor): BodyDocument {
  const body = editor.getJSON() as BodyDocument;
  compactFigures(body.content);
  return body;
}

function compactFigures(nodes: readonly { type: string; attrs?: Record<string, unknown>; content?: unknown[] }[] | undefined): void {
  for (const node of nodes ?? []) {
    if (node.type === 'figure' && node.attrs) {
      for (const [name, value] of Object.entries(node.attrs)) if (value === null || value === undefined) delete node.attrs[name];
    } else compactFigures(node.content as typeof nodes);
  }
}

/** Loads a body without counting it as an edit of the carried paragraphs. */
export function loadBody(editor: Editor, body: BodyDocument): void {
  editor.chain().setMeta(keepReviewMarks, true).setContent(body, { emitUpdate: false }).run();
}

export function wordCount(editor: Editor): number {
  const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, ' ', ' ');
  return text.split(/\s+/).filter(Boolean).length;
}
