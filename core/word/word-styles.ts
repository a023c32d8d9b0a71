import { toggleOf, wordAttribute, wordChild, wordChildren, type XmlElement } from './parse-word-xml';

export interface RunFormatting {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  font: string | null;
}

interface WordStyle {
  id: string;
  name: string;
  basedOn: string | null;
  run: RunFormatting;
  outlineLevel: number | null;
}

/** The styles of `word/styles.xml`: names, what they inherit, and the run formatting and outline level they give. */
export class WordStyles {
  private readonly styles = new Map<string, WordStyle>();
  private readonly defaults: RunFormatting;

  constructor(root: XmlElement | null) {
    this.defaults = runFormattingOf(wordChild(wordChild(wordChild(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
    for (const style of root ? wordChildren(root, 'style') : []) {
      const id = wordAttribute(style, 'styleId');
      if (!id) continue;
      const outline = wordAttribute(wordChild(wordChild(style, 'pPr'), 'outlineLvl'));
      this.styles.set(id, {
        id,
        name: wordAttribute(wordChild(style, 'name')) ?? id,
        basedOn: wordAttribute(wordChild(style, 'basedOn')),
        run: runFormattingOf(wordChild(style, 'rPr')),
        outlineLevel: outline === null || outline === '' ? null : Number(outline),
      });
    }
  }

  nameOf(id: string): string {
    return this.styles.get(id)?.name ?? id;
  }

  /** The run formatting a style gives, through its `basedOn` chain, over the document defaults. */
  runFormatting(id: string | null): RunFormatting {
    const chain: WordStyle[] = [];
    for (let current = id ? this.styles.get(id) : undefined; current && chain.length < 20;) {
      chain.push(current);
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined;
    }
    return chain.reduceRight<RunFormatting>((formatting, style) => overlay(formatting, style.run), this.defaults);
  }

  outlineLevel(id: string | null): number | null {
    for (let current = id ? this.styles.get(id) : undefined, depth = 0; current && depth < 20; depth += 1) {
      if (current.outlineLevel !== null) return current.outlineLevel;
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined;
    }
    return null;
  }
}

export function runFormattingOf(properties: XmlElement | null): RunFormatting {
  const underline = wordChild(properties, 'u');
  const fonts = wordChild(properties, 'rFonts');
  return {
    bold: toggleOf(wordChild(properties, 'b')),
    italic: toggleOf(wordChild(properties, 'i')),
    underline: underline ? wordAttribute(underline) !== 'none' : null,
    font: wordAttribute(fonts, 'ascii') || wordAttribute(fonts, 'hAnsi') || wordAttribute(fonts, 'cs') || null,
  };
}

/** `over` wins where it says something. */
export function overlay(under: RunFormatting, over: RunFormatting): RunFormatting {
  return {
    bold: over.bold ?? under.bold,
    italic: over.italic ?? under.italic,
    underline: over.underline ?? under.underline,
    font: over.font ?? under.font,
  };
}
