/**
 * TCVN3 ("ABC"), the VN3 subset of TCVN 5712:1993 that the `.VnTime` family of fonts implements: every precomposed
 * Vietnamese letter is one 8-bit code. A Word file keeps the code as the Unicode character of the same number
 * (U+00A1–U+00FE) in a run whose font is `.VnTime`, so `ộ` is stored as `é` (U+00E9) and `Độc lập` as `§éc lËp`.
 *
 * The codes below are those of the published TCVN 5712:1993 table (the VN3 columns, 0xA1–0xFE), the same as glibc's
 * `TCVN5712-1` charmap and UniKey's `TCVN3` table for these letters.
 *
 * Upper case: TCVN3 has codes for only seven capitals (Ă Â Ê Ô Ơ Ư Đ, 0xA1–0xA7). The 60 capitals with a tone mark
 * have none. Documents of the time typed capitals in the companion font `.VnTimeH`, whose glyphs are all capitals:
 * in a `.VnTimeH` run the lower-case codes (and ASCII a–z) print as capitals. A line typed with Caps Lock on keeps
 * ASCII capitals and the seven capital codes, and uses the lower-case code for a capital with a tone mark, so
 * `CỘNG HÒA` is stored as `CéNG HOµ` in `.VnTimeH`, `ĐẢNG` as `§¶NG`. A capital with a tone mark inside ordinary
 * text (`Ổn định`) was set alone in `.VnTimeH`. Reading a file back therefore needs the run's font: decode the
 * codes with this table, then upper-case everything in a `.VnTimeH` run.
 */

/** The five tone marks, in the order of the TCVN3 rows: huyền, hỏi, ngã, sắc, nặng. */
const toneMarks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** Each vowel: its code without a tone (undefined for plain ASCII), then its codes with the five tones above. */
const vowelRows: readonly (readonly [vowel: string, plain: number | undefined, toned: readonly number[]])[] = [
  ['a', undefined, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', undefined, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', undefined, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', undefined, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', undefined, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', undefined, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** The only capitals with a code of their own. */
const ownCapitals: readonly (readonly [letter: string, code: number])[] = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

function buildTable(): { table: Map<string, string>; capitalsInVnTimeH: Set<string> } {
  const table = new Map<string, string>();
  const capitalsInVnTimeH = new Set<string>();
  const code = (value: number) => String.fromCharCode(value);
  for (const [vowel, plain, toned] of vowelRows) {
    if (plain !== undefined) table.set(vowel, code(plain));
    toneMarks.forEach((mark, index) => {
      const letter = (vowel + mark).normalize('NFC');
      const capital = letter.toUpperCase();
      table.set(letter, code(toned[index]!));
      table.set(capital, code(toned[index]!));
      capitalsInVnTimeH.add(capital);
    });
  }
  table.set('đ', code(0xae));
  for (const [letter, value] of ownCapitals) table.set(letter, code(value));
  return { table, capitalsInVnTimeH };
}

const built = buildTable();

/** The 134 Vietnamese letters outside ASCII (67 lower case, 67 upper case), each to its TCVN3 character. */
export const tcvn3Table: ReadonlyMap<string, string> = built.table;

/** The 60 capitals with a tone mark: their code is the lower-case letter's, shown as a capital by `.VnTimeH`. */
export const tcvn3CapitalsInVnTimeH: ReadonlySet<string> = built.capitalsInVnTimeH;
