import { measuredCharacters, serifAdvanceWidths } from './serif-metrics';

/**
 * The width of a line of Times New Roman, from the advance widths of Liberation Serif 2, which has the same metrics:
 * what the header's columns, the rules and the line breaking of the title are sized from. A character not measured
 * (a rare symbol) counts as its base letter, or half an em.
 */
type Style = keyof typeof serifAdvanceWidths;

const indexes = new Map([...measuredCharacters].map((character, index) => [character, index]));

function advance(character: string, style: Style): number {
  const widths = serifAdvanceWidths[style];
  const index = indexes.get(character) ?? indexes.get(character.normalize('NFD').charAt(0));
  return index === undefined ? 1024 : widths[index]!;
}

function styleOf(bold: boolean, italic: boolean): Style {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** The width in twips of `text` at `points` size. */
export function estimatedTextWidth(text: string, points: number, bold = false, italic = false): number {
  const style = styleOf(bold, italic);
  const units = [...text.normalize('NFC')].reduce((sum, character) => sum + advance(character, style), 0);
  return Math.round((units / 2048) * points * 20);
}
