/**
 * Old-style tone placement on an open syllable (`hoà`, `thuỷ`, `Quận uỷ`) and the new style (`hòa`, `thủy`,
 * `Quận ủy`) are the same word. Both are folded to the new style so that a search matches either spelling.
 */
const oldStylePairs: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

// `qu` is a consonant, so `quý` keeps its mark on the y in both styles.
const oldStyleSyllableEnd = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/**
 * Lower case, tone marks placed the new way, for text already composed (NFC). The result has the same length as
 * the text, so an offset found in the folded text is an offset in the text.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = [...text].map((character) => sameLengthLower(character)).join('');
  return lower.replace(oldStyleSyllableEnd, (pair, _group, offset: number) =>
    pair.startsWith('u') && lower[offset - 1] === 'q' ? pair : (oldStylePairs[pair] ?? pair),
  );
}

function sameLengthLower(character: string): string {
  const lower = character.toLowerCase();
  return lower.length === character.length ? lower : character;
}
