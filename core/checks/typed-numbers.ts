import { parseNumber } from '../numbers/parse-number';
import { wordsBefore } from './text-spans';

/** A number as typed: `2.137,6` is 2137.6 with one decimal. */
export interface WrittenNumber {
  text: string;
  value: number;
  decimals: number;
}

/** A number typed as text in a block (not a figure reference), with what surrounds it. */
export interface TypedNumber {
  start: number;
  /** Just after the number, its `%` included. */
  end: number;
  number: WrittenNumber;
  /** `281/317`: the denominator of a fraction of a target. */
  denominator: WrittenNumber | null;
  percent: boolean;
  /** Preceded by `hơn`, `gần`, `khoảng`…: an approximation (`ước đạt hơn 105 tỷ đồng`). */
  approximate: boolean;
  /** The word before it, after any approximation word: `bằng`, `đạt`, `tăng`… */
  wordBefore: string | null;
}

const amount = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const numberPattern = new RegExp(String.raw`(${amount})(?:\/(${amount}))?(\s?%)?`, 'g');

/**
 * Words after which a number is a label, not a quantity: `tháng 10`, `quý 3`, `Nghị quyết 28`, `Quyết định 23`, `lần thứ 4`,
 * `mũi 2`. Kept short: a document number is seldom followed by an indicator's unit, which the caller requires anyway.
 */
const labelWords = new Set([
  'tháng',
  'quý',
  'năm',
  'ngày',
  'số',
  'lần',
  'thứ',
  'khóa',
  'kỳ',
  'đợt',
  'đoạn',
  'quyết',
  'định',
  'luận',
  'mũi',
  'lô',
  'phường',
  'tổ',
  'khu',
  'điều',
  'khoản',
  'mục',
  'chương',
  'lục',
  'tầng',
  'trang',
  'hạng',
  'lớp',
  'biểu',
  'mẫu',
]);

const approximationWords = new Set(['hơn', 'gần', 'khoảng', 'trên', 'dưới', 'xấp', 'xỉ', 'ngót', 'chừng']);

const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

/**
 * Numbers typed in a block's text, leaving out what is not a quantity: years (`năm 2019`, `1930 - 2019`), dates
 * (`30/11`, `25/11/2021`, `25-11-2021`), document numbers (`68/NQ-CP`, `23/2021/QĐ-TTg`), labels (`tháng 10`,
 * `Nghị quyết 28`), and numbers glued to words (`Covid-19`, `A51`, `N38-5`). `30/11` is returned as a fraction;
 * whether it is one depends on the unit after it, which the caller checks.
 */
export function typedNumbersIn(text: string, folded: string): TypedNumber[] {
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (letterOrDigit.test(before) || (before !== '' && '/-–.,_'.includes(before))) continue;
    if (letterOrDigit.test(after) || (/[/\-–.,]/u.test(after) && letterOrDigit.test(text[end + 1] ?? ''))) continue;
    const number = written(match[1]!);
    const denominator = match[2] ? written(match[2]) : null;
    if (!number || (match[2] && !denominator)) continue;
    const percent = match[3] !== undefined;
    if (!percent && !denominator && /^(1[89]|20|21)\d\d$/.test(number.text)) continue;
    const words = wordsBefore(folded, start, 3);
    const previous = words.at(-1) ?? null;
    if (previous !== null && labelWords.has(previous)) continue;
    const approximate = previous !== null && approximationWords.has(previous);
    const wordBefore = approximate ? (words.filter((candidate) => !approximationWords.has(candidate)).at(-1) ?? null) : previous;
    found.push({ start, end, number, denominator, percent, approximate, wordBefore });
  }
  return found;
}

function written(text: string): WrittenNumber | null {
  const parsed = parseNumber(text);
  if (!parsed.ok) return null;
  return { text, value: parsed.value, decimals: text.includes(',') ? text.length - text.indexOf(',') - 1 : 0 };
}
