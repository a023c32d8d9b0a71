import type { FigureReference } from '../figures/figure-reference';
import type { BlockNode, BodyDocument, BodyMark, FigureNode, InlineNode, SectionKind, TextNode } from './body-schema';

/** Small constructors for body nodes, so code that builds reports reads like the report. */

export type InlineInput = string | InlineNode;

export function text(value: string, marks?: BodyMark['type'][]): TextNode {
  return marks && marks.length > 0 ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
}

export function figure(reference: FigureReference): FigureNode {
  return { type: 'figure', attrs: reference };
}

export function paragraph(...inline: InlineInput[]): BlockNode {
  const content = inline.filter((part) => part !== '').map((part) => (typeof part === 'string' ? text(part) : part));
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function heading(level: number, title: string, section?: SectionKind): BlockNode {
  const attrs: Record<string, unknown> = { level };
  if (section) attrs['section'] = section;
  return { type: 'heading', attrs, content: [text(title)] };
}

export function bulletList(...items: InlineInput[][]): BlockNode {
  return { type: 'bulletList', content: items.map((inline) => ({ type: 'listItem', content: [paragraph(...inline)] })) };
}

export function taskList(items: { text: string | InlineInput[]; checked: boolean }[]): BlockNode {
  return {
    type: 'taskList',
    content: items.map((item) => ({
      type: 'taskItem',
      attrs: { checked: item.checked },
      content: [paragraph(...(typeof item.text === 'string' ? [item.text] : item.text))],
    })),
  };
}

export function documentOf(...blocks: BlockNode[]): BodyDocument {
  return { type: 'doc', content: blocks };
}
