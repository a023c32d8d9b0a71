import type { EditorView } from '@tiptap/pm/view';
import { TextSelection } from '@tiptap/pm/state';

/** Room kept between the caret and the edge of the scrolling box, as ProseMirror's own default (`scrollMargin`). */
const margin = 5;

const scrollingBoxes = new WeakMap<HTMLElement, HTMLElement | null>();

/**
 * ProseMirror's `handleScrollToSelection`: after every keystroke ProseMirror scrolls the caret into view, which reads
 * the box and the computed style of every ancestor of the editor up to the page. While the caret is already well
 * inside the box that scrolls the text (the usual case while typing) there is nothing to scroll, and this says so
 * with two reads; otherwise ProseMirror scrolls as it always does.
 */
export function caretAlreadyInView(view: EditorView): boolean {
  const selection = view.state.selection;
  if (!(selection instanceof TextSelection) || !view.dom.isConnected) return false;
  const box = scrollingBox(view.dom);
  const caret = view.coordsAtPos(selection.head, 1);
  const visible = box ? box.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const top = Math.max(visible.top, 0);
  const bottom = Math.min(visible.bottom, window.innerHeight);
  const left = Math.max(visible.left, 0);
  const right = Math.min(visible.right, window.innerWidth);
  return caret.top >= top + margin && caret.bottom <= bottom - margin && caret.left >= left && caret.right <= right;
}

/** The nearest ancestor that scrolls vertically, looked up once per editor; `null` when the page itself scrolls. */
function scrollingBox(editorElement: HTMLElement): HTMLElement | null {
  if (scrollingBoxes.has(editorElement)) return scrollingBoxes.get(editorElement) ?? null;
  let found: HTMLElement | null = null;
  for (let parent = editorElement.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      found = parent;
      break;
    }
  }
  scrollingBoxes.set(editorElement, found);
  return found;
}
