/** A name as it is stored: composed (NFC), spaces collapsed, trimmed. */
export function cleanLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Two names are the same name whatever their case and spacing: `Kinh tế` and ` kinh  TẾ`. */
export function sameLabel(a: string, b: string): boolean {
  return cleanLabel(a).toLocaleLowerCase('vi') === cleanLabel(b).toLocaleLowerCase('vi');
}
