import { tcvn3CapitalsInVnTimeH, tcvn3Table } from './tcvn3-table';
import { vniTable } from './vni-table';

export type LegacyVietnameseEncoding = 'tcvn3' | 'vni';

const fonts: Record<LegacyVietnameseEncoding, { text: string; capitals?: string }> = {
  tcvn3: { text: '.VnTime', capitals: '.VnTimeH' },
  vni: { text: 'VNI-Times' },
};

const asciiText = /^[\x20-\x7e\t\r\n]$/;

/**
 * Rewrites a Unicode HTML report as a clerk of the 1990s–2000s would have typed it with a legacy Vietnamese keyboard
 * driver: `Times New Roman` becomes the legacy font and every Vietnamese letter becomes its legacy code (see
 * tcvn3-table.ts and vni-table.ts). In TCVN3, a text run without lower-case letters is set in `.VnTimeH`, and a lone
 * capital with a tone mark inside ordinary text gets its own `.VnTimeH` span. The text of `<style>` and `<title>` is
 * not transcoded. The source may hold only ASCII and Vietnamese letters, without character references, so that every
 * character has a legacy code.
 */
export function toLegacyFontHtml(html: string, encoding: LegacyVietnameseEncoding): string {
  const font = fonts[encoding];
  const parts = html.split(/(<[^>]*>)/);
  let skipped: string | undefined;
  return parts
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<(\/?)(style|title)\b/i.exec(part);
        if (tag) skipped = tag[1] ? undefined : tag[2]!.toLowerCase();
        return part.replaceAll("'Times New Roman'", `'${font.text}'`);
      }
      if (skipped === 'style') return part.replaceAll("'Times New Roman'", `'${font.text}'`);
      if (skipped !== undefined || part.trim() === '') return part;
      const text = part.normalize('NFC');
      return encoding === 'tcvn3' ? tcvn3Html(text, font.capitals!) : vniText(text);
    })
    .join('');
}

function tcvn3Html(text: string, capitalsFont: string): string {
  const span = (content: string) => `<span style="font-family: '${capitalsFont}'">${content}</span>`;
  const letters = [...text].filter((character) => character.toLowerCase() !== character.toUpperCase());
  const allCapitals = letters.length > 0 && letters.every((character) => character === character.toUpperCase());
  if (allCapitals) return span([...text].map(tcvn3Character).join(''));
  return [...text]
    .map((character) => (tcvn3CapitalsInVnTimeH.has(character) ? span(tcvn3Character(character)) : tcvn3Character(character)))
    .join('');
}

function tcvn3Character(character: string): string {
  const code = tcvn3Table.get(character);
  if (code !== undefined) return code;
  if (asciiText.test(character) && character !== '&') return character;
  throw new Error(`"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase()}) has no TCVN3 code`);
}

function vniText(text: string): string {
  return [...text]
    .map((character) => {
      const code = vniTable.get(character);
      if (code !== undefined) return code;
      if (asciiText.test(character) && character !== '&') return character;
      throw new Error(`"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase()}) has no VNI code`);
    })
    .join('');
}
