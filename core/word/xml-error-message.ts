/** saxes' reasons, by how they begin, said in Vietnamese; `name` is what follows the colon (a tag, an attribute). */
const reasons: [prefix: string, say: (name: string) => string][] = [
  ['unclosed tag:', (name) => `thẻ <${name}> được mở mà không được đóng`],
  ['unmatched closing tag:', (name) => `thẻ đóng </${name}> không khớp với thẻ đang mở`],
  ['unexpected close tag', () => 'có thẻ đóng không khớp với thẻ đang mở'],
  ['duplicate attribute:', (name) => `thuộc tính “${name}” bị lặp`],
  ['unbound namespace prefix:', (name) => `tiền tố không gian tên ${name} chưa được khai báo`],
  ['undefined entity', () => 'có tham chiếu “&…;” không phải một ký tự XML'],
  ['malformed character entity', () => 'tham chiếu ký tự (&#…;) sai'],
  ['empty entity name', () => 'tham chiếu ký tự rỗng (“&;”)'],
  ['disallowed character', () => 'có ký tự không được phép trong XML'],
  ['unexpected end', () => 'phần XML dừng giữa chừng (tệp có thể bị cắt cụt)'],
  ['document must contain a root element', () => 'phần XML không có phần tử gốc'],
  ['documents may contain only one root', () => 'phần XML có hơn một phần tử gốc'],
  ['text data outside of root node', () => 'có chữ nằm ngoài phần tử gốc'],
  ['unquoted attribute value', () => 'giá trị thuộc tính không nằm trong dấu nháy'],
  ['value must be quoted', () => 'giá trị thuộc tính không nằm trong dấu nháy'],
  ['attribute without value', () => 'thuộc tính không có giá trị'],
  ['no whitespace between attributes', () => 'hai thuộc tính viết liền nhau'],
  ['malformed name:', (name) => `tên “${name}” không hợp lệ`],
  ['malformed comment', () => 'chú thích XML sai'],
];

/**
 * Why saxes refused a part, in Vietnamese, with the place: `thẻ <report> được mở mà không được đóng (dòng 1, cột
 * 4620)`. Its message is `line:column: reason`; a reason not listed is told as a syntax error at that place.
 */
export function xmlErrorMessage(message: string, line: number, column: number): string {
  const reason = message
    .replace(/^\d+:\d+: /u, '')
    .split('\n')[0]!
    .trim();
  const known = reasons.find(([prefix]) => reason.startsWith(prefix));
  const said = known ? known[1](reason.slice(known[0].length).replace(/\.$/u, '').trim()) : 'sai cú pháp XML';
  return `${said} (dòng ${line}, cột ${column})`;
}
