import { mergeAttributes, Node } from '@tiptap/core';
import { figureReferenceSchema, type FigureReference } from '../../core/figures/figure-reference';
import { figureFieldNames } from './figure-field-names';
import type { FigureContext } from './figure-context';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (reference: FigureReference) => ReturnType;
    };
  }
}

/** Every attribute of a figure reference, so that no option of a figure (its digits, its verb, its unit) is lost in the editor. */
const attributeNames = Object.keys(figureReferenceSchema.shape) as (keyof FigureReference)[];
const booleanAttributes: ReadonlySet<string> = new Set(['withoutUnit', 'leadingZero']);
const numberAttributes: ReadonlySet<string> = new Set(['decimals']);

function attributeFromHtml(name: string, value: string | null): unknown {
  if (value === null) return null;
  if (booleanAttributes.has(name)) return value === 'true';
  if (numberAttributes.has(name)) return Number.isFinite(Number(value)) ? Number(value) : null;
  return value;
}

/**
 * A live figure in the text: an inline atom that stores a reference to the indicator table and shows, as a chip,
 * what the reference renders to now. Clicking the chip opens the indicator in the table.
 */
export function createFigureNode(context: FigureContext) {
  return Node.create({
    name: 'figure',
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,

    addAttributes() {
      return Object.fromEntries(
        attributeNames.map((name) => [
          name,
          {
            default: null,
            parseHTML: (element: HTMLElement) => attributeFromHtml(name, element.getAttribute(`data-${name}`)),
            renderHTML: (attributes: Record<string, unknown>) =>
              attributes[name] === null || attributes[name] === undefined ? {} : { [`data-${name}`]: String(attributes[name]) },
          },
        ]),
      );
    },

    parseHTML() {
      return [{ tag: 'span[data-figure]' }];
    },

    renderHTML({ node, HTMLAttributes }) {
      return ['span', mergeAttributes({ 'data-figure': '' }, HTMLAttributes), context.render(node.attrs as FigureReference).text];
    },

    renderText({ node }) {
      return context.render(node.attrs as FigureReference).text;
    },

    addCommands() {
      return {
        insertFigure:
          (reference) =>
          ({ commands }) =>
            commands.insertContent({ type: this.name, attrs: reference }),
      };
    },

    addNodeView() {
      return ({ node }) => {
        let reference = node.attrs as FigureReference;
        const dom = document.createElement('span');
        dom.className = 'figure-chip';
        dom.setAttribute('data-figure', '');
        dom.setAttribute('role', 'button');
        dom.contentEditable = 'false';
        const paint = () => {
          const rendered = context.render(reference);
          const removal = context.removal(reference);
          dom.textContent = removal ?? rendered.text;
          dom.dataset['indicator'] = reference.indicator;
          dom.dataset['field'] = reference.field;
          dom.classList.toggle('figure-missing', rendered.missing !== null || removal !== null);
          dom.classList.toggle('figure-removed', removal !== null);
          const description = `${context.indicatorName(reference.indicator)} — ${figureFieldNames[reference.field]}`;
          if (removal) {
            const plan = reference.plan ? `kế hoạch “${reference.plan}”` : 'kế hoạch';
            const target = removal.startsWith('kế hoạch') ? `${plan} của chỉ tiêu này` : 'chỉ tiêu này';
            dom.title = `${description}: ${target} đã bị xóa khỏi bảng chỉ tiêu; hãy xóa số liệu này hoặc chèn số liệu khác (trong văn bản Word số liệu hiện là “${rendered.text}”)`;
          } else {
            dom.title = rendered.missing ? `${description}: ${rendered.missing}` : `${description} (bấm để mở trong bảng chỉ tiêu)`;
          }
          dom.setAttribute('aria-label', `Số liệu: ${dom.title}`);
        };
        paint();
        const unregister = context.register(paint);
        dom.addEventListener('click', (event) => {
          event.preventDefault();
          context.openIndicator(reference.indicator);
        });
        return {
          dom,
          update: (updated) => {
            if (updated.type.name !== 'figure') return false;
            // Typing in the paragraph updates every node view in it; a figure whose reference is the same is left as it is.
            if (updated.attrs === reference) return true;
            reference = updated.attrs as FigureReference;
            paint();
            return true;
          },
          destroy: unregister,
        };
      };
    },
  });
}
