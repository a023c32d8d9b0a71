import { Editor } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { BodyDocument } from '../../core/body/body-schema';
import type { FigureContext } from './figure-context';
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
  onChange: (body: BodyDocument) => void,
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
      TableKit.configure({ table: { resizable: false } }),
      createFigureNode(context),
      ReviewMarker,
      SectionAttribute,
    ],
    content: body,
    editorProps: { attributes: { class: 'report-body', spellcheck: 'false', 'aria-label': 'Nội dung báo cáo' } },
    onUpdate: ({ editor: updated }) => onChange(bodyOf(updated)),
  });
  return editor;
}

/** The body as the report stores it. */
export function bodyOf(editor: Editor): BodyDocument {
  return editor.getJSON() as BodyDocument;
}

/** Loads a body without counting it as an edit of the carried paragraphs. */
export function loadBody(editor: Editor, body: BodyDocument): void {
  editor.chain().setMeta(keepReviewMarks, true).setContent(body, { emitUpdate: false }).run();
}

export function wordCount(editor: Editor): number {
  const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, ' ', ' ');
  return text.split(/\s+/).filter(Boolean).length;
}
