/** The XML parts of a Word file that the tool reads, as text, already bounded in size by whoever unzipped them. */
export interface WordParts {
  /** The file as the user knows it, for messages: `bao-cao-thang-11.docx`. */
  label: string;
  /** `word/document.xml`. */
  document: string;
  /** `word/styles.xml`, when the file has one. */
  styles: string | null;
  /** `word/numbering.xml`, when the file has one. */
  numbering: string | null;
  /** `word/comments.xml`, when the file has comments. */
  comments: string | null;
  /** `customXml/itemN.xml`, by part name. */
  customXml: { name: string; text: string }[];
}

/** The parts worth inflating; images, fonts and the rest are never read. */
export function isWantedWordPart(name: string): boolean {
  return (
    name === 'word/document.xml' ||
    name === 'word/styles.xml' ||
    name === 'word/numbering.xml' ||
    name === 'word/comments.xml' ||
    /^customXml\/item\d+\.xml$/.test(name)
  );
}

/** Assembles the parts from the texts of the wanted ones; null when the archive has no main document part. */
export function wordPartsOf(label: string, texts: ReadonlyMap<string, string>): WordParts | null {
  const document = texts.get('word/document.xml');
  if (document === undefined) return null;
  return {
    label,
    document,
    styles: texts.get('word/styles.xml') ?? null,
    numbering: texts.get('word/numbering.xml') ?? null,
    comments: texts.get('word/comments.xml') ?? null,
    customXml: [...texts]
      .filter(([name]) => /^customXml\/item\d+\.xml$/.test(name))
      .map(([name, text]) => ({ name, text }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })),
  };
}
