import { strFromU8, unzipSync } from 'fflate';
import { isWantedWordPart, wordPartsOf, type WordParts } from './word-parts';

/**
 * The parts of a Word file this program has just written itself, unzipped in one go. Files from outside are read
 * by the bounded reader of the services, never by this.
 */
export function trustedDocxParts(bytes: Uint8Array, label: string): WordParts {
  const files = unzipSync(bytes, { filter: (file) => isWantedWordPart(file.name) });
  const texts = new Map(Object.entries(files).map(([name, content]) => [name, strFromU8(content)]));
  const parts = wordPartsOf(label, texts);
  if (!parts) throw new Error(`“${label}” has no word/document.xml`);
  return parts;
}
