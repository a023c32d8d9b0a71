import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    review: {
      /** Marks the paragraph at the cursor as reviewed, leaving its text as it is. */
      confirmReviewed: () => ReturnType;
    };
  }
}

/** Set on a transaction that loads content, so that loading does not count as reviewing. */
export const keepReviewMarks = 'keepReviewMarks';

/**
 * Paragraphs carried from last period's report carry `review: 'pending'` until someone edits or confirms them;
 * the editor highlights them. The marker lives in the report, and the Word export ignores it.
 */
export const ReviewMarker = Extension.create({
  name: 'reviewMarker',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          review: {
            default: null,
            parseHTML: (element: HTMLElement) => element.getAttribute('data-review'),
            renderHTML: (attributes: Record<string, unknown>) =>
              attributes['review']
                ? { 'data-review': String(attributes['review']), title: 'Đoạn chuyển từ báo cáo kỳ trước, chưa được xem lại' }
                : {},
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      confirmReviewed:
        () =>
        ({ state, tr, dispatch }) => {
          let changed = false;
          state.doc.nodesBetween(state.selection.from, state.selection.to, (node, position) => {
            if (node.type.name === 'paragraph' && node.attrs['review']) {
              tr.setNodeMarkup(position, undefined, { ...node.attrs, review: null });
              changed = true;
            }
          });
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reviewMarker'),
        appendTransaction(transactions, _oldState, newState) {
          const edits = transactions.filter((transaction) => transaction.docChanged && !transaction.getMeta(keepReviewMarks));
          if (edits.length === 0) return null;
          const ranges: [number, number][] = [];
          for (const transaction of edits) {
            for (const step of transaction.steps) {
              const map = step.getMap();
              for (const range of ranges) {
                range[0] = map.map(range[0], -1);
                range[1] = map.map(range[1], 1);
              }
              map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([newStart, newEnd]));
            }
          }
          const tr = newState.tr;
          for (const [from, to] of ranges) {
            newState.doc.nodesBetween(Math.max(0, from), Math.min(newState.doc.content.size, to), (node, position) => {
              if (node.type.name === 'paragraph' && node.attrs['review'])
                tr.setNodeMarkup(position, undefined, { ...node.attrs, review: null });
            });
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});

/** Headings keep the section they open (`results`, `tasks`…), which roll-over and the checks rely on. */
export const SectionAttribute = Extension.create({
  name: 'sectionAttribute',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          section: {
            default: null,
            parseHTML: (element: HTMLElement) => element.getAttribute('data-section'),
            renderHTML: (attributes: Record<string, unknown>) =>
              attributes['section'] ? { 'data-section': String(attributes['section']) } : {},
          },
        },
      },
    ];
  },
});
