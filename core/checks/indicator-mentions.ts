import type { IndicatorRow } from '../indicators/indicator-row';
import { foldText } from './fold-text';
import type { TextBlock } from './text-blocks';

/** A place in a block's text that names an indicator, or a figure reference showing it. */
export interface IndicatorMention {
  start: number;
  end: number;
  indicatorId: string;
}

/** Finds indicator names in text; built once per report, then linear in the length of each text. */
export interface IndicatorNameIndex {
  mentionsIn(block: TextBlock): IndicatorMention[];
}

const word = /[\p{L}\p{M}\p{N}]+/gu;

/** What may stand between two words of a name in running text: spaces and hyphens (`Covid-19`), no punctuation. */
const joiner = /^[\s\u00a0\-–]+$/u;

/** Qualifiers that end the distinctive part of a name: `Giá trị sản xuất công nghiệp | do quận quản lý`. */
const qualifier = /\s(?:do|theo|trên địa bàn|của|đã|được|tại|so với)\s|\s*[(,:;]/u;

/** Fewer words than this are too common to stand for an indicator on their own (`hộ nghèo`, `mũi 1`). */
const minimumAliasWords = 3;

/** Names as a tree of words, so that finding them costs the length of the text, whatever the number of names. */
interface NameNode {
  next: Map<string, NameNode>;
  indicatorId: string | null;
}

/**
 * Each indicator is known by its full name and by shorter forms people write: without `Trong đó:`, cut before a
 * qualifier (`do quận quản lý`, `trên địa bàn`), without a leading `tổng` or `số`. A short form shared by two
 * indicators names neither; matching is case-insensitive and keeps diacritics (`hộ` is not `họ`). The longest
 * name at a place wins.
 */
export function indicatorNameIndex(rows: readonly IndicatorRow[]): IndicatorNameIndex {
  const owners = new Map<string, { words: string[]; ids: Set<string>; fullNameOf: Set<string> }>();
  for (const row of rows) {
    const { fullName, shortForms } = namesOf(row.name);
    for (const words of [fullName, ...shortForms]) {
      const key = words.join(' ');
      const entry = owners.get(key) ?? { words, ids: new Set<string>(), fullNameOf: new Set<string>() };
      entry.ids.add(row.id);
      if (words === fullName) entry.fullNameOf.add(row.id);
      owners.set(key, entry);
    }
  }
  const root: NameNode = { next: new Map(), indicatorId: null };
  for (const entry of owners.values()) {
    const owner = entry.ids.size === 1 ? [...entry.ids][0] : entry.fullNameOf.size === 1 ? [...entry.fullNameOf][0] : undefined;
    if (!owner || entry.words.length === 0) continue;
    let node = root;
    for (const name of entry.words) {
      let child = node.next.get(name);
      if (!child) node.next.set(name, (child = { next: new Map(), indicatorId: null }));
      node = child;
    }
    node.indicatorId = owner;
  }

  return {
    mentionsIn(block) {
      const mentions: IndicatorMention[] = [];
      const { folded } = block;
      const words = [...folded.matchAll(word)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
      for (let first = 0; first < words.length; first += 1) {
        let node: NameNode | undefined = root;
        let found: { end: number; indicatorId: string; last: number } | null = null;
        for (let index = first; index < words.length; index += 1) {
          if (index > first && !joiner.test(folded.slice(words[index - 1]!.end, words[index]!.start))) break;
          node = node.next.get(words[index]!.text);
          if (!node) break;
          if (node.indicatorId) found = { end: words[index]!.end, indicatorId: node.indicatorId, last: index };
        }
        if (!found) continue;
        mentions.push({ start: words[first]!.start, end: found.end, indicatorId: found.indicatorId });
        first = found.last;
      }
      for (const figure of block.figures) mentions.push({ start: figure.offset, end: figure.offset + 1, indicatorId: figure.indicatorId });
      return mentions.sort((a, b) => a.start - b.start);
    },
  };
}

function namesOf(name: string): { fullName: string[]; shortForms: string[][] } {
  const fullText = tidy(foldText(name.normalize('NFC')));
  const forms = new Set<string>();
  const withoutLead = tidy(fullText.replace(/^trong đó\s*:?\s*/u, ''));
  forms.add(withoutLead);
  forms.add(tidy(withoutLead.split(qualifier)[0] ?? ''));
  for (const form of [...forms]) {
    const stripped = form.replace(/^(?:tổng|số)\s+/u, '');
    if (stripped !== form) forms.add(stripped);
  }
  forms.delete(fullText);
  const wordsOf = (text: string) => text.match(word) ?? [];
  return {
    fullName: wordsOf(fullText),
    shortForms: [...forms].map(wordsOf).filter((words) => words.length >= minimumAliasWords),
  };
}

function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,;:]+$/u, '');
}
