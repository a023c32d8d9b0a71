/** The text with its first letter in capitals, as Vietnamese writes it (`đ` → `Đ`): a name at the head of a cell or a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
