const digit = /\d/;

/** Whether the character at `index` ends a sentence: `.`, `!`, `?`, `…` before a space or the end, or a line break. */
function endsSentence(text: string, index: number): boolean {
  const character = text[index];
  if (character === '\n') return true;
  if (character !== '.' && character !== '!' && character !== '?' && character !== '…') return false;
  const next = text[index + 1];
  return next === undefined || /\s/u.test(next);
}

/** Whether the character at `index` separates clauses (`,` `;` `:` brackets, a table's `|`), a decimal comma aside. */
function endsClause(text: string, index: number): boolean {
  const character = text[index]!;
  if (character === ',') return !(digit.test(text[index - 1] ?? '') && digit.test(text[index + 1] ?? ''));
  return ';:()[]|'.includes(character) || endsSentence(text, index);
}

/** Where the sentence holding `position` starts. */
export function sentenceStartBefore(text: string, position: number): number {
  for (let index = position - 1; index >= 0; index -= 1) if (endsSentence(text, index)) return index + 1;
  return 0;
}

/** Whether a clause ends between `from` and `to` (`…ngân sách 105 tỷ đồng; lũy kế 1.379 tỷ đồng`). */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (endsClause(text, index)) return true;
  return false;
}

/** Whether the text just before `position`, spaces aside, ends a clause or starts the text. */
export function startsClause(text: string, position: number): boolean {
  let index = position - 1;
  while (index >= 0 && /\s/u.test(text[index]!)) index -= 1;
  return index < 0 || endsClause(text, index);
}

const wordCharacter = /[\p{L}\p{M}\p{N}]/u;

/** Up to `count` words just before `position`, nearest last: `['so', 'với']` before `cùng kỳ`. Stops at a clause break. */
export function wordsBefore(folded: string, position: number, count: number): string[] {
  const words: string[] = [];
  let index = position - 1;
  while (words.length < count && index >= 0) {
    while (index >= 0 && !wordCharacter.test(folded[index]!)) {
      if (endsClause(folded, index)) return words;
      index -= 1;
    }
    const end = index + 1;
    while (index >= 0 && wordCharacter.test(folded[index]!)) index -= 1;
    if (end > index + 1) words.unshift(folded.slice(index + 1, end));
  }
  return words;
}

/** The text after `position` with leading spaces skipped, and where it starts. */
export function skipSpaces(text: string, position: number): number {
  let index = position;
  while (index < text.length && /[\s\u00a0]/u.test(text[index]!)) index += 1;
  return index;
}

/** Whether `candidate` is written at `position` as whole words. */
export function wordsAt(folded: string, position: number, candidate: string): boolean {
  if (!folded.startsWith(candidate, position)) return false;
  const after = folded[position + candidate.length];
  return after === undefined || !/[\p{L}\p{M}\p{N}]/u.test(after) || !/[\p{L}\p{M}\p{N}]/u.test(candidate.at(-1) ?? '');
}
