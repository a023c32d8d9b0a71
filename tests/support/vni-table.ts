/**
 * VNI for Windows, the encoding of the `VNI-Times` family of fonts: a Vietnamese letter is written as its base letter
 * followed by one byte for the diacritic and tone (`ấ` = `a` + `á`), except for a few letters that have a byte of
 * their own (`ơ` = `ô`, `ư` = `ö`, `đ` = `ñ`, the `i` letters, `ỵ` = `î`). A Word file keeps the bytes as the
 * Unicode characters of the same number (Windows-1252 / Latin-1, all in U+00C0–U+00FF here) in a run whose font is
 * `VNI-Times`, so `Độc lập` is stored as `Ñoäc laäp`. VNI has real capitals: a capital is the capital base letter and
 * the capital form of the diacritic byte (`Ấ` = `AÁ`), which for every byte used here is the Latin-1 capital of the
 * lower-case byte, so the upper-case rows are derived with `toUpperCase()`.
 *
 * Checked letter by letter against UniKey's `VNI-WIN` table (vnconv `data.cpp`, double-byte table: base letter in the
 * low byte, diacritic in the high byte) and against xvnkb's `vni.h`; both agree with every entry below.
 * Reading such text back needs the longest match first (`oâ` is `ô`, a lone `ô` is `ơ`).
 */

/** Each vowel: its VNI text without a tone, then with huyền, hỏi, ngã, sắc, nặng. */
const vowelRows: readonly (readonly [vowel: string, plain: string, toned: readonly string[]])[] = [
  ['a', 'a', ['aø', 'aû', 'aõ', 'aù', 'aï']],
  ['ă', 'aê', ['aè', 'aú', 'aü', 'aé', 'aë']],
  ['â', 'aâ', ['aà', 'aå', 'aã', 'aá', 'aä']],
  ['e', 'e', ['eø', 'eû', 'eõ', 'eù', 'eï']],
  ['ê', 'eâ', ['eà', 'eå', 'eã', 'eá', 'eä']],
  ['i', 'i', ['ì', 'æ', 'ó', 'í', 'ò']],
  ['o', 'o', ['oø', 'oû', 'oõ', 'où', 'oï']],
  ['ô', 'oâ', ['oà', 'oå', 'oã', 'oá', 'oä']],
  ['ơ', 'ô', ['ôø', 'ôû', 'ôõ', 'ôù', 'ôï']],
  ['u', 'u', ['uø', 'uû', 'uõ', 'uù', 'uï']],
  ['ư', 'ö', ['öø', 'öû', 'öõ', 'öù', 'öï']],
  ['y', 'y', ['yø', 'yû', 'yõ', 'yù', 'î']],
];

const toneMarks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (letter: string, text: string) => {
    table.set(letter, text);
    table.set(letter.toUpperCase(), text.toUpperCase());
  };
  for (const [vowel, plain, toned] of vowelRows) {
    if (plain !== vowel) add(vowel, plain);
    toneMarks.forEach((mark, index) => add((vowel + mark).normalize('NFC'), toned[index]!));
  }
  add('đ', 'ñ');
  return table;
}

/** The 134 Vietnamese letters outside ASCII, each to its VNI text (one or two characters). */
export const vniTable: ReadonlyMap<string, string> = buildTable();
