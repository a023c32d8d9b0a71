/** Long names make long references; an identifier keeps its first words. */
const longestIdentifier = 60;

/**
 * A stable identifier for a name: its ASCII slug (Vietnamese marks dropped, `đ` as `d`, lower case, words joined by
 * hyphens: `Thu ngân sách xã` → `thu-ngan-sach-xa`), made unique among `taken` with a numeric suffix
 * (`thu-ngan-sach-xa-2`). `fallback` stands in for a name without a letter or digit (`%`).
 */
export function identifierFromName(name: string, taken: Iterable<string>, fallback: string): string {
  const slug = name
    .replace(/[đĐ]/gu, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, longestIdentifier);
  const shortened = slug.length <= longestIdentifier || slug[longestIdentifier] === '-' ? cut : cut.replace(/-[^-]*$/, '');
  const base = shortened || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
