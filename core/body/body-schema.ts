import { z } from 'zod';
import { figureReferenceSchema } from '../figures/figure-reference';

/** The node types a report body may hold; anything else is refused on load and on export. */
export const blockNodeTypes = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export const inlineNodeTypes = ['text', 'hardBreak', 'figure'] as const;
export const markTypes = ['bold', 'italic', 'underline'] as const;
export type MarkType = (typeof markTypes)[number];

/** The section a top-level heading opens, so that roll-over and checks know what the text under it is. */
export const sectionKinds = ['opening', 'results', 'previous-tasks', 'shortcomings', 'tasks', 'proposals', 'other'] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** Set on text carried from the previous report until someone reviews or edits it. */
export const reviewStates = ['pending'] as const;

export interface BodyMark {
  type: MarkType;
}

export interface TextNode {
  type: 'text';
  text: string;
  marks?: BodyMark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export interface FigureNode {
  type: 'figure';
  attrs: z.infer<typeof figureReferenceSchema>;
  marks?: BodyMark[];
}

export type InlineNode = TextNode | HardBreakNode | FigureNode;

export interface BlockNode {
  type: (typeof blockNodeTypes)[number];
  attrs?: Record<string, unknown>;
  content?: (BlockNode | InlineNode)[];
}

export interface BodyDocument {
  type: 'doc';
  content: BlockNode[];
}

export type BodyNode = BodyDocument | BlockNode | InlineNode;

const markSchema = z.object({ type: z.enum(markTypes) });

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1, 'Một đoạn chữ không được rỗng.'),
  marks: z.array(markSchema).optional(),
});

const hardBreakSchema = z.object({ type: z.literal('hardBreak'), marks: z.array(markSchema).optional() });

const figureSchema = z.object({
  type: z.literal('figure'),
  attrs: figureReferenceSchema,
  marks: z.array(markSchema).optional(),
});

const blockAttributesSchema = z
  .object({
    level: z.number().int().min(1).max(4).optional(),
    section: z.enum(sectionKinds).nullish(),
    review: z.enum(reviewStates).nullish(),
    checked: z.boolean().nullish(),
    start: z.number().int().nullish(),
    colspan: z.number().int().min(1).nullish(),
    rowspan: z.number().int().min(1).nullish(),
    colwidth: z.array(z.number()).nullish(),
    textAlign: z.enum(['left', 'center', 'right', 'justify']).nullish(),
  })
  .loose();

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.object({
    type: z.enum(blockNodeTypes),
    attrs: blockAttributesSchema.optional(),
    content: z.array(z.union([blockSchema, textSchema, hardBreakSchema, figureSchema])).optional(),
  }),
) as z.ZodType<BlockNode>;

export const bodySchema: z.ZodType<BodyDocument> = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema),
}) as z.ZodType<BodyDocument>;
