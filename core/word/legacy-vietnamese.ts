/**
 * Text typed before Unicode in the two legacy Vietnamese encodings still found in offices' old Word files, and
 * brought back to Unicode. In a .docx such text is stored as the Latin-1 characters of its bytes, in a run whose
 * font tells the encoding: TCVN3 (ABC, TCVN 5712:1993) in the `.VnTime` family, VNI in the `VNI-Times` family.
 */

/**
 * TCVN3: one code a letter, as glibc's `TCVN5712-1` charmap maps the codes 0xA1–0xFF (its combining marks left out).
 * Capitals with a tone mark were typed with the lower-case code in a capitals font (`.VnTimeH`).
 */
const tcvn3Letters: Record<number, string> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xaf: 'Ằ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xba: 'Ẳ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xbf: 'Ẵ',
  0xc0: 'Ắ',
  0xc1: 'Ầ',
  0xc2: 'Ẩ',
  0xc3: 'Ẫ',
  0xc4: 'Ấ',
  0xc5: 'Ề',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xcd: 'Ể',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xd9: 'Ễ',
  0xda: 'Ế',
  0xdb: 'Ồ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe0: 'Ổ',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf0: 'Ỗ',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
  0xff: 'Ố',
};

/** VNI: a base letter followed by the byte of its marks; the `i` letters, `ơ`, `ư`, `đ` and `ỵ` have one of their own. */
const vniVowels: readonly (readonly [vowel: string, plain: string, toned: readonly string[]])[] = [
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

/** Huyền, hỏi, ngã, sắc, nặng: the order of the tones in the rows above. */
const toneMarks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

const vniSequences: ReadonlyMap<string, string> = (() => {
  const sequences = new Map<string, string>([
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
  ]);
  for (const [vowel, plain, toned] of vniVowels) {
    const letters = [vowel, ...toneMarks.map((mark) => (vowel + mark).normalize('NFC'))];
    [plain, ...toned].forEach((written, index) => {
      if (written === letters[index]) return;
      sequences.set(written, letters[index]!);
      sequences.set(written.toUpperCase(), letters[index]!.toUpperCase());
    });
  }
  return sequences;
})();

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font implies: `.VnTime`, `.VnArialH`… are TCVN3; `VNI-Times`, `VNI-Helve`… are VNI. */
export function legacyEncodingOfFont(font: string | null): LegacyEncoding | null {
  if (!font) return null;
  if (/^\.vn/i.test(font)) return 'tcvn3';
  if (/^vni[- ]/i.test(font)) return 'vni';
  return null;
}

/** Whether text in such a font really is in the legacy encoding: it then holds no character beyond Latin-1. */
export function looksLegacy(text: string): boolean {
  for (const character of text) if (character.codePointAt(0)! > 0xff) return false;
  return true;
}

/** The Unicode text (NFC) of text typed in a legacy encoding; `capitalsFont` for `.VnTimeH` and its kin. */
export function decodeLegacyText(text: string, encoding: LegacyEncoding, capitalsFont = false): string {
  let decoded = '';
  if (encoding === 'tcvn3') {
    for (const character of text) decoded += tcvn3Letters[character.charCodeAt(0)] ?? character;
  } else {
    for (let index = 0; index < text.length;) {
      const pair = vniSequences.get(text.slice(index, index + 2));
      if (pair !== undefined && index + 1 < text.length) {
        decoded += pair;
        index += 2;
        continue;
      }
      decoded += vniSequences.get(text[index]!) ?? text[index]!;
      index += 1;
    }
  }
  decoded = decoded.normalize('NFC');
  return capitalsFont ? decoded.toLocaleUpperCase('vi') : decoded;
}

/** `.VnTimeH`, `.VnArialH`: TCVN3 fonts whose glyphs are all capitals. */
export function isCapitalsFont(font: string | null): boolean {
  return font !== null && /^\.vn.*h$/i.test(font.trim());
}
